/**
 * Excel.WorksheetFreezePanes: freezeRows / freezeColumns / freezeAt, kept as the frozen row and column counts.
 */
import { parseAddress } from "./address";
import type { SimContext } from "./context";
import { simError } from "./errors";
import type { SimRange } from "./range";
import { MAX_COLUMNS, MAX_ROWS, Rect, isEntireColumn, isEntireRow } from "./rect";
import { SheetPart } from "./sheet-part";
import type { SimWorksheet } from "./worksheet";

export class SimFreezePanes extends SheetPart {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: SimContext, worksheet: SimWorksheet) {
    super(ctx, "WorksheetFreezePanes", worksheet);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  private setFreeze(method: string, rows: number, columns: number): void {
    this.queue(method, { rows, columns }, (env) => {
      const valid =
        [rows, columns].every((n) => Number.isInteger(n) && n >= 0) &&
        rows < MAX_ROWS &&
        columns < MAX_COLUMNS;
      if (!valid) throw simError("InvalidArgument", undefined, `WorksheetFreezePanes.${method}`);
      this.sheet(env).freeze = { rows, columns };
    });
  }

  /** Freezes the top `count` rows (default 1; 0 unfreezes). */
  freezeRows(count = 1): void {
    this.setFreeze("freezeRows", count, 0);
  }

  freezeColumns(count = 1): void {
    this.setFreeze("freezeColumns", 0, count);
  }

  /** Freezes the rows above and the columns left of the given range's bottom-right corner (its cells stay in the frozen pane). */
  freezeAt(frozenRange: SimRange | string): void {
    this.queue(
      "freezeAt",
      { frozenRange: typeof frozenRange === "string" ? frozenRange : "range" },
      (env) => {
        let rect: Rect;
        if (typeof frozenRange === "string") {
          const parsed = parseAddress(frozenRange);
          if (!parsed) throw simError("InvalidArgument", undefined, "WorksheetFreezePanes.freezeAt");
          rect = parsed.rect;
        } else rect = frozenRange.target(env).rect;
        const rows = isEntireColumn(rect) ? 0 : rect.bottom + 1;
        const columns = isEntireRow(rect) ? 0 : rect.right + 1;
        this.sheet(env).freeze = { rows, columns };
      },
    );
  }
}
