/**
 * The table region of a sheet: the block of rows and columns holding most of its values, so that one
 * stray value far away (XFD1048576) does not stretch the Grid over the whole sheet. Occupied rows are
 * grouped into bands wherever fewer than REGION_GAP_ROWS empty rows separate them, columns likewise with
 * REGION_GAP_COLUMNS; the band holding the most values wins, first across rows, then across the columns
 * of the values left, and again until nothing changes. Sheets without such gaps keep their whole used
 * range, exactly as before.
 */
import type { MergedArea } from "../core/grid";

/** A region in absolute, 1-based sheet coordinates (inclusive). */
export type Region = MergedArea;

/** More empty rows than this between two values cut the sheet in two. */
export const REGION_GAP_ROWS = 1_000;
/** More empty columns than this between two values cut the sheet in two. */
export const REGION_GAP_COLUMNS = 100;

/**
 * The region of values at (rows[i], columns[i]), or null when there are none. The arrays are parallel;
 * a value outside the returned region is one to leave out.
 */
export function tableRegion(rows: readonly number[], columns: readonly number[]): Region | null {
  if (rows.length === 0) return null;
  let kept: number[] | null = null;
  let count = rows.length;
  for (;;) {
    const indices: readonly number[] = kept ?? rows.map((_, i) => i);
    const rowBand = densestBand(
      indices.map((i) => rows[i]),
      REGION_GAP_ROWS,
    );
    const inRows = indices.filter((i) => rows[i] >= rowBand.from && rows[i] <= rowBand.to);
    const columnBand = densestBand(
      inRows.map((i) => columns[i]),
      REGION_GAP_COLUMNS,
    );
    const next = inRows.filter((i) => columns[i] >= columnBand.from && columns[i] <= columnBand.to);
    kept = next;
    if (next.length === count) break;
    count = next.length;
  }
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const i of kept) {
    if (rows[i] < top) top = rows[i];
    if (rows[i] > bottom) bottom = rows[i];
    if (columns[i] < left) left = columns[i];
    if (columns[i] > right) right = columns[i];
  }
  return { top, left, bottom, right };
}

/**
 * The band of positions (rows or columns) with the most values, bands being separated by more than
 * `gap` empty positions; the first such band on a tie.
 */
function densestBand(positions: readonly number[], gap: number): { from: number; to: number } {
  const counts = new Map<number, number>();
  for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  let best = { from: sorted[0], to: sorted[0], weight: -1 };
  let from = sorted[0];
  let weight = 0;
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k];
    if (k > 0 && p - sorted[k - 1] - 1 > gap) {
      if (weight > best.weight) best = { from, to: sorted[k - 1], weight };
      from = p;
      weight = 0;
    }
    weight += counts.get(p) as number;
  }
  if (weight > best.weight) best = { from, to: sorted[sorted.length - 1], weight };
  return best;
}
