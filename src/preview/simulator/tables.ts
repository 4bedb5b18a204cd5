/**
 * Tables kept as data: TableCollection.add(address, hasHeaders) on a worksheet or the workbook, names unique in
 * the workbook, getItem / getItemOrNullObject, and a table's range, header row and data body. Tables may not
 * overlap merged cells or other tables.
 */
import { parseAddress } from "./address";
import { SimCollection, SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import { SimRange } from "./range";
import { Rect, intersects, isUnbounded } from "./rect";
import { ensureCell, getCell } from "./sheet-cells";
import { SheetState, TableState, WorkbookState, findSheet, newId } from "./state";
import type { SimWorksheet } from "./worksheet";

function allTables(state: WorkbookState): Array<{ sheet: SheetState; table: TableState }> {
  return state.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

class TableRef {
  id: string | undefined;
  key: string | undefined;

  find(env: ExecEnv): { sheet: SheetState; table: TableState } | undefined {
    const found = allTables(env.state).find(({ table }) =>
      this.id !== undefined
        ? table.id === this.id
        : table.name.toLowerCase() === this.key?.toLowerCase() || table.id === this.key,
    );
    if (found) this.id = found.table.id;
    return found;
  }
}

export class SimTableCollection extends SimCollection<SimTable> {
  protected readonly scalarNames = ["count"] as const;

  constructor(
    ctx: SimContext,
    /** The sheet whose tables these are; undefined for Workbook.tables. */
    private readonly worksheet: SimWorksheet | undefined,
  ) {
    super(ctx, "TableCollection");
  }

  get count(): number {
    return this.collectionProp("count");
  }

  protected itemKeys(env: ExecEnv): string[] {
    if (this.worksheet) return this.worksheet.sheet(env).tables.map((t) => t.id);
    return allTables(env.state).map(({ table }) => table.id);
  }

  protected createItem(key: string): SimTable {
    const ref = new TableRef();
    ref.id = key;
    return new SimTable(this.ctx, ref);
  }

  /** Creates a table over the range; with hasHeaders the first row holds the headers. */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    const ref = new TableRef();
    this.queue("add", { address: typeof address === "string" ? address : "range", hasHeaders }, (env) => {
      let sheet: SheetState;
      let rect: Rect;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        if (!parsed) throw simError("InvalidArgument", undefined, "TableCollection.add");
        const named = parsed.sheet !== undefined ? findSheet(env.state, parsed.sheet) : undefined;
        if (parsed.sheet !== undefined && !named)
          throw simError("ItemNotFound", undefined, "TableCollection.add");
        const fallback = this.worksheet
          ? this.worksheet.sheet(env)
          : findSheet(env.state, env.state.activeSheetId);
        sheet = named ?? (fallback as SheetState);
        rect = parsed.rect;
      } else ({ sheet, rect } = address.target(env));
      if (isUnbounded(rect)) throw simError("InvalidArgument", undefined, "TableCollection.add");
      assertEditable(sheet, rect, "structure", "TableCollection.add");
      if (sheet.merges.some((m) => intersects(m, rect)) || sheet.tables.some((t) => intersects(t.rect, rect)))
        throw simError("MergedRangeConflict", undefined, "TableCollection.add");
      const count = allTables(env.state).length;
      let n = count + 1;
      while (allTables(env.state).some(({ table }) => table.name === `Table${n}`)) n++;
      let tableRect = rect;
      if (!hasHeaders) {
        if (rect.top === 0) throw simError("InvalidArgument", undefined, "TableCollection.add");
        tableRect = { ...rect, top: rect.top - 1 };
        for (let c = rect.left; c <= rect.right; c++) {
          const above = getCell(sheet, rect.top - 1, c);
          if (above && above.value !== null)
            throw simError(
              "InvalidOperation",
              "The row above the range is not empty.",
              "TableCollection.add",
            );
          ensureCell(sheet, rect.top - 1, c).value = `Column${c - rect.left + 1}`;
        }
      }
      const table: TableState = {
        id: newId(env.state),
        name: `Table${n}`,
        rect: tableRect,
        hasHeaders: true,
        style: "TableStyleMedium2",
      };
      sheet.tables.push(table);
      ref.id = table.id;
    });
    return new SimTable(this.ctx, ref);
  }

  getItem(key: string): SimTable {
    const ref = new TableRef();
    ref.key = key;
    return new SimTable(this.ctx, ref);
  }

  getItemOrNullObject(key: string): SimTable {
    const ref = new TableRef();
    ref.key = key;
    return new SimTable(this.ctx, ref, true);
  }
}

export class SimTable extends SimObject {
  protected readonly scalarNames = ["id", "name", "style", "showHeaders"] as const;
  protected override readonly writableNames = ["name", "style"] as const;

  constructor(
    ctx: SimContext,
    private readonly ref: TableRef,
    nullable = false,
  ) {
    super(ctx, "Table", nullable);
  }

  private found(env: ExecEnv, location: string): { sheet: SheetState; table: TableState } {
    const found = this.ref.find(env);
    if (!found) throw simError("ItemNotFound", undefined, location);
    return found;
  }

  protected locate(env: ExecEnv): boolean {
    if (this.ref.find(env)) return true;
    if (this.nullable) return false;
    throw simError("ItemNotFound", undefined, "TableCollection.getItem");
  }

  get id(): string {
    return this.prop("id");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.assign("name", value);
  }
  get style(): string {
    return this.prop("style");
  }
  set style(value: string) {
    this.assign("style", value);
  }
  get showHeaders(): boolean {
    return this.prop("showHeaders");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { table } = this.found(env, `Table.${name}`);
    if (name === "showHeaders") return table.hasHeaders;
    return table[name as "id" | "name" | "style"];
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const { table } = this.found(env, `Table.${name}`);
    if (typeof value !== "string" || value.length === 0)
      throw simError("InvalidArgument", undefined, `Table.${name}`);
    if (name === "name") {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value))
        throw simError("InvalidArgument", undefined, "Table.name");
      if (
        allTables(env.state).some(
          ({ table: t }) => t.id !== table.id && t.name.toLowerCase() === value.toLowerCase(),
        )
      )
        throw simError("ItemAlreadyExists", undefined, "Table.name");
      table.name = value;
    } else table.style = value;
  }

  private part(location: string, pick: (table: TableState) => Rect | null): SimRange {
    return new SimRange(this.ctx, (env) => {
      const { sheet, table } = this.found(env, location);
      const rect = pick(table);
      if (!rect) throw simError("ItemNotFound", undefined, location);
      return { sheet, rect };
    });
  }

  getRange(): SimRange {
    return this.part("Table.getRange", (t) => t.rect);
  }

  getHeaderRowRange(): SimRange {
    return this.part("Table.getHeaderRowRange", (t) => ({ ...t.rect, bottom: t.rect.top }));
  }

  getDataBodyRange(): SimRange {
    return this.part("Table.getDataBodyRange", (t) =>
      t.rect.bottom > t.rect.top ? { ...t.rect, top: t.rect.top + 1 } : null,
    );
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const { sheet, table } = this.found(env, "Table.delete");
      sheet.tables.splice(sheet.tables.indexOf(table), 1);
    });
  }
}

export type { SimObject };
