/**
 * The simulated workbook as plain data: sheets with sparse cells, style layers, borders, merges, sizes,
 * freeze panes, page layout, protection, conditional formats, charts and shapes, plus document settings.
 * Tests build and inspect this directly; the proxy objects read and write it only during `context.sync()`.
 */
import type { ErrorValue } from "../../core/grid";
import { MAX_COLUMNS, Rect } from "./rect";

/** What a cell holds: a number, text, a boolean, an error value or nothing (null). */
export type CellValue = number | string | boolean | ErrorValue | null;

/** Formatting of a cell; an absent key means Excel's default. */
export interface Style {
  fillColor?: string;
  fillPattern?: string;
  fontName?: string;
  fontSize?: number;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  fontUnderline?: string;
  fontStrikethrough?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  textOrientation?: number;
  locked?: boolean;
  formulaHidden?: boolean;
}

export interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  style?: Style;
}

export interface BorderLine {
  style: string;
  color: string;
  weight: string;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Margins in points. */
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  printTitleRows: Rect | null;
  /** The centre section of every page's footer. */
  centerFooter: string;
}

export interface ProtectionState {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

export interface ConditionalFormatFormat {
  fillColor?: string;
  fontColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontStrikethrough?: boolean;
  fontUnderline?: string;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  ranges: Rect[];
  stopIfTrue: boolean;
  /** CellValue: { formula1, formula2?, operator }; Custom: { formula }; other types keep what was set. */
  rule: Record<string, unknown>;
  format: ConditionalFormatFormat;
}

export interface ChartState {
  id: string;
  name: string;
  chartType: string;
  sourceSheetId: string;
  source: Rect;
  seriesBy: string;
  /** The title's text; "" for no title. */
  title: string;
  /** Points from the sheet's top-left corner. */
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A text box (the only shape the add-in makes); positions and sizes in points. */
export interface ShapeState {
  id: string;
  name: string;
  type: "TextBox";
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Solid fill colour, or null for none. */
  fill: string | null;
  font: { color?: string; bold?: boolean; italic?: boolean; underline?: string; size?: number };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  /** Sparse cells keyed by cellKey(row, column). */
  cells: Map<number, Cell>;
  /** Formats given to whole rows, whole columns or the whole sheet. */
  rowStyles: Map<number, Style>;
  columnStyles: Map<number, Style>;
  sheetStyle: Style;
  /** Horizontal edge above row r (0..MAX_ROWS) at column c, keyed by cellKey(r, c). */
  horizontalBorders: Map<number, BorderLine>;
  /** Vertical edge left of column c (0..MAX_COLUMNS) at row r, keyed by edgeKey(r, c). */
  verticalBorders: Map<number, BorderLine>;
  merges: Rect[];
  /** Points. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  protection: ProtectionState;
  conditionalFormats: ConditionalFormatState[];
  /** Manual page breaks: before these 0-based rows. */
  horizontalPageBreaks: number[];
  shapes: ShapeState[];
  charts: ChartState[];
}

export interface WorkbookState {
  /** In tab order: position = index. */
  sheets: SheetState[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  /** Document settings (Excel.SettingCollection), stored as JSON text like the document does. */
  settings: Map<string, string>;
  /** Workbook structure protection (Workbook.protection): no sheet may be added, deleted, renamed, moved or hidden. */
  structureProtection: { protected: boolean };
  nextId: number;
}

/** Excel's defaults for a new workbook (Calibri 11, 8.43-character columns = 48 pt, 15 pt rows). */
export const DEFAULTS = {
  fontName: "Calibri",
  fontSize: 11,
  fontColor: "#000000",
  fillColor: "#FFFFFF",
  columnWidth: 48,
  rowHeight: 15,
  standardWidth: 8.43,
  numberFormat: "General",
  chartWidth: 360,
  chartHeight: 216,
} as const;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function edgeKey(row: number, column: number): number {
  return row * (MAX_COLUMNS + 1) + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyColumn(key: number): number {
  return key % MAX_COLUMNS;
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    centerFooter: "",
  };
}

/** Sheet ids look like Excel's: "{00000000-0001-0000-0000-000000000000}". */
export function newId(workbook: WorkbookState): string {
  const n = workbook.nextId++;
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  return {
    id: newId(workbook),
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    rowStyles: new Map(),
    columnStyles: new Map(),
    sheetStyle: {},
    horizontalBorders: new Map(),
    verticalBorders: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: defaultPageLayout(),
    protection: { protected: false, options: {} },
    conditionalFormats: [],
    horizontalPageBreaks: [],
    shapes: [],
    charts: [],
  };
}

/** An empty workbook; with no sheet names it holds one sheet, "Sheet1", like a new Excel workbook. */
export function newWorkbook(sheetNames: readonly string[] = ["Sheet1"]): WorkbookState {
  const workbook: WorkbookState = {
    sheets: [],
    activeSheetId: "",
    selection: { sheetId: "", rect: { top: 0, left: 0, bottom: 0, right: 0 } },
    settings: new Map(),
    structureProtection: { protected: false },
    nextId: 1,
  };
  for (const name of sheetNames) workbook.sheets.push(newSheet(workbook, name));
  const first = workbook.sheets[0];
  if (first) {
    workbook.activeSheetId = first.id;
    workbook.selection = { sheetId: first.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  return workbook;
}

export function findSheet(workbook: WorkbookState, nameOrId: string): SheetState | undefined {
  const lower = nameOrId.toLowerCase();
  return workbook.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
}

export function sheetById(workbook: WorkbookState, id: string): SheetState | undefined {
  return workbook.sheets.find((s) => s.id === id);
}
