/**
 * Excel.RangeFormat and its parts — RangeFill, RangeFont, RangeBorderCollection / RangeBorder — read
 * uniform-or-null over the range and written to every cell on sync; column widths and row heights in points,
 * autofitRows.
 */
import { autofitRows } from "./autofit";
import { BORDER_INDEXES, BorderIndex, LINE_STYLES, WEIGHTS, edgesOf, readEdges, writeEdges } from "./borders";
import { SimObject } from "./client-object";
import { normalizeColor } from "./colors";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { EditKind, assertEditable } from "./protection-rules";
import type { RangeTarget, SimRange } from "./range";
import { MAX_COLUMNS, MAX_ROWS, isEntireColumn, isEntireRow } from "./rect";
import { applyStyle, columnWidth, rowHeight, uniform } from "./sheet-cells";
import { DEFAULTS, Style } from "./state";

/** A part of a range's format: located through the range, reading and writing style keys. */
abstract class RangePart extends SimObject {
  constructor(
    ctx: SimContext,
    entity: string,
    protected readonly range: SimRange,
  ) {
    super(ctx, entity);
  }

  protected locate(env: ExecEnv): boolean {
    this.range.target(env);
    return true;
  }

  protected target(env: ExecEnv): RangeTarget {
    return this.range.target(env);
  }

  /** Reads a style key uniformly over the range (null when the cells differ). */
  protected readStyle<T>(env: ExecEnv, read: (style: Style) => T): T | null {
    const { sheet, rect } = this.target(env);
    return uniform(sheet, rect, (style) => read(style));
  }

  protected writeStyle(
    env: ExecEnv,
    location: string,
    change: (style: Style) => void,
    kind: EditKind = "format",
  ): void {
    const { sheet, rect } = this.target(env);
    assertEditable(sheet, rect, kind, location);
    applyStyle(sheet, rect, change);
  }
}

function oneOf(value: unknown, allowed: readonly string[], location: string): string {
  if (typeof value !== "string" || !allowed.includes(value))
    throw simError("InvalidArgument", undefined, location);
  return value;
}

function bool(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw simError("InvalidArgument", undefined, location);
  return value;
}

function num(value: unknown, min: number, max: number, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max)
    throw simError("InvalidArgument", undefined, location);
  return value;
}

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

export class SimRangeFill extends RangePart {
  protected readonly scalarNames = ["color"] as const;
  protected override readonly writableNames = ["color"] as const;

  constructor(ctx: SimContext, range: SimRange) {
    super(ctx, "RangeFill", range);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.readStyle(env, (s) => s.fillColor ?? DEFAULTS.fillColor);
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    const color = normalizeColor(value, "RangeFill.color");
    this.writeStyle(env, "RangeFill.color", (s) => {
      s.fillColor = color;
      s.fillPattern = "Solid";
    });
  }
}

const FONT_KEYS: Record<string, keyof Style> = {
  name: "fontName",
  size: "fontSize",
  bold: "fontBold",
  italic: "fontItalic",
  color: "fontColor",
  underline: "fontUnderline",
};

const FONT_DEFAULTS: Record<string, unknown> = {
  name: DEFAULTS.fontName,
  size: DEFAULTS.fontSize,
  bold: false,
  italic: false,
  color: DEFAULTS.fontColor,
  underline: "None",
};

export class SimRangeFont extends RangePart {
  protected readonly scalarNames = ["name", "size", "bold", "italic", "color", "underline"] as const;
  protected override readonly writableNames = [
    "name",
    "size",
    "bold",
    "italic",
    "color",
    "underline",
  ] as const;

  constructor(ctx: SimContext, range: SimRange) {
    super(ctx, "RangeFont", range);
  }

  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.assign("name", value);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(value: number) {
    this.assign("size", value);
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(value: boolean) {
    this.assign("bold", value);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(value: boolean) {
    this.assign("italic", value);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }
  get underline(): string {
    return this.prop("underline");
  }
  set underline(value: string) {
    this.assign("underline", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const key = FONT_KEYS[name];
    return this.readStyle(env, (s) => s[key] ?? FONT_DEFAULTS[name]);
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `RangeFont.${name}`;
    let stored: unknown;
    if (name === "name") {
      if (typeof value !== "string" || value.length === 0 || value.length > 31)
        throw simError("InvalidArgument", undefined, location);
      stored = value;
    } else if (name === "size") stored = num(value, 1, 409, location);
    else if (name === "color") stored = normalizeColor(value, location);
    else if (name === "underline") stored = oneOf(value, UNDERLINE, location);
    else stored = bool(value, location);
    const key = FONT_KEYS[name];
    this.writeStyle(env, location, (s) => {
      (s as Record<string, unknown>)[key] = stored;
    });
  }
}

export class SimRangeBorder extends RangePart {
  protected readonly scalarNames = ["style", "color", "weight"] as const;
  protected override readonly writableNames = ["style", "color", "weight"] as const;

  constructor(
    ctx: SimContext,
    range: SimRange,
    private readonly index: BorderIndex,
  ) {
    super(ctx, "RangeBorder", range);
  }

  get style(): string {
    return this.prop("style");
  }
  set style(value: string) {
    this.assign("style", value);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }
  get weight(): string {
    return this.prop("weight");
  }
  set weight(value: string) {
    this.assign("weight", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, rect } = this.target(env);
    const edges = edgesOf(sheet, rect, this.index, `RangeBorder.${name}`);
    if (name === "style") return readEdges(edges, "style", "None");
    if (name === "color") return readEdges(edges, "color", "#000000");
    return readEdges(edges, "weight", "Thin");
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `RangeBorder.${name}`;
    const { sheet, rect } = this.target(env);
    assertEditable(sheet, rect, "format", location);
    const text =
      name === "style"
        ? oneOf(value, LINE_STYLES, location)
        : name === "weight"
          ? oneOf(value, WEIGHTS, location)
          : normalizeColor(value, location);
    writeEdges(edgesOf(sheet, rect, this.index, location), name as "style" | "color" | "weight", text);
  }
}

/** RangeBorderCollection: the border of one side (getItem), kept per index. */
export class SimRangeBorderCollection extends RangePart {
  protected readonly scalarNames: readonly string[] = [];
  private readonly items = new Map<BorderIndex, SimRangeBorder>();

  constructor(ctx: SimContext, range: SimRange) {
    super(ctx, "RangeBorderCollection", range);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItem(index: string): SimRangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index))
      throw simError("InvalidArgument", undefined, "RangeBorderCollection.getItem");
    const key = index as BorderIndex;
    let item = this.items.get(key);
    if (!item) {
      item = new SimRangeBorder(this.ctx, this.range, key);
      this.items.set(key, item);
    }
    return item;
  }
}

export class SimRangeFormat extends RangePart {
  protected readonly scalarNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;
  protected override readonly writableNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;
  private readonly parts: {
    fill?: SimRangeFill;
    font?: SimRangeFont;
    borders?: SimRangeBorderCollection;
  } = {};

  constructor(ctx: SimContext, range: SimRange) {
    super(ctx, "RangeFormat", range);
  }

  get fill(): SimRangeFill {
    return (this.parts.fill ??= new SimRangeFill(this.ctx, this.range));
  }
  get font(): SimRangeFont {
    return (this.parts.font ??= new SimRangeFont(this.ctx, this.range));
  }
  get borders(): SimRangeBorderCollection {
    return (this.parts.borders ??= new SimRangeBorderCollection(this.ctx, this.range));
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "fill" || name === "font" || name === "borders") return this[name];
    return undefined;
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(value: number) {
    this.assign("columnWidth", value);
  }
  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(value: number) {
    this.assign("rowHeight", value);
  }
  get horizontalAlignment(): string {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.assign("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.assign("verticalAlignment", value);
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(value: boolean) {
    this.assign("wrapText", value);
  }

  autofitRows(): void {
    this.queue("autofitRows", undefined, (env) => {
      const { sheet, rect } = this.target(env);
      assertEditable(sheet, rect, "rows", "RangeFormat.autofitRows");
      autofitRows(sheet, rect);
    });
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, rect } = this.target(env);
    switch (name) {
      case "columnWidth": {
        const right = isEntireRow(rect) ? MAX_COLUMNS - 1 : rect.right;
        const first = columnWidth(sheet, rect.left);
        for (let c = rect.left + 1; c <= right; c++) if (columnWidth(sheet, c) !== first) return null;
        return first;
      }
      case "rowHeight": {
        const bottom = isEntireColumn(rect) ? MAX_ROWS - 1 : rect.bottom;
        const first = rowHeight(sheet, rect.top);
        if (isEntireColumn(rect))
          return [...sheet.rowHeights.values()].every((h) => h === first) ? first : null;
        for (let r = rect.top + 1; r <= bottom; r++) if (rowHeight(sheet, r) !== first) return null;
        return first;
      }
      case "horizontalAlignment":
        return this.readStyle(env, (s) => s.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return this.readStyle(env, (s) => s.verticalAlignment ?? "Bottom");
      default:
        return this.readStyle(env, (s) => s.wrapText ?? false);
    }
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `RangeFormat.${name}`;
    const { sheet, rect } = this.target(env);
    if (name === "columnWidth") {
      const width = num(value, 0, 1_800, location);
      assertEditable(sheet, rect, "columns", location);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, width);
      return;
    }
    if (name === "rowHeight") {
      const height = num(value, 0, 409, location);
      assertEditable(sheet, rect, "rows", location);
      if (isEntireColumn(rect))
        throw simError("NotImplemented", "The simulator does not set the height of every row.", location);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, height);
      return;
    }
    let change: (s: Style) => void;
    if (name === "horizontalAlignment") {
      const v = oneOf(value, H_ALIGN, location);
      change = (s) => (s.horizontalAlignment = v);
    } else if (name === "verticalAlignment") {
      const v = oneOf(value, V_ALIGN, location);
      change = (s) => (s.verticalAlignment = v);
    } else {
      const v = bool(value, location);
      change = (s) => (s.wrapText = v);
    }
    this.writeStyle(env, location, change);
  }
}
