/**
 * Builds one SheetPlan row by row: values padded to the sheet's width, and styles and merges over whole
 * column runs and sections (never one per unit row), so a renderer writes one range per area.
 */
import type {
  Area,
  CellStyle,
  ChartPlan,
  PlanValue,
  PrintSetup,
  ReportKind,
  SheetPlan,
  StyledArea,
} from "../plan";
import { estimateRowHeights } from "./rowHeights";

export const FONT = { name: "Times New Roman", size: 12 } as const;

const MARGINS = { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 } as const;

/** Fill of header rows and group headings (light grey, readable in black and white print). */
export const HEADER_FILL = "#F2F2F2";
/** Fill of the columns staff fill in (light yellow). */
export const INPUT_FILL = "#FFF2CC";

/** How a table column shows its values. */
export type ColumnKind =
  "stt" | "text" | "center" | "rank" | "points" | "index" | "percent" | "gap" | "symbol" | "date" | "input";

/**
 * Number formats: every numeric cell of a report has one (never General, which prints 9,24444444444444).
 * Points and indices show two decimals, as provinces publish them; a percentage of a maximum carries its
 * sign; the display rounds half away from zero on the 15-digit value, as the core's ROUND does.
 */
export const NUMBER_FORMATS = {
  whole: "0",
  points: "0.00",
  index: "0.00",
  percent: '0.00"%"',
  gap: "+0.00;-0.00;0.00",
} as const;

/** The footer of every printed page: "Trang 2/5". */
export const PAGE_FOOTER = { vi: "Trang &P/&N", en: "Page &P/&N" } as const;

export interface TableColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** The style of a body column by its kind; text-like columns are text ("@") so values stay literal. */
export function columnStyle(kind: ColumnKind): CellStyle {
  switch (kind) {
    case "stt":
    case "rank":
      return { horizontal: "center", numberFormat: NUMBER_FORMATS.whole };
    case "text":
      return { horizontal: "left", wrap: true, numberFormat: "@" };
    case "center":
      return { horizontal: "center", wrap: true, numberFormat: "@" };
    case "points":
      return { horizontal: "right", numberFormat: NUMBER_FORMATS.points };
    case "index":
      return { horizontal: "right", numberFormat: NUMBER_FORMATS.index };
    case "percent":
      return { horizontal: "right", numberFormat: NUMBER_FORMATS.percent };
    case "gap":
      return { horizontal: "right", numberFormat: NUMBER_FORMATS.gap };
    case "symbol":
    case "date":
      return { horizontal: "center", numberFormat: "@" };
    case "input":
      return { horizontal: "left", wrap: true, numberFormat: "@", fill: INPUT_FILL };
  }
}

export const TABLE_HEADER: CellStyle = {
  bold: true,
  horizontal: "center",
  vertical: "center",
  wrap: true,
  fill: HEADER_FILL,
  border: "thin",
};

/** The most characters an Excel cell holds; a longer text makes Excel "repair" the file. */
export const MAX_CELL_TEXT = 32_767;

/** Text that fits a cell: cut to MAX_CELL_TEXT with `marker` at the end (never inside a surrogate pair). */
export function fitCellText(text: string, marker: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - marker.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + marker;
}

function fitCell(value: PlanValue, marker: string): PlanValue {
  if (typeof value === "string") return fitCellText(value, marker);
  if (value !== null && typeof value === "object" && typeof value.result === "string")
    return { ...value, result: fitCellText(value.result, marker) };
  return value;
}

export class SheetBuilder {
  private readonly rows: PlanValue[][] = [];
  private readonly styles: StyledArea[] = [];
  private readonly merges: Area[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private readonly charts: ChartPlan[] = [];

  /** `cutMarker` ends any text cut to fit a cell ("… (đã cắt bớt)"), in the report's language. */
  constructor(
    readonly width: number,
    private readonly cutMarker: string,
  ) {}

  /** The index of the next row. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row (padded with blanks to the sheet's width); returns its index. */
  row(values: readonly PlanValue[] = [], height?: number): number {
    if (values.length > this.width) throw new RangeError(`row wider than the sheet (${values.length})`);
    const row = values.map((v) => fitCell(v, this.cutMarker));
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    if (height !== undefined) this.heights.push({ row: this.rows.length - 1, height });
    return this.rows.length - 1;
  }

  /** Appends a row holding `text` at `left`, merged to `right`, with a style; returns its index. */
  merged(text: PlanValue, style: CellStyle, left = 0, right = this.width - 1, height?: number): number {
    const values: PlanValue[] = [];
    values[left] = text;
    for (let c = 0; c < left; c++) values[c] = null;
    const r = this.row(values, height);
    this.mergeArea(r, left, r, right);
    this.style(r, left, r, right, style);
    return r;
  }

  /** Writes `text` at (row, left) of an existing row, merged to `right`, with a style. */
  put(row: number, left: number, right: number, text: PlanValue, style: CellStyle): void {
    this.rows[row][left] = fitCell(text, this.cutMarker);
    this.mergeArea(row, left, row, right);
    this.style(row, left, row, right, style);
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.styles.push({ area: { top, left, bottom, right }, style });
  }

  mergeArea(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }

  chart(chart: ChartPlan): void {
    this.charts.push(chart);
  }

  /**
   * A table: a header row then the body rows `bodyTop..bodyBottom` (already appended), styled per column
   * run — header, borders over the whole table, each column's alignment and number format.
   */
  tableStyles(
    header: number,
    bodyTop: number,
    bodyBottom: number,
    columns: readonly TableColumn[],
    left = 0,
  ): void {
    const right = left + columns.length - 1;
    this.style(header, left, header, right, TABLE_HEADER);
    if (bodyBottom < bodyTop) return;
    this.style(bodyTop, left, bodyBottom, right, { border: "thin", vertical: "center" });
    columns.forEach((column, i) => {
      this.style(bodyTop, left + i, bodyBottom, left + i, columnStyle(column.kind));
    });
  }

  /** Appends a table's header row; returns its index. */
  header(columns: readonly TableColumn[], left = 0, height = 36): number {
    const values: PlanValue[] = [];
    for (let c = 0; c < left; c++) values.push(null);
    for (const column of columns) values.push(column.header);
    return this.row(values, height);
  }

  build(options: {
    kind: ReportKind;
    name: string;
    columnWidths: readonly number[];
    freezeRows: number;
    freezeColumns?: number;
    titleRows: { top: number; bottom: number } | null;
    breaksBefore?: readonly number[];
    orientation?: PrintSetup["orientation"];
    /** The page footer (Excel codes); "Trang &P/&N" by default. */
    footer?: string | null;
  }): SheetPlan {
    if (options.columnWidths.length !== this.width)
      throw new RangeError(`${options.columnWidths.length} widths for ${this.width} columns`);
    const font = { ...FONT };
    const rowHeights = estimateRowHeights(
      {
        values: this.rows,
        styles: this.styles,
        merges: this.merges,
        font,
        columnWidths: options.columnWidths,
      },
      this.heights,
    );
    return {
      kind: options.kind,
      name: options.name,
      values: this.rows,
      styles: this.styles,
      merges: this.merges,
      columnWidths: options.columnWidths,
      rowHeights,
      font,
      freeze: { rows: options.freezeRows, columns: options.freezeColumns ?? 0 },
      print: {
        orientation: options.orientation ?? "landscape",
        paper: "A4",
        fitToWidth: true,
        titleRows: options.titleRows,
        margins: { ...MARGINS },
        breaksBefore: options.breaksBefore ?? [],
        footer: options.footer === undefined ? PAGE_FOOTER.vi : options.footer,
      },
      charts: this.charts,
    };
  }
}
