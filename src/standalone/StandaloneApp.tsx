/**
 * The standalone page: pick this year's score workbook (and last year's), then the pane's own steps — Start,
 * Results, Settings — over a gateway backed by the opened file (gateway.ts), with a Download step in place of
 * the pane's Actions (DownloadsTab). Opening another workbook, or forgetting the settings, mounts the steps
 * afresh. Vietnamese first; one button switches the whole page to English.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { describeProblem, placeOf } from "../core/problems";
import type { CellValue } from "../core/grid";
import type { Language } from "../i18n/messages";
import type { CellTarget } from "../taskpane/gateway";
import { PaneContext, usePaneState } from "../taskpane/model";
import { targetAddress } from "../taskpane/places";
import type { PaneMessage } from "../taskpane/pane-messages";
import { StepPanels } from "../taskpane/StepPanels";
import { ResultsTab } from "../taskpane/tabs/ResultsTab";
import { SettingsTab } from "../taskpane/tabs/SettingsTab";
import { StartTab } from "../taskpane/tabs/StartTab";
import { errorText } from "../taskpane/workflow";
import { openBook, readProblemsOf, type OpenedBook } from "./book";
import { jobMode } from "./client";
import { DownloadsTab } from "./DownloadsTab";
import { browserStore, fileGateway, type SettingsStore } from "./gateway";
import type { JobProgress } from "./jobs";
import { standaloneText } from "./strings";

const LANGUAGE_KEY = "cchc-standalone:language";
/** .xlsx and legacy .xls, by extension and by type (the file dialog shows both). */
const WORKBOOK_TYPES =
  ".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "1040px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} 96px`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
    "& h1, & h2, & h3": { marginTop: 0, marginBottom: 0 },
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
    "& .fui-Select, & .fui-Field, & .fui-Input": { minWidth: 0, maxWidth: "100%" },
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flex: "1 1 28em" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: "1.2em" },
  place: {
    position: "fixed",
    left: 0,
    right: 0,
    bottom: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    justifyContent: "space-between",
  },
});

function initialLanguage(): Language {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** A picked file's bytes, with the share read so far (large files on a shared drive take a while). */
function readFile(file: File, onPercent: (percent: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onPercent(Math.floor((event.loaded / event.total) * 100));
    };
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

type Loading =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly file: string; readonly percent: number }
  | { readonly kind: "opening"; readonly file: string; readonly progress: JobProgress | null }
  | { readonly kind: "failed"; readonly file: string; readonly error: unknown };

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

/**
 * "Trang tính “Sở”, dòng 12 — 1 | Sở Tài chính | 85,5 …": where a unit or a warning is, and what the row holds;
 * for an area over several rows (a unit's column, its scoring form), the range and what its cells hold.
 */
export function placeText(book: Pick<OpenedBook, "grids">, target: CellTarget, language: Language): string {
  const grid = book.grids.find((g) => g.sheet === target.sheet);
  const toRow = target.toRow ?? target.row;
  let place: string;
  let lines: (readonly CellValue[])[];
  if (toRow === target.row) {
    place = placeOf({ sheet: target.sheet, row: target.row, column: target.column ?? null }, language);
    lines = [grid?.values[target.row - grid.top] ?? []];
  } else {
    place = standaloneText("areaPlace", language, { sheet: target.sheet, range: targetAddress(target) });
    const from = target.column ?? null;
    const to = target.toColumn ?? from;
    lines = (grid?.values.slice(target.row - grid.top, toRow - grid.top + 1) ?? []).map((line) =>
      from === null || to === null || grid === undefined
        ? line
        : line.slice(from - grid.left, to - grid.left + 1),
    );
  }
  const cells = lines
    .flat()
    .map(cellText)
    .filter((text) => text.trim() !== "")
    .join(" | ");
  const shownCells = cells.length > 240 ? `${cells.slice(0, 240)}…` : cells;
  return shownCells === ""
    ? standaloneText("goToPlace", language, { place })
    : `${standaloneText("goToPlace", language, { place })} — ${shownCells}`;
}

export function StandaloneApp({ store: givenStore }: { store?: SettingsStore }) {
  const styles = useStyles();
  const store = useMemo(() => givenStore ?? browserStore(), [givenStore]);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [book, setBook] = useState<OpenedBook | null>(null);
  const [generation, setGeneration] = useState(0);
  const [loading, setLoading] = useState<Loading>({ kind: "idle" });
  const [place, setPlace] = useState<string | null>(null);
  const [storeNote, setStoreNote] = useState<PaneMessage | null>(null);
  const s = (key: Parameters<typeof standaloneText>[0], params = {}) => standaloneText(key, language, params);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = standaloneText("title", language);
  }, [language]);

  const switchLanguage = () => {
    const next: Language = language === "vi" ? "en" : "vi";
    setLanguage(next);
    try {
      window.localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // Not kept: the page starts in Vietnamese next time.
    }
  };

  const openCurrent = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file === undefined) return;
    setPlace(null);
    setLoading({ kind: "reading", file: file.name, percent: 0 });
    try {
      const bytes = await readFile(file, (percent) =>
        setLoading({ kind: "reading", file: file.name, percent }),
      );
      setLoading({ kind: "opening", file: file.name, progress: null });
      const opened = await openBook(bytes, file.name, (progress) =>
        setLoading({ kind: "opening", file: file.name, progress }),
      );
      setBook(opened);
      setGeneration((g) => g + 1);
      setLoading({ kind: "idle" });
    } catch (error) {
      setBook(null);
      setLoading({ kind: "failed", file: file.name, error });
    }
  };

  const forgetSettings = () => {
    store.forget();
    setGeneration((g) => g + 1);
    setStoreNote({ intent: "success", text: s("settingsForgotten") });
  };

  const goTo = useCallback(
    (target: CellTarget) => {
      if (book !== null) setPlace(placeText(book, target, language));
    },
    [book, language],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={language === "vi" ? "vi-VN" : "en-US"}>
      <div className={styles.page} lang={language}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Subtitle1 as="h1">{s("title")}</Subtitle1>
            <Body1>{s("subtitle")}</Body1>
            <Caption1 data-testid="privacy">{s("privacy")}</Caption1>
          </div>
          <Button
            lang={language === "vi" ? "en" : "vi"}
            title={s("switchLanguageLabel")}
            onClick={switchLanguage}
            data-testid="language"
          >
            {s("switchLanguage")}
          </Button>
        </header>

        <main className={styles.panel}>
          <section className={styles.card} aria-labelledby="files-heading">
            <Subtitle2 as="h2" id="files-heading">
              {s("filesHeading")}
            </Subtitle2>
            <div className={styles.file}>
              <label htmlFor="current-file" className={styles.label}>
                {s("currentLabel")}
              </label>
              <input
                id="current-file"
                type="file"
                accept={WORKBOOK_TYPES}
                data-testid="current-file"
                disabled={loading.kind === "reading" || loading.kind === "opening"}
                onChange={(event) => void openCurrent(event)}
              />
              <div aria-live="polite">
                <LoadingStatus loading={loading} language={language} />
                {loading.kind === "idle" && book !== null && (
                  <Caption1 data-testid="current-opened">{s("opened", { file: book.fileName })}</Caption1>
                )}
              </div>
            </div>
            {book === null && (
              <div className={styles.file}>
                <span className={styles.label}>{s("previousLabel")}</span>
                <Caption1>{s("previousAfterCurrent")}</Caption1>
              </div>
            )}
            {book !== null && (
              <PaneHost
                key={generation}
                book={book}
                store={store}
                language={language}
                onGoTo={goTo}
                onSaveFailed={() => setStoreNote({ intent: "warning", text: s("settingsNotKept") })}
                onForget={forgetSettings}
                storeNote={storeNote}
              />
            )}
          </section>
        </main>
        {place !== null && (
          <div className={styles.place} role="status" data-testid="place">
            <Body1>{place}</Body1>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => setPlace(null)}
              aria-label={s("closePlace")}
            >
              ✕
            </Button>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

function LoadingStatus({ loading, language }: { loading: Loading; language: Language }) {
  const s = (key: Parameters<typeof standaloneText>[0], params = {}) => standaloneText(key, language, params);
  if (loading.kind === "reading")
    return (
      <>
        <ProgressBar
          value={loading.percent / 100}
          thickness="large"
          aria-label={s("reading", { file: loading.file })}
        />
        <Caption1 role="status">
          {s("readingBytes", { file: loading.file, percent: loading.percent })}
        </Caption1>
      </>
    );
  if (loading.kind === "opening") {
    const p = loading.progress;
    const value = p?.stage === "sheets" && p.total ? (p.done ?? 0) / p.total : undefined;
    return (
      <>
        <ProgressBar value={value} thickness="large" aria-label={s("opening", { file: loading.file })} />
        <Caption1 role="status" data-testid="opening">
          {s("opening", { file: loading.file })}
        </Caption1>
      </>
    );
  }
  if (loading.kind === "failed")
    return (
      <MessageBar intent="error" role="alert" data-testid="file-error">
        <MessageBarBody>
          <strong>{s("readFailed", { file: loading.file })}</strong>{" "}
          <span data-testid="file-error-message">{errorText(loading.error, language)}</span>
        </MessageBarBody>
      </MessageBar>
    );
  return null;
}

interface PaneHostProps {
  readonly book: OpenedBook;
  readonly store: SettingsStore;
  readonly language: Language;
  readonly onGoTo: (target: CellTarget) => void;
  readonly onSaveFailed: () => void;
  readonly onForget: () => void;
  readonly storeNote: PaneMessage | null;
}

/**
 * The pane's steps over the opened workbook. Last year's picker is the pane's own, in the Start step's "So
 * sánh với năm trước" (and in Settings when last year's source is a file), as in Excel — not a second copy here.
 */
function PaneHost({ book, store, language, onGoTo, onSaveFailed, onForget, storeNote }: PaneHostProps) {
  const styles = useStyles();
  const hooks = useRef({ onGoTo, onSaveFailed });
  hooks.current = { onGoTo, onSaveFailed };
  const gateway = useMemo(
    () =>
      fileGateway(book, store, {
        onGoTo: (target) => hooks.current.onGoTo(target),
        onSaveFailed: () => hooks.current.onSaveFailed(),
      }),
    [book, store],
  );
  const model = usePaneState(gateway, language);
  const { t } = model;
  const s = (key: Parameters<typeof standaloneText>[0], params = {}) => standaloneText(key, language, params);
  const state = model.analysis;
  // This year's file; what the reader left out of last year's is shown beside its picker (PreviousFilePicker).
  const readProblems = state !== null && state.ok ? readProblemsOf(book.grids, state.analysis.sheets) : [];

  return (
    <PaneContext.Provider value={model}>
      <div aria-live="polite" data-testid="pane-messages">
        {model.notice && (
          <MessageBar intent={model.notice.intent}>
            <MessageBarBody>{model.notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {readProblems.length > 0 && (
        <MessageBar intent="warning" data-testid="read-problems">
          <MessageBarBody>
            <strong>{s("readProblemsHeading")}</strong>
            <ul className={styles.list}>
              {readProblems.map((p, i) => (
                <li key={i}>{describeProblem(p, language)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {model.view !== null && (
        <div lang={model.language} data-testid="pane" data-reader={jobMode() ?? ""}>
          <StepPanels
            label={t("stepsLabel")}
            loading={t("loadingStep")}
            steps={[
              {
                value: "start",
                label: t("tabStart"),
                content: <StartTab reportWords={{ hint: s("stepReportHint"), open: s("stepReportOpen") }} />,
              },
              { value: "results", label: t("tabResults"), content: <ResultsTab /> },
              { value: "actions", label: s("downloadsHeading"), content: <DownloadsTab book={book} /> },
              {
                value: "settings",
                label: t("tabSettings"),
                content: (
                  <div className={styles.panel}>
                    <SettingsTab />
                    <section className={styles.file} aria-label={s("forgetSettings")}>
                      <Body1>{s("settingsKept")}</Body1>
                      <div>
                        <Button onClick={onForget} data-testid="forget-settings">
                          {s("forgetSettings")}
                        </Button>
                      </div>
                      {storeNote !== null && (
                        <MessageBar intent={storeNote.intent}>
                          <MessageBarBody>{storeNote.text}</MessageBarBody>
                        </MessageBar>
                      )}
                    </section>
                  </div>
                ),
              },
            ]}
          />
        </div>
      )}
    </PaneContext.Provider>
  );
}
