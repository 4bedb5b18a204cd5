/**
 * The report and the highlights as the pane and the ribbon plan them: the report plan with its per-sheet
 * decisions (a sheet the user edited is asked about), the user's answers as decisions, the highlight plan.
 * A module of its own so that the report planner (src/core/report) loads with the first report, not with the
 * pane's first screen.
 */
import type { Analysis } from "../core/analyse";
import { requireRankedUnits } from "../core/analyseGrids";
import type { HighlightPlan, ReportPlan } from "../core/plan";
import {
  decideSheetActions,
  planHighlights,
  planReport,
  sourceFingerprint,
  type SheetAction,
} from "../core/report";
import type { Language } from "../i18n/messages";
import type { ReportDecision, WorkbookView } from "./gateway";
import type { PreviousWorkbook } from "./session";
import type { AnalysisReady } from "./workflow";

/** The fingerprint of the source values printed in the run log — the same function the CLI uses. */
export { sourceFingerprint };

export interface ReportDraft {
  readonly plan: ReportPlan;
  /** What to do with each planned sheet; "ask" ones need the user's answer. */
  readonly actions: readonly SheetAction[];
}

/**
 * The analysis with the reader's warnings about last year's file on the sheets it was compared with first, as
 * `cchc report` and the standalone page put them in the report.
 */
function withPreviousReadProblems(ready: AnalysisReady, previous: PreviousWorkbook | null): Analysis {
  const { analysis, input } = ready;
  if (previous === null || input.previousGrids !== previous.grids) return analysis;
  const used = analysis.previousSheets;
  const problems = (previous.readProblems ?? []).filter((p) => p.sheet !== null && used.includes(p.sheet));
  return problems.length === 0 ? analysis : { ...analysis, warnings: [...problems, ...analysis.warnings] };
}

export function planReportFor(
  view: Pick<WorkbookView, "grids" | "sheets" | "reportSheets">,
  ready: AnalysisReady,
  previous: PreviousWorkbook | null,
  now: Date,
): ReportDraft {
  requireRankedUnits(ready.analysis);
  const analysis = withPreviousReadProblems(ready, previous);
  const { input } = ready;
  const settings = input.settings;
  const previousInfo =
    input.previousGrids !== undefined
      ? { file: previous?.fileName ?? null, sheets: input.previousSheets ?? [] }
      : input.previousSheets !== undefined
        ? { file: null, sheets: input.previousSheets }
        : null;
  const plan = planReport(analysis, {
    settings,
    file: null,
    previous: previousInfo,
    fingerprint: sourceFingerprint(view.grids, analysis.sheets),
    generatedAt: now.toISOString(),
    language: settings.language,
    chartsSupported: true,
    sourceGrids: view.grids,
  });
  const fingerprints = new Map(view.reportSheets.map((r) => [r.name, r.fingerprint]));
  const existing = view.sheets.map((s) => ({ name: s.name, fingerprint: fingerprints.get(s.name) ?? null }));
  const markers = Object.fromEntries(view.reportSheets.map((r) => [r.name, r.writtenFingerprint]));
  const actions = decideSheetActions(
    plan.sheets.map((s) => s.name),
    existing,
    markers,
  );
  return { plan, actions };
}

/** The user's answer for an edited report sheet: replace it, or keep it and write beside it. */
export type Consent = "replace" | "keep";

/** Decisions for the writer: "ask" resolved by the user's answers (a missing answer keeps the sheet). */
export function resolveDecisions(
  actions: readonly SheetAction[],
  answers: Readonly<Record<string, Consent>>,
): ReportDecision[] {
  return actions.map((a) => {
    if (a.action !== "ask") return { planned: a.planned, action: a.action, name: a.name };
    return answers[a.planned] === "replace"
      ? { planned: a.planned, action: "replace", name: a.name }
      : { planned: a.planned, action: "rename", name: a.alternative };
  });
}

/** The highlights of an analysis; refused like a report when its numbers cannot be true or nobody is ranked. */
export function highlightPlanFor(ready: AnalysisReady, language: Language): HighlightPlan {
  requireRankedUnits(ready.analysis);
  return planHighlights(ready.analysis, ready.tables, { language, settings: ready.input.settings });
}
