/**
 * Grid: what an adapter (Office.js or ExcelJS) reads from one worksheet, as plain data.
 * Formulas arrive as their cached results; error values as `{ error: "#N/A" }` (ExcelJS's own shape).
 */

/** An Excel error value such as #N/A, #DIV/0!, #VALUE!, #REF!. */
export interface ErrorValue {
  readonly error: string;
}

/** One cell as read: a number, text, a boolean, a blank (null) or an error value. */
export type CellValue = number | string | boolean | null | ErrorValue;

/** A merged area in absolute, 1-based sheet coordinates (inclusive). */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** Worksheet name. */
  readonly sheet: string;
  /** 1-based sheet row of values[0]. */
  readonly top: number;
  /** 1-based sheet column of values[r][0]. */
  readonly left: number;
  /** The used range, row by row; every row has the same length. */
  readonly values: readonly (readonly CellValue[])[];
  /** Merged areas that intersect the used range. */
  readonly merges: readonly MergedArea[];
  /** Number formats parallel to `values` when the adapter read them (percent columns are told apart by them). */
  readonly numberFormats?: readonly (readonly string[])[];
  /**
   * Formulas saved without their results (files written by scripts and web systems), by address ("K12"),
   * as written in the file without "=" (shared formulas already moved to their cell). Their cells are null
   * in `values` until core/formula evaluates them. Only the .xlsx adapter fills it: Excel always has results.
   */
  readonly formulas?: ReadonlyMap<string, string>;
  /** True when the adapter left values far from the table out of `values`: a cell outside is not known to be blank. */
  readonly valuesLeftOut?: boolean;
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string"
  );
}

/** Column letters of a 1-based column number: 1 → "A", 28 → "AB". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of column letters: "A" → 1, "ab" → 28 (letters only, any case). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel's last column (XFD) and last row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;
