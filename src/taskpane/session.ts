/**
 * Last year's workbook as picked in the pane during this session, kept page-wide: the pane and the ribbon
 * command are separate bundles in one runtime, so the grids live on globalThis (like pane-messages). The file
 * is read in the pane and never sent anywhere; it is not stored in the document.
 */
import type { FormulaPass } from "../core/analyseGrids";
import type { Grid } from "../core/grid";
import type { Problem } from "../core/problems";
import type { KeptComparison } from "./comparison";

export interface PreviousWorkbook {
  readonly fileName: string;
  readonly grids: readonly Grid[];
  /** Set when the grids are the comparison kept in the workbook rather than the file itself. */
  readonly kept?: KeptComparison;
  /** What the .xlsx reader learnt about the file's sheets (values far from the table, left out), as warnings. */
  readonly readProblems?: readonly Problem[];
  /** core/formula's pass, loaded with the .xlsx reader: a file may hold formulas saved without results. */
  readonly formulas?: FormulaPass;
}

const KEY = Symbol.for("cchc.previous-workbook");

type Store = typeof globalThis & { [KEY]?: PreviousWorkbook | null };

export function sessionPrevious(): PreviousWorkbook | null {
  return (globalThis as Store)[KEY] ?? null;
}

export function setSessionPrevious(previous: PreviousWorkbook | null): void {
  (globalThis as Store)[KEY] = previous;
}
