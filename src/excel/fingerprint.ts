/**
 * Fingerprints of report sheets: a hash of what the sheet holds (its used range's top-left and its formulas
 * grid, values for plain cells), computed on what Excel returns — when the add-in writes the sheet (read back
 * in the same request) and when it reads the workbook later. A different fingerprint means the user edited
 * the sheet, and the add-in asks before replacing it.
 */

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

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

/** The fingerprint of a sheet's content: `top`/`left` 1-based of the formulas grid. */
export function sheetFingerprint(
  top: number,
  left: number,
  formulas: readonly (readonly FormulaCell[])[],
): string {
  const grid = trimmed(formulas);
  if (grid.length === 0) return "empty";
  return hash53(JSON.stringify([top, left, grid]));
}
