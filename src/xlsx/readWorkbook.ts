/**
 * The .xlsx → Grid adapter: reads a workbook's bytes with ExcelJS (the only reader of .xlsx in the
 * product) and hands each sheet over as a Grid; a legacy .xls goes to readXls.ts (SheetJS) instead. Works in Node and in a browser bundle: it takes bytes,
 * never a path, and loads ExcelJS lazily. Every failure is an XlsxReadError with a message for the user.
 *
 * Conventions of the Grids it produces:
 * - a formula cell holds its cached result (shared and array formulas included); a formula saved
 *   without a result is null, its address is listed in `uncachedFormulas` and its text is in the Grid's
 *   `formulas` (core/formula evaluates the plain-arithmetic ones before detection); such cells count for
 *   the table region as values do, and `valuesLeftOut` says when values far from the table were left out;
 * - rich text and hyperlinks are their plain text; empty text is null; a date is an ISO string
 *   ("2022-03-15", or the full instant when it has a time of day) — its number format says it was a date;
 * - only the top-left cell of a merged area holds its value (as Excel's `range.values` does); merges
 *   are in absolute sheet coordinates and are not clipped to the used range;
 * - `numberFormats` is parallel to `values`, "General" where the cell has no format;
 * - the used range spans the first to the last row and column holding a value within the table region
 *   (below); an empty sheet is a Grid with no rows at top = left = 1.
 *
 * Size: cells are read sparsely and the Grid is dense only over the table region — the block of rows
 * and columns where most of the sheet's values are, cut at gaps of more than REGION_GAP_ROWS empty rows
 * or REGION_GAP_COLUMNS empty columns. Values beyond such a gap (one stray value at XFD1048576) are left
 * out and listed in `ignoredCells`. Before ExcelJS builds its model, the package is checked (see
 * packageCheck.ts): more than `maxCells` cells or `maxBytes` unpacked bytes is a "too-large" error, as is
 * a table region of more than `maxRegionCells` cells.
 */
import type { Workbook, Worksheet } from "exceljs";
import { columnNumber, type Grid, type MergedArea } from "../core/grid";
import { formulaOf, readCell, type ExcelJSCellLike } from "./cells";
import { XlsxReadError, type XlsxReadProblem } from "./errors";
import { checkPackage } from "./packageCheck";
import { SparseSheet } from "./sheetGrid";
import { sniffFile, type FileSniff } from "./sniff";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  /** Worksheet name as shown on its tab. */
  readonly name: string;
  readonly state: SheetState;
  /** 0-based position among the worksheets, in tab order. */
  readonly position: number;
}

export interface SheetRead {
  readonly grid: Grid;
  /** Addresses ("K12") of formula cells saved without a cached result (at most 100 listed). */
  readonly uncachedFormulas: readonly string[];
  /** How many formula cells had no cached result, including those beyond the list. */
  readonly uncachedFormulaCount: number;
  /**
   * Addresses ("XFD1048576") of values left out because they lie far from the table region (at most 100
   * listed, in row order). The caller shows them as a warning (see readProblems.ts).
   */
  readonly ignoredCells: readonly string[];
  /** How many values were left out, including those beyond the list. */
  readonly ignoredCellCount: number;
}

export interface WorkbookRead {
  /** Worksheets in tab order (chart sheets are not listed). */
  readonly sheets: readonly SheetInfo[];
  /** The named sheet as a Grid; throws RangeError for a name that is not in `sheets`. */
  grid(sheet: string): Grid;
  /** The named sheet with what was learnt while reading it. */
  sheet(sheet: string): SheetRead;
}

export interface ReadOptions {
  /** The file name as the user gave it, used in error messages. */
  readonly fileName?: string;
  /** Most rows (row records, formatted empty ones included) a sheet may have; more is a "too-large" error. */
  readonly maxRows?: number;
  /** Most cells (formatted empty ones included) in all worksheets together; more is a "too-large" error. */
  readonly maxCells?: number;
  /** Most bytes of the package's parts together, unpacked; more is a "too-large" error. */
  readonly maxBytes?: number;
  /** Most cells (rows × columns) of a sheet's table region; more is a "too-large" error. */
  readonly maxRegionCells?: number;
}

/** The default row limit: twice the largest sheet the product is measured on (50,000 rows). */
export const DEFAULT_MAX_ROWS = 100_000;
/**
 * The default cell limit: twice the largest sheet measured (50,000 rows × 15 columns = 750,000 cells;
 * ExcelJS takes ≈ 450 MB for it, ≈ 800 MB at this limit).
 */
export const DEFAULT_MAX_CELLS = 1_500_000;
/** The default unpacked-size limit: 256 MB (the 50,000-row sheet is ≈ 40 MB unpacked). */
export const DEFAULT_MAX_BYTES = 256 * 2 ** 20;
/** The default region limit: four times the largest table measured (50,011 rows × 15 columns). */
export const DEFAULT_MAX_REGION_CELLS = 3_000_000;

/** Worksheet parts ExcelJS need not parse to produce values and merges; skipping them is faster and avoids its crashes on exotic content. */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "rowBreaks",
  "sheetProtection",
  "tableParts",
  "autoFilter",
];

const SNIFF_PROBLEMS: Partial<Record<FileSniff["type"], XlsxReadProblem>> = {
  "empty-file": "empty-file",
  encrypted: "encrypted",
  "ole-other": "ole-other",
  xlsb: "xlsb",
  "zip-not-workbook": "not-workbook",
  "truncated-zip": "truncated-zip",
  unknown: "not-xlsx",
  "duplicate-entries": "duplicate-part",
};

/** Reads an .xlsx (or legacy .xls) workbook. Rejects with XlsxReadError for anything that is not a readable, non-empty workbook. */
export async function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const fileName = options.fileName;
  const sniff = sniffFile(data);
  if (sniff.type === "legacy-xls") {
    // Excel 97–2003: read by SheetJS, loaded only now (readXls.ts), into the same Grids.
    const { readXls } = await import("./readXls");
    return readXls(data, fileName, {
      maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
      maxRegionCells: options.maxRegionCells ?? DEFAULT_MAX_REGION_CELLS,
    });
  }
  const problem = SNIFF_PROBLEMS[sniff.type];
  if (problem !== undefined) {
    const part = sniff.type === "duplicate-entries" ? sniff.names[0] : undefined;
    throw new XlsxReadError(problem, fileName, { part });
  }
  if (sniff.type === "xlsx") {
    const found = await checkPackage(data, sniff.entries, {
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    });
    if (found !== null) {
      const { problem: packageProblem, ...detail } = found;
      throw new XlsxReadError(packageProblem, fileName, detail);
    }
  }

  const workbook = await loadWithExcelJS(data, fileName, options.maxRows ?? DEFAULT_MAX_ROWS);
  const maxRegionCells = options.maxRegionCells ?? DEFAULT_MAX_REGION_CELLS;
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) throw new XlsxReadError("no-sheets", fileName);
  if (!worksheets.some(hasValues)) throw new XlsxReadError("empty", fileName);

  const sheets: SheetInfo[] = worksheets.map((ws, position) => ({
    name: ws.name,
    state: sheetState(ws.state),
    position,
  }));
  const cache = new Map<string, SheetRead>();
  const sheet = (name: string): SheetRead => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const info = sheets.find((s) => s.name === name);
    if (info === undefined) throw new RangeError(`No worksheet named "${name}"`);
    const read = readSheet(worksheets[info.position], maxRegionCells, fileName);
    cache.set(name, read);
    return read;
  };
  return { sheets, sheet, grid: (name) => sheet(name).grid };
}

async function loadWithExcelJS(
  data: Uint8Array,
  fileName: string | undefined,
  maxRows: number,
): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  // ExcelJS reads `maxRows` (its row-count guard) although its typings do not list it.
  const options = { ignoreNodes: IGNORED_NODES, maxRows } as Parameters<typeof workbook.xlsx.load>[1];
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0], options);
  } catch (cause) {
    if (cause instanceof Error && /^Max row count \(\d+\) exceeded/.test(cause.message)) {
      throw new XlsxReadError("too-large", fileName, { cause, limit: maxRows });
    }
    throw new XlsxReadError("corrupt", fileName, { cause });
  }
  return workbook;
}

function sheetState(state: string | undefined): SheetState {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Thrown to leave ExcelJS's eachRow/eachCell at the first value (they offer no other way out). */
const FOUND = Symbol("found");

function hasValues(ws: Worksheet): boolean {
  try {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (readCell(cell as unknown as ExcelJSCellLike).value !== null) throw FOUND;
      });
    });
  } catch (stop) {
    if (stop === FOUND) return true;
    throw stop;
  }
  return false;
}

function readSheet(ws: Worksheet, maxRegionCells: number, fileName: string | undefined): SheetRead {
  const cells = new SparseSheet(ws.name);
  const masterFormula = (address: string): string | undefined => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
    const formula = m === null ? undefined : ws.findCell(Number(m[2]), columnNumber(m[1]))?.formula;
    return typeof formula === "string" ? formula : undefined;
  };

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const like = cell as unknown as ExcelJSCellLike;
      const { value, uncachedFormula } = readCell(like);
      if (uncachedFormula) {
        // Its place counts for the table region (a total column of such formulas is part of the table).
        cells.addUncachedFormula(
          rowNumber,
          column,
          cell.address,
          formulaOf(like, masterFormula),
          cell.numFmt || "General",
        );
      } else if (value !== null) {
        cells.add(rowNumber, column, value, cell.numFmt || "General");
      }
    });
  });
  return cells.toSheetRead(readMerges(ws), maxRegionCells, fileName);
}

interface MergeRange {
  readonly model?: { top?: unknown; left?: unknown; bottom?: unknown; right?: unknown };
}

function readMerges(ws: Worksheet): MergedArea[] {
  // ExcelJS keeps merges as Range objects keyed by their master cell; the public API offers only
  // per-cell `isMerged`/`master`, which would cost a walk over every covered cell.
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  const areas: MergedArea[] = [];
  for (const range of Object.values(merges)) {
    const m = range.model;
    if (m === undefined) continue;
    const { top, left, bottom, right } = m;
    if (
      typeof top === "number" &&
      typeof left === "number" &&
      typeof bottom === "number" &&
      typeof right === "number"
    ) {
      areas.push({ top, left, bottom, right });
    }
  }
  return areas;
}
