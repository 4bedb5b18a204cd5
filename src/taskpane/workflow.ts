/**
 * The pane's and the ribbon's work between reading and writing, without React: saved state → settings, the
 * workbook view → analysis (through core's analyseWorkbook), the report plan with its per-sheet decisions,
 * the highlight plan, and the one-click report of the ribbon. Everything here is computed once per read and
 * per settings change (the pane memoises it), never while rendering.
 */
import type { Analysis } from "../core/analyse";
import { analyseGrids, type WorkbookInput } from "../core/analyseGrids";
import type { DetectedTable } from "../core/detect";
import type { Grid } from "../core/grid";
import { coreKey, unitKey } from "../core/names";
import { InputError, UserError } from "../core/problems";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../core/settings";
import type { FindOptions } from "../core/workbook";
import { formatMessage, type Language, type MessageParams } from "../i18n/messages";
import { paneText, type PaneKey } from "../i18n/pane";
import type { PaneGateway, SavedState, WorkbookView, WriteOutcome } from "./gateway";
import {
  NO_COMPARISON,
  parseComparison,
  previousWorkbookFor,
  type ComparedWith,
  type ComparisonState,
} from "./comparison";
import { DEFAULT_PREFS, languageOf, parsePrefs, type PanePrefs } from "./prefs";
import { sessionPrevious, type PreviousWorkbook } from "./session";

/** Any error as a message for the user, in their language — never a stack. */
export function errorText(error: unknown, language: Language): string {
  // Every refusal of the core, the reader and the Excel adapter is a UserError; the pane's own are PaneErrors.
  if (error instanceof UserError || error instanceof PaneError) return error.messageIn(language);
  const detail = error instanceof Error ? error.message : String(error);
  return formatMessage("unexpected", { detail }, language);
}

/** A problem the pane or the ribbon explains in the user's language (a pane string). */
export class PaneError extends Error {
  constructor(
    readonly key: PaneKey,
    readonly params: MessageParams = {},
  ) {
    super(paneText(key, params, "vi"));
    this.name = "PaneError";
  }

  messageIn(language: Language): string {
    return paneText(this.key, this.params, language);
  }
}

export interface LoadedState {
  readonly settings: Settings;
  readonly prefs: PanePrefs;
  /** The saved settings could not be read (the field-level message); defaults are used meanwhile. */
  readonly settingsError: unknown;
  readonly comparison: ComparisonState;
}

export function loadSaved(saved: SavedState | null): LoadedState {
  if (saved === null)
    return {
      settings: DEFAULT_SETTINGS,
      prefs: DEFAULT_PREFS,
      settingsError: null,
      comparison: NO_COMPARISON,
    };
  let settings = DEFAULT_SETTINGS;
  let settingsError: unknown = null;
  try {
    settings = parseSettings(saved.settings ?? {});
  } catch (error) {
    settingsError = error;
  }
  return {
    settings,
    prefs: parsePrefs(saved.pane),
    settingsError,
    comparison: parseComparison(saved.comparison),
  };
}

export function savedStateOf(settings: Settings, prefs: PanePrefs, comparison?: ComparisonState): SavedState {
  return comparison === undefined ? { settings, pane: prefs } : { settings, pane: prefs, comparison };
}

export interface AnalysisReady {
  readonly ok: true;
  readonly analysis: Analysis;
  /** This year's detected tables (roles, components, header rows) — the mapping the Table tab shows. */
  readonly tables: readonly DetectedTable[];
  readonly input: WorkbookInput;
  /** The workbook held several tables and the active sheet's was used. */
  readonly usedActiveSheet: boolean;
  /** Last year's file was chosen as the source but is not loaded in this session. */
  readonly previousFileMissing: boolean;
}

export interface AnalysisFailed {
  readonly ok: false;
  readonly error: unknown;
}

export type AnalysisState = AnalysisReady | AnalysisFailed;

function hasMapping(settings: Settings): boolean {
  return Object.keys(settings.mapping).length > 0;
}

/** The analysis of a workbook view under the settings and the pane's choices. Never throws. */
export function analyseView(
  view: Pick<WorkbookView, "grids" | "activeSheet" | "formulas">,
  settings: Settings,
  prefs: PanePrefs,
  previous: PreviousWorkbook | null,
): AnalysisState {
  try {
    const grids = view.grids;
    const chosen = prefs.sheet !== null && grids.some((g) => g.sheet === prefs.sheet) ? prefs.sheet : null;
    const source = prefs.previous.source;
    const previousSheet =
      source === "sheet" &&
      prefs.previous.sheet !== null &&
      grids.some((g) => g.sheet === prefs.previous.sheet)
        ? prefs.previous.sheet
        : null;
    const options: FindOptions = {
      sheets: chosen !== null ? [chosen] : undefined,
      previousSheets: previousSheet !== null ? [previousSheet] : undefined,
      year: settings.year,
      mapping: hasMapping(settings) ? settings.mapping : undefined,
    };
    // "column" and "file" must not let an older sheet of this workbook stand in for last year.
    const input: WorkbookInput = {
      grids,
      formulas: view.formulas ?? (source === "file" ? previous?.formulas : undefined),
      previousGrids: source === "file" ? (previous?.grids ?? undefined) : undefined,
      sheets: options.sheets,
      previousSheets: options.previousSheets,
      settings,
      autoPrevious: source !== "column" && source !== "file",
      // A table nobody can be ranked in is shown (to correct it); the report refuses it.
      allowUnranked: true,
    };
    let usedActiveSheet = false;
    let analysis: Analysis;
    try {
      analysis = analyseGrids(input);
    } catch (error) {
      const active = grids.find((g) => g.sheet === view.activeSheet);
      if (
        chosen === null &&
        active !== undefined &&
        error instanceof InputError &&
        error.problem.key === "ambiguousSheets"
      ) {
        analysis = analyseGrids({ ...input, sheets: [active.sheet] });
        usedActiveSheet = true;
      } else throw error;
    }
    return {
      ok: true,
      analysis,
      tables: analysis.tables,
      input: { ...input, sheets: analysis.sheets },
      usedActiveSheet,
      previousFileMissing: source === "file" && previous === null,
    };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Where this analysis took last year's ranks from; null when it did not compare. */
export function comparedWith(ready: AnalysisReady, previous: PreviousWorkbook | null): ComparedWith | null {
  const { analysis, input } = ready;
  if (analysis.previousSource === "column") return { kind: "column", name: "" };
  if (analysis.previousSource !== "table") return null;
  if (input.previousGrids !== undefined && previous !== null)
    return { kind: "file", name: previous.fileName };
  return { kind: "sheet", name: analysis.previousSheets.join(", ") };
}

/**
 * What the last report compared with, when a report written now would not compare at all (every rank change
 * "—"): the pane asks before writing it, the ribbon does not write it.
 */
export function lostComparison(comparison: ComparisonState, ready: AnalysisReady): ComparedWith | null {
  const before = comparison.lastReport?.comparedWith ?? null;
  return before !== null && ready.analysis.previousSource === null ? before : null;
}

/** "tệp “x.xlsx”", "trang “2020”", "cột xếp hạng năm trước". */
export function comparedWithText(source: ComparedWith, language: Language): string {
  if (source.kind === "column") return paneText("comparedColumn", {}, language);
  return paneText(source.kind === "file" ? "comparedFile" : "comparedSheet", { name: source.name }, language);
}

export type OneClickResult = (
  | { readonly kind: "written"; readonly outcome: WriteOutcome; readonly analysis: Analysis }
  | { readonly kind: "consent"; readonly sheets: readonly string[] }
) & {
  /** The pane's language as saved in the document (for the message about the result). */
  readonly language: Language;
};

/**
 * The ribbon's "Tạo báo cáo": read → analyse → plan → write with the saved settings. A report sheet the user
 * edited is never replaced without asking: then nothing is written and the result names the sheets.
 * Throws (with a message for the user) when the workbook cannot be read, analysed or written.
 */
export async function oneClickReport(gateway: PaneGateway, now = new Date()): Promise<OneClickResult> {
  const view = await gateway.readWorkbook();
  const { settings, prefs, settingsError, comparison } = loadSaved(view.saved);
  const language = languageOf(prefs, undefined, gateway.displayLanguage());
  if (settingsError !== null) throw settingsError;
  const previous = previousWorkbookFor(sessionPrevious(), comparison.previous);
  const state = analyseView(view, settings, prefs, previous);
  if (!state.ok) throw state.error;
  const lost = lostComparison(comparison, state);
  if (lost !== null) throw new PaneError("cmdComparisonLost", { source: comparedWithText(lost, language) });
  // The report planner loads with the first report (its own chunk), not with the pane or the ribbon.
  const { planReportFor, resolveDecisions } = await import(
    /* webpackChunkName: "report-plan" */ "./reportDraft"
  );
  const draft = planReportFor(view, state, previous, now);
  const asked = draft.actions.filter((a) => a.action === "ask");
  if (asked.length > 0) return { kind: "consent", sheets: asked.map((a) => a.name), language };
  const outcome = await gateway.writeReport(draft.plan, resolveDecisions(draft.actions, {}));
  const lastReport = { at: now.toISOString(), comparedWith: comparedWith(state, previous) };
  await gateway.saveSettings({
    settings: view.saved?.settings ?? null,
    pane: view.saved?.pane ?? null,
    comparison: { ...comparison, lastReport },
  });
  return { kind: "written", outcome, analysis: state.analysis, language };
}

/**
 * Attendee assignments read from a sheet the user keeps: in each row, a cell naming one of the units (any
 * spelling the name matcher accepts) and, after it, the first other text — the person who attends.
 */
export function attendeesFromGrid(grid: Grid, units: readonly string[]): Record<string, string> {
  const byKey = new Map<string, string>();
  for (const name of units) {
    const key = unitKey(name);
    byKey.set(key, name);
    const core = coreKey(key);
    if (!byKey.has(core)) byKey.set(core, name);
  }
  const found = new Map<string, string>();
  for (const row of grid.values) {
    const texts = row
      .map((v) => (typeof v === "string" ? v.trim() : ""))
      .map((text, i) => ({ text, i }))
      .filter((c) => c.text !== "");
    for (let k = 0; k < texts.length - 1; k++) {
      const key = unitKey(texts[k].text);
      const unit = byKey.get(key) ?? byKey.get(coreKey(key));
      if (unit === undefined) continue;
      found.set(unit, texts[k + 1].text);
      break;
    }
  }
  return Object.fromEntries(found);
}
