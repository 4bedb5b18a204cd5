/**
 * The ReportPlan → .xlsx renderer: writes the report sheets of a plan into a NEW workbook with ExcelJS
 * (the only writer of .xlsx in the product) and returns its bytes. It never opens or rewrites a user's
 * file. Works in Node and in a browser bundle: it returns bytes, never writes a path, and loads ExcelJS
 * lazily.
 *
 * What it renders, per sheet: values (a PlanFormula becomes an ExcelJS formula with the planner's result
 * as the cached value), the sheet font, styles per area (later areas override earlier ones property by
 * property), merges, column widths, row heights, frozen panes and the print setup (paper, orientation,
 * fit to width, print titles, margins, manual row breaks, the page footer). Charts are left out: ExcelJS cannot write
 * them, so the planner is told `XLSX_CHARTS_SUPPORTED` and its run log says so.
 *
 * Cost: each cell of an area is visited once to compose its style, and every cell with the same
 * composition shares one ExcelJS style object (ExcelJS registers a style object once, by identity), so
 * rendering is linear in the cells of the plan with a handful of distinct styles.
 */
import type { Borders, Cell, CellValue as ExcelJSValue, RowBreak, Style, Workbook, Worksheet } from "exceljs";
import type { Area, CellStyle, PlanValue, ReportPlan, SheetPlan } from "../core/plan";

/** Whether this renderer can write charts (it cannot: ExcelJS has no chart writer). */
export const XLSX_CHARTS_SUPPORTED = false;

/** ExcelJS's paper size code for A4. */
const PAPER_SIZE: Record<SheetPlan["print"]["paper"], number> = { A4: 9 };

/** Header and footer margins (inches) — the plan does not set them; Excel's defaults. */
const HEADER_FOOTER_MARGIN = 0.3;

/** The last column index Excel knows (XFD, 0-based), the extent of a row break. */
const LAST_COLUMN_INDEX = 16383;

const THIN_BORDERS: Partial<Borders> = Object.freeze({
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
});

/** Renders the report sheets of `plan`, in order, into a new workbook; resolves to the .xlsx bytes. */
export async function renderReport(plan: ReportPlan): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  buildReportWorkbook(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Adds the plan's sheets to an (empty) ExcelJS workbook; exposed for tests and other ExcelJS callers. */
export function buildReportWorkbook(workbook: Workbook, plan: ReportPlan): void {
  // Excel refuses to open a workbook without a sheet: an empty plan is a planner bug.
  if (plan.sheets.length === 0) throw new RangeError("A report plan must hold at least one sheet");
  workbook.creator = "Chỉ số CCHC";
  workbook.lastModifiedBy = "Chỉ số CCHC";
  if (plan.year !== null) workbook.title = `Báo cáo Chỉ số CCHC năm ${plan.year}`;
  // The marker the add-in uses to recognise its own sheets travels with the file.
  workbook.keywords = plan.marker;
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
}

function renderSheet(workbook: Workbook, plan: SheetPlan): void {
  const ws = workbook.addWorksheet(plan.name);
  const extent = sheetExtent(plan);
  const baseFont = { name: plan.font.name, size: plan.font.size };

  // Columns first: their width, and the sheet font for cells the plan leaves empty (typed in later).
  for (let c = 0; c < Math.max(extent.columns, plan.columnWidths.length); c++) {
    const column = ws.getColumn(c + 1);
    const width = plan.columnWidths[c];
    if (width !== undefined && width > 0) column.width = width;
    column.style = { font: baseFont };
  }

  writeCells(ws, plan, extent, baseFont);

  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;
  // Merges after values and styles: ExcelJS drops the values of a merged area's other cells, and
  // "without style" keeps each cell's own borders (the outline of the merged area).
  for (const area of plan.merges) {
    if (area.top === area.bottom && area.left === area.right) continue;
    ws.mergeCellsWithoutStyle(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }

  setViews(ws, plan);
  setPrint(ws, plan);
}

interface Extent {
  readonly rows: number;
  readonly columns: number;
}

/** The rectangle from A1 that holds every value, styled area and merge of the plan. */
function sheetExtent(plan: SheetPlan): Extent {
  let rows = plan.values.length;
  let columns = plan.values.reduce((n, row) => Math.max(n, row.length), 0);
  for (const area of [...plan.styles.map((s) => s.area), ...plan.merges]) {
    rows = Math.max(rows, area.bottom + 1);
    columns = Math.max(columns, area.right + 1);
  }
  return { rows, columns };
}

/**
 * Writes every value and every styled cell. Each cell's style is a "composition": the sequence of
 * areas covering it, identified by a number; compositions are built by a memoised transition
 * (composition, area) → composition, so a cell costs one map lookup per area covering it, and each
 * composition becomes one shared ExcelJS style object.
 */
function writeCells(
  ws: Worksheet,
  plan: SheetPlan,
  extent: Extent,
  baseFont: { name: string; size: number },
): void {
  const width = extent.columns;
  const composition = new Int32Array(extent.rows * width);
  // Composition 0 is "no area": the sheet font only.
  const compositions: CellStyle[] = [{}];
  const transitions = new Map<number, number>();
  const areaCount = plan.styles.length;

  plan.styles.forEach(({ area, style }, areaIndex) => {
    const { top, left, bottom, right } = clip(area, extent);
    for (let r = top; r <= bottom; r++) {
      const offset = r * width;
      for (let c = left; c <= right; c++) {
        const from = composition[offset + c];
        const key = from * areaCount + areaIndex;
        let to = transitions.get(key);
        if (to === undefined) {
          to = compositions.length;
          compositions.push(overlay(compositions[from], style));
          transitions.set(key, to);
        }
        composition[offset + c] = to;
      }
    }
  });

  const styles: (Partial<Style> | undefined)[] = new Array(compositions.length);
  const styleOf = (id: number): Partial<Style> => (styles[id] ??= toExcelStyle(compositions[id], baseFont));

  for (let r = 0; r < extent.rows; r++) {
    const values = plan.values[r];
    const offset = r * width;
    let row: ReturnType<Worksheet["getRow"]> | undefined;
    for (let c = 0; c < width; c++) {
      const value = values?.[c] ?? null;
      const id = composition[offset + c];
      if (value === null && id === 0) continue;
      row ??= ws.getRow(r + 1);
      const cell: Cell = row.getCell(c + 1);
      if (value !== null) cell.value = toExcelValue(value);
      // One shared object per composition: ExcelJS registers it once (by identity) when writing.
      cell.style = styleOf(id);
    }
  }
}

function clip(area: Area, extent: Extent): Area {
  return {
    top: Math.max(0, area.top),
    left: Math.max(0, area.left),
    bottom: Math.min(extent.rows - 1, area.bottom),
    right: Math.min(extent.columns - 1, area.right),
  };
}

/** `over`'s properties replace `under`'s one by one; properties `over` leaves unset stay. */
function overlay(under: CellStyle, over: CellStyle): CellStyle {
  const result: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) result[key] = value;
  return result as CellStyle;
}

function argb(hex: string): string {
  const digits = hex.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(digits)) throw new RangeError(`Not a "#RRGGBB" colour: ${hex}`);
  return `FF${digits}`;
}

function toExcelStyle(style: CellStyle, baseFont: { name: string; size: number }): Partial<Style> {
  const result: Partial<Style> = {
    font: {
      name: baseFont.name,
      size: style.fontSize ?? baseFont.size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.underline ? { underline: true } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    },
  };
  if (style.fill !== undefined) {
    result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    result.alignment = {
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined
        ? { vertical: style.vertical === "center" ? "middle" : style.vertical }
        : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.border === "thin") result.border = THIN_BORDERS;
  return result;
}

function toExcelValue(value: Exclude<PlanValue, null>): ExcelJSValue {
  if (typeof value !== "object") return value;
  const formula = value.formula.replace(/^=/, "");
  return value.result === null
    ? { formula, date1904: false }
    : { formula, result: value.result, date1904: false };
}

function setViews(ws: Worksheet, plan: SheetPlan): void {
  const { rows, columns } = plan.freeze;
  if (rows <= 0 && columns <= 0) return;
  ws.views = [
    {
      state: "frozen",
      xSplit: columns,
      ySplit: rows,
      topLeftCell: ws.getCell(rows + 1, columns + 1).address,
    },
  ];
}

function setPrint(ws: Worksheet, plan: SheetPlan): void {
  const print = plan.print;
  ws.pageSetup.paperSize = PAPER_SIZE[print.paper] as Worksheet["pageSetup"]["paperSize"];
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.margins = {
    ...print.margins,
    header: HEADER_FOOTER_MARGIN,
    footer: HEADER_FOOTER_MARGIN,
  };
  if (print.fitToWidth) {
    // One page wide, as many tall as needed (0 = automatic).
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  // ExcelJS quotes the sheet name of the _xlnm.Print_Titles name as 'name' without doubling an inner
  // apostrophe; report sheet names (src/core/report/sheetNames) never hold one.
  if (print.titleRows !== null) {
    ws.pageSetup.printTitlesRow = `${print.titleRows.top + 1}:${print.titleRows.bottom + 1}`;
  }
  // "&C" centres the footer; &P and &N are the page number and the page count.
  if (print.footer) {
    ws.headerFooter.oddFooter = `&C${print.footer}`;
    ws.headerFooter.evenFooter = `&C${print.footer}`;
  }
  // A break "before 0-based row r" ends the page after 1-based row r: <brk id="r"/>.
  const breaks = [...new Set(print.breaksBefore)].filter((r) => r > 0).sort((a, b) => a - b);
  // ExcelJS keeps row breaks on the worksheet (its typings list them on the model only).
  const rowBreaks = (ws as unknown as { rowBreaks: RowBreak[] }).rowBreaks;
  for (const r of breaks) rowBreaks.push({ id: r, max: LAST_COLUMN_INDEX, min: 0, man: 1 });
}
