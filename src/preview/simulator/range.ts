/**
 * Excel.Range: address and geometry, cell values / formulas / number formats / text / value types (2-D,
 * size-checked, single values broadcast), navigation (getCell, getResizedRange, getOffsetRange, rows,
 * columns, entire rows / columns, bounding rect, intersection, used range), merges, clear and select.
 * Also Excel.RangeAreas for merged areas.
 */
import { sheetAddress } from "./address";
import { SimCollection, SimObject } from "./client-object";
import { SimConditionalFormatCollection } from "./conditional-formats";
import type { ExecEnv, SimContext } from "./context";
import { simError, sizeMismatchMessage } from "./errors";
import { jsonBytes } from "./payload";
import { assertEditable } from "./protection-rules";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  boundingRect,
  cellCount,
  columnCount,
  inSheet,
  intersection,
  intersects,
  isEntireColumn,
  isEntireRow,
  isUnbounded,
  rowCount,
} from "./rect";
import { SimRangeFormat } from "./range-format";
import {
  ClearKind,
  clearRange,
  effectiveNumberFormat,
  ensureCell,
  getCell,
  leftOf,
  sumHeights,
  sumWidths,
  topOf,
  usedRect,
} from "./sheet-cells";
import { SheetState, cellKey, sheetById } from "./state";
import { readFormula, readText, readValue, readValueType, storedFromInput } from "./values";
import { SimWorksheet } from "./worksheet";

/** A range read or write larger than this fails like Excel's 5,000,000-cell read limit. */
const READ_CELL_LIMIT = 5_000_000;

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Resolver = (env: ExecEnv) => RangeTarget | null;

const CELL_PROPERTIES = [
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "valueTypes",
];

export class SimRange extends SimObject {
  protected readonly scalarNames = [
    "address",
    "addressLocal",
    "cellCount",
    "columnCount",
    "rowCount",
    "columnIndex",
    "rowIndex",
    "isEntireColumn",
    "isEntireRow",
    "left",
    "top",
    "width",
    "height",
    ...CELL_PROPERTIES,
  ];
  protected override readonly writableNames = [
    "values",
    "formulas",
    "formulasLocal",
    "numberFormat",
    "numberFormatLocal",
  ];
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

  private derive(
    location: string,
    make: (t: RangeTarget, env: ExecEnv) => Rect | null,
    nullable = false,
  ): SimRange {
    return new SimRange(
      this.ctx,
      (env) => {
        const t = this.target(env);
        const rect = make(t, env);
        if (rect === null) return null;
        if (!inSheet(rect))
          throw simError(
            "InvalidArgument",
            "The resulting range is outside the worksheet.",
            `Range.${location}`,
          );
        return { sheet: t.sheet, rect };
      },
      nullable,
    );
  }

  get format(): SimRangeFormat {
    this.formatObject ??= new SimRangeFormat(this.ctx, this);
    return this.formatObject;
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.conditionalFormatsObject ??= new SimConditionalFormatCollection(this.ctx, this);
    return this.conditionalFormatsObject;
  }

  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, (env) => this.target(env).sheet, "Range.worksheet");
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected override navigationNames(): readonly string[] {
    return this.formatObject ? ["format"] : [];
  }

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this.prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.prop("isEntireRow");
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
  get height(): number {
    return this.prop("height");
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
  get formulasLocal(): unknown[][] {
    return this.prop("formulasLocal");
  }
  set formulasLocal(value: unknown[][]) {
    this.assign("formulasLocal", value);
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.assign("numberFormat", value);
  }
  get numberFormatLocal(): unknown[][] {
    return this.prop("numberFormatLocal");
  }
  set numberFormatLocal(value: unknown[][]) {
    this.assign("numberFormatLocal", value);
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, rect } = this.target(env);
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetAddress(sheet.name, rect);
      case "cellCount": {
        const n = cellCount(rect);
        return n > 2 ** 31 - 1 ? -1 : n;
      }
      case "columnCount":
        return columnCount(rect);
      case "rowCount":
        return rowCount(rect);
      case "columnIndex":
        return rect.left;
      case "rowIndex":
        return rect.top;
      case "isEntireColumn":
        return isEntireColumn(rect);
      case "isEntireRow":
        return isEntireRow(rect);
      case "left":
        return leftOf(sheet, rect.left);
      case "top":
        return topOf(sheet, rect.top);
      case "width":
        return sumWidths(sheet, rect);
      case "height":
        return sumHeights(sheet, rect);
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
        else if (name === "formulas" || name === "formulasLocal") line.push(readFormula(cell));
        else if (name === "valueTypes") line.push(readValueType(cell));
        else {
          const nf = effectiveNumberFormat(sheet, row, column);
          line.push(name === "text" ? readText(cell, nf) : nf);
        }
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
    const isFormat = name === "numberFormat" || name === "numberFormatLocal";
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

  getCell(row: number, column: number): SimRange {
    return this.derive("getCell", ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }

  getRow(row: number): SimRange {
    return this.derive("getRow", ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  getColumn(column: number): SimRange {
    return this.derive("getColumn", ({ rect }) => ({
      ...rect,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }

  getRowsAbove(count = 1): SimRange {
    return this.derive("getRowsAbove", ({ rect }) => ({
      ...rect,
      top: rect.top - count,
      bottom: rect.top - 1,
    }));
  }

  getRowsBelow(count = 1): SimRange {
    return this.derive("getRowsBelow", ({ rect }) => ({
      ...rect,
      top: rect.bottom + 1,
      bottom: rect.bottom + count,
    }));
  }

  getColumnsBefore(count = 1): SimRange {
    return this.derive("getColumnsBefore", ({ rect }) => ({
      ...rect,
      left: rect.left - count,
      right: rect.left - 1,
    }));
  }

  getColumnsAfter(count = 1): SimRange {
    return this.derive("getColumnsAfter", ({ rect }) => ({
      ...rect,
      left: rect.right + 1,
      right: rect.right + count,
    }));
  }

  getLastRow(): SimRange {
    return this.derive("getLastRow", ({ rect }) => ({ ...rect, top: rect.bottom }));
  }

  getLastColumn(): SimRange {
    return this.derive("getLastColumn", ({ rect }) => ({ ...rect, left: rect.right }));
  }

  getLastCell(): SimRange {
    return this.derive("getLastCell", ({ rect }) => ({
      top: rect.bottom,
      left: rect.right,
      bottom: rect.bottom,
      right: rect.right,
    }));
  }

  /** Grows or shrinks the range from its top-left cell; a size below one cell is InvalidArgument. */
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive("getResizedRange", ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.derive("getAbsoluteResizedRange", ({ rect }) => ({
      ...rect,
      bottom: rect.top + numRows - 1,
      right: rect.left + numColumns - 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive("getOffsetRange", ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }

  getEntireRow(): SimRange {
    return this.derive("getEntireRow", ({ rect }) => ({ ...rect, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): SimRange {
    return this.derive("getEntireColumn", ({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }

  private otherRect(env: ExecEnv, sheet: SheetState, other: SimRange | string, location: string): Rect {
    if (typeof other === "string") {
      const ws = new SimWorksheet(this.ctx, () => sheet, location);
      return ws.getRange(other).target(env).rect;
    }
    const t = other.target(env);
    if (t.sheet.id !== sheet.id)
      throw simError("InvalidArgument", "The ranges are on different worksheets.", location);
    return t.rect;
  }

  getBoundingRect(anotherRange: SimRange | string): SimRange {
    return this.derive("getBoundingRect", ({ sheet, rect }, env) =>
      boundingRect(rect, this.otherRect(env, sheet, anotherRange, "Range.getBoundingRect")),
    );
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    return this.derive("getIntersection", ({ sheet, rect }, env) => {
      const overlap = intersection(rect, this.otherRect(env, sheet, anotherRange, "Range.getIntersection"));
      if (!overlap) throw simError("ItemNotFound", "The ranges do not intersect.", "Range.getIntersection");
      return overlap;
    });
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this.derive(
      "getIntersectionOrNullObject",
      ({ sheet, rect }, env) =>
        intersection(rect, this.otherRect(env, sheet, anotherRange, "Range.getIntersectionOrNullObject")),
      true,
    );
  }

  /** The used part of this range; ItemNotFound when none of its cells is used. */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.derive("getUsedRange", ({ sheet, rect }) => {
      const used = usedRect(sheet, valuesOnly === true, rect);
      if (!used) throw simError("ItemNotFound", undefined, "Range.getUsedRange");
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      ({ sheet, rect }) => usedRect(sheet, valuesOnly === true, rect),
      true,
    );
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
      if (sheet.tables.some((t) => intersects(t.rect, rect)))
        throw simError("MergedRangeConflict", undefined, "Range.merge");
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

  unmerge(): void {
    this.queue("unmerge", undefined, (env) => {
      const { sheet, rect } = this.target(env);
      assertEditable(sheet, rect, "format", "Range.unmerge");
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  /** clear("All" | "Formats" | "Contents"), default All; removes merges with formats. */
  clear(applyTo?: string): void {
    const kind = (applyTo ?? "All") as ClearKind;
    this.queue("clear", { applyTo: kind }, (env) => {
      if (!["All", "Formats", "Contents"].includes(kind))
        throw simError("InvalidArgument", undefined, "Range.clear");
      const { sheet, rect } = this.target(env);
      assertEditable(sheet, rect, kind === "Formats" ? "format" : "content", "Range.clear");
      clearRange(sheet, rect, kind);
      if (kind !== "Contents") sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
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

/** Excel.RangeAreas (as returned by getMergedAreasOrNullObject): address, areaCount, cellCount, areas. */
export class SimRangeAreas extends SimObject {
  protected readonly scalarNames = ["address", "addressLocal", "areaCount", "cellCount"] as const;
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

  get address(): string {
    return this.prop("address");
  }
  get addressLocal(): string {
    return this.prop("addressLocal");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, areas } = this.targets(env);
    if (name === "areaCount") return areas.length;
    if (name === "cellCount") return areas.reduce((n, a) => n + cellCount(a), 0);
    return areas.map((a) => sheetAddress(sheet.name, a)).join(", ");
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
