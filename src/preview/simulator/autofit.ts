/**
 * autofitRows, approximated from the displayed text: a line per line of text, wrapped text at about half the
 * font size in points per character, merged cells ignored (as Excel ignores them).
 */
import { Rect, intersects } from "./rect";
import { cellsIn, columnWidth, effectiveNumberFormat, effectiveStyle } from "./sheet-cells";
import { DEFAULTS, SheetState } from "./state";
import { readText } from "./values";

const PADDING = 5.25;

function inMerge(sheet: SheetState, row: number, column: number): boolean {
  return sheet.merges.some((m) => intersects(m, { top: row, left: column, bottom: row, right: column }));
}

export function autofitRows(sheet: SheetState, r: Rect): void {
  const heights = new Map<number, number>();
  for (const { row, column, cell } of cellsIn(sheet, r)) {
    if (inMerge(sheet, row, column)) continue;
    const style = effectiveStyle(sheet, row, column);
    const size = style.fontSize ?? DEFAULTS.fontSize;
    const text = readText(cell, effectiveNumberFormat(sheet, row, column));
    let lines = Math.max(1, text.split("\n").length);
    if (style.wrapText && text !== "") {
      const perLine = Math.max(1, Math.floor((columnWidth(sheet, column) - PADDING) / (size * 0.5)));
      lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    }
    heights.set(row, Math.max(heights.get(row) ?? 0, lines * size * 1.3636));
  }
  for (const [row, height] of heights) {
    if (height <= DEFAULTS.rowHeight + 0.01) sheet.rowHeights.delete(row);
    else sheet.rowHeights.set(row, Math.min(Math.round(height * 4) / 4, 409));
  }
}
