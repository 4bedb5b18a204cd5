/**
 * Reading large sheets in row chunks: Excel on the web answers at most 5 MB per request and every platform
 * refuses a get of more than five million cells (Microsoft Learn, "Excel JavaScript API performance
 * optimization": "Excel on the web limits requests and responses to 5 MB … a range is limited to five million
 * cells for get operations"; past the cell limit Range.values may even come back null instead of an error,
 * office-js-docs-pr#5821). The pieces are sized by an estimate of a cell's share of the response and packed
 * into requests under the budget; a request Excel still refuses as too large is retried with half the budget,
 * and a single row too large for Excel ends in a clear error naming the sheet. Only the large path uses this:
 * a workbook that fits is read in one request (readWorkbook).
 */
import type { Area } from "../core/plan";
import { areaAddress } from "./addresses";
import { ExcelAdapterError, richApiCode } from "./errors";

/** Estimated bytes one cell adds to a response (value, type, number format and the JSON around them). */
export const BYTES_PER_CELL = 48;
/** Excel's limit of cells in one get operation. */
export const READ_CELL_LIMIT = 5_000_000;

/** A sheet's cells as loaded: values, types and number formats, or formulas only (report sheets). */
export interface CellBlock {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
  readonly numberFormat: unknown[][];
  readonly formulas: unknown[][];
}

export interface ChunkTarget {
  readonly name: string;
  /** 0-based used area. */
  readonly area: Area;
  readonly formulasOnly: boolean;
  readonly withFormulas: boolean;
}

/** Errors that mean "this answer is too large for Excel", which smaller pieces avoid. */
export function tooLargeToRead(error: unknown): boolean {
  const code = richApiCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
}

interface Piece {
  readonly target: ChunkTarget;
  readonly top: number;
  readonly rows: number;
}

function cellBytes(target: ChunkTarget): number {
  if (target.formulasOnly) return BYTES_PER_CELL / 2;
  return target.withFormulas ? BYTES_PER_CELL * 1.5 : BYTES_PER_CELL;
}

function columns(target: ChunkTarget): number {
  return target.area.right - target.area.left + 1;
}

/** Row pieces of at most `budget` estimated bytes (and far under the cell limit), one row at least. */
function cut(target: ChunkTarget, top: number, bottom: number, budget: number): Piece[] {
  const perRow = columns(target) * cellBytes(target);
  const rows = Math.max(
    1,
    Math.min(Math.floor(budget / perRow), Math.floor(READ_CELL_LIMIT / 4 / columns(target))),
  );
  const pieces: Piece[] = [];
  for (let r = top; r <= bottom; r += rows)
    pieces.push({ target, top: r, rows: Math.min(rows, bottom - r + 1) });
  return pieces;
}

const bytesOf = (piece: Piece): number => piece.rows * columns(piece.target) * cellBytes(piece.target);

/**
 * Reads the targets' cells in as few requests as the budget allows; returns each sheet's cells and the syncs
 * made. Throws an ExcelAdapterError ("readTooLarge") when one row alone is more than Excel will answer.
 */
export async function readRowChunks(
  context: Excel.RequestContext,
  targets: readonly ChunkTarget[],
  budgetBytes: number,
): Promise<{ blocks: Map<string, CellBlock>; syncs: number }> {
  let budget = budgetBytes;
  let pending: Piece[] = targets.flatMap((t) => cut(t, t.area.top, t.area.bottom, budget));
  const done = new Map<string, Map<number, CellBlock>>();
  let syncs = 0;
  while (pending.length > 0) {
    const batch: Piece[] = [];
    let bytes = 0;
    while (pending.length > 0 && (batch.length === 0 || bytes + bytesOf(pending[0]) <= budget)) {
      const piece = pending.shift() as Piece;
      batch.push(piece);
      bytes += bytesOf(piece);
    }
    const ranges = batch.map((piece) => {
      const { target } = piece;
      const range = context.workbook.worksheets
        .getItem(target.name)
        .getRange(areaAddress({ ...target.area, top: piece.top, bottom: piece.top + piece.rows - 1 }));
      if (target.formulasOnly) range.load("formulas");
      else if (target.withFormulas) range.load("values,valueTypes,numberFormat,formulas");
      else range.load("values,valueTypes,numberFormat");
      return range;
    });
    try {
      // One request per batch: the large path exists to spread a read over requests.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      if (!tooLargeToRead(error)) throw error;
      const single = batch.length === 1 && batch[0].rows === 1;
      if (single)
        throw new ExcelAdapterError("readTooLarge", "dataUnchanged", { sheet: batch[0].target.name }, error);
      // Smaller requests: half the budget, the refused pieces cut again to fit it.
      budget = Math.max(1, Math.floor(budget / 2));
      pending = [...batch.flatMap((p) => cut(p.target, p.top, p.top + p.rows - 1, budget)), ...pending];
      continue;
    }
    batch.forEach((piece, i) => {
      const range = ranges[i];
      const formulasOnly = piece.target.formulasOnly;
      const block: CellBlock = {
        values: formulasOnly ? [] : range.values,
        valueTypes: formulasOnly ? [] : (range.valueTypes as string[][]),
        numberFormat: formulasOnly ? [] : range.numberFormat,
        formulas: formulasOnly || piece.target.withFormulas ? range.formulas : [],
      };
      const sheet = done.get(piece.target.name) ?? new Map<number, CellBlock>();
      sheet.set(piece.top, block);
      done.set(piece.target.name, sheet);
    });
  }
  const blocks = new Map<string, CellBlock>();
  for (const [name, pieces] of done) {
    const ordered = [...pieces.entries()].sort((a, b) => a[0] - b[0]).map(([, block]) => block);
    blocks.set(name, {
      values: ordered.flatMap((b) => b.values),
      valueTypes: ordered.flatMap((b) => b.valueTypes),
      numberFormat: ordered.flatMap((b) => b.numberFormat),
      formulas: ordered.flatMap((b) => b.formulas),
    });
  }
  return { blocks, syncs };
}
