/**
 * Detection, stage 1 — the header band: where a table's header starts (a cell naming the unit column,
 * "Tên cơ quan, đơn vị" / "Đơn vị"), how many rows it spans (1–4, merged or not, a column-number row
 * included later), and the title above it with the index year.
 */
import { readCell } from "../cellValue";
import { cleanText, foldText } from "../names";
import type { SheetView } from "../sheetView";
import { textOf } from "../sheetView";
import { columnRole } from "../vocabulary";

export const MAX_HEADER_ROWS = 4;

export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  /** The cell that names the unit column. */
  readonly nameRow: number;
  readonly nameColumn: number;
}

/** The first header band at or below `fromRow`; null when no cell names a unit column. */
export function nextHeaderBand(view: SheetView, fromRow: number): HeaderBand | null {
  for (let r = fromRow; r <= view.bottom; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string" || value.length > 60) continue;
      const first = value.trimStart().charAt(0).toLowerCase();
      if (!"tđdc".includes(first)) continue;
      if (columnRole(value, null) === "name") return { ...bandRows(view, r, c), nameRow: r, nameColumn: c };
    }
  }
  return null;
}

/** The rows of the header band that starts at a name header cell. */
function bandRows(view: SheetView, row: number, column: number): { top: number; bottom: number } {
  const own = view.mergeAt(row, column);
  const top = own ? own.top : row;
  let bottom = own ? own.bottom : row;
  let grown = true;
  while (grown) {
    grown = false;
    for (const merge of view.merges) {
      if (
        merge.top >= top &&
        merge.top <= bottom &&
        merge.bottom > bottom &&
        merge.bottom - top < MAX_HEADER_ROWS
      ) {
        bottom = merge.bottom;
        grown = true;
      }
    }
  }
  while (bottom - top + 1 < MAX_HEADER_ROWS && isSubHeaderRow(view, bottom + 1, column)) bottom++;
  return { top, bottom };
}

/** A row under the header that continues it: labels only, no unit name, no numbers. */
function isSubHeaderRow(view: SheetView, row: number, nameColumn: number): boolean {
  if (row > view.bottom) return false;
  const merge = view.mergeAt(row, nameColumn);
  if (view.value(row, nameColumn) !== null && !(merge && merge.top < row)) return false;
  // A group heading merged across the table ("I. CÁC SỞ, BAN, NGÀNH") starts the body.
  const width = view.right - view.left + 1;
  if (view.merges.some((m) => m.top === row && m.right - m.left + 1 >= Math.max(3, width / 2))) return false;
  let labels = 0;
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    if (typeof value !== "string") return false;
    const reading = readCell(value);
    if (reading.kind === "number" || isNumberingToken(value) || /^\s*[IVXLC]+\s*[.)]\s/.test(value))
      return false;
    labels++;
  }
  return labels > 0;
}

function isNumberingToken(text: string): boolean {
  return /^\(?\s*([0-9]{1,2}|[A-Z])\s*\)?$|^\(?\s*\d+\s*\)?\s*[=+\-*/x]/.test(cleanText(text));
}

/** A row of column numbers under the header: "(1) (2) (3)…" or "A B 1 2 3". */
export function isNumberingRow(view: SheetView, row: number): boolean {
  let tokens = 0;
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (value === null || value === "") continue;
    const text = textOf(value);
    if (text === "") continue;
    if (!isNumberingToken(text)) return false;
    tokens++;
  }
  return tokens >= 3;
}

/** The title of a table and its year from the rows above the header ("… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"). */
export function titleOf(view: SheetView, headerTop: number): { title: string | null; year: number | null } {
  let title: string | null = null;
  let year: number | null = null;
  for (let r = Math.max(view.top, headerTop - 12); r < headerTop; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string") continue;
      const folded = foldText(value);
      if (/chi so|ket qua/.test(folded) && title === null) title = cleanText(value);
      if (/ngay|quyet dinh|kem theo|so \d/.test(folded)) continue;
      const match = /\bnam (\d{4})\b/.exec(folded);
      if (match && (year === null || /chi so|ket qua|xep hang/.test(folded))) year = Number(match[1]);
    }
  }
  return { title, year };
}
