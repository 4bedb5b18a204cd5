/**
 * An .xlsx file's bytes → the simulator's workbook state, read in the page with src/xlsx's reader (ExcelJS
 * loaded lazily, on first use). Values arrive as the file's cached results: formulas become their values,
 * text stays text (never re-parsed as a number), error values stay errors, merges and number formats are
 * kept. The file goes nowhere.
 */
import { columnLetter, isErrorValue, type CellValue, type Grid, type MergedArea } from "../core/grid";
import { buildWorkbook, type SheetSpec, type WorkbookState } from "./simulator";
import type { SheetState as ReadSheetState } from "../xlsx/readWorkbook";

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

export function sheetSpec(grid: Grid, state: ReadSheetState): SheetSpec {
  const numberFormats: Record<string, string> = {};
  grid.numberFormats?.forEach((line, r) =>
    line.forEach((format, c) => {
      if (format && format !== "General") numberFormats[address(grid.top + r, grid.left + c)] = format;
    }),
  );
  return {
    origin: address(grid.top, grid.left),
    values: grid.values.map((line) => line.map(specValue)),
    merges: grid.merges.map(mergeAddress),
    numberFormats,
    visibility: VISIBILITY[state],
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
