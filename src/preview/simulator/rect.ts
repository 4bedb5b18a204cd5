/**
 * Rectangles of cells in 0-based, inclusive sheet coordinates (row 0 = sheet row 1, column 0 = "A"),
 * the geometry every simulated range, merge and conditional format is built on.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function rowCount(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function columnCount(r: Rect): number {
  return r.right - r.left + 1;
}

export function cellCount(r: Rect): number {
  return rowCount(r) * columnCount(r);
}

export function isEntireColumn(r: Rect): boolean {
  return r.top === 0 && r.bottom === MAX_ROWS - 1;
}

export function isEntireRow(r: Rect): boolean {
  return r.left === 0 && r.right === MAX_COLUMNS - 1;
}

/** Unbounded: whole columns or whole rows, where cell-level properties read as null and cannot be written. */
export function isUnbounded(r: Rect): boolean {
  return isEntireColumn(r) || isEntireRow(r);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
