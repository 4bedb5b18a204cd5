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

export function rect(top: number, left: number, bottom = top, right = left): Rect {
  return { top, left, bottom, right };
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

export function inSheet(r: Rect): boolean {
  return (
    r.top >= 0 &&
    r.left >= 0 &&
    r.bottom < MAX_ROWS &&
    r.right < MAX_COLUMNS &&
    r.top <= r.bottom &&
    r.left <= r.right
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

export function containsCell(r: Rect, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** `a` minus `b` as at most four disjoint rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const overlap = intersection(a, b);
  if (!overlap) return [a];
  const pieces: Rect[] = [];
  if (a.top < overlap.top) pieces.push({ ...a, bottom: overlap.top - 1 });
  if (overlap.bottom < a.bottom) pieces.push({ ...a, top: overlap.bottom + 1 });
  if (a.left < overlap.left)
    pieces.push({ top: overlap.top, bottom: overlap.bottom, left: a.left, right: overlap.left - 1 });
  if (overlap.right < a.right)
    pieces.push({ top: overlap.top, bottom: overlap.bottom, left: overlap.right + 1, right: a.right });
  return pieces;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
