/**
 * A workbook from plain data (sheet name → 2-D values, merges, number formats, formulas) — what the preview
 * opens a file into and what tests start from — and snapshots of a sheet (values, formulas, number formats,
 * styles, merges, conditional formats, …) to compare before and after an operation.
 *
 * Formulas without a stored result. Excel recalculates a workbook on opening, so `range.values` always gives
 * a formula's computed value, also in a file written by a script or a web system that saved formulas without
 * their results. buildWorkbook does the same for every formula cell given no value (no `formulaValues` entry,
 * or null: a formula's result is never an empty cell in Excel): it evaluates it with the core's formula
 * evaluator (src/core/formula, the very pre-pass `cchc` runs on such files), which computes plain arithmetic
 * (+ − × ÷ %, comparisons, SUM, AVERAGE, MIN, MAX, ROUND…, IF) over cells of the workbook exactly as Excel
 * does, to the last bit. A formula outside that subset (look-ups, text and date functions, names, "^", other
 * workbooks, a cycle) keeps no value and reads as an empty cell: the simulator does not guess what Excel would
 * show. formulasNotComputed(state) lists such cells, so that the preview can say so.
 */
import { resolveFormulas } from "../../core/formula";
import { columnLetter, type Grid } from "../../core/grid";
import { parseAddress, rectAddress } from "./address";
import { simError } from "./errors";
import { Rect } from "./rect";
import { ensureCell } from "./sheet-cells";
import { CellValue, SheetState, Style, WorkbookState, newWorkbook } from "./state";
import { storedFromInput } from "./values";

export interface SheetSpec {
  /** Rows of values starting at `origin` (default "A1"); "=…" strings become formulas, "#N/A" errors, null blanks. */
  readonly values?: readonly (readonly unknown[])[];
  readonly origin?: string;
  /**
   * Stored results of formula cells, by address ("D2": 42). A formula without one (absent or null) is computed
   * when the workbook is built, as Excel recalculates on opening (see the module comment).
   */
  readonly formulaValues?: Readonly<Record<string, CellValue>>;
  /**
   * The file's values far from the table were left out by the reader (src/xlsx): a formula that refers to a
   * cell outside the sheet's values is then not computed (that cell is not known to be blank).
   */
  readonly valuesLeftOut?: boolean;
  /** Merged areas as addresses ("A1:C1"). */
  readonly merges?: readonly string[];
  /** Number formats by address or range address ("C2:C10": "0.00"). */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Styles by address or range address. */
  readonly styles?: Readonly<Record<string, Style>>;
  readonly protected?: boolean;
  readonly visibility?: SheetState["visibility"];
}

export type WorkbookSpec = Readonly<Record<string, SheetSpec | readonly (readonly unknown[])[]>>;

function rectOf(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw simError("InvalidArgument", `'${address}' is not an A1 address.`, "buildWorkbook");
  return parsed.rect;
}

function forEach(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let column = rect.left; column <= rect.right; column++) visit(row, column);
}

/** A formula cell left without a value: the core's evaluator cannot compute it (see the module comment). */
export interface FormulaNotComputed {
  readonly sheet: string;
  /** "K13". */
  readonly address: string;
  /** As written, with its "=". */
  readonly formula: string;
  /** Why: a function's name ("VLOOKUP"), "circular", "text", "sheet", "outside", … (src/core/formula). */
  readonly reason: string;
}

const notComputed = new WeakMap<WorkbookState, readonly FormulaNotComputed[]>();

/** The formula cells buildWorkbook could not compute for this workbook, in sheet and row order. */
export function formulasNotComputed(workbook: WorkbookState): readonly FormulaNotComputed[] {
  return notComputed.get(workbook) ?? [];
}

/** Builds workbook state from plain data; the first sheet is active. */
export function buildWorkbook(
  spec: WorkbookSpec,
  settings: Readonly<Record<string, unknown>> = {},
): WorkbookState {
  const names = Object.keys(spec);
  const workbook = newWorkbook(names.length > 0 ? names : ["Sheet1"]);
  const areas = new Map<SheetState, SpecArea>();
  for (const sheet of workbook.sheets) {
    const raw = spec[sheet.name];
    if (raw === undefined) continue;
    const sheetSpec: SheetSpec = Array.isArray(raw) ? { values: raw as unknown[][] } : (raw as SheetSpec);
    areas.set(sheet, fillSheet(sheet, sheetSpec));
  }
  for (const [key, value] of Object.entries(settings)) workbook.settings.set(key, JSON.stringify(value));
  const left = computeFormulas(workbook, areas);
  if (left.length > 0) notComputed.set(workbook, left);
  return workbook;
}

/** Where a sheet's spec put its values (0-based, inclusive), and whether values around them were left out. */
interface SpecArea {
  readonly rect: Rect | null;
  readonly valuesLeftOut: boolean;
}

const COLUMNS = 16_384;

/** "K13" for 1-based coordinates. */
function addressOf(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * Computes the formula cells that have no value, as Excel does on opening a file: evaluated over the whole
 * workbook by the core's formula pre-pass; returns the cells it could not compute (they keep no value).
 */
function computeFormulas(
  workbook: WorkbookState,
  areas: ReadonlyMap<SheetState, SpecArea>,
): FormulaNotComputed[] {
  const pending = workbook.sheets.map((sheet) =>
    [...sheet.cells].filter(([, cell]) => cell.formula !== undefined && cell.value === null),
  );
  if (pending.every((cells) => cells.length === 0)) return [];
  const grids: Grid[] = workbook.sheets.map((sheet, i) => {
    const area = areas.get(sheet);
    let rect: Rect | null = area?.rect ?? null;
    for (const key of sheet.cells.keys()) {
      const row = Math.floor(key / COLUMNS);
      const column = key % COLUMNS;
      rect =
        rect === null
          ? { top: row, left: column, bottom: row, right: column }
          : {
              top: Math.min(rect.top, row),
              left: Math.min(rect.left, column),
              bottom: Math.max(rect.bottom, row),
              right: Math.max(rect.right, column),
            };
    }
    if (rect === null) return { sheet: sheet.name, top: 1, left: 1, values: [], merges: [] };
    const bounds = rect;
    const values = Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, r) =>
      Array.from(
        { length: bounds.right - bounds.left + 1 },
        (_, c) => sheet.cells.get((bounds.top + r) * COLUMNS + bounds.left + c)?.value ?? null,
      ),
    );
    const formulas = new Map(
      pending[i].map(([key, cell]) => [
        addressOf(Math.floor(key / COLUMNS) + 1, (key % COLUMNS) + 1),
        (cell.formula as string).slice(1),
      ]),
    );
    return {
      sheet: sheet.name,
      top: bounds.top + 1,
      left: bounds.left + 1,
      values,
      merges: [],
      formulas,
      valuesLeftOut: area?.valuesLeftOut === true,
    };
  });
  const resolved = resolveFormulas(grids);
  const left: FormulaNotComputed[] = [];
  for (const result of resolved.sheets) {
    const i = workbook.sheets.findIndex((s) => s.name === result.sheet);
    const sheet = workbook.sheets[i];
    const grid = resolved.grids[i];
    const failed = new Set(result.unsupported.map((u) => addressOf(u.row, u.column)));
    for (const [key, cell] of pending[i]) {
      const row = Math.floor(key / COLUMNS);
      const column = key % COLUMNS;
      if (failed.has(addressOf(row + 1, column + 1))) continue;
      cell.value = grid.values[row + 1 - grid.top][column + 1 - grid.left];
    }
    for (const u of result.unsupported)
      left.push({
        sheet: sheet.name,
        address: addressOf(u.row, u.column),
        formula: `=${u.formula}`,
        reason: u.reason,
      });
  }
  return left;
}

function fillSheet(sheet: SheetState, spec: SheetSpec): SpecArea {
  for (const [address, format] of Object.entries(spec.numberFormats ?? {}))
    forEach(rectOf(address), (row, column) => {
      ensureCell(sheet, row, column).numberFormat = format;
    });
  const origin = rectOf(spec.origin ?? "A1");
  (spec.values ?? []).forEach((line, i) =>
    line.forEach((input, j) => {
      const row = origin.top + i;
      const column = origin.left + j;
      const cell = ensureCell(sheet, row, column);
      const stored = storedFromInput(input, cell.numberFormat ?? "General", true, "buildWorkbook");
      if (!stored) return;
      cell.value = stored.value;
      if (stored.formula !== undefined) cell.formula = stored.formula;
    }),
  );
  for (const [address, value] of Object.entries(spec.formulaValues ?? {})) {
    const r = rectOf(address);
    ensureCell(sheet, r.top, r.left).value = value;
  }
  for (const [address, style] of Object.entries(spec.styles ?? {}))
    forEach(rectOf(address), (row, column) => {
      const cell = ensureCell(sheet, row, column);
      cell.style = { ...cell.style, ...style };
    });
  for (const [key, cell] of [...sheet.cells])
    if (cell.value === null && !cell.formula && !cell.style && cell.numberFormat === undefined)
      sheet.cells.delete(key);
  sheet.merges = (spec.merges ?? []).map(rectOf);
  if (spec.protected) sheet.protection = { protected: true, options: {} };
  if (spec.visibility) sheet.visibility = spec.visibility;
  const rows = spec.values ?? [];
  const width = rows.reduce((most, line) => Math.max(most, line.length), 0);
  const rect =
    rows.length > 0 && width > 0
      ? {
          top: origin.top,
          left: origin.left,
          bottom: origin.top + rows.length - 1,
          right: origin.left + width - 1,
        }
      : null;
  return { rect, valuesLeftOut: spec.valuesLeftOut === true };
}

export interface CellSnapshot {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: Style;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Every non-empty cell record by address, in row-major order. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly merges: readonly string[];
  readonly conditionalFormats: ReadonlyArray<{
    type: string;
    ranges: string[];
    rule: Record<string, unknown>;
    format: unknown;
    stopIfTrue: boolean;
  }>;
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly rowHeights: Readonly<Record<string, number>>;
  readonly borders: number;
  readonly freeze: { rows: number; columns: number };
  readonly charts: number;
  readonly shapes: readonly string[];
  readonly horizontalPageBreaks: readonly number[];
}

/** A deep, plain copy of a sheet's content and formatting, for before / after comparisons. */
export function snapshotSheet(workbook: WorkbookState, name: string): SheetSnapshot {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet named '${name}'.`);
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  const cells: Record<string, CellSnapshot> = {};
  for (const key of keys) {
    const cell = sheet.cells.get(key);
    if (!cell) continue;
    const address = rectAddress({
      top: Math.floor(key / 16_384),
      left: key % 16_384,
      bottom: Math.floor(key / 16_384),
      right: key % 16_384,
    });
    const snap: { value: CellValue; formula?: string; numberFormat?: string; style?: Style } = {
      value: cell.value,
    };
    if (cell.formula !== undefined) snap.formula = cell.formula;
    if (cell.numberFormat !== undefined) snap.numberFormat = cell.numberFormat;
    if (cell.style && Object.keys(cell.style).length > 0) snap.style = { ...cell.style };
    cells[address] = JSON.parse(JSON.stringify(snap)) as CellSnapshot;
  }
  return {
    name: sheet.name,
    cells,
    merges: sheet.merges.map(rectAddress).sort(),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      type: cf.type,
      ranges: cf.ranges.map(rectAddress),
      rule: JSON.parse(JSON.stringify(cf.rule)) as Record<string, unknown>,
      format: JSON.parse(JSON.stringify(cf.format)) as unknown,
      stopIfTrue: cf.stopIfTrue,
    })),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [String(c), w]),
    ),
    rowHeights: Object.fromEntries(
      [...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r), h]),
    ),
    borders: sheet.horizontalBorders.size + sheet.verticalBorders.size,
    freeze: { ...sheet.freeze },
    charts: sheet.charts.length,
    shapes: sheet.shapes.map((s) => s.name),
    horizontalPageBreaks: [...sheet.horizontalPageBreaks],
  };
}

/** Values of a sheet's used area (or a given range) as the API would return them: "" for blanks, "#N/A" for errors. */
export function sheetValues(
  workbook: WorkbookState,
  name: string,
  address?: string,
): (number | string | boolean)[][] {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet named '${name}'.`);
  let rect: Rect | null = address ? rectOf(address) : null;
  if (!rect) {
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === null && !cell.formula) continue;
      bottom = Math.max(bottom, Math.floor(key / 16_384));
      right = Math.max(right, key % 16_384);
    }
    if (bottom < 0) return [];
    rect = { top: 0, left: 0, bottom, right };
  }
  const out: (number | string | boolean)[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: (number | string | boolean)[] = [];
    for (let column = rect.left; column <= rect.right; column++) {
      const v = sheet.cells.get(row * 16_384 + column)?.value ?? null;
      line.push(v === null ? "" : typeof v === "object" ? v.error : v);
    }
    out.push(line);
  }
  return out;
}
