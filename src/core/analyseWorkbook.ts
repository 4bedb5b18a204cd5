/**
 * The whole reading of a workbook from a file's grids (the CLI, the standalone page, tests): analyseGrids with
 * formulas saved without their results computed first when they are plain arithmetic (core/formula).
 */
import { analyseGrids, type FormulaPass, type WorkbookInput } from "./analyseGrids";
import type { Analysis } from "./analyse";
import { formulaFindings, resolveFormulas } from "./formula";

export { requireRankedUnits, sourceTables, type FormulaPass, type WorkbookInput } from "./analyseGrids";

/** core/formula's pass, for a caller that hands grids read from a file to analyseGrids. */
export const FORMULA_PASS: FormulaPass = { resolve: resolveFormulas, findings: formulaFindings };

export function analyseWorkbook(input: WorkbookInput): Analysis {
  return analyseGrids({ ...input, formulas: FORMULA_PASS });
}
