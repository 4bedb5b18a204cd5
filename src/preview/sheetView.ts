/**
 * What the grid view shows of one simulated sheet, as plain data: the visible area (capped), each cell's
 * text and look (fill, font, alignment, borders, conditional formats whose rule the view can evaluate),
 * merged areas as spans, frozen panes, and a fingerprint of it all so a test can tell "changed" from
 * "back to the original" without reading every cell.
 */
import { isErrorValue } from "../core/grid";
import type { ConditionalFormatState, SheetState, Style, WorkbookState } from "./simulator";
import { formatValue } from "./simulator/number-format";
import { effectiveNumberFormat, effectiveStyle } from "./simulator/sheet-cells";
import { cellKey, edgeKey, keyColumn, keyRow, type BorderLine } from "./simulator/state";

export const MAX_VIEW_ROWS = 400;
export const MAX_VIEW_COLUMNS = 40;

export interface ViewCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly numeric: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly style: Style;
  readonly borders: { top?: BorderLine; right?: BorderLine; bottom?: BorderLine; left?: BorderLine };
  /** Conditional formats covering the cell: evaluated ones applied to `style`, the rest only listed. */
  readonly conditional: readonly string[];
  readonly selected: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly truncated: boolean;
  /** Row by row; a cell covered by a merge (not its top-left) is absent from its line. */
  readonly lines: readonly (readonly ViewCell[])[];
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly fingerprint: string;
}

function hasLook(style: Style | undefined): boolean {
  return style !== undefined && Object.keys(style).length > 0;
}

/** The extent shown: every cell with a value, formula or format, every merge and conditional format. */
function extent(sheet: SheetState): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && !cell.formula && !hasLook(cell.style)) continue;
    rows = Math.max(rows, keyRow(key) + 1);
    columns = Math.max(columns, keyColumn(key) + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    columns = Math.max(columns, m.right + 1);
  }
  for (const cf of sheet.conditionalFormats)
    for (const r of cf.ranges) {
      rows = Math.max(rows, Math.min(r.bottom + 1, MAX_VIEW_ROWS));
      columns = Math.max(columns, Math.min(r.right + 1, MAX_VIEW_COLUMNS));
    }
  return { rows, columns };
}

function numericOperand(formula: unknown): number | null {
  if (typeof formula === "number") return formula;
  if (typeof formula !== "string") return null;
  const text = formula.replace(/^=/, "").trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function compare(a: number | boolean, operator: string, b: number | boolean): boolean | null {
  switch (operator) {
    case "=":
      return a === b;
    case "<>":
      return a !== b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    default:
      return null;
  }
}

function constant(text: string): number | boolean | null {
  const t = text.trim().toUpperCase();
  if (t === "TRUE" || t === "FALSE") return t === "TRUE";
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * A custom rule's formula when it depends on no cell: constants, N("text") (which is 0) and one comparison,
 * such as the add-in's own `=N("CCHC:droppedRow")=0`. Null for anything else (the view cannot evaluate it).
 */
export function evaluateConstantFormula(formula: unknown): boolean | null {
  if (typeof formula !== "string") return null;
  const body = formula
    .replace(/^=/, "")
    .replace(/\bN\(\s*"(?:[^"]|"")*"\s*\)/gi, "0")
    .trim();
  const single = constant(body);
  if (single !== null) return typeof single === "boolean" ? single : single !== 0;
  const match = /^([^<>=]+)(<>|<=|>=|=|<|>)([^<>=]+)$/.exec(body);
  if (!match) return null;
  const a = constant(match[1]);
  const b = constant(match[3]);
  if (a === null || b === null || typeof a !== typeof b) return null;
  return compare(a, match[2], b);
}

/** True / false for a rule the view can evaluate (CellValue with constants, constant Custom); else null. */
function ruleMatches(cf: ConditionalFormatState, value: unknown): boolean | null {
  if (cf.type === "Custom") return evaluateConstantFormula(cf.rule.formula);
  if (cf.type !== "CellValue") return null;
  const a = numericOperand(cf.rule.formula1);
  const b = numericOperand(cf.rule.formula2);
  if (a === null) return null;
  if (typeof value !== "number") return false;
  switch (cf.rule.operator) {
    case "GreaterThan":
      return value > a;
    case "GreaterThanOrEqual":
      return value >= a;
    case "LessThan":
      return value < a;
    case "LessThanOrEqual":
      return value <= a;
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "Between":
      return b !== null && value >= Math.min(a, b) && value <= Math.max(a, b);
    case "NotBetween":
      return b !== null && (value < Math.min(a, b) || value > Math.max(a, b));
    default:
      return null;
  }
}

function describeRule(cf: ConditionalFormatState): string {
  const rule = cf.rule;
  const parts = [cf.type, rule.operator, rule.formula1, rule.formula2, rule.formula].filter(
    (p): p is string => typeof p === "string" && p !== "",
  );
  return parts.join(" ");
}

function applyConditional(style: Style, cf: ConditionalFormatState): Style {
  const f = cf.format;
  return {
    ...style,
    ...(f.fillColor !== undefined ? { fillColor: f.fillColor } : {}),
    ...(f.fontColor !== undefined ? { fontColor: f.fontColor } : {}),
    ...(f.fontBold !== undefined ? { fontBold: f.fontBold } : {}),
    ...(f.fontItalic !== undefined ? { fontItalic: f.fontItalic } : {}),
    ...(f.fontStrikethrough !== undefined ? { fontStrikethrough: f.fontStrikethrough } : {}),
  };
}

/** FNV-1a over the text, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

const POINTS_TO_PX = 4 / 3;
const DEFAULT_WIDTH_PX = 64;
const MAX_FIT_PX = 340;
const CHAR_PX = 7;

export function buildSheetView(workbook: WorkbookState, sheet: SheetState): SheetView {
  const full = extent(sheet);
  const rows = Math.min(full.rows, MAX_VIEW_ROWS);
  const columns = Math.min(full.columns, MAX_VIEW_COLUMNS);
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    if (m.top >= rows || m.left >= columns) continue;
    const bottom = Math.min(m.bottom, rows - 1);
    const right = Math.min(m.right, columns - 1);
    spans.set(cellKey(m.top, m.left), { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++)
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  const selection = workbook.selection.sheetId === sheet.id ? workbook.selection.rect : null;
  const lines: ViewCell[][] = [];
  const printed: string[] = [];
  for (let row = 0; row < rows; row++) {
    const line: ViewCell[] = [];
    for (let column = 0; column < columns; column++) {
      const key = cellKey(row, column);
      if (covered.has(key)) continue;
      const cell = sheet.cells.get(key);
      const value = cell?.value ?? null;
      let style = effectiveStyle(sheet, row, column);
      const conditional: string[] = [];
      // In priority order (first = highest); the highest matching rule wins, "stop if true" ends the walk.
      const applied: ConditionalFormatState[] = [];
      for (const cf of sheet.conditionalFormats) {
        if (!cf.ranges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right))
          continue;
        const matched = ruleMatches(cf, value);
        conditional.push(`${describeRule(cf)}${matched === null ? " (?)" : matched ? " ✓" : ""}`);
        if (matched !== true) continue;
        applied.push(cf);
        if (cf.stopIfTrue) break;
      }
      for (const cf of applied.reverse()) style = applyConditional(style, cf);
      const span = spans.get(key) ?? { rowSpan: 1, colSpan: 1 };
      const borders = {
        top: sheet.horizontalBorders.get(cellKey(row, column)),
        bottom: sheet.horizontalBorders.get(cellKey(row + span.rowSpan, column)),
        left: sheet.verticalBorders.get(edgeKey(row, column)),
        right: sheet.verticalBorders.get(edgeKey(row, column + span.colSpan)),
      };
      const text = formatValue(value, effectiveNumberFormat(sheet, row, column));
      const selected =
        selection !== null &&
        row >= selection.top &&
        row <= selection.bottom &&
        column >= selection.left &&
        column <= selection.right;
      line.push({
        row,
        column,
        text,
        numeric: typeof value === "number",
        ...span,
        style,
        borders,
        conditional,
        selected,
      });
      if (text !== "" || hasLook(style) || conditional.length > 0)
        printed.push(`${row},${column}:${text}|${JSON.stringify(style)}|${conditional.join(";")}`);
      if (isErrorValue(value)) printed.push("!");
    }
    lines.push(line);
  }
  // A file read by the preview carries no widths: such columns fit their longest unmerged text, as in Excel.
  const longest = new Array<number>(columns).fill(0);
  for (const line of lines)
    for (const cell of line)
      if (cell.colSpan === 1 && !cell.style.wrapText)
        longest[cell.column] = Math.max(longest[cell.column], cell.text.length);
  const columnWidths = Array.from({ length: columns }, (_, c) => {
    const width = sheet.columnWidths.get(c);
    if (width !== undefined) return width * POINTS_TO_PX;
    return Math.min(MAX_FIT_PX, Math.max(DEFAULT_WIDTH_PX, longest[c] * CHAR_PX + 10));
  });
  const rowHeights = Array.from({ length: rows }, (_, r) => (sheet.rowHeights.get(r) ?? 15) * POINTS_TO_PX);
  printed.push(`merges:${sheet.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).join(";")}`);
  return {
    name: sheet.name,
    rows,
    columns,
    truncated: full.rows > rows || full.columns > columns,
    lines,
    columnWidths,
    rowHeights,
    freeze: { ...sheet.freeze },
    fingerprint: hash(printed.join("\n")),
  };
}
