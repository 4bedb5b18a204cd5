/**
 * A workbook the page opened: read by client.ts (in the worker when there is one), with what the reader
 * learnt about each sheet kept beside its Grid, so that the page adds the reader's warnings to the analysis
 * exactly as `cchc report` does (values far from the table, left out).
 */
import type { Grid } from "../core/grid";
import type { Problem } from "../core/problems";
import { sheetReadProblems } from "../xlsx/readProblems";
import type { ReadOptions, SheetInfo, SheetRead, WorkbookRead } from "../xlsx/readWorkbook";
import { readBook } from "./client";
import type { BookData, JobProgress } from "./jobs";

export interface OpenedBook {
  readonly fileName: string;
  readonly sheets: readonly SheetInfo[];
  readonly grids: readonly Grid[];
}

const readsByGrid = new WeakMap<Grid, SheetRead>();

function keep(data: BookData): Map<string, SheetRead> {
  const byName = new Map<string, SheetRead>();
  for (const read of data.reads) {
    readsByGrid.set(read.grid, read);
    byName.set(read.grid.sheet, read);
  }
  return byName;
}

export async function openBook(
  bytes: ArrayBuffer,
  fileName: string,
  progress?: (p: JobProgress) => void,
): Promise<OpenedBook> {
  const data = await readBook(bytes, fileName, progress);
  keep(data);
  return { fileName, sheets: data.sheets, grids: data.reads.map((r) => r.grid) };
}

/** The reader's warnings for these sheets of a workbook read here (none for grids read elsewhere). */
export function readProblemsOf(grids: readonly Grid[], sheets: readonly string[]): Problem[] {
  return sheets.flatMap((name) => {
    const grid = grids.find((g) => g.sheet === name);
    const read = grid !== undefined ? readsByGrid.get(grid) : undefined;
    return read !== undefined ? sheetReadProblems(read) : [];
  });
}

/**
 * src/xlsx/readWorkbook's readWorkbook as the pane's own file pickers call it (last year's file), answered
 * through client.ts: the standalone build puts this module in place of the reader for the pane's code
 * (webpack.config.js), so the pane's picker reads in the worker too.
 */
export async function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  const copy =
    bytes instanceof Uint8Array
      ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : bytes;
  const data = await readBook(copy, options.fileName ?? "");
  const byName = keep(data);
  const sheet = (name: string): SheetRead => {
    const read = byName.get(name);
    if (read === undefined) throw new RangeError(`No sheet named ${name}`);
    return read;
  };
  return { sheets: data.sheets, grid: (name) => sheet(name).grid, sheet };
}
