/**
 * One report sheet as a list of queued writes ("steps"), each with the size it adds to the request, so the
 * writer can pack them into as few syncs as Excel on the web's 5 MB request limit allows. Whole 2-D arrays
 * for number formats and cell contents (split into row blocks only when one array alone would pass the
 * limit), one range per style area, merge, run of equal column widths or row heights — never one per cell.
 */
import type { Area, CellStyle, ChartPlan, PlanValue, SheetPlan } from "../core/plan";
import { utf8Length } from "../core/utf8";
import { areaAddress, cellAddress, columnsAddress, rowsAddress, titleRowsAddress } from "./addresses";
import { supportsExcelApi } from "./requirements";

export interface Step {
  /** Estimated bytes this step adds to the request. */
  readonly bytes: number;
  readonly run: (sheet: Excel.Worksheet) => void;
}

/** Per-operation overhead of a request (object path, ids, action type) — generous on purpose. */
const OPERATION_BYTES = 96;

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * Excel column width (characters of the Normal style's digit "0") to points, the unit RangeFormat.columnWidth
 * takes: pixels = round(characters × 7 + 5) — 7 px being the maximum digit width of Calibri 11, the Normal
 * style of a new workbook, plus 5 px of cell padding — and points = pixels × 72 / 96. 8.43 characters → 64 px
 * → 48 pt, Excel's default. Approximate when the workbook's Normal style uses another font.
 */
export function columnWidthPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  return (Math.round(characters * 7 + 5) * 72) / 96;
}

/** What goes into Range.formulas for a plan value (null leaves the cell blank). */
export function formulaCell(value: PlanValue | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  // Text that Excel would read as a formula, number, date, percentage, boolean or error stays text.
  if (typeof value === "string" && mightBeCoerced(value)) return `'${value}`;
  return value;
}

/** True for text Excel could turn into something else when it arrives through Range.formulas. */
function mightBeCoerced(text: string): boolean {
  return /^[\s'=+\-@#\d.,(]/.test(text) || /^\s*(true|false)\s*$/i.test(text) || /%\s*$/.test(text);
}

/** The sheet area the plan covers (values and styled areas), 0-based inclusive; null when it covers nothing. */
export function sheetExtent(plan: SheetPlan): { rows: number; columns: number } {
  let rows = plan.values.length;
  let columns = plan.values.reduce((n, row) => Math.max(n, row.length), 0);
  for (const { area } of plan.styles) {
    rows = Math.max(rows, area.bottom + 1);
    columns = Math.max(columns, area.right + 1);
  }
  return { rows, columns };
}

/** Splits a 2-D array written at (top, 0) into row blocks of at most `budget` bytes each. */
function rowBlocks<T>(
  grid: readonly (readonly T[])[],
  budget: number,
  write: (range: Excel.Range, block: T[][]) => void,
  columns: number,
): Step[] {
  const steps: Step[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const block = grid.slice(start, end).map((row) => row.slice());
    const top = start;
    steps.push({
      bytes: bytes + OPERATION_BYTES,
      run: (sheet) =>
        write(
          sheet.getRange(areaAddress({ top, left: 0, bottom: top + block.length - 1, right: columns - 1 })),
          block,
        ),
    });
    start = end;
    bytes = 0;
  };
  grid.forEach((row, r) => {
    const rowBytes = jsonBytes(row) + 1;
    if (bytes > 0 && bytes + rowBytes > budget) flush(r);
    bytes += rowBytes;
  });
  flush(grid.length);
  return steps;
}

type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const UNDERLINE = { true: "Single", false: "None" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function styleStep(area: Area, style: CellStyle): Step | null {
  const hasFormat =
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.underline !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined ||
    style.fill !== undefined ||
    style.horizontal !== undefined ||
    style.vertical !== undefined ||
    style.wrap !== undefined ||
    style.border !== undefined;
  if (!hasFormat) return null;
  return {
    bytes: jsonBytes(style) + OPERATION_BYTES * 8,
    run: (sheet) => {
      const format = sheet.getRange(areaAddress(area)).format;
      if (style.bold !== undefined) format.font.bold = style.bold;
      if (style.italic !== undefined) format.font.italic = style.italic;
      if (style.underline !== undefined) format.font.underline = UNDERLINE[`${style.underline}`];
      if (style.fontSize !== undefined) format.font.size = style.fontSize;
      if (style.fontColor !== undefined) format.font.color = style.fontColor;
      if (style.fill !== undefined) format.fill.color = style.fill;
      if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
      if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
      if (style.wrap !== undefined) format.wrapText = style.wrap;
      if (style.border === "thin") {
        const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
        if (area.bottom > area.top) edges.push("InsideHorizontal");
        if (area.right > area.left) edges.push("InsideVertical");
        for (const edge of edges) {
          const border = format.borders.getItem(edge);
          border.style = "Continuous";
          border.weight = "Thin";
          border.color = "#000000";
        }
      }
    },
  };
}

/** Runs of consecutive indexes with the same size: [first, last, size]. */
function runs(sizes: readonly { index: number; size: number }[]): [number, number, number][] {
  const sorted = [...sizes].sort((a, b) => a.index - b.index);
  const out: [number, number, number][] = [];
  for (const { index, size } of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === index - 1 && last[2] === size) last[1] = index;
    else out.push([index, index, size]);
  }
  return out;
}

function chartStep(chart: ChartPlan): Step {
  return {
    bytes: jsonBytes(chart) + OPERATION_BYTES * 5,
    run: (sheet) => {
      const added = sheet.charts.add(
        chart.type === "barClustered" ? "BarClustered" : "ColumnClustered",
        sheet.getRange(areaAddress(chart.data)),
        "Columns",
      );
      added.name = chart.name;
      added.title.text = chart.title;
      added.setPosition(
        cellAddress(chart.position.top, chart.position.left),
        cellAddress(chart.position.bottom, chart.position.right),
      );
    },
  };
}

/** Features a sheet could not get on this Excel (reported, not failed). */
export type SkippedFeature = "freezePanes" | "pageLayout" | "pageBreaks";

/** The steps that write one sheet, in order; `budget` bounds each step's request bytes. */
export function sheetSteps(plan: SheetPlan, budget: number, skipped: Set<SkippedFeature>): Step[] {
  const steps: Step[] = [];
  const { rows, columns } = sheetExtent(plan);

  steps.push({
    bytes: OPERATION_BYTES * 2 + utf8Length(plan.font.name),
    run: (sheet) => {
      const font = sheet.getRange().format.font;
      font.name = plan.font.name;
      font.size = plan.font.size;
    },
  });

  if (rows > 0 && columns > 0) {
    // Number formats first, so text such as "01" stays text when the contents arrive.
    if (plan.styles.some((s) => s.style.numberFormat !== undefined)) {
      const formats: string[][] = Array.from({ length: rows }, () =>
        new Array<string>(columns).fill("General"),
      );
      for (const { area, style } of plan.styles) {
        if (style.numberFormat === undefined) continue;
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++) formats[r][c] = style.numberFormat;
      }
      steps.push(
        ...rowBlocks(
          formats,
          budget,
          (range, block) => {
            range.numberFormat = block;
          },
          columns,
        ),
      );
    }
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => formulaCell(plan.values[r]?.[c])),
    );
    steps.push(
      ...rowBlocks(
        cells,
        budget,
        (range, block) => {
          range.formulas = block;
        },
        columns,
      ),
    );
  }

  for (const { area, style } of plan.styles) {
    const step = styleStep(area, style);
    if (step !== null) steps.push(step);
  }
  for (const merge of plan.merges)
    steps.push({ bytes: OPERATION_BYTES, run: (sheet) => sheet.getRange(areaAddress(merge)).merge(false) });

  const widths = runs(plan.columnWidths.map((size, index) => ({ index, size })).filter((w) => w.size > 0));
  for (const [first, last, size] of widths)
    steps.push({
      bytes: OPERATION_BYTES,
      run: (sheet) => {
        sheet.getRange(columnsAddress(first, last)).format.columnWidth = columnWidthPoints(size);
      },
    });
  for (const [first, last, size] of runs(plan.rowHeights.map((h) => ({ index: h.row, size: h.height }))))
    steps.push({
      bytes: OPERATION_BYTES,
      run: (sheet) => {
        sheet.getRange(rowsAddress(first, last)).format.rowHeight = size;
      },
    });
  // Excel measures text better than the estimate, except in merged cells (its autofit ignores them): rows
  // whose wrapped text sits in cells that are not merged are autofitted after their estimated height is set.
  if (supportsExcelApi("1.2")) {
    const fitted = plan.rowHeights.filter((h) => h.autofit === true).map((h) => ({ index: h.row, size: 0 }));
    for (const [first, last] of runs(fitted))
      steps.push({
        bytes: OPERATION_BYTES,
        run: (sheet) => {
          sheet.getRange(rowsAddress(first, last)).format.autofitRows();
        },
      });
  }

  if (plan.freeze.rows > 0 || plan.freeze.columns > 0) {
    if (supportsExcelApi("1.7"))
      steps.push({ bytes: OPERATION_BYTES, run: (sheet) => freeze(sheet, plan.freeze) });
    else skipped.add("freezePanes");
  }
  // Print setup and the page breaks by group (Worksheet.horizontalPageBreaks) are both ExcelApi 1.9: an older
  // Excel prints the sheet without them, and the write says so (only then).
  const breaks = [...new Set(plan.print.breaksBefore)].filter((r) => r > 0).sort((a, b) => a - b);
  if (supportsExcelApi("1.9")) {
    steps.push({ bytes: OPERATION_BYTES * 6, run: (sheet) => pageSetup(sheet, plan) });
    if (breaks.length > 0)
      steps.push({ bytes: OPERATION_BYTES * breaks.length, run: (sheet) => pageBreaks(sheet, breaks) });
  } else {
    skipped.add("pageLayout");
    if (breaks.length > 0) skipped.add("pageBreaks");
  }

  for (const chart of plan.charts) steps.push(chartStep(chart));
  return steps;
}

/** A manual page break before each 0-based row (the first row of a group's heading). */
function pageBreaks(sheet: Excel.Worksheet, rows: readonly number[]): void {
  for (const row of rows) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}

function freeze(sheet: Excel.Worksheet, frozen: SheetPlan["freeze"]): void {
  const panes = sheet.freezePanes;
  if (frozen.rows > 0 && frozen.columns > 0)
    panes.freezeAt(areaAddress({ top: 0, left: 0, bottom: frozen.rows - 1, right: frozen.columns - 1 }));
  else if (frozen.rows > 0) panes.freezeRows(frozen.rows);
  else panes.freezeColumns(frozen.columns);
}

function pageSetup(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const layout = sheet.pageLayout;
  const print = plan.print;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintMargins("Inches", {
    top: print.margins.top,
    bottom: print.margins.bottom,
    left: print.margins.left,
    right: print.margins.right,
  });
  if (print.titleRows !== null)
    layout.setPrintTitleRows(titleRowsAddress(print.titleRows.top, print.titleRows.bottom));
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
