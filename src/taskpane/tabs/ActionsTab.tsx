/**
 * Step 3, the actions: create the report in one click (progress while Excel writes, then links that open the
 * new sheets; a report sheet the user edited is replaced only after asking, and so is a report that would
 * lose the comparison with last year the previous report had); download the drafted follow-up notice (.docx,
 * made on first use by src/docx in a chunk of its own, saved the way the host allows: gateway.saveFile);
 * highlight the score table or clear it.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { requireRankedUnits } from "../../core/analyseGrids";
import type { SheetAction } from "../../core/report";
import type { ReportProgress, WriteOutcome } from "../gateway";
import { usePane } from "../model";
import type { ComparedWith } from "../comparison";
import type { PaneMessage } from "../pane-messages";
import { useSteps } from "../steps";
import { RefusalNotice, refusalOf } from "./Refusal";
import {
  highlightPlanFor,
  planReportFor,
  resolveDecisions,
  type Consent as ConsentAnswer,
  type ReportDraft,
} from "../reportDraft";
import { analyseView, comparedWith, comparedWithText, lostComparison, type AnalysisReady } from "../workflow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "1.2em" },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * A question asked in place under the button: an alert dialog that takes the focus on its first button
 * (`first`) and cancels on Escape. Fluent's modal Dialog would add some 22 KB gzip to the first load.
 */
function Question({
  id,
  title,
  onCancel,
  testId,
  children,
}: {
  id: string;
  title: string;
  onCancel: () => void;
  testId?: string;
  children: (first: RefObject<HTMLButtonElement | null>) => ReactNode;
}) {
  const styles = useStyles();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className={styles.confirm}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <Subtitle2 as="h3" id={`${id}-title`}>
        {title}
      </Subtitle2>
      {children(first)}
    </section>
  );
}

/** The question before replacing report sheets the user edited: keep them, replace them, or cancel. */
function Consent({
  asked,
  onAnswer,
  onCancel,
}: {
  asked: readonly SheetAction[];
  onAnswer: (answer: ConsentAnswer) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { t } = usePane();
  return (
    <Question id="consent" title={t("consentTitle")} onCancel={onCancel}>
      {(first) => (
        <>
          <div id="consent-text">
            <Body1>{t("consentText")}</Body1>
            <ul className={styles.list}>
              {asked.map((a) => (
                <li key={a.planned}>
                  {a.action === "ask"
                    ? t("consentSheet", { sheet: a.name, alternative: a.alternative })
                    : a.name}
                </li>
              ))}
            </ul>
          </div>
          <div className={styles.buttons}>
            <Button ref={first} appearance="primary" onClick={() => onAnswer("keep")}>
              {t("consentKeep")}
            </Button>
            <Button onClick={() => onAnswer("replace")}>{t("consentReplace")}</Button>
            <Button onClick={onCancel}>{t("cancel")}</Button>
          </div>
        </>
      )}
    </Question>
  );
}

/**
 * The question before a report that would not compare with last year when the previous one did: choose last
 * year's file (on the first step), write it anyway, or cancel.
 */
function LostComparison({
  source,
  onWrite,
  onPick,
  onCancel,
}: {
  source: ComparedWith;
  onWrite: () => void;
  onPick: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const model = usePane();
  const { t } = model;
  return (
    <Question id="lost" title={t("lostTitle")} onCancel={onCancel} testId="lost-comparison">
      {(first) => (
        <>
          <Body1 id="lost-text">{t("lostText", { source: comparedWithText(source, model.language) })}</Body1>
          <div className={styles.buttons}>
            <Button ref={first} appearance="primary" onClick={onPick}>
              {t("lostPick")}
            </Button>
            <Button onClick={onWrite}>{t("lostWrite")}</Button>
            <Button onClick={onCancel}>{t("cancel")}</Button>
          </div>
        </>
      )}
    </Question>
  );
}

/** Features this Excel lacks that the report left out, in words. */
function skippedText(features: readonly string[], t: ReturnType<typeof usePane>["t"]): string {
  const words = features.map((f) =>
    f === "freezePanes"
      ? t("skippedFreezePanes")
      : f === "pageLayout"
        ? t("skippedPageLayout")
        : f === "pageBreaks"
          ? t("skippedPageBreaks")
          : t("skippedOther"),
  );
  return [...new Set(words)].join(", ");
}

type Busy = "highlight" | "clear" | "report" | "notice" | null;

export function ActionsTab() {
  const model = usePane();
  const styles = useStyles();
  const { t, view, analysis: state } = model;
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<PaneMessage | null>(null);
  const [written, setWritten] = useState<WriteOutcome | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [pending, setPending] = useState<{
    draft: ReportDraft;
    asked: SheetAction[];
    ready: AnalysisReady;
  } | null>(null);
  const [lost, setLost] = useState<{
    source: ComparedWith;
    draft: ReportDraft;
    asked: SheetAction[];
    ready: AnalysisReady;
  } | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const steps = useSteps();
  if (view === null || state === null) return null;
  // Nothing is written or highlighted from numbers the plausibility gates refuse (issue 8).
  const refusal = refusalOf(state);
  const ready = state.ok && refusal === null ? state : null;

  const fail = (error: unknown) => setStatus({ intent: "error", text: model.errorText(error) });

  const highlight = async () => {
    if (ready === null) return;
    setBusy("highlight");
    setStatus(null);
    try {
      const plan = highlightPlanFor(ready, model.language);
      const stale = view.highlightedSheets.filter((s) => !plan.areas.some((a) => a.sheet === s));
      await model.gateway.applyHighlights(plan, stale);
      const rows = plan.areas.filter((a) => a.kind === "droppedRow").length;
      const cells = plan.areas.filter((a) => a.kind === "belowThreshold").length;
      setStatus({
        intent: "success",
        text:
          plan.areas.length === 0
            ? t("highlightNothing")
            : t("highlightDone", { rows: String(rows), cells: String(cells) }),
      });
      await model.reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const clear = async () => {
    setBusy("clear");
    setStatus(null);
    try {
      const sheets = view.highlightedSheets.length > 0 ? view.highlightedSheets : undefined;
      const result = await model.gateway.clearHighlights(sheets);
      setStatus({ intent: "success", text: t("clearDone", { count: String(result.removed) }) });
      await model.reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const write = async (
    draft: ReportDraft,
    answers: Readonly<Record<string, ConsentAnswer>>,
    written: AnalysisReady,
  ) => {
    setPending(null);
    setLost(null);
    setBusy("report");
    setStatus(null);
    setWritten(null);
    try {
      setProgress({ stage: "writing", sheets: draft.plan.sheets.length });
      const outcome = await model.gateway.writeReport(
        draft.plan,
        resolveDecisions(draft.actions, answers),
        setProgress,
      );
      setWritten(outcome);
      // What this report compared with: the next one that would not compare is asked about first.
      const lastReport = {
        at: new Date().toISOString(),
        comparedWith: comparedWith(written, model.previous),
      };
      model.updateComparison((c) => ({ ...c, lastReport }));
      setStatus({ intent: "success", text: t("reportDone", { count: String(outcome.sheets.length) }) });
      await model.reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const createReport = async () => {
    if (ready === null) return;
    setBusy("report");
    setStatus(null);
    let draft: ReportDraft;
    let now: AnalysisReady;
    try {
      // Read again first (one sync): the report must show the scores as they are now, not as they were
      // when the pane opened.
      const fresh = await model.reload();
      if (fresh === null) {
        // The pane shows why the workbook could not be read.
        setBusy(null);
        return;
      }
      const state = analyseView(fresh, model.settings, model.prefs, model.previous);
      if (!state.ok) throw state.error;
      now = state;
      draft = planReportFor(fresh, now, model.previous, new Date());
    } catch (error) {
      fail(error);
      setBusy(null);
      return;
    }
    const asked = draft.actions.filter((a) => a.action === "ask");
    const source = lostComparison(model.comparison, now);
    if (source !== null) {
      setBusy(null);
      setLost({ source, draft, asked, ready: now });
    } else if (asked.length > 0) {
      setBusy(null);
      setPending({ draft, asked, ready: now });
    } else await write(draft, {}, now);
  };

  const answerAll = (answer: ConsentAnswer) => {
    if (pending === null) return;
    void write(
      pending.draft,
      Object.fromEntries(pending.asked.map((a) => [a.planned, answer])),
      pending.ready,
    );
  };

  const writeDespiteLoss = () => {
    if (lost === null) return;
    const { draft, asked, ready: at } = lost;
    setLost(null);
    if (asked.length > 0) setPending({ draft, asked, ready: at });
    else void write(draft, {}, at);
  };

  const downloadNotice = async () => {
    const save = model.gateway.saveFile;
    if (ready === null || save === undefined) return;
    setBusy("notice");
    setStatus(null);
    try {
      requireRankedUnits(ready.analysis);
      // The Word writer (docx) loads with the first notice, not with the pane.
      const { DOCX_MIME, noticeDocx, noticeFileName } = await import(
        /* webpackChunkName: "notice-docx" */ "../../docx"
      );
      const bytes = await noticeDocx(ready.analysis, {
        settings: ready.input.settings,
        generatedAt: new Date().toISOString(),
        sourceGrids: view.grids,
      });
      const file = noticeFileName(ready.analysis.year);
      const route = await save({ name: file, mime: DOCX_MIME, bytes }, model.language);
      setStatus(
        route === "pane"
          ? { intent: "success", text: t("noticeSaved", { file }) }
          : route === "browser"
            ? { intent: "info", text: t("noticeInBrowser", { file }) }
            : { intent: "warning", text: t("noticeCannotSave") },
      );
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const activate = (name: string) => model.gateway.activateSheet(name).catch((error: unknown) => fail(error));

  return (
    <>
      <div aria-live="polite" data-testid="action-status">
        {status !== null && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {refusal !== null && <RefusalNotice refusal={refusal} />}
      {!state.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("resultsNeedTable")}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="report-heading">
        <Subtitle2 as="h2" id="report-heading">
          {t("reportHeading")}
        </Subtitle2>
        <Body1>{t("reportHint")}</Body1>
        <div className={styles.buttons}>
          <Button
            ref={createButton}
            id="create-report"
            appearance="primary"
            disabled={ready === null || busy !== null || pending !== null || lost !== null}
            onClick={() => void createReport()}
          >
            {t("createReport")}
          </Button>
        </div>
        {lost !== null && (
          <LostComparison
            source={lost.source}
            onWrite={writeDespiteLoss}
            onPick={() => {
              setLost(null);
              steps.open("start", "previous-file-pick");
            }}
            onCancel={() => {
              setLost(null);
              setTimeout(() => createButton.current?.focus(), 0);
            }}
          />
        )}
        {pending !== null && (
          <Consent
            asked={pending.asked}
            onAnswer={answerAll}
            onCancel={() => {
              setPending(null);
              setTimeout(() => createButton.current?.focus(), 0);
            }}
          />
        )}
        {!view.can.writeReport && (
          <Caption1>
            {model.m("excelNeedsNewerExcel", { feature: model.m("excelFeatureReport"), version: "1.4" })}
          </Caption1>
        )}
        {busy === "report" && progress !== null && (
          <>
            <ProgressBar
              aria-label={t("reportWriting", { count: String(progress.sheets) })}
              thickness="large"
              value={progress.stage === "done" ? 1 : undefined}
            />
            <Caption1 role="status">{t("reportWriting", { count: String(progress.sheets) })}</Caption1>
          </>
        )}
        {written !== null && (
          <nav aria-label={t("reportSheetsLabel")} data-testid="report-links">
            <ul className={styles.list}>
              {written.sheets.map((s) => (
                <li key={s.name}>
                  <Link as="button" onClick={() => void activate(s.name)}>
                    {s.name}
                  </Link>
                  {s.replaced ? ` (${t("sheetReplaced")})` : ""}
                </li>
              ))}
            </ul>
            {written.skipped.length > 0 && (
              <Caption1>{t("reportSkipped", { features: skippedText(written.skipped, t) })}</Caption1>
            )}
          </nav>
        )}
      </section>

      {model.gateway.saveFile !== undefined && (
        <section className={styles.section} aria-labelledby="notice-heading">
          <Subtitle2 as="h2" id="notice-heading">
            {t("noticeHeading")}
          </Subtitle2>
          <Body1>{t("noticeHint")}</Body1>
          <div className={styles.buttons}>
            <Button
              id="notice-download"
              disabled={ready === null || busy !== null}
              onClick={() => void downloadNotice()}
            >
              {t("noticeDownload")}
            </Button>
          </div>
          {busy === "notice" && <Caption1 role="status">{t("noticeMaking")}</Caption1>}
        </section>
      )}

      <section className={styles.section} aria-labelledby="highlight-heading">
        <Subtitle2 as="h2" id="highlight-heading">
          {t("highlightHeading")}
        </Subtitle2>
        <Body1>{t("highlightHint")}</Body1>
        <div className={styles.buttons}>
          <Button disabled={ready === null || busy !== null} onClick={() => void highlight()}>
            {t("highlight")}
          </Button>
          <Button disabled={busy !== null} onClick={() => void clear()}>
            {t("clearHighlight")}
          </Button>
        </div>
        {!view.can.highlight && (
          <Caption1>
            {model.m("excelNeedsNewerExcel", { feature: model.m("excelFeatureHighlight"), version: "1.6" })}
          </Caption1>
        )}
      </section>
    </>
  );
}

export default ActionsTab;
