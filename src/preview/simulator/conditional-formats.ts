/**
 * Conditional formats kept as data, as far as the add-in uses them: Range.conditionalFormats (and a RangeAreas'
 * — ExcelApi 1.9) lists the formats intersecting the range in priority order, with their type; add("Custom")
 * puts a format at the top priority; a Custom format's rule formula, fill colour and font; delete. Formats of
 * other types (made by the user) are listed, and their `customOrNullObject` is a null object. Nothing is
 * evaluated.
 */
import { SimCollection, SimObject } from "./client-object";
import { normalizeColor } from "./colors";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import { Rect, intersects } from "./rect";
import { ConditionalFormatState, SheetState, newId } from "./state";

/** What a ConditionalFormatCollection belongs to: a range, or the areas of a RangeAreas (ExcelApi 1.9). */
export interface CfOwner {
  /** @internal The owner's sheet and rectangles, resolved during a sync. */
  cfTarget(env: ExecEnv): { sheet: SheetState; rects: readonly Rect[] };
}

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

  /** Adds a format over this range (or these areas) at the first (top) priority; the simulator adds Custom only. */
  add(type: string): SimConditionalFormat {
    const ref = new CfRef(this.range);
    this.queue("add", { type }, (env) => {
      if (type !== "Custom")
        throw simError(
          "NotImplemented",
          "The simulator adds Custom conditional formats only.",
          "ConditionalFormatCollection.add",
        );
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
}

export class SimConditionalFormat extends SimObject {
  protected readonly scalarNames = ["type"] as const;
  private customObject: SimCustomConditionalFormat | undefined;
  private customOrNullObjectObject: SimCustomConditionalFormat | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
  ) {
    super(ctx, "ConditionalFormat");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "ConditionalFormat");
    return true;
  }

  get type(): string {
    return this.prop("type");
  }

  /** The Custom format's rule and look; on a format of another type, InvalidOperation on sync. */
  get custom(): SimCustomConditionalFormat {
    this.customObject ??= new SimCustomConditionalFormat(this.ctx, this.ref, false);
    return this.customObject;
  }

  /** As `custom`, but a null object on a format of another type. */
  get customOrNullObject(): SimCustomConditionalFormat {
    this.customOrNullObjectObject ??= new SimCustomConditionalFormat(this.ctx, this.ref, true);
    return this.customOrNullObjectObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.ref.get(env, "ConditionalFormat.type").cf.type;
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const { sheet, cf } = this.ref.get(env, "ConditionalFormat.delete");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

export class SimCustomConditionalFormat extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private formatObject: SimConditionalRangeFormat | undefined;
  private ruleObject: SimConditionalFormatRule | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: CfRef,
    nullable: boolean,
  ) {
    super(ctx, "CustomConditionalFormat", nullable);
  }

  /** @internal The format's state; InvalidOperation when the format is not of type Custom. */
  cf(env: ExecEnv, location: string): ConditionalFormatState {
    const { cf } = this.ref.get(env, location);
    if (cf.type !== "Custom")
      throw simError(
        "InvalidOperation",
        "The conditional format is not of type Custom.",
        "ConditionalFormat",
      );
    return cf;
  }

  protected locate(env: ExecEnv): boolean {
    if (this.nullable && this.ref.get(env, "ConditionalFormat").cf.type !== "Custom") return false;
    this.cf(env, "ConditionalFormat");
    return true;
  }

  get format(): SimConditionalRangeFormat {
    this.formatObject ??= new SimConditionalRangeFormat(this.ctx, this);
    return this.formatObject;
  }

  get rule(): SimConditionalFormatRule {
    this.ruleObject ??= new SimConditionalFormatRule(this.ctx, this);
    return this.ruleObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    if (name === "rule") return this.rule;
    return undefined;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

/** A part of a Custom format (its rule, its look): located through the format, whose type it checks. */
abstract class CustomPart extends SimObject {
  constructor(
    ctx: SimContext,
    entity: string,
    protected readonly owner: SimCustomConditionalFormat,
  ) {
    super(ctx, entity);
  }

  protected locate(env: ExecEnv): boolean {
    this.owner.cf(env, this.entity);
    return true;
  }
}

export class SimConditionalFormatRule extends CustomPart {
  protected readonly scalarNames = ["formula"] as const;
  protected override readonly writableNames = ["formula"] as const;

  constructor(ctx: SimContext, owner: SimCustomConditionalFormat) {
    super(ctx, "ConditionalFormatRule", owner);
  }

  get formula(): string {
    return this.prop("formula");
  }
  set formula(value: string) {
    this.assign("formula", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return (this.owner.cf(env, "ConditionalFormatRule.formula").rule.formula as string | undefined) ?? "";
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (typeof value !== "string" || !value.startsWith("="))
      throw simError(
        "InvalidArgument",
        "A conditional format formula starts with '='.",
        "ConditionalFormatRule.formula",
      );
    this.owner.cf(env, "ConditionalFormatRule.formula").rule = { formula: value };
  }
}

export class SimConditionalRangeFormat extends CustomPart {
  protected readonly scalarNames: readonly string[] = [];
  private fillObject: SimConditionalRangeFill | undefined;
  private fontObject: SimConditionalRangeFont | undefined;

  constructor(ctx: SimContext, owner: SimCustomConditionalFormat) {
    super(ctx, "ConditionalRangeFormat", owner);
  }

  get fill(): SimConditionalRangeFill {
    this.fillObject ??= new SimConditionalRangeFill(this.ctx, this.owner);
    return this.fillObject;
  }
  get font(): SimConditionalRangeFont {
    this.fontObject ??= new SimConditionalRangeFont(this.ctx, this.owner);
    return this.fontObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  protected readScalar(): unknown {
    return undefined;
  }
}

export class SimConditionalRangeFill extends CustomPart {
  protected readonly scalarNames = ["color"] as const;
  protected override readonly writableNames = ["color"] as const;

  constructor(ctx: SimContext, owner: SimCustomConditionalFormat) {
    super(ctx, "ConditionalRangeFill", owner);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.owner.cf(env, "ConditionalRangeFill.color").format.fillColor ?? null;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    const location = "ConditionalRangeFill.color";
    this.owner.cf(env, location).format.fillColor = normalizeColor(value, location);
  }
}

const FONT_KEYS = {
  bold: "fontBold",
  color: "fontColor",
  italic: "fontItalic",
  underline: "fontUnderline",
} as const;
type FontName = keyof typeof FONT_KEYS;
const UNDERLINES = ["None", "Single", "Double"];

export class SimConditionalRangeFont extends CustomPart {
  protected readonly scalarNames = ["bold", "color", "italic", "underline"] as const;
  protected override readonly writableNames = ["bold", "color", "italic", "underline"] as const;

  constructor(ctx: SimContext, owner: SimCustomConditionalFormat) {
    super(ctx, "ConditionalRangeFont", owner);
  }

  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(value: boolean) {
    this.assign("bold", value);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(value: boolean) {
    this.assign("italic", value);
  }
  get underline(): string {
    return this.prop("underline");
  }
  set underline(value: string) {
    this.assign("underline", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.owner.cf(env, `ConditionalRangeFont.${name}`).format[FONT_KEYS[name as FontName]] ?? null;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `ConditionalRangeFont.${name}`;
    const format = this.owner.cf(env, location).format;
    if (name === "color") format.fontColor = normalizeColor(value, location);
    else if (name === "underline") {
      if (!UNDERLINES.includes(String(value))) throw simError("InvalidArgument", undefined, location);
      format.fontUnderline = String(value);
    } else if (typeof value === "boolean") format[FONT_KEYS[name as "bold" | "italic"]] = value;
    else throw simError("InvalidArgument", undefined, location);
  }
}
