/**
 * Step 3, the actions: highlight the score table or clear it; create the report in one click (progress while
 * Excel writes, then links that open the new sheets; a report sheet the user edited is replaced only after
 * asking); compare with last year's file, read right here in the pane (ExcelJS loaded only then) and never
 * sent anywhere.
 */
import { useEffect, useRef, useState } from "react";
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
import type { SheetAction } from "../../core/report";
import type { ReportProgress, WriteOutcome } from "../gateway";
import { usePane } from "../model";
import { PreviousFilePicker } from "./PreviousFile";
import type { PaneMessage } from "../pane-messages";
import {
  analyseView,
  highlightPlanFor,
  planReportFor,
  resolveDecisions,
  type Consent as ConsentAnswer,
  type ReportDraft,
} from "../workflow";

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
 * The question before replacing report sheets the user edited, in place under the button (an alert dialog
 * that takes the focus; Escape cancels). Fluent's modal Dialog would add some 22 KB gzip to the first load.
 */
function Consent({
  asked,
  onAnswer,
  onCancel,
}: {
  asked: readonly SheetAction[];
  onAnswer: (answer: ConsentAnswer) => void;
  onCancel: () => void;
}) {
  const model = usePane();
  const styles = useStyles();
  const { t } = model;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section
      role="alertdialog"
      aria-labelledby="consent-title"
      aria-describedby="consent-text"
      className={styles.confirm}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <Subtitle2 as="h3" id="consent-title">
        {t("consentTitle")}
      </Subtitle2>
      <div id="consent-text">
        <Body1>{t("consentText")}</Body1>
        <ul className={styles.list}>
          {asked.map((a) => (
            <li key={a.planned}>
              {a.action === "ask" ? t("consentSheet", { sheet: a.name, alternative: a.alternative }) : a.name}
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
    </section>
  );
}

type Busy = "highlight" | "clear" | "report" | null;

export function ActionsTab() {
  const model = usePane();
  const styles = useStyles();
  const { t, view, analysis: state } = model;
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<PaneMessage | null>(null);
  const [written, setWritten] = useState<WriteOutcome | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [pending, setPending] = useState<{ draft: ReportDraft; asked: SheetAction[] } | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  if (view === null || state === null) return null;
  const ready = state.ok ? state : null;

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

  const write = async (draft: ReportDraft, answers: Readonly<Record<string, ConsentAnswer>>) => {
    setPending(null);
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
    try {
      // Read again first (one sync): the report must show the scores as they are now, not as they were
      // when the pane opened.
      const fresh = await model.reload();
      if (fresh === null) {
        // The pane shows why the workbook could not be read.
        setBusy(null);
        return;
      }
      const now = analyseView(fresh, model.settings, model.prefs, model.previous);
      if (!now.ok) throw now.error;
      draft = planReportFor(fresh, now, model.previous, new Date());
    } catch (error) {
      fail(error);
      setBusy(null);
      return;
    }
    const asked = draft.actions.filter((a) => a.action === "ask");
    if (asked.length > 0) {
      setBusy(null);
      setPending({ draft, asked });
    } else await write(draft, {});
  };

  const answerAll = (answer: ConsentAnswer) => {
    if (pending === null) return;
    void write(pending.draft, Object.fromEntries(pending.asked.map((a) => [a.planned, answer])));
  };

  const activate = (name: string) => model.gateway.activateSheet(name).catch((error: unknown) => fail(error));

  return (
    <>
      <div aria-live="polite" data-testid="action-status">
        {status !== null && (
          <MessageBar intent={status.intent}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {ready === null && (
        <MessageBar intent="warning">
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
            appearance="primary"
            disabled={ready === null || busy !== null || pending !== null}
            onClick={() => void createReport()}
          >
            {t("createReport")}
          </Button>
        </div>
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
              <Caption1>{t("reportSkipped", { features: written.skipped.join(", ") })}</Caption1>
            )}
          </nav>
        )}
      </section>

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

      <section className={styles.section} aria-labelledby="compare-heading">
        <Subtitle2 as="h2" id="compare-heading">
          {t("compareHeading")}
        </Subtitle2>
        <Body1>{t("compareHint")}</Body1>
        <PreviousFilePicker />
      </section>
    </>
  );
}
