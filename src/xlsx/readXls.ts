/**
 * The .xls (Excel 97–2003, BIFF) → Grid adapter, for the offices whose Excel still saves .xls: read with
 * SheetJS (the npm build @e965/xlsx, Apache-2.0, SheetJS CE 0.20.3 — past the prototype-pollution and
 * ReDoS fixes of 0.19.3 / 0.20.2; the only code that imports it), then handed over through the same
 * sparse sheet builder as .xlsx (sheetGrid.ts), so detection, the table region, the limits and the
 * messages are the same. ExcelJS stays the reader of .xlsx. Loaded lazily: only a .xls pays for it.
 *
 * Conventions as in readWorkbook.ts: .xls always stores formula results, so no formula reaches the core;
 * a date-formatted number becomes an ISO date string, as ExcelJS gives it.
 */
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import type { CellValue, MergedArea } from "../core/grid";
import { dateToGridValue } from "./cells";
import { XlsxReadError } from "./errors";
import type { SheetInfo, SheetRead, SheetState, WorkbookRead } from "./readWorkbook";
import { SparseSheet } from "./sheetGrid";

export interface XlsLimits {
  readonly maxRows: number;
  readonly maxCells: number;
  readonly maxRegionCells: number;
}

type SheetJS = typeof import("@e965/xlsx");

let loaded: Promise<SheetJS> | null = null;

/** SheetJS with its code-page tables (BIFF files name a Windows code page for their 8-bit text). */
function sheetJS(): Promise<SheetJS> {
  loaded ??= (async () => {
    const XLSX = await import("@e965/xlsx");
    const cptable: unknown = await import("@e965/xlsx/dist/cpexcel.full");
    XLSX.set_cptable(cptable);
    return XLSX;
  })();
  return loaded;
}

const STATES: readonly SheetState[] = ["visible", "hidden", "veryHidden"];

/** Reads a legacy .xls workbook; every failure is an XlsxReadError. */
export async function readXls(
  data: Uint8Array,
  fileName: string | undefined,
  limits: XlsLimits,
): Promise<WorkbookRead> {
  const XLSX = await sheetJS();
  let book: WorkBook;
  // SheetJS writes notes on records it does not know to console.error: kept off the user's terminal.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    // sheetRows: one row beyond the limit is enough to know a sheet is too long (SheetJS stops there).
    book = XLSX.read(data, {
      type: "array",
      dense: true,
      cellNF: true,
      cellFormula: false,
      sheetRows: limits.maxRows + 1,
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/password/i.test(message)) throw new XlsxReadError("encrypted", fileName, { cause });
    // A BIFF version or record SheetJS cannot read: Excel can, and saves it as .xlsx.
    throw new XlsxReadError("legacy-xls", fileName, { cause });
  } finally {
    console.error = consoleError;
  }
  const names = book.SheetNames;
  if (names.length === 0) throw new XlsxReadError("no-sheets", fileName);

  const sheets: SheetInfo[] = names.map((name, position) => ({
    name,
    state: STATES[book.Workbook?.Sheets?.[position]?.Hidden ?? 0] ?? "visible",
    position,
  }));
  const reads = new Map<string, SheetRead>();
  let cells = 0;
  for (const info of sheets) {
    const ws = book.Sheets[info.name];
    const sparse = sparseOf(XLSX, info.name, ws, fileName, limits);
    cells += sparse.size;
    if (cells > limits.maxCells) {
      throw new XlsxReadError("too-many-cells", fileName, { found: cells, limit: limits.maxCells });
    }
    reads.set(info.name, sparse.toSheetRead(mergesOf(ws), limits.maxRegionCells, fileName));
  }
  if (cells === 0) throw new XlsxReadError("empty", fileName);

  const sheet = (name: string): SheetRead => {
    const read = reads.get(name);
    if (read === undefined) throw new RangeError(`No worksheet named "${name}"`);
    return read;
  };
  return { sheets, sheet, grid: (name) => sheet(name).grid };
}

function sparseOf(
  XLSX: SheetJS,
  name: string,
  ws: WorkSheet | undefined,
  fileName: string | undefined,
  limits: XlsLimits,
): SparseSheet {
  const sparse = new SparseSheet(name);
  if (ws === undefined) return sparse;
  // SheetJS keeps the full range of a sheet it cut at sheetRows in "!fullref".
  const full = ws["!fullref"];
  if (typeof full === "string" && XLSX.utils.decode_range(full).e.r + 1 > limits.maxRows) {
    throw new XlsxReadError("too-large", fileName, { limit: limits.maxRows });
  }
  const rows = (ws["!data"] ?? []) as (CellObject[] | undefined)[];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      const value = gridValue(XLSX, cell);
      if (value !== null) sparse.add(r + 1, c + 1, value, typeof cell.z === "string" ? cell.z : "General");
    });
  });
  return sparse;
}

/** One SheetJS cell as the Grid carries it. */
function gridValue(XLSX: SheetJS, cell: CellObject): CellValue {
  switch (cell.t) {
    case "n": {
      const v = cell.v;
      if (typeof v !== "number") return null;
      if (!Number.isFinite(v)) return { error: "#NUM!" };
      if (typeof cell.z === "string" && XLSX.SSF.is_date(cell.z)) return serialToGridValue(XLSX, v) ?? v;
      return v;
    }
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b":
      return cell.v === true;
    case "e":
      return { error: typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#N/A" };
    case "d":
      return cell.v instanceof Date ? dateToGridValue(cell.v) : null;
    default:
      return null;
  }
}

/** An Excel date serial as the ISO text ExcelJS would give (UTC, 1900 date system). */
function serialToGridValue(XLSX: SheetJS, serial: number): string | null {
  const d = XLSX.SSF.parse_date_code(serial);
  if (d === null || d === undefined) return null;
  const date = new Date(Date.UTC(d.y, d.m - 1, d.d, d.H, d.M, Math.floor(d.S)));
  return dateToGridValue(date);
}

function mergesOf(ws: WorkSheet | undefined): MergedArea[] {
  return (ws?.["!merges"] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
}
