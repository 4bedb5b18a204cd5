/**
 * Formulas saved without their results (files written by scripts and web systems): the pre-pass that
 * evaluates the plain-arithmetic ones over a workbook's grids, and what it means for a run.
 */
export { resolveFormulas, type ResolvedBook, type SheetFormulas, type UnsupportedFormula } from "./resolve";
export { formulaFindings, type TablePlace } from "./findings";
export { parseFormula } from "./parse";
export { evaluate, round, type Cells, type Value } from "./evaluate";
export { shiftFormula } from "./shift";
export { Unsupported } from "./tokens";
