/**
 * Excel.Range: address and position, cell values / formulas / number formats / value types (2-D,
 * size-checked, single values broadcast), format, conditional formats, merge, merged areas and select.
 * Also Excel.RangeAreas (merged areas, and getRanges' areas for multi-area conditional formats).
 */
import { sheetAddress } from "./address";
import { SimCollection, SimObject } from "./client-object";
import { SimConditionalFormatCollection } from "./conditional-formats";
import type { ExecEnv, SimContext } from "./context";
import { simError, sizeMismatchMessage } from "./errors";
import { jsonBytes } from "./payload";
import { assertEditable } from "./protection-rules";
import { Rect, cellCount, columnCount, intersects, isUnbounded, rowCount } from "./rect";
import { SimRangeFormat } from "./range-format";
import { effectiveNumberFormat, ensureCell, getCell, leftOf, sumWidths, topOf } from "./sheet-cells";
import { SheetState, cellKey, sheetById } from "./state";
import { readFormula, readValue, readValueType, storedFromInput } from "./values";

/** A range read or write larger than this fails like Excel's 5,000,000-cell read limit. */
const READ_CELL_LIMIT = 5_000_000;

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Resolver = (env: ExecEnv) => RangeTarget | null;

export class SimRange extends SimObject {
  protected readonly scalarNames = [
    "address",
    "left",
    "top",
    "width",
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
  ] as const;
  protected override readonly writableNames = ["values", "formulas", "numberFormat"] as const;
  private resolved: { sheetId: string; rect: Rect } | null | undefined;
  private formatObject: SimRangeFormat | undefined;
  private conditionalFormatsObject: SimConditionalFormatCollection | undefined;

  constructor(
    ctx: SimContext,
    private readonly resolver: Resolver,
    nullable = false,
  ) {
    super(ctx, "Range", nullable);
  }

  protected locate(env: ExecEnv): boolean {
    if (this.resolved === undefined) {
      const target = this.resolver(env);
      this.resolved = target ? { sheetId: target.sheet.id, rect: target.rect } : null;
    }
    if (this.resolved === null) {
      if (this.nullable) return false;
      throw simError("ItemNotFound", undefined, "Range");
    }
    return sheetById(env.state, this.resolved.sheetId) !== undefined;
  }

  /** @internal For its conditional formats: the sheet and the one rectangle. */
  cfTarget(env: ExecEnv): { sheet: SheetState; rects: readonly Rect[] } {
    const { sheet, rect } = this.target(env);
    return { sheet, rects: [rect] };
  }

  /** @internal The range's sheet and rectangle, resolved once (at its first use in a sync). */
  target(env: ExecEnv): RangeTarget {
    if (!this.locate(env)) throw simError("ItemNotFound", undefined, "Range");
    const { sheetId, rect } = this.resolved as { sheetId: string; rect: Rect };
    return { sheet: sheetById(env.state, sheetId) as SheetState, rect };
  }

  get format(): SimRangeFormat {
    this.formatObject ??= new SimRangeFormat(this.ctx, this);
    return this.formatObject;
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.conditionalFormatsObject ??= new SimConditionalFormatCollection(this.ctx, this);
    return this.conditionalFormatsObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get left(): number {
    return this.prop("left");
  }
  get top(): number {
    return this.prop("top");
  }
  get width(): number {
    return this.prop("width");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(value: unknown[][]) {
    this.assign("values", value);
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(value: unknown[][]) {
    this.assign("formulas", value);
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.assign("numberFormat", value);
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, rect } = this.target(env);
    switch (name) {
      case "address":
        return sheetAddress(sheet.name, rect);
      case "left":
        return leftOf(sheet, rect.left);
      case "top":
        return topOf(sheet, rect.top);
      case "width":
        return sumWidths(sheet, rect);
      default:
        return this.readCells(env, sheet, rect, name);
    }
  }

  /** Cell-level properties: null for whole rows / columns (as documented), a 2-D array otherwise. */
  private readCells(env: ExecEnv, sheet: SheetState, rect: Rect, name: string): unknown {
    if (isUnbounded(rect)) return null;
    if (cellCount(rect) > READ_CELL_LIMIT) throw simError("RangeExceedsLimit", undefined, `Range.${name}`);
    const rows: unknown[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line: unknown[] = [];
      for (let column = rect.left; column <= rect.right; column++) {
        const cell = getCell(sheet, row, column);
        if (name === "values") line.push(readValue(cell));
        else if (name === "formulas") line.push(readFormula(cell));
        else if (name === "valueTypes") line.push(readValueType(cell));
        else line.push(effectiveNumberFormat(sheet, row, column));
      }
      rows.push(line);
    }
    env.responseBytes += jsonBytes(rows);
    return rows;
  }

  protected override writeScalar(env: ExecEnv, name: string, input: unknown): void {
    const { sheet, rect } = this.target(env);
    const location = `Range.${name}`;
    if (isUnbounded(rect))
      throw simError(
        "InvalidArgument",
        "Cell-level properties cannot be set on an unbounded range.",
        location,
      );
    if (input === null || input === undefined) throw simError("InvalidArgument", undefined, location);
    const grid = Array.isArray(input) ? (input as unknown[]) : null;
    if (grid) {
      const ok =
        grid.length === rowCount(rect) &&
        grid.every((line) => Array.isArray(line) && line.length === columnCount(rect));
      if (!ok) throw simError("InvalidArgument", sizeMismatchMessage, location);
    }
    const at = (i: number, j: number): unknown => (grid ? (grid[i] as unknown[])[j] : input);
    const isFormat = name === "numberFormat";
    assertEditable(sheet, rect, isFormat ? "format" : "content", location);
    for (let i = 0; i < rowCount(rect); i++) {
      for (let j = 0; j < columnCount(rect); j++) {
        const row = rect.top + i;
        const column = rect.left + j;
        const raw = at(i, j);
        if (raw === null || raw === undefined) continue;
        if (isFormat) {
          if (typeof raw !== "string") throw simError("InvalidArgument", undefined, location);
          const cell = ensureCell(sheet, row, column);
          if (raw === "" || raw === "General") delete cell.numberFormat;
          else cell.numberFormat = raw;
          continue;
        }
        const stored = storedFromInput(
          raw,
          effectiveNumberFormat(sheet, row, column),
          name !== "values",
          location,
        );
        if (!stored) continue;
        const cell = ensureCell(sheet, row, column);
        cell.value = stored.value;
        if (stored.formula !== undefined) {
          cell.formula = stored.formula;
          const evaluate = env.core.options.evaluateFormula;
          cell.value = evaluate ? evaluate(stored.formula, sheet.name, row, column) : null;
        } else delete cell.formula;
        if (
          cell.value === null &&
          cell.formula === undefined &&
          !cell.style &&
          cell.numberFormat === undefined
        )
          sheet.cells.delete(cellKey(row, column));
      }
    }
  }

  /** Merged areas intersecting the range, or a null object when there are none. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this.ctx,
      (env) => {
        const { sheet, rect } = this.target(env);
        const areas = sheet.merges.filter((m) => intersects(m, rect));
        return areas.length > 0 ? { sheet, areas } : null;
      },
      true,
    );
  }

  /** Merges the range (or each of its rows when across); only the top-left value is kept, as Excel does. */
  merge(across?: boolean): void {
    this.queue("merge", { across: across === true }, (env) => {
      const { sheet, rect } = this.target(env);
      if (isUnbounded(rect)) throw simError("InvalidArgument", undefined, "Range.merge");
      assertEditable(sheet, rect, "format", "Range.merge");
      const areas: Rect[] = across
        ? Array.from({ length: rowCount(rect) }, (_, i) => ({
            ...rect,
            top: rect.top + i,
            bottom: rect.top + i,
          }))
        : [rect];
      for (const area of areas) {
        if (cellCount(area) < 2) continue;
        sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
        for (let row = area.top; row <= area.bottom; row++)
          for (let column = area.left; column <= area.right; column++) {
            if (row === area.top && column === area.left) continue;
            const cell = getCell(sheet, row, column);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        sheet.merges.push(area);
      }
    });
  }

  select(): void {
    this.queue("select", undefined, (env) => {
      const { sheet, rect } = this.target(env);
      if (sheet.visibility !== "Visible") throw simError("InvalidOperation", undefined, "Range.select");
      env.state.activeSheetId = sheet.id;
      env.state.selection = { sheetId: sheet.id, rect };
    });
  }
}

/** Excel.RangeAreas (getMergedAreasOrNullObject, Worksheet.getRanges): its areas and conditional formats. */
export class SimRangeAreas extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private resolved: { sheet: SheetState; areas: Rect[] } | null | undefined;
  private areasCollection: SimRangeCollection | undefined;
  private conditionalFormatsObject: SimConditionalFormatCollection | undefined;

  constructor(
    ctx: SimContext,
    private readonly resolver: (env: ExecEnv) => { sheet: SheetState; areas: Rect[] } | null,
    nullable = false,
  ) {
    super(ctx, "RangeAreas", nullable);
  }

  protected locate(env: ExecEnv): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver(env);
    if (this.resolved === null && !this.nullable) throw simError("ItemNotFound", undefined, "RangeAreas");
    return this.resolved !== null;
  }

  /** @internal */
  targets(env: ExecEnv): { sheet: SheetState; areas: Rect[] } {
    if (!this.locate(env)) throw simError("ItemNotFound", undefined, "RangeAreas");
    return this.resolved as { sheet: SheetState; areas: Rect[] };
  }

  /** @internal For its conditional formats: the sheet and the areas. */
  cfTarget(env: ExecEnv): { sheet: SheetState; rects: readonly Rect[] } {
    const { sheet, areas } = this.targets(env);
    return { sheet, rects: areas };
  }

  /** Conditional formats intersecting any of the areas; `add` makes one format over all of them. */
  get conditionalFormats(): SimConditionalFormatCollection {
    this.conditionalFormatsObject ??= new SimConditionalFormatCollection(this.ctx, this);
    return this.conditionalFormatsObject;
  }

  get areas(): SimRangeCollection {
    this.areasCollection ??= new SimRangeCollection(this.ctx, this);
    return this.areasCollection;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "conditionalFormats") return this.conditionalFormats;
    return name === "areas" ? this.areas : undefined;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

/** Excel.RangeCollection: the rectangles of a RangeAreas, as ranges. */
export class SimRangeCollection extends SimCollection<SimRange> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly owner: SimRangeAreas,
  ) {
    super(ctx, "RangeCollection");
  }

  protected itemKeys(env: ExecEnv): string[] {
    return this.owner.targets(env).areas.map((_, i) => String(i));
  }

  protected createItem(key: string): SimRange {
    return new SimRange(this.ctx, (env) => {
      const { sheet, areas } = this.owner.targets(env);
      return { sheet, rect: areas[Number(key)] };
    });
  }
}
