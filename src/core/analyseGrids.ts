/**
 * The whole reading of a workbook, from grids to the analysis: find this year's table(s), last year's (a sheet
 * of the same workbook or another workbook), and analyse. The pane calls it directly: Excel's grids always hold
 * the formulas' results, so the pane's first bundle carries no formula evaluator — a .xlsx file read in the pane
 * (last year's, the standalone page's) brings core/formula's pass with it. analyseWorkbook (./analyseWorkbook)
 * is this with that pass always on: the entry point of the CLI and of everything that reads files.
 */
import { analyse, type Analysis, type SourceTable } from "./analyse";
import type { DetectedTable } from "./detect";
import type { ResolvedBook, TablePlace } from "./formula";
import type { Grid } from "./grid";
import { InputError, problem, type Problem } from "./problems";
import type { Settings } from "./settings";
import { findTables } from "./workbook";

/** Formulas saved without their results computed (core/formula), and what that means for a run. */
export interface FormulaPass {
  readonly resolve: (grids: readonly Grid[]) => ResolvedBook;
  /** Warnings naming the computed columns; throws for a formula of a table that cannot be computed. */
  readonly findings: (book: ResolvedBook, tables: readonly TablePlace[]) => Problem[];
}

/** The grids as they are, for a caller without the formula pass: refused if any formula lacks its result. */
function asComputed(grids: readonly Grid[]): ResolvedBook {
  if (grids.some((g) => g.formulas !== undefined && g.formulas.size > 0))
    throw new Error("Grids with formulas saved without results need the formula pass (core/formula).");
  return { grids, sheets: [] };
}

export interface WorkbookInput {
  readonly grids: readonly Grid[];
  /**
   * How formulas saved without their results are computed: core/formula's pass (analyseWorkbook always gives
   * it); none for grids read from Excel, which always hold the results.
   */
  readonly formulas?: FormulaPass;
  /** Last year's workbook, when given apart. */
  readonly previousGrids?: readonly Grid[];
  /** This year's sheets chosen by the user. */
  readonly sheets?: readonly string[];
  /** Last year's sheet(s): in `previousGrids` when given, else in `grids`. */
  readonly previousSheets?: readonly string[];
  readonly settings: Settings;
  /** Take an earlier year's sheet of this workbook as last year's when no other source is named (default true). */
  readonly autoPrevious?: boolean;
  /**
   * Return an analysis in which no unit is ranked, or whose numbers the plausibility gates refuse, instead of
   * stopping (the pane shows such a table so that its mapping and maxima can be corrected; whatever writes a
   * report or highlights calls `requireRankedUnits` first).
   */
  readonly allowUnranked?: boolean;
}

/**
 * Detected tables with the grids their cells lie on: the table's sheet, and every form's sheet when each unit
 * has its own (per-unit forms). Whoever analyses a table found by findTables builds its source with this.
 */
export function sourceTables(tables: readonly DetectedTable[], grids: readonly Grid[]): SourceTable[] {
  return tables.map((table) => {
    const grid = grids.find((g) => g.sheet === table.sheet) as Grid;
    if (table.sheets === undefined) return { table, grid };
    const others = table.sheets.filter((s) => s !== table.sheet);
    return { table, grid, grids: grids.filter((g) => others.includes(g.sheet)) };
  });
}

const withGrids = sourceTables;

export function analyseGrids(input: WorkbookInput): Analysis {
  const { settings, formulas } = input;
  const resolveFormulas = formulas?.resolve ?? asComputed;
  const formulaFindings = formulas?.findings ?? (() => []);
  const mapping = settings.mapping;
  const sameBookPrevious = input.previousGrids === undefined ? input.previousSheets : undefined;
  // Formulas saved without their results are computed first when they are plain arithmetic (core/formula).
  const book = resolveFormulas(input.grids);
  const grids = book.grids;
  const found = findTables(grids, {
    sheets: input.sheets,
    previousSheets: sameBookPrevious,
    year: settings.year,
    mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
    unitGroups: settings.unitGroups,
    autoPrevious: input.autoPrevious,
  });
  let previous = withGrids(found.previous, grids);
  const notices = [...formulaFindings(book, [...found.current, ...found.previous]), ...found.notices];
  if (input.previousGrids) {
    const lastBook = resolveFormulas(input.previousGrids);
    const before = findTables(lastBook.grids, {
      sheets: input.previousSheets,
      year: settings.year !== null ? settings.year - 1 : null,
      unitGroups: settings.unitGroups,
    });
    previous = withGrids(before.current, lastBook.grids);
    notices.push(...formulaFindings(lastBook, before.current));
  }
  const analysis = analyse({
    current: withGrids(found.current, grids),
    previous,
    settings,
    notices,
  });
  if (input.allowUnranked !== true) requireRankedUnits(analysis);
  return analysis;
}

/**
 * What must hold before anything is reported or highlighted: numbers that can be true (the plausibility
 * gates' refusal, naming the misread column), and some unit ranked — a table in which none can be stops the
 * run, saying why (every score cell blank, often formulas saved without their results by a program other
 * than Excel, or no index computable for any unit).
 */
export function requireRankedUnits(analysis: Analysis): void {
  if (analysis.refusal !== null) throw new InputError(analysis.refusal);
  if (analysis.units.some((u) => u.rank !== null)) return;
  const count = analysis.units.length;
  const sheet = analysis.sheets.length === 1 ? analysis.sheets[0] : null;
  const key = analysis.units.every((u) => !u.assessed) ? "noScores" : "noIndices";
  throw new InputError(problem(key, { count }, { sheet }));
}
