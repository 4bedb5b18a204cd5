/**
 * The pane's state as one hook: the workbook view (read through the gateway), the settings, the pane's
 * choices and last year's comparison (saved in the document, a moment after each change), last year's file
 * of this session, and the analysis — memoised on those inputs, so it runs once per read and per change,
 * never per render.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { parseSettings, type Settings } from "../core/settings";
import {
  englishMessagesLoaded,
  formatMessage,
  type Language,
  type MessageKey,
  type MessageParams,
} from "../i18n/messages";
import { loadEnglish } from "../i18n/loadEnglish";
import { paneText, type PaneKey } from "../i18n/pane";
import type { PaneGateway, WorkbookView } from "./gateway";
import { onPaneMessage, latestPaneMessage, type PaneMessage } from "./pane-messages";
import { DEFAULT_PREFS, languageOf, type PanePrefs } from "./prefs";
import {
  NO_COMPARISON,
  fitsInDocument,
  keepComparison,
  previousWorkbookFor,
  type ComparisonState,
} from "./comparison";
import { fieldErrorText } from "./input";
import { sessionPrevious, setSessionPrevious, type PreviousWorkbook } from "./session";
import { analyseView, errorText, loadSaved, savedStateOf, type AnalysisState } from "./workflow";
import { DEFAULT_SETTINGS } from "../core/settings";

/** How long after a change the settings are saved (typing in a field saves once). */
export const SAVE_DELAY_MS = 300;

export interface PaneModel {
  readonly gateway: PaneGateway;
  readonly language: Language;
  /** The pane's strings. */
  t(key: PaneKey, params?: MessageParams): string;
  /** The product's shared messages (problems, reasons…). */
  m(key: MessageKey, params?: MessageParams): string;
  errorText(error: unknown): string;
  readonly status: "loading" | "ready" | "failed";
  readonly readError: unknown;
  readonly view: WorkbookView | null;
  readonly settings: Settings;
  readonly prefs: PanePrefs;
  /** The saved settings could not be used (shown until the user changes or imports settings). */
  readonly settingsError: unknown;
  readonly analysis: AnalysisState | null;
  /** Last year's workbook: the file picked in this session, else the comparison kept in the workbook. */
  readonly previous: PreviousWorkbook | null;
  /** What the workbook keeps of last year's comparison and of the last report. */
  readonly comparison: ComparisonState;
  readonly notice: PaneMessage | null;
  /** Reads the workbook again (one sync after the first read); resolves with the fresh view, or null on failure. */
  reload(): Promise<WorkbookView | null>;
  /** Applies a change to the settings; returns the whole message (every field named) when it is refused. */
  updateSettings(change: (current: Settings) => unknown): string | null;
  /** The same for one field: the message says what is wrong, for showing beside that field. */
  updateField(change: (current: Settings) => unknown): string | null;
  updatePrefs(change: (current: PanePrefs) => PanePrefs): void;
  /** Last year's file picked (kept in the workbook as a comparison), or forgotten (null). */
  setPrevious(previous: PreviousWorkbook | null): void;
  updateComparison(change: (current: ComparisonState) => ComparisonState): void;
  notify(message: PaneMessage | null): void;
}

export function usePaneState(gateway: PaneGateway, forcedLanguage?: Language): PaneModel {
  const [status, setStatus] = useState<PaneModel["status"]>("loading");
  const [readError, setReadError] = useState<unknown>(null);
  const [view, setView] = useState<WorkbookView | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [prefs, setPrefs] = useState<PanePrefs>(DEFAULT_PREFS);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const [sessionFile, setSessionFile] = useState<PreviousWorkbook | null>(sessionPrevious);
  const [comparison, setComparison] = useState<ComparisonState>(NO_COMPARISON);
  const [notice, setNotice] = useState<PaneMessage | null>(latestPaneMessage() ?? null);
  const saved = useRef({ settings, prefs, comparison });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstRead = useRef(true);

  const displayLanguage = useMemo(() => gateway.displayLanguage(), [gateway]);
  const wanted = languageOf(prefs, forcedLanguage, displayLanguage);
  // English comes in a chunk of its own: until it is here the pane speaks Vietnamese, then switches.
  const [englishReady, setEnglishReady] = useState(englishMessagesLoaded);
  useEffect(() => {
    if (wanted !== "en" || englishReady) return;
    let live = true;
    loadEnglish()
      .then(() => live && setEnglishReady(true))
      .catch((error: unknown) => console.error("The English strings could not be loaded", error));
    return () => {
      live = false;
    };
  }, [wanted, englishReady]);
  const language: Language = wanted === "en" && !englishReady ? "vi" : wanted;

  const save = useCallback(() => {
    timer.current = null;
    const { settings: s, prefs: p, comparison: c } = saved.current;
    gateway
      .saveSettings(savedStateOf(s, p, c))
      .catch((error: unknown) => setNotice({ intent: "error", text: errorText(error, language) }));
  }, [gateway, language]);

  const scheduleSave = useCallback(
    (next: { settings: Settings; prefs: PanePrefs; comparison: ComparisonState }) => {
      saved.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );

  // A pending save is not lost when the pane goes away.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        saveRef.current();
      }
    },
    [],
  );

  const reload = useCallback(async (): Promise<WorkbookView | null> => {
    setStatus((s) => (s === "ready" ? "ready" : "loading"));
    try {
      const next = await gateway.readWorkbook();
      setView(next);
      setReadError(null);
      if (firstRead.current) {
        firstRead.current = false;
        const loaded = loadSaved(next.saved);
        setSettings(loaded.settings);
        setPrefs(loaded.prefs);
        setSettingsError(loaded.settingsError);
        setComparison(loaded.comparison);
        saved.current = { settings: loaded.settings, prefs: loaded.prefs, comparison: loaded.comparison };
      } else {
        // A report written from the ribbon since: its record of what it compared with is the newer one.
        const written = loadSaved(next.saved).comparison.lastReport;
        const known = saved.current.comparison.lastReport;
        if (written !== null && (known === null || written.at > known.at)) {
          const merged = { ...saved.current.comparison, lastReport: written };
          saved.current = { ...saved.current, comparison: merged };
          setComparison(merged);
        }
      }
      setStatus("ready");
      return next;
    } catch (error) {
      setReadError(error);
      setStatus("failed");
      return null;
    }
  }, [gateway]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // A message from the ribbon (a report written from there) also means the workbook changed.
  useEffect(
    () =>
      onPaneMessage((message) => {
        setNotice(message);
        void reload();
      }),
    [reload],
  );

  const previous = useMemo(
    () => previousWorkbookFor(sessionFile, comparison.previous),
    [sessionFile, comparison.previous],
  );

  const analysis = useMemo(
    () => (view === null ? null : analyseView(view, settings, prefs, previous)),
    [view, settings, prefs, previous],
  );

  const applySettings = useCallback(
    (change: (current: Settings) => unknown, describe: (error: unknown) => string): string | null => {
      let next: Settings;
      try {
        next = parseSettings(change(saved.current.settings));
      } catch (error) {
        return describe(error);
      }
      setSettings(next);
      setSettingsError(null);
      scheduleSave({ ...saved.current, settings: next });
      return null;
    },
    [scheduleSave],
  );
  const updateSettings = useCallback(
    (change: (current: Settings) => unknown) => applySettings(change, (e) => errorText(e, language)),
    [applySettings, language],
  );
  const updateField = useCallback(
    (change: (current: Settings) => unknown) => applySettings(change, (e) => fieldErrorText(e, language)),
    [applySettings, language],
  );

  const updatePrefs = useCallback(
    (change: (current: PanePrefs) => PanePrefs) => {
      const next = change(saved.current.prefs);
      setPrefs(next);
      scheduleSave({ ...saved.current, prefs: next });
    },
    [scheduleSave],
  );

  const updateComparison = useCallback(
    (change: (current: ComparisonState) => ComparisonState) => {
      const next = change(saved.current.comparison);
      setComparison(next);
      // Too large for the document (tens of thousands of units): used in this session only, and said so.
      const fits = fitsInDocument(next);
      scheduleSave({ ...saved.current, comparison: fits ? next : { ...next, previous: null } });
      if (!fits) setNotice({ intent: "warning", text: paneText("comparisonTooLarge", {}, language) });
    },
    [scheduleSave, language],
  );

  const setPrevious = useCallback(
    (next: PreviousWorkbook | null) => {
      setSessionPrevious(next);
      setSessionFile(next);
      let kept: ComparisonState["previous"] = null;
      if (next !== null) {
        try {
          kept = keepComparison(next, saved.current.settings);
        } catch {
          // No table in last year's file: the analysis says why; nothing is kept.
        }
      }
      updateComparison((c) => ({ ...c, previous: kept }));
    },
    [updateComparison],
  );

  return {
    gateway,
    language,
    t: (key, params) => paneText(key, params, language),
    m: (key, params) => formatMessage(key, params, language),
    errorText: (error) => errorText(error, language),
    status,
    readError,
    view,
    settings,
    prefs,
    settingsError,
    analysis,
    previous,
    comparison,
    notice,
    reload,
    updateSettings,
    updateField,
    updatePrefs,
    setPrevious,
    updateComparison,
    notify: setNotice,
  };
}

export const PaneContext = createContext<PaneModel | null>(null);

export function usePane(): PaneModel {
  const model = useContext(PaneContext);
  if (model === null) throw new Error("usePane outside the pane");
  return model;
}
