/**
 * Conditional formats kept as data: Range.conditionalFormats (the formats intersecting the range, in priority
 * order), add(type) at top priority, clearAll() (removes the range from every format's area), getCount, items;
 * CellValue / Custom / ContainsText / TopBottom / PresetCriteria rules with their fill, font, borders and
 * number format. Nothing is evaluated.
 */
import { SimCollection, SimObject } from "./client-object";
import { normalizeColor } from "./colors";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import { Rect, intersects, subtract } from "./rect";
import { ConditionalFormatFormat, ConditionalFormatState, SheetState, newId } from "./state";

/** What a ConditionalFormatCollection belongs to: a range, or the areas of a RangeAreas (ExcelApi 1.9). */
export interface CfOwner {
  /** @internal The owner's sheet and rectangles, resolved during a sync. */
  cfTarget(env: ExecEnv): { sheet: SheetState; rects: readonly Rect[] };
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** Where a conditional format proxy finds its state: by id, once `add` has run or an item was listed. */
class CfRef {
  id: string | undefined;
  constructor(readonly owner: CfOwner) {}

  find(env: ExecEnv): { sheet: SheetState; cf: ConditionalFormatState } | undefined {
    const { sheet } = this.owner.cfTarget(env);
    const cf = sheet.conditionalFormats.find((c) => c.id === this.id);
    return cf ? { sheet, cf } : undefined;
  }

  get(env: ExecEnv, location: string): { sheet: SheetState; cf: ConditionalFormatState } {
    const found = this.find(env);
    if (!found) throw simError("ItemNotFound", undefined, location);
    return found;
  }
}

/** The rule / format parts of one type: using them on a format of another type fails with InvalidOperation. */
class TypedCfRef extends CfRef {
  constructor(
    private readonly base: CfRef,
    private readonly type: string,
  ) {
    super(base.owner);
  }

  override find(env: ExecEnv): { sheet: SheetState; cf: ConditionalFormatState } | undefined {
    const found = this.base.find(env);
    if (found && found.cf.type !== this.type)
      throw simError(
        "InvalidOperation",
        `The conditional format is not of type ${this.type}.`,
        "ConditionalFormat",
      );
    return found;
  }
}

export class SimConditionalFormatCollection extends SimCollection<SimConditionalFormat> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly range: CfOwner,
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  protected override locate(env: ExecEnv): boolean {
    this.range.cfTarget(env);
    return true;
  }

  protected itemKeys(env: ExecEnv): string[] {
    const { sheet, rects } = this.range.cfTarget(env);
    return sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => rects.some((rect) => intersects(r, rect))))
      .map((cf) => cf.id);
  }

  protected createItem(key: string): SimConditionalFormat {
    const ref = new CfRef(this.range);
    ref.id = key;
    return new SimConditionalFormat(this.ctx, ref);
  }

  /** Adds a format over this range (or these areas) at the first (top) priority. */
  add(type: string): SimConditionalFormat {
    const ref = new CfRef(this.range);
    this.queue("add", { type }, (env) => {
      if (!TYPES.includes(type))
        throw simError("InvalidArgument", undefined, "ConditionalFormatCollection.add");
      const { sheet, rects } = this.range.cfTarget(env);
      for (const rect of rects) assertEditable(sheet, rect, "format", "ConditionalFormatCollection.add");
      const cf: ConditionalFormatState = {
        id: newId(env.state),
        type,
        ranges: rects.map((r) => ({ ...r })),
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      sheet.conditionalFormats.unshift(cf);
      ref.id = cf.id;
    });
    return new SimConditionalFormat(this.ctx, ref);
  }

  /** Removes this range from every conditional format (formats left with no cells disappear). */
  clearAll(): void {
    this.queue("clearAll", undefined, (env) => {
      const { sheet, rects } = this.range.cfTarget(env);
      for (const rect of rects) {
        assertEditable(sheet, rect, "format", "ConditionalFormatCollection.clearAll");
        for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.flatMap((r) => subtract(r, rect));
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    });
  }

  getItem(id: string): SimConditionalFormat {
    return this.createItem(id);
  }

  getItemOrNullObject(id: string): SimConditionalFormat {
    const ref = new CfRef(this.range);
    ref.id = id;
    return new SimConditionalFormat(this.ctx, ref, true);
  }

  getItemAt(index: number): SimConditionalFormat {
    const ref = new CfRef(this.range);
    const format = new SimConditionalFormat(this.ctx, ref);
    this.ctx.enqueue({
      kind: "resolve",
      location: "ConditionalFormatCollection.getItemAt",
      run: (env) => {
        const key = this.itemKeys(env)[index];
        if (key === undefined)
          throw simError("ItemNotFound", undefined, "ConditionalFormatCollection.getItemAt");
        ref.id = key;
      },
    });
    return format;
  }
}

export class SimConditionalFormat extends SimObject {
  protected readonly scalarNames = ["id", "type", "priority", "stopIfTrue"] as const;
  protected override readonly writableNames = ["priority", "stopIfTrue"] as const;
  private readonly parts = new Map<string, SimObject>();

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
    nullable = false,
  ) {
    super(ctx, "ConditionalFormat", nullable);
  }

  protected locate(env: ExecEnv): boolean {
    if (this.ref.find(env)) return true;
    if (this.nullable) return false;
    throw simError("ItemNotFound", undefined, "ConditionalFormat");
  }

  get id(): string {
    return this.prop("id");
  }
  get type(): string {
    return this.prop("type");
  }
  get priority(): number {
    return this.prop("priority");
  }
  set priority(value: number) {
    this.assign("priority", value);
  }
  get stopIfTrue(): boolean {
    return this.prop("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.assign("stopIfTrue", value);
  }

  private part(
    name: string,
    type: string,
    kind: "rule-object" | "rule-scalar",
    nullable = false,
  ): SimRuleFormat {
    const key = `${name}${nullable ? "OrNullObject" : ""}`;
    if (!this.parts.has(key))
      this.parts.set(key, new SimRuleFormat(this.ctx, this.ref, type, kind, nullable));
    return this.parts.get(key) as SimRuleFormat;
  }

  get cellValue(): SimRuleFormat {
    return this.part("cellValue", "CellValue", "rule-scalar");
  }
  get cellValueOrNullObject(): SimRuleFormat {
    return this.part("cellValue", "CellValue", "rule-scalar", true);
  }
  get custom(): SimRuleFormat {
    return this.part("custom", "Custom", "rule-object");
  }
  get customOrNullObject(): SimRuleFormat {
    return this.part("custom", "Custom", "rule-object", true);
  }
  get textComparison(): SimRuleFormat {
    return this.part("textComparison", "ContainsText", "rule-scalar");
  }
  get topBottom(): SimRuleFormat {
    return this.part("topBottom", "TopBottom", "rule-scalar");
  }
  get preset(): SimRuleFormat {
    return this.part("preset", "PresetCriteria", "rule-scalar");
  }

  protected override navigation(name: string): SimObject | undefined {
    if (
      [
        "cellValue",
        "custom",
        "textComparison",
        "topBottom",
        "preset",
        "cellValueOrNullObject",
        "customOrNullObject",
      ].includes(name)
    )
      return Reflect.get(this, name) as SimObject;
    return undefined;
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { sheet, cf } = this.ref.get(env, `ConditionalFormat.${name}`);
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return sheet.conditionalFormats.indexOf(cf);
    return ["DataBar", "ColorScale", "IconSet"].includes(cf.type) ? null : cf.stopIfTrue;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const { sheet, cf } = this.ref.get(env, `ConditionalFormat.${name}`);
    if (name === "stopIfTrue") {
      if (typeof value !== "boolean")
        throw simError("InvalidArgument", undefined, "ConditionalFormat.stopIfTrue");
      cf.stopIfTrue = value;
      return;
    }
    if (typeof value !== "number" || !Number.isInteger(value))
      throw simError("InvalidArgument", undefined, "ConditionalFormat.priority");
    const list = sheet.conditionalFormats;
    list.splice(list.indexOf(cf), 1);
    const target = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
    list.splice(target, 0, cf);
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const { sheet, cf } = this.ref.get(env, "ConditionalFormat.delete");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

/** CellValueConditionalFormat, CustomConditionalFormat, TextConditionalFormat, …: a rule and a format. */
export class SimRuleFormat extends SimObject {
  protected readonly scalarNames: readonly string[];
  protected override readonly writableNames: readonly string[];
  private formatObject: SimConditionalRangeFormat | undefined;
  private ruleObject: SimConditionalFormatRule | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
    private readonly type: string,
    private readonly kind: "rule-object" | "rule-scalar",
    nullable: boolean,
  ) {
    super(ctx, "ConditionalFormatRule", nullable);
    this.scalarNames = kind === "rule-scalar" ? ["rule"] : [];
    this.writableNames = kind === "rule-scalar" ? ["rule"] : [];
  }

  protected locate(env: ExecEnv): boolean {
    const found = this.ref.find(env);
    if (found && found.cf.type === this.type) return true;
    if (this.nullable) return false;
    throw simError(
      "InvalidOperation",
      `The conditional format is not of type ${this.type}.`,
      "ConditionalFormat",
    );
  }

  get format(): SimConditionalRangeFormat {
    this.formatObject ??= new SimConditionalRangeFormat(this.ctx, new TypedCfRef(this.ref, this.type));
    return this.formatObject;
  }

  /** CellValue and similar types: a plain object; Custom: an object with `formula`. */
  get rule(): unknown {
    if (this.kind === "rule-object") {
      this.ruleObject ??= new SimConditionalFormatRule(this.ctx, new TypedCfRef(this.ref, this.type));
      return this.ruleObject;
    }
    return this.prop("rule");
  }

  set rule(value: unknown) {
    if (this.kind === "rule-object")
      throw simError("InvalidArgument", "Set rule.formula instead.", "CustomConditionalFormat.rule");
    this.assign("rule", value);
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    if (name === "rule" && this.kind === "rule-object") return this.rule as SimObject;
    return undefined;
  }

  protected readScalar(env: ExecEnv): unknown {
    return { ...this.ref.get(env, "ConditionalFormat.rule").cf.rule };
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    const { cf } = this.ref.get(env, "ConditionalFormat.rule");
    if (!value || typeof value !== "object")
      throw simError("InvalidArgument", undefined, "ConditionalFormat.rule");
    const rule = value as Record<string, unknown>;
    if (this.type === "CellValue") {
      const operator = String(rule.operator);
      if (!OPERATORS.includes(operator) || typeof rule.formula1 !== "string")
        throw simError("InvalidArgument", undefined, "CellValueConditionalFormat.rule");
      if ((operator === "Between" || operator === "NotBetween") && typeof rule.formula2 !== "string")
        throw simError("InvalidArgument", "Between needs formula2.", "CellValueConditionalFormat.rule");
    }
    cf.rule = { ...rule };
  }
}

export class SimConditionalFormatRule extends SimObject {
  protected readonly scalarNames = ["formula", "formulaLocal"] as const;
  protected override readonly writableNames = ["formula", "formulaLocal"] as const;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
  ) {
    super(ctx, "ConditionalFormatRule");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "ConditionalFormatRule");
    return true;
  }

  get formula(): string {
    return this.prop("formula");
  }
  set formula(value: string) {
    this.assign("formula", value);
  }
  get formulaLocal(): string {
    return this.prop("formulaLocal");
  }
  set formulaLocal(value: string) {
    this.assign("formulaLocal", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return (this.ref.get(env, "ConditionalFormatRule.formula").cf.rule.formula as string | undefined) ?? "";
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (typeof value !== "string" || !value.startsWith("="))
      throw simError(
        "InvalidArgument",
        "A conditional format formula starts with '='.",
        "ConditionalFormatRule.formula",
      );
    this.ref.get(env, "ConditionalFormatRule.formula").cf.rule = { formula: value };
  }
}

/** ConditionalRangeFormat with its fill, font and borders, writing into the format's state. */
export class SimConditionalRangeFormat extends SimObject {
  protected readonly scalarNames = ["numberFormat"] as const;
  protected override readonly writableNames = ["numberFormat"] as const;
  private fillObject: SimCfPart | undefined;
  private fontObject: SimCfPart | undefined;
  private bordersObject: SimCfBorders | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
  ) {
    super(ctx, "ConditionalRangeFormat");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "ConditionalRangeFormat");
    return true;
  }

  get fill(): SimCfPart {
    this.fillObject ??= new SimCfPart(this.ctx, this.ref, "ConditionalRangeFill", { color: "fillColor" });
    return this.fillObject;
  }
  get font(): SimCfPart {
    this.fontObject ??= new SimCfPart(this.ctx, this.ref, "ConditionalRangeFont", {
      color: "fontColor",
      bold: "fontBold",
      italic: "fontItalic",
      strikethrough: "fontStrikethrough",
      underline: "fontUnderline",
    });
    return this.fontObject;
  }
  get borders(): SimCfBorders {
    this.bordersObject ??= new SimCfBorders(this.ctx, this.ref);
    return this.bordersObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "fill" || name === "font" || name === "borders") return this[name];
    return undefined;
  }

  get numberFormat(): string {
    return this.prop("numberFormat");
  }
  set numberFormat(value: string) {
    this.assign("numberFormat", value);
  }

  clearFormat(): void {
    this.queue("clearFormat", undefined, (env) => {
      this.ref.get(env, "ConditionalRangeFormat.clearFormat").cf.format = {};
    });
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.ref.get(env, "ConditionalRangeFormat.numberFormat").cf.format.numberFormat ?? null;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    const { cf } = this.ref.get(env, "ConditionalRangeFormat.numberFormat");
    if (value === null) delete cf.format.numberFormat;
    else if (typeof value === "string") cf.format.numberFormat = value;
    else throw simError("InvalidArgument", undefined, "ConditionalRangeFormat.numberFormat");
  }
}

/** ConditionalRangeFill / ConditionalRangeFont: properties mapped onto keys of the format state; clear(). */
export class SimCfPart extends SimObject {
  protected readonly scalarNames: readonly string[];
  protected override readonly writableNames: readonly string[];

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
    entity: string,
    private readonly keys: Record<string, keyof ConditionalFormatFormat>,
  ) {
    super(ctx, entity);
    this.scalarNames = Object.keys(keys);
    this.writableNames = Object.keys(keys);
    for (const name of Object.keys(keys))
      Object.defineProperty(this, name, {
        get: () => this.prop(name),
        set: (value: unknown) => this.assign(name, value),
        enumerable: true,
      });
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, this.entity);
    return true;
  }

  clear(): void {
    this.queue("clear", undefined, (env) => {
      const { cf } = this.ref.get(env, `${this.entity}.clear`);
      for (const key of Object.values(this.keys)) delete cf.format[key];
    });
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.ref.get(env, `${this.entity}.${name}`).cf.format[this.keys[name]] ?? null;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `${this.entity}.${name}`;
    const { cf } = this.ref.get(env, location);
    const key = this.keys[name];
    let stored: unknown = value;
    if (name === "color") stored = normalizeColor(value, location);
    else if (name === "underline") {
      if (!["None", "Single", "Double"].includes(String(value)))
        throw simError("InvalidArgument", undefined, location);
    } else if (typeof value !== "boolean") throw simError("InvalidArgument", undefined, location);
    (cf.format as Record<string, unknown>)[key] = stored;
  }
}

/** ConditionalRangeBorderCollection: getItem(EdgeTop | EdgeBottom | EdgeLeft | EdgeRight) and top/bottom/left/right. */
export class SimCfBorders extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private readonly items = new Map<string, SimCfBorder>();

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
  ) {
    super(ctx, "ConditionalRangeBorderCollection");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, this.entity);
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight"): SimCfBorder {
    if (!["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].includes(index))
      throw simError("InvalidArgument", undefined, `${this.entity}.getItem`);
    if (!this.items.has(index)) this.items.set(index, new SimCfBorder(this.ctx, this.ref, index));
    return this.items.get(index) as SimCfBorder;
  }

  get top(): SimCfBorder {
    return this.getItem("EdgeTop");
  }
  get bottom(): SimCfBorder {
    return this.getItem("EdgeBottom");
  }
  get left(): SimCfBorder {
    return this.getItem("EdgeLeft");
  }
  get right(): SimCfBorder {
    return this.getItem("EdgeRight");
  }
}

export class SimCfBorder extends SimObject {
  protected readonly scalarNames = ["sideIndex", "style", "color"] as const;
  protected override readonly writableNames = ["style", "color"] as const;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
    private readonly side: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight",
  ) {
    super(ctx, "ConditionalRangeBorder");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, this.entity);
    return true;
  }

  get sideIndex(): string {
    return this.prop("sideIndex");
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

  protected readScalar(env: ExecEnv, name: string): unknown {
    if (name === "sideIndex") return this.side;
    const border = this.ref.get(env, this.entity).cf.format.borders?.[this.side];
    return name === "style" ? (border?.style ?? "None") : (border?.color ?? null);
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `${this.entity}.${name}`;
    const { cf } = this.ref.get(env, location);
    const borders = (cf.format.borders ??= {});
    const border = (borders[this.side] ??= {});
    if (name === "color") border.color = normalizeColor(value, location);
    else {
      if (!["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"].includes(String(value)))
        throw simError("InvalidArgument", undefined, location);
      border.style = String(value);
    }
  }
}
