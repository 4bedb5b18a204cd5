/**
 * From a sheet's cells, read sparsely by any reader (ExcelJS for .xlsx, SheetJS for .xls), to the Grid
 * the core reads: dense only over the table region (region.ts), values far from it left out and listed,
 * a region beyond the stated size refused, formulas saved without results carried for the core's
 * formula pre-pass. One place, so both file formats give the same Grids and the same findings.
 */
import { columnLetter, type CellValue, type Grid, type MergedArea } from "../core/grid";
import { XlsxReadError } from "./errors";
import type { SheetRead } from "./readWorkbook";
import { tableRegion, type Region } from "./region";

const MAX_LISTED_UNCACHED = 100;
const MAX_LISTED_IGNORED = 100;

export class SparseSheet {
  private readonly rows: number[] = [];
  private readonly columns: number[] = [];
  private readonly values: CellValue[] = [];
  private readonly formats: string[] = [];
  private readonly uncached: string[] = [];
  private uncachedCount = 0;
  private readonly formulas = new Map<string, string>();

  constructor(readonly name: string) {}

  /** How many cells were added. */
  get size(): number {
    return this.values.length;
  }

  /** A cell holding a value (1-based row and column). */
  add(row: number, column: number, value: CellValue, format: string): void {
    this.rows.push(row);
    this.columns.push(column);
    this.values.push(value);
    this.formats.push(format);
  }

  /** A formula saved without its result: blank for now, its text kept for the formula pre-pass. */
  addUncachedFormula(row: number, column: number, address: string, formula: string, format: string): void {
    this.uncachedCount++;
    if (this.uncached.length < MAX_LISTED_UNCACHED) this.uncached.push(address);
    this.formulas.set(address, formula);
    this.add(row, column, null, format);
  }

  /** The Grid over the table region, with what was left out; merges in absolute sheet coordinates. */
  toSheetRead(
    allMerges: readonly MergedArea[],
    maxRegionCells: number,
    fileName: string | undefined,
  ): SheetRead {
    const { rows, columns, values, formats, formulas } = this;
    const region = tableRegion(rows, columns);
    if (region === null) {
      return {
        grid: { sheet: this.name, top: 1, left: 1, values: [], merges: [], numberFormats: [] },
        uncachedFormulas: this.uncached,
        uncachedFormulaCount: this.uncachedCount,
        ignoredCells: [],
        ignoredCellCount: 0,
      };
    }
    const { top, left, bottom, right } = region;
    const width = right - left + 1;
    const height = bottom - top + 1;
    if (width * height > maxRegionCells) {
      throw new XlsxReadError("region-too-large", fileName, {
        sheet: this.name,
        rows: height,
        columns: width,
        found: width * height,
        limit: maxRegionCells,
      });
    }
    const gridValues: CellValue[][] = [];
    const gridFormats: string[][] = [];
    for (let r = 0; r < height; r++) {
      gridValues.push(new Array<CellValue>(width).fill(null));
      gridFormats.push(new Array<string>(width).fill("General"));
    }
    const ignored: string[] = [];
    let ignoredCount = 0;
    for (let i = 0; i < values.length; i++) {
      if (!inside(region, rows[i], columns[i])) {
        ignoredCount++;
        const address = `${columnLetter(columns[i])}${rows[i]}`;
        if (ignored.length < MAX_LISTED_IGNORED) ignored.push(address);
        formulas.delete(address);
        continue;
      }
      gridValues[rows[i] - top][columns[i] - left] = values[i];
      gridFormats[rows[i] - top][columns[i] - left] = formats[i];
    }

    const merges = allMerges.filter((m) => intersects(m, region));
    merges.sort((a, b) => a.top - b.top || a.left - b.left);

    const grid: Grid = {
      sheet: this.name,
      top,
      left,
      values: gridValues,
      merges,
      numberFormats: gridFormats,
      // What the formula pre-pass needs to know; absent from sheets without formulas to compute.
      ...(formulas.size > 0 ? { formulas, ...(ignoredCount > 0 ? { valuesLeftOut: true } : {}) } : {}),
    };
    return {
      grid,
      uncachedFormulas: this.uncached,
      uncachedFormulaCount: this.uncachedCount,
      ignoredCells: ignored,
      ignoredCellCount: ignoredCount,
    };
  }
}

function inside(region: Region, row: number, column: number): boolean {
  return row >= region.top && row <= region.bottom && column >= region.left && column <= region.right;
}

function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
