/**
 * Test helpers: a workbook from plain data (sheet name → 2-D values, merges, number formats, formulas) and
 * snapshots of a sheet (values, formulas, number formats, styles, merges, conditional formats, …) to compare
 * before and after an operation.
 */
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
  /** Cached values of formula cells, by address ("D2": 42), since the simulator does not evaluate formulas. */
  readonly formulaValues?: Readonly<Record<string, CellValue>>;
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

/** Builds workbook state from plain data; the first sheet is active. */
export function buildWorkbook(
  spec: WorkbookSpec,
  settings: Readonly<Record<string, unknown>> = {},
): WorkbookState {
  const names = Object.keys(spec);
  const workbook = newWorkbook(names.length > 0 ? names : ["Sheet1"]);
  for (const sheet of workbook.sheets) {
    const raw = spec[sheet.name];
    if (raw === undefined) continue;
    const sheetSpec: SheetSpec = Array.isArray(raw) ? { values: raw as unknown[][] } : (raw as SheetSpec);
    fillSheet(sheet, sheetSpec);
  }
  for (const [key, value] of Object.entries(settings)) workbook.settings.set(key, JSON.stringify(value));
  return workbook;
}

function fillSheet(sheet: SheetState, spec: SheetSpec): void {
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
