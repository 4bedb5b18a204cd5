/**
 * Cell-level reads and writes on a sheet's state: effective formats through the sheet / column / row / cell
 * layers, uniform-or-null reads over a range, the used range, and column widths and row heights in points.
 */
import { Rect, cellCount, isEntireColumn, isEntireRow } from "./rect";
import { Cell, DEFAULTS, SheetState, Style, cellKey, keyColumn, keyRow } from "./state";

/** Ranges larger than this are not walked cell by cell; their reads use the layers and existing cells. */
const WALK_LIMIT = 2_000_000;

export function getCell(sheet: SheetState, row: number, column: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: SheetState, row: number, column: number): Cell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null };
    const inherited = inheritedStyle(sheet, row, column);
    if (Object.keys(inherited).length > 0) cell.style = { ...inherited };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function inheritedStyle(sheet: SheetState, row: number, column: number): Style {
  return { ...sheet.sheetStyle, ...sheet.columnStyles.get(column), ...sheet.rowStyles.get(row) };
}

export function effectiveStyle(sheet: SheetState, row: number, column: number): Style {
  const cell = getCell(sheet, row, column);
  if (cell) return cell.style ?? {};
  return inheritedStyle(sheet, row, column);
}

export function effectiveNumberFormat(sheet: SheetState, row: number, column: number): string {
  return getCell(sheet, row, column)?.numberFormat ?? DEFAULTS.numberFormat;
}

function forEachCellIn(r: Rect, visit: (row: number, column: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++)
    for (let column = r.left; column <= r.right; column++) visit(row, column);
}

/** Existing cell records inside a rectangle (cheap for huge, sparse ranges). */
export function cellsIn(sheet: SheetState, r: Rect): Array<{ row: number; column: number; cell: Cell }> {
  const out: Array<{ row: number; column: number; cell: Cell }> = [];
  if (cellCount(r) <= sheet.cells.size) {
    forEachCellIn(r, (row, column) => {
      const cell = getCell(sheet, row, column);
      if (cell) out.push({ row, column, cell });
    });
    return out;
  }
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (row >= r.top && row <= r.bottom && column >= r.left && column <= r.right)
      out.push({ row, column, cell });
  }
  return out;
}

/** The value shared by every cell of the range, or null when they differ (the API's rule for format reads). */
export function uniform<T>(
  sheet: SheetState,
  r: Rect,
  read: (style: Style, row: number, column: number) => T,
): T | null {
  let first = true;
  let shared: T | null = null;
  const take = (value: T): boolean => {
    if (first) {
      shared = value;
      first = false;
      return true;
    }
    return shared === value;
  };
  if (cellCount(r) <= WALK_LIMIT) {
    for (let row = r.top; row <= r.bottom; row++)
      for (let column = r.left; column <= r.right; column++)
        if (!take(read(effectiveStyle(sheet, row, column), row, column))) return null;
    return shared;
  }
  const sampleRows = isEntireColumn(r) ? [r.top] : range(r.top, r.bottom);
  const sampleColumns = isEntireRow(r) ? [r.left] : range(r.left, r.right);
  for (const row of sampleRows)
    for (const column of sampleColumns)
      if (!take(read(inheritedStyle(sheet, row, column), row, column))) return null;
  for (const [column, style] of sheet.columnStyles)
    if (column >= r.left && column <= r.right && !take(read(style, r.top, column))) return null;
  for (const [row, style] of sheet.rowStyles)
    if (row >= r.top && row <= r.bottom && !take(read(style, row, r.left))) return null;
  for (const { row, column, cell } of cellsIn(sheet, r))
    if (!take(read(cell.style ?? {}, row, column))) return null;
  return shared;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Applies a style change to every cell of the range; whole rows / columns / sheet also update their layer. */
export function applyStyle(sheet: SheetState, r: Rect, change: (style: Style) => void): void {
  const layerChange = (layer: Style) => change(layer);
  if (isEntireColumn(r) && isEntireRow(r)) {
    layerChange(sheet.sheetStyle);
    for (const style of sheet.columnStyles.values()) layerChange(style);
    for (const style of sheet.rowStyles.values()) layerChange(style);
  } else if (isEntireColumn(r)) {
    for (let column = r.left; column <= r.right; column++) {
      const style = sheet.columnStyles.get(column) ?? {};
      layerChange(style);
      sheet.columnStyles.set(column, style);
    }
  } else if (isEntireRow(r)) {
    for (let row = r.top; row <= r.bottom; row++) {
      const style = sheet.rowStyles.get(row) ?? {};
      layerChange(style);
      sheet.rowStyles.set(row, style);
    }
  }
  if (isEntireColumn(r) || isEntireRow(r)) {
    for (const { cell } of cellsIn(sheet, r)) {
      cell.style = cell.style ?? {};
      change(cell.style);
    }
    return;
  }
  forEachCellIn(r, (row, column) => {
    const cell = ensureCell(sheet, row, column);
    cell.style = cell.style ?? {};
    change(cell.style);
  });
}

function hasFormatting(cell: Cell): boolean {
  return (
    (cell.style !== undefined && Object.keys(cell.style).length > 0) ||
    (cell.numberFormat !== undefined && cell.numberFormat !== DEFAULTS.numberFormat)
  );
}

/** The used range: the smallest rectangle holding every value (and, unless valuesOnly, every formatted cell). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== null || cell.formula !== undefined || (!valuesOnly && hasFormatting(cell));
    if (!used) continue;
    const row = keyRow(key);
    const column = keyColumn(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { top, left, bottom, right };
}

export function columnWidth(sheet: SheetState, column: number): number {
  return sheet.columnWidths.get(column) ?? DEFAULTS.columnWidth;
}

export function rowHeight(sheet: SheetState, row: number): number {
  return sheet.rowHeights.get(row) ?? DEFAULTS.rowHeight;
}

/** Points from the sheet's left edge to the left edge of a column. */
export function leftOf(sheet: SheetState, column: number): number {
  let total = column * DEFAULTS.columnWidth;
  for (const [c, w] of sheet.columnWidths) if (c < column) total += w - DEFAULTS.columnWidth;
  return total;
}

export function topOf(sheet: SheetState, row: number): number {
  let total = row * DEFAULTS.rowHeight;
  for (const [r, h] of sheet.rowHeights) if (r < row) total += h - DEFAULTS.rowHeight;
  return total;
}

export function sumWidths(sheet: SheetState, r: Rect): number {
  return leftOf(sheet, r.right + 1) - leftOf(sheet, r.left);
}

export function sumHeights(sheet: SheetState, r: Rect): number {
  return topOf(sheet, r.bottom + 1) - topOf(sheet, r.top);
}
