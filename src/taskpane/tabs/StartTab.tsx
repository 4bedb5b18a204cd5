/**
 * Step 1, the first screen: what was found (units, khối, year, the components checked against the
 * threshold) and three ordered things to do — compare with last year (the file picker, right here), see who
 * must hold a review or explain, create the report. How the columns were read, and correcting it, is behind
 * "Sửa cột…" (opened at once when no table could be read, or when its numbers cannot be true: then the
 * plausibility gate's message stands above it and nothing else is offered until it is corrected) — "Xem cách
 * đọc bảng…" for units across columns and per-unit forms, which have no columns to correct. Then the
 * reading's warnings, each with a button that goes to its cell.
 */
import { Suspense, lazy, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeProblem, placeOf } from "../../core/problems";
import { hasColumnMapping } from "../columns";
import { shown } from "../format";
import { dateShown } from "../input";
import { usePane, type PaneModel } from "../model";
import { useSteps } from "../steps";
import type { AnalysisReady } from "../workflow";
import { PreviousFilePicker } from "./PreviousFile";
import { RefusalNotice, refusalOf } from "./Refusal";

const ColumnEditor = lazy(() => import(/* webpackChunkName: "pane-columns" */ "./ColumnEditor"));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: "1.2em" },
  todo: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    counterReset: "todo",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  warning: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

function compareStatus(model: PaneModel, ready: AnalysisReady): string {
  const { t, previous } = model;
  const { analysis, input } = ready;
  if (analysis.previousSource === "column") return t("stepCompareColumn");
  if (analysis.previousSource !== "table") return t("stepCompareNone");
  if (input.previousGrids !== undefined && previous !== null) {
    return previous.kept !== undefined
      ? t("stepCompareKept", { file: previous.fileName, date: dateShown(previous.kept.readAt) })
      : t("stepCompareFile", { file: previous.fileName });
  }
  return t("stepCompareSheet", { sheet: analysis.previousSheets.join(", ") });
}

/** What step 3 says, where the report is not written into the workbook (the standalone page downloads it). */
export interface StartReportWords {
  readonly hint: string;
  readonly open: string;
}

export function StartTab({ reportWords }: { reportWords?: StartReportWords } = {}) {
  const model = usePane();
  const styles = useStyles();
  const steps = useSteps();
  const { t, view, analysis: state, settings, language } = model;
  const [editing, setEditing] = useState(false);
  if (view === null || state === null) return null;
  // Numbers that cannot be true: the gate's message and the column editor, nothing else until corrected.
  const refusal = refusalOf(state);
  const ready = state.ok && refusal === null ? state : null;
  const showEditor = editing || ready === null;
  // Units across columns and per-unit forms: no columns to correct, the editor's place says how it was read.
  const mappable = hasColumnMapping(state.ok ? state.tables : []);

  return (
    <>
      {!state.ok && (
        <MessageBar intent="error" data-testid="analysis-error" layout="multiline">
          <MessageBarBody>{model.errorText(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      {refusal !== null && <RefusalNotice refusal={refusal} onStart />}
      {ready?.usedActiveSheet === true && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("usedActiveSheet", { sheet: view.activeSheet })}</MessageBarBody>
        </MessageBar>
      )}

      {ready !== null && (
        <>
          <section className={styles.section} aria-labelledby="found-heading">
            <Subtitle2 as="h2" id="found-heading">
              {t("startFoundHeading")}
            </Subtitle2>
            <Body1 data-testid="found-summary">
              {ready.analysis.year !== null
                ? t("startFoundYear", {
                    units: String(ready.analysis.units.length),
                    groups: String(ready.analysis.groups.length),
                    year: String(ready.analysis.year),
                  })
                : t("startFound", {
                    units: String(ready.analysis.units.length),
                    groups: String(ready.analysis.groups.length),
                  })}
            </Body1>
            <ul className={styles.list} data-testid="groups">
              {ready.analysis.groups.map((g) => (
                <li key={g.name}>{t("groupUnits", { group: g.name, count: String(g.units) })}</li>
              ))}
            </ul>
            {ready.analysis.components.some((c) => c.checked) ? (
              <>
                <Body1>{t("startChecked", { threshold: shown(settings.threshold, language) })}</Body1>
                <ul className={styles.list} data-testid="checked-components">
                  {ready.analysis.components
                    .filter((c) => c.checked)
                    .map((c) => (
                      <li key={c.name}>{c.name}</li>
                    ))}
                </ul>
              </>
            ) : (
              <Body1>{t("startCheckedNone")}</Body1>
            )}
          </section>

          <section className={styles.section} aria-labelledby="todo-heading">
            <Subtitle2 as="h2" id="todo-heading">
              {t("startTodoHeading")}
            </Subtitle2>
            <ol className={styles.todo}>
              <li className={styles.item} aria-labelledby="todo-compare">
                <Subtitle2 as="h3" id="todo-compare">
                  {`1. ${t("stepCompareTitle")}`}
                </Subtitle2>
                <Body1 data-testid="compare-status">{compareStatus(model, ready)}</Body1>
                <PreviousFilePicker />
              </li>
              <li className={styles.item} aria-labelledby="todo-review">
                <Subtitle2 as="h3" id="todo-review">
                  {`2. ${t("stepReviewTitle")}`}
                </Subtitle2>
                <Body1>
                  {t("stepReviewSummary", {
                    reviews: String(ready.analysis.reviews.length),
                    explanations: String(ready.analysis.explanations.length),
                    dropped:
                      ready.analysis.previousSource === null
                        ? t("notCompared")
                        : String(ready.analysis.dropped.length),
                  })}
                </Body1>
                <div className={styles.buttons}>
                  <Button onClick={() => steps.open("results")}>{t("stepReviewOpen")}</Button>
                </div>
              </li>
              <li className={styles.item} aria-labelledby="todo-report">
                <Subtitle2 as="h3" id="todo-report">
                  {`3. ${t("stepReportTitle")}`}
                </Subtitle2>
                <Body1>{reportWords?.hint ?? t("stepReportHint")}</Body1>
                <div className={styles.buttons}>
                  <Button onClick={() => steps.open("actions", "create-report")}>
                    {reportWords?.open ?? t("stepReportOpen")}
                  </Button>
                </div>
              </li>
            </ol>
          </section>
        </>
      )}

      <section className={styles.section} aria-label={t(mappable ? "editColumns" : "tableReadShow")}>
        {ready !== null && (
          <div className={styles.buttons}>
            <Button
              aria-expanded={editing}
              aria-controls="column-editor"
              onClick={() => setEditing((e) => !e)}
            >
              {mappable
                ? t(editing ? "editColumnsHide" : "editColumns")
                : t(editing ? "tableReadHide" : "tableReadShow")}
            </Button>
          </div>
        )}
        <div id="column-editor" hidden={!showEditor}>
          {showEditor && (
            <Suspense fallback={<Caption1 role="status">{t("loadingStep")}</Caption1>}>
              <ColumnEditor />
            </Suspense>
          )}
        </div>
      </section>

      <Warnings />
    </>
  );
}

function Warnings() {
  const model = usePane();
  const styles = useStyles();
  const { t, language, analysis: state } = model;
  if (state === null || !state.ok) return null;
  const warnings = state.analysis.warnings;
  return (
    <section className={styles.section} aria-labelledby="warnings-heading">
      <Subtitle2 as="h2" id="warnings-heading">
        {t("warningsHeading", { count: String(warnings.length) })}
      </Subtitle2>
      {warnings.length === 0 && <Body1>{t("warningsNone")}</Body1>}
      <ul className={styles.list} data-testid="warnings">
        {warnings.map((w, i) => (
          <li key={i} className={styles.warning}>
            <span>{describeProblem(w, language)}</span>
            {w.sheet !== null && w.row !== null && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t("goToCellLabel", { place: placeOf(w, language) })}
                onClick={() => {
                  const sheet = w.sheet as string;
                  model.gateway
                    .goTo({ sheet, row: w.row as number, column: w.column })
                    .catch((error: unknown) =>
                      model.notify({ intent: "error", text: model.errorText(error) }),
                    );
                }}
              >
                {t("goToCell")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
