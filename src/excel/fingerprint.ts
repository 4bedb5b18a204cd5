/**
 * Fingerprints of report sheets: a hash of what the sheet holds (its used range's top-left and its formulas
 * grid, values for plain cells) with the core's SHA-256, computed on what Excel returns — when the add-in writes the sheet (read back
 * in the same request) and when it reads the workbook later. A different fingerprint means the user edited
 * the sheet, and the add-in asks before replacing it.
 */

import { sha256Hex, utf8 } from "../core/report/fingerprint";

type FormulaCell = string | number | boolean | null;

/** Drops trailing blank rows and columns, so a sheet fingerprints the same however its used range is cut. */
function trimmed(formulas: readonly (readonly FormulaCell[])[]): FormulaCell[][] {
  const blank = (v: FormulaCell): boolean => v === "" || v === null;
  const rows = formulas.map((row) => {
    let end = row.length;
    while (end > 0 && blank(row[end - 1])) end--;
    return row.slice(0, end);
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** The fingerprint of a sheet's content: `top`/`left` 1-based of the formulas grid. */
export function sheetFingerprint(
  top: number,
  left: number,
  formulas: readonly (readonly FormulaCell[])[],
): string {
  const grid = trimmed(formulas);
  if (grid.length === 0) return "empty";
  return sha256Hex(utf8(JSON.stringify([top, left, grid])));
}
