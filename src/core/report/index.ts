/**
 * The report planner: turns an Analysis into the plans of the five report sheets (ranking, actions,
 * component analysis, breakthrough registration, run log) and of the score-table highlights. Pure: the
 * adapters render the plans (src/excel through Office.js, src/xlsx through ExcelJS).
 */
import type { Analysis } from "../analyse";
import type { ReportPlan } from "../plan";
import { planActions } from "./actions";
import { planBreakthrough } from "./breakthrough";
import { MAX_CHART_UNITS, planComponents } from "./components";
import { textsFor, type ReportContext } from "./context";
import { documentHead } from "./document";
import { planLog } from "./log";
import { sourceLetterhead } from "./source";
import { planRanking } from "./ranking";
import { reportSheetNames } from "./sheetNames";
import { componentInsights } from "./weakest";

export type { ReportContext } from "./context";
export {
  planHighlights,
  DROPPED_ROW_STYLE,
  BELOW_THRESHOLD_STYLE,
  BELOW_OTHER_STYLE,
  type HighlightOptions,
} from "./highlights";
export {
  reportSheetNames,
  decideSheetActions,
  isValidSheetName,
  sheetName,
  type ExistingSheet,
  type SheetAction,
} from "./sheetNames";
export { canonicalValuesText, sha256Hex, sourceFingerprint, utf8 } from "./fingerprint";
export { componentInsights, type ComponentInsights, type WeakComponent } from "./weakest";

/** What every report marker starts with: the add-in's report, version 1 of the plans. */
export const REPORT_MARKER_PREFIX = "CCHC.report.v1";

/** The marker of a report made from the source values with this fingerprint: "CCHC.report.v1:<fingerprint>". */
export function reportMarker(fingerprint: string): string {
  return `${REPORT_MARKER_PREFIX}:${fingerprint}`;
}

/** True for a marker the add-in wrote (any version of the source). */
export function isReportMarker(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(`${REPORT_MARKER_PREFIX}:`);
}

export function planReport(analysis: Analysis, context: ReportContext): ReportPlan {
  const language = context.language ?? context.settings.language;
  const tx = textsFor(language);
  const names = reportSheetNames(analysis.year, language);
  // The year of the date line above the signature: the year the report is made.
  const madeIn = Number(context.generatedAt.slice(0, 4));
  const signYear = Number.isInteger(madeIn) && madeIn > 1900 ? madeIn : (analysis.year ?? 0) + 1;

  const head = documentHead(context.settings, sourceLetterhead(context.sourceGrids, analysis), tx, signYear);
  const ranking = planRanking(analysis, context, tx, names.ranking, head);
  const actions = planActions(analysis, context, tx, names.actions, head);
  const insights = componentInsights(analysis);
  const components = planComponents(analysis, context, tx, names.components, insights, head);
  const breakthrough = planBreakthrough(analysis, context, tx, names.breakthrough, insights, head);
  const log = planLog(analysis, context, tx, names.log, {
    chartCount: components.sheet.charts.length,
    skippedCharts: components.skippedCharts,
    maxChartUnits: MAX_CHART_UNITS,
  });
  return {
    year: analysis.year,
    sheets: [ranking, actions, components.sheet, breakthrough, log],
    marker: reportMarker(context.fingerprint),
  };
}
