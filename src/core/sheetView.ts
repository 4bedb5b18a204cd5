/**
 * Read access to a Grid in absolute sheet coordinates, with merged areas resolved: a header merged across
 * columns or down rows reads the same text in every cell it covers.
 */
import type { CellValue, Grid, MergedArea } from "./grid";
import { cleanText } from "./names";

export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: readonly MergedArea[];
  private readonly mergeOf = new Map<number, MergedArea>();

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.top;
    this.left = grid.left;
    this.bottom = grid.top + grid.values.length - 1;
    this.right = grid.left + (grid.values[0]?.length ?? 0) - 1;
    this.merges = grid.merges;
    for (const merge of grid.merges) {
      const top = Math.max(merge.top, this.top);
      const bottom = Math.min(merge.bottom, this.bottom);
      const left = Math.max(merge.left, this.left);
      const right = Math.min(merge.right, this.right);
      if ((bottom - top + 1) * (right - left + 1) > 200_000) continue;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) this.mergeOf.set(key(r, c), merge);
      }
    }
  }

  /** The raw value of a cell (null outside the used range). */
  value(row: number, column: number): CellValue {
    const r = row - this.top;
    const c = column - this.left;
    if (r < 0 || c < 0 || r >= this.grid.values.length) return null;
    const cells = this.grid.values[r];
    return c < cells.length ? cells[c] : null;
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, column: number): MergedArea | undefined {
    return this.mergeOf.get(key(row, column));
  }

  /** The value a reader sees: a merged area's value in every cell of it. */
  shown(row: number, column: number): CellValue {
    const merge = this.mergeAt(row, column);
    return merge ? this.value(merge.top, merge.left) : this.value(row, column);
  }

  /** The shown value as clean text ("" for blanks; numbers as they are written). */
  text(row: number, column: number): string {
    return textOf(this.shown(row, column));
  }

  /** The number format of a cell, when the adapter read them. */
  numberFormat(row: number, column: number): string | null {
    const formats = this.grid.numberFormats;
    if (!formats) return null;
    return formats[row - this.top]?.[column - this.left] ?? null;
  }
}

function key(row: number, column: number): number {
  return row * 20_000 + column;
}

export function textOf(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value.error;
}
