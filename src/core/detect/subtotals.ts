/**
 * Subtotal columns: a column whose numbers are, unit by unit, the sum of two or more fields to its left
 * ("Điểm thẩm định" adding the appraised fields before the survey "Điểm điều tra XHH") is not a field —
 * counting it would count those fields twice. Told apart by the values, whatever the header says.
 */
import { readCell } from "../cellValue";
import type { SheetView } from "../sheetView";
import type { ComponentSpec } from "./model";

/** Rows examined: enough to tell a sum from a coincidence, few enough to cost nothing on large sheets. */
const SAMPLE_ROWS = 200;

function numberAt(view: SheetView, row: number, column: number): number | null {
  const value = view.value(row, column);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const reading = readCell(value);
  return reading.kind === "number" ? reading.value : null;
}

/** The single columns among `components` that add up the fields before them (since the previous subtotal). */
export function findSubtotals(
  view: SheetView,
  components: readonly ComponentSpec[],
  bodyStart: number,
  nameColumn: number,
): number[] {
  if (components.length < 3) return [];
  const rows: number[] = [];
  for (let r = bodyStart; r <= view.bottom && rows.length < SAMPLE_ROWS; r++) {
    if (typeof view.value(r, nameColumn) === "string") rows.push(r);
  }
  const subtotals: number[] = [];
  let from = 0;
  for (let k = 2; k < components.length; k++) {
    const candidate = components[k];
    if (candidate.columns.length !== 1 || candidate.maxColumns) continue;
    const parts = components.slice(from, k).flatMap((c) => c.columns);
    if (parts.length < 2) continue;
    let compared = 0;
    let agree = 0;
    let nonZero = false;
    for (const r of rows) {
      const value = numberAt(view, r, candidate.columns[0]);
      if (value === null) continue;
      let sum = 0;
      let complete = true;
      for (const c of parts) {
        const v = numberAt(view, r, c);
        if (v === null) {
          complete = false;
          break;
        }
        sum += v;
      }
      if (!complete) continue;
      compared++;
      if (Math.abs(sum - value) <= 0.01) {
        agree++;
        if (value !== 0) nonZero = true;
      }
    }
    if (compared > 0 && nonZero && agree * 10 >= compared * 9) {
      subtotals.push(candidate.columns[0]);
      from = k + 1;
    }
  }
  return subtotals;
}
