/**
 * Text boxes kept as data (ExcelApi 1.9), as far as the add-in's highlight legend uses them:
 * ShapeCollection.addTextBox and its items' names; Shape name, position and size, delete, fill.setSolidColor,
 * textFrame.textRange.font (color, bold, italic, underline, size). A protected sheet refuses them unless its
 * protection allows editing objects. Nothing is drawn.
 */
import { SimCollection, SimObject } from "./client-object";
import { normalizeColor } from "./colors";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import { SheetState, ShapeState, newId } from "./state";
import type { SimWorksheet } from "./worksheet";

const UNDERLINES = ["None", "Single", "Double"];

/** Finds a shape of a sheet by its id, known once add() ran or the shape was listed. */
class ShapeRef {
  id: string | undefined;
  constructor(readonly worksheet: SimWorksheet) {}

  get(env: ExecEnv, location: string): { sheet: SheetState; shape: ShapeState } {
    const sheet = this.worksheet.sheet(env);
    const shape = sheet.shapes.find((s) => s.id === this.id);
    if (!shape) throw simError("ItemNotFound", undefined, location);
    return { sheet, shape };
  }
}

export class SimShapeCollection extends SimCollection<SimShape> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly worksheet: SimWorksheet,
  ) {
    super(ctx, "ShapeCollection");
  }

  protected override locate(env: ExecEnv): boolean {
    this.worksheet.sheet(env);
    return true;
  }

  protected itemKeys(env: ExecEnv): string[] {
    return this.worksheet.sheet(env).shapes.map((s) => s.id);
  }

  protected createItem(key: string): SimShape {
    const ref = new ShapeRef(this.worksheet);
    ref.id = key;
    return new SimShape(this.ctx, ref);
  }

  /** Adds a text box at the sheet's top left (Excel's default size), holding `text`. */
  addTextBox(text?: string): SimShape {
    const ref = new ShapeRef(this.worksheet);
    this.queue("addTextBox", { text }, (env) => {
      const sheet = this.worksheet.sheet(env);
      assertEditable(sheet, null, "objects", "ShapeCollection.addTextBox");
      const shape: ShapeState = {
        id: newId(env.state),
        name: `TextBox ${sheet.shapes.length + 1}`,
        type: "TextBox",
        text: text ?? "",
        left: 0,
        top: 0,
        width: 72,
        height: 72,
        fill: null,
        font: {},
      };
      sheet.shapes.push(shape);
      ref.id = shape.id;
    });
    return new SimShape(this.ctx, ref);
  }
}

const GEOMETRY = ["left", "top", "width", "height"] as const;

export class SimShape extends SimObject {
  protected readonly scalarNames = ["name", ...GEOMETRY] as const;
  protected override readonly writableNames = ["name", ...GEOMETRY] as const;
  private fillObject: SimShapeFill | undefined;
  private textFrameObject: SimTextFrame | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: ShapeRef,
  ) {
    super(ctx, "Shape");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "Shape");
    return true;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.assign("name", value);
  }
  get left(): number {
    return this.prop("left");
  }
  set left(value: number) {
    this.assign("left", value);
  }
  get top(): number {
    return this.prop("top");
  }
  set top(value: number) {
    this.assign("top", value);
  }
  get width(): number {
    return this.prop("width");
  }
  set width(value: number) {
    this.assign("width", value);
  }
  get height(): number {
    return this.prop("height");
  }
  set height(value: number) {
    this.assign("height", value);
  }

  get fill(): SimShapeFill {
    this.fillObject ??= new SimShapeFill(this.ctx, this.ref);
    return this.fillObject;
  }

  get textFrame(): SimTextFrame {
    this.textFrameObject ??= new SimTextFrame(this.ctx, this.ref);
    return this.textFrameObject;
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.ref.get(env, `Shape.${name}`).shape[name as keyof ShapeState];
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `Shape.${name}`;
    const { sheet, shape } = this.ref.get(env, location);
    assertEditable(sheet, null, "objects", location);
    if (name === "name") {
      if (typeof value !== "string" || value === "") throw simError("InvalidArgument", undefined, location);
      shape.name = value;
      return;
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw simError("InvalidArgument", undefined, location);
    shape[name as (typeof GEOMETRY)[number]] = value;
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const { sheet, shape } = this.ref.get(env, "Shape.delete");
      assertEditable(sheet, null, "objects", "Shape.delete");
      sheet.shapes.splice(sheet.shapes.indexOf(shape), 1);
    });
  }
}

/** ShapeFill: setSolidColor. */
export class SimShapeFill extends SimObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly ref: ShapeRef,
  ) {
    super(ctx, "ShapeFill");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "ShapeFill");
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  setSolidColor(color: string): void {
    this.queue("setSolidColor", { color }, (env) => {
      this.ref.get(env, "ShapeFill.setSolidColor").shape.fill = normalizeColor(
        color,
        "ShapeFill.setSolidColor",
      );
    });
  }
}

/** TextFrame: its textRange. */
export class SimTextFrame extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private textRangeObject: SimTextRange | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: ShapeRef,
  ) {
    super(ctx, "TextFrame");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "TextFrame");
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get textRange(): SimTextRange {
    this.textRangeObject ??= new SimTextRange(this.ctx, this.ref);
    return this.textRangeObject;
  }
}

/** TextRange: its font (the whole text's). */
export class SimTextRange extends SimObject {
  protected readonly scalarNames: readonly string[] = [];
  private fontObject: SimShapeFont | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: ShapeRef,
  ) {
    super(ctx, "TextRange");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "TextRange");
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get font(): SimShapeFont {
    this.fontObject ??= new SimShapeFont(this.ctx, this.ref);
    return this.fontObject;
  }
}

const FONT = ["color", "bold", "italic", "underline", "size"] as const;
type FontName = (typeof FONT)[number];

/** ShapeFont: color, bold, italic, underline, size. */
export class SimShapeFont extends SimObject {
  protected readonly scalarNames = FONT;
  protected override readonly writableNames = FONT;

  constructor(
    ctx: SimContext,
    private readonly ref: ShapeRef,
  ) {
    super(ctx, "ShapeFont");
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "ShapeFont");
    return true;
  }

  get color(): string {
    return this.prop("color");
  }
  set color(value: string) {
    this.assign("color", value);
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
  get underline(): string {
    return this.prop("underline");
  }
  set underline(value: string) {
    this.assign("underline", value);
  }
  get size(): number {
    return this.prop("size");
  }
  set size(value: number) {
    this.assign("size", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.ref.get(env, `ShapeFont.${name}`).shape.font[name as FontName] ?? null;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const location = `ShapeFont.${name}`;
    const font = this.ref.get(env, location).shape.font;
    if (name === "color") font.color = normalizeColor(value, location);
    else if (name === "underline") {
      if (!UNDERLINES.includes(String(value))) throw simError("InvalidArgument", undefined, location);
      font.underline = String(value);
    } else if (name === "size") {
      if (typeof value !== "number" || !(value >= 1 && value <= 409))
        throw simError("InvalidArgument", undefined, location);
      font.size = value;
    } else if (typeof value === "boolean") font[name as "bold" | "italic"] = value;
    else throw simError("InvalidArgument", undefined, location);
  }
}
