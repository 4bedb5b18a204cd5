/**
 * An .xlsx (or .xls) file's bytes → the simulator's workbook state, read in the page with src/xlsx's reader
 * (ExcelJS loaded lazily, on first use). Values arrive as the file's cached results: formulas become their
 * values, text stays text (never re-parsed as a number), error values stay errors, merges and number formats
 * are kept. A formula saved without its result (files written by scripts) is what Excel would show after
 * opening the file: the formula, with the value buildWorkbook computes for it with the core's formula pre-pass
 * (src/core/formula, the same as `cchc` reads), or no value when the pre-pass cannot compute it (listed by
 * formulasNotComputed). The file goes nowhere.
 */
import {
  columnLetter,
  columnNumber as columnNumberOf,
  isErrorValue,
  type CellValue,
  type Grid,
  type MergedArea,
} from "../core/grid";
import { buildWorkbook, type SheetSpec, type WorkbookState } from "./simulator";
import type { SheetState as ReadSheetState } from "../xlsx/readWorkbook";

export { formulasNotComputed, type FormulaNotComputed } from "./simulator/workbook-builder";

function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

function mergeAddress(area: MergedArea): string {
  return `${address(area.top, area.left)}:${address(area.bottom, area.right)}`;
}

/** What buildWorkbook takes for one cell: text is quoted so that "8,5" or "TRUE" stay text. */
function specValue(value: CellValue): unknown {
  if (value === null) return null;
  if (isErrorValue(value)) return value.error;
  if (typeof value === "string") return `'${value}`;
  return value;
}

const VISIBILITY: Record<ReadSheetState, NonNullable<SheetSpec["visibility"]>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/**
 * One sheet for buildWorkbook: a formula saved without its result is given as a formula without a value, which
 * buildWorkbook computes as Excel would on opening the file.
 */
export function sheetSpec(grid: Grid, state: ReadSheetState): SheetSpec {
  const numberFormats: Record<string, string> = {};
  grid.numberFormats?.forEach((line, r) =>
    line.forEach((format, c) => {
      if (format && format !== "General") numberFormats[address(grid.top + r, grid.left + c)] = format;
    }),
  );
  const values = grid.values.map((line) => line.map(specValue));
  for (const [at, formula] of grid.formulas ?? []) {
    const match = /^([A-Z]+)(\d+)$/.exec(at);
    if (match === null) continue;
    const r = Number(match[2]) - grid.top;
    const c = columnNumberOf(match[1]) - grid.left;
    if (values[r] === undefined || c < 0 || c >= values[r].length) continue;
    values[r][c] = `=${formula}`;
  }
  return {
    origin: address(grid.top, grid.left),
    values,
    merges: grid.merges.map(mergeAddress),
    numberFormats,
    visibility: VISIBILITY[state],
    valuesLeftOut: grid.valuesLeftOut === true,
  };
}

/** Reads an .xlsx file into simulator state; rejects with the reader's XlsxReadError (Vietnamese message). */
export async function workbookFromBytes(bytes: ArrayBuffer, fileName: string): Promise<WorkbookState> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/readWorkbook");
  const read = await readWorkbook(bytes, { fileName });
  const spec: Record<string, SheetSpec> = {};
  for (const sheet of read.sheets) spec[sheet.name] = sheetSpec(read.grid(sheet.name), sheet.state);
  const state = buildWorkbook(spec);
  const firstVisible = state.sheets.find((s) => s.visibility === "Visible");
  if (firstVisible) {
    state.activeSheetId = firstVisible.id;
    state.selection = { sheetId: firstVisible.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  return state;
}
