/**
 * Charts kept as data: ChartCollection.add(type, sourceData, seriesBy), name, chartType, title, legend,
 * position and size (setPosition anchors it to cells), delete. Nothing is drawn.
 */
import { parseAddress } from "./address";
import { SimCollection, SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import type { SimRange } from "./range";
import type { Rect } from "./rect";
import { leftOf, sumHeights, sumWidths, topOf } from "./sheet-cells";
import { ChartState, DEFAULTS, SheetState, newId } from "./state";
import type { SimWorksheet } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

/** Finds a chart of a sheet by a key set when add() runs or an item is listed. */
class ChartRef {
  id: string | undefined;
  name: string | undefined;
  constructor(readonly worksheet: SimWorksheet) {}

  find(env: ExecEnv): { sheet: SheetState; chart: ChartState } | undefined {
    const sheet = this.worksheet.sheet(env);
    const chart =
      this.id !== undefined
        ? sheet.charts.find((c) => c.id === this.id)
        : sheet.charts.find((c) => c.name === this.name);
    if (chart) this.id = chart.id;
    return chart ? { sheet, chart } : undefined;
  }
}

export class ChartCollectionSim extends SimCollection<SimChart> {
  protected readonly scalarNames = ["count"] as const;

  constructor(
    ctx: SimContext,
    private readonly worksheet: SimWorksheet,
  ) {
    super(ctx, "ChartCollection");
  }

  get count(): number {
    return this.collectionProp("count");
  }

  protected override locate(env: ExecEnv): boolean {
    this.worksheet.sheet(env);
    return true;
  }

  protected itemKeys(env: ExecEnv): string[] {
    return this.worksheet.sheet(env).charts.map((c) => c.id);
  }

  protected createItem(key: string): SimChart {
    const ref = new ChartRef(this.worksheet);
    ref.id = key;
    return new SimChart(this.ctx, ref);
  }

  add(type: string, sourceData: SimRange, seriesBy?: string): SimChart {
    const ref = new ChartRef(this.worksheet);
    this.queue("add", { type, seriesBy }, (env) => {
      const sheet = this.worksheet.sheet(env);
      assertEditable(sheet, null, "objects", "ChartCollection.add");
      if (typeof type !== "string" || type === "Invalid")
        throw simError("InvalidArgument", undefined, "ChartCollection.add");
      if (seriesBy !== undefined && !SERIES_BY.includes(seriesBy))
        throw simError("InvalidArgument", undefined, "ChartCollection.add");
      const source = sourceData.target(env);
      const count = env.state.sheets.reduce((n, s) => n + s.charts.length, 0);
      const chart: ChartState = {
        id: newId(env.state),
        name: `Chart ${count + 1}`,
        chartType: type,
        sourceSheetId: source.sheet.id,
        source: source.rect,
        seriesBy: seriesBy ?? "Auto",
        title: { text: "", visible: false },
        legend: { visible: true, position: "Right" },
        top: 0,
        left: 0,
        width: DEFAULTS.chartWidth,
        height: DEFAULTS.chartHeight,
        axisTitles: {},
      };
      sheet.charts.push(chart);
      ref.id = chart.id;
    });
    return new SimChart(this.ctx, ref);
  }

  getItem(name: string): SimChart {
    const ref = new ChartRef(this.worksheet);
    ref.name = name;
    return new SimChart(this.ctx, ref);
  }

  getItemOrNullObject(name: string): SimChart {
    const ref = new ChartRef(this.worksheet);
    ref.name = name;
    return new SimChart(this.ctx, ref, true);
  }

  getItemAt(index: number): SimChart {
    const ref = new ChartRef(this.worksheet);
    this.ctx.enqueue({
      kind: "resolve",
      location: "ChartCollection.getItemAt",
      run: (env) => {
        const key = this.itemKeys(env)[index];
        if (key === undefined) throw simError("InvalidArgument", undefined, "ChartCollection.getItemAt");
        ref.id = key;
      },
    });
    return new SimChart(this.ctx, ref);
  }
}

export class SimChart extends SimObject {
  protected readonly scalarNames = ["id", "name", "chartType", "top", "left", "width", "height"] as const;
  protected override readonly writableNames = [
    "name",
    "chartType",
    "top",
    "left",
    "width",
    "height",
  ] as const;
  private titleObject: SimChartText | undefined;
  private legendObject: SimChartLegend | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: ChartRef,
    nullable = false,
  ) {
    super(ctx, "Chart", nullable);
  }

  /** @internal */
  chart(env: ExecEnv, location = "Chart"): { sheet: SheetState; chart: ChartState } {
    const found = this.ref.find(env);
    if (!found) throw simError("ItemNotFound", undefined, location);
    return found;
  }

  protected locate(env: ExecEnv): boolean {
    if (this.ref.find(env)) return true;
    if (this.nullable) return false;
    throw simError("ItemNotFound", undefined, "ChartCollection.getItem");
  }

  get title(): SimChartText {
    this.titleObject ??= new SimChartText(this.ctx, this);
    return this.titleObject;
  }

  get legend(): SimChartLegend {
    this.legendObject ??= new SimChartLegend(this.ctx, this);
    return this.legendObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    if (name === "title") return this.title;
    if (name === "legend") return this.legend;
    return undefined;
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
  get chartType(): string {
    return this.prop("chartType");
  }
  set chartType(value: string) {
    this.assign("chartType", value);
  }
  get top(): number {
    return this.prop("top");
  }
  set top(value: number) {
    this.assign("top", value);
  }
  get left(): number {
    return this.prop("left");
  }
  set left(value: number) {
    this.assign("left", value);
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

  protected readScalar(env: ExecEnv, name: string): unknown {
    return this.chart(env, `Chart.${name}`).chart[name as keyof ChartState];
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const { chart } = this.chart(env, `Chart.${name}`);
    if (name === "name" || name === "chartType") {
      if (typeof value !== "string" || value.length === 0)
        throw simError("InvalidArgument", undefined, `Chart.${name}`);
      chart[name] = value;
      return;
    }
    if (typeof value !== "number" || value < 0) throw simError("InvalidArgument", undefined, `Chart.${name}`);
    (chart as unknown as Record<string, number>)[name] = value;
    delete chart.anchor;
  }

  /** Places the chart over the given cells (top-left cell to bottom-right cell). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this.queue(
      "setPosition",
      { startCell: String(startCell), endCell: endCell === undefined ? undefined : String(endCell) },
      (env) => {
        const { sheet, chart } = this.chart(env, "Chart.setPosition");
        const rectOf = (cell: SimRange | string): Rect => {
          if (typeof cell !== "string") return cell.target(env).rect;
          const parsed = parseAddress(cell);
          if (!parsed) throw simError("InvalidArgument", undefined, "Chart.setPosition");
          return parsed.rect;
        };
        const start = rectOf(startCell);
        const end = endCell === undefined ? undefined : rectOf(endCell);
        chart.top = topOf(sheet, start.top);
        chart.left = leftOf(sheet, start.left);
        if (end) {
          chart.width = sumWidths(sheet, { top: 0, bottom: 0, left: start.left, right: end.right });
          chart.height = sumHeights(sheet, { top: start.top, bottom: end.bottom, left: 0, right: 0 });
        }
        chart.anchor = end ? { start, end } : { start };
      },
    );
  }

  setData(sourceData: SimRange, seriesBy?: string): void {
    this.queue("setData", { seriesBy }, (env) => {
      const { chart } = this.chart(env, "Chart.setData");
      const source = sourceData.target(env);
      chart.sourceSheetId = source.sheet.id;
      chart.source = source.rect;
      if (seriesBy !== undefined) chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this.queue("delete", undefined, (env) => {
      const { sheet, chart } = this.chart(env, "Chart.delete");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

/** ChartTitle: text and visibility (setting text shows the title, as in Excel). */
export class SimChartText extends SimObject {
  protected readonly scalarNames = ["text", "visible"] as const;
  protected override readonly writableNames = ["text", "visible"] as const;

  constructor(
    ctx: SimContext,
    private readonly owner: SimChart,
  ) {
    super(ctx, "ChartTitle");
  }

  protected locate(env: ExecEnv): boolean {
    this.owner.chart(env);
    return true;
  }

  get text(): string {
    return this.prop("text");
  }
  set text(value: string) {
    this.assign("text", value);
  }
  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(value: boolean) {
    this.assign("visible", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { chart } = this.owner.chart(env, `ChartTitle.${name}`);
    return name === "text" ? chart.title.text : chart.title.visible;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const { chart } = this.owner.chart(env, `ChartTitle.${name}`);
    if (name === "text") {
      if (typeof value !== "string") throw simError("InvalidArgument", undefined, "ChartTitle.text");
      chart.title = { text: value, visible: value.length > 0 };
    } else chart.title.visible = Boolean(value);
  }
}

export class SimChartLegend extends SimObject {
  protected readonly scalarNames = ["visible", "position"] as const;
  protected override readonly writableNames = ["visible", "position"] as const;

  constructor(
    ctx: SimContext,
    private readonly owner: SimChart,
  ) {
    super(ctx, "ChartLegend");
  }

  protected locate(env: ExecEnv): boolean {
    this.owner.chart(env);
    return true;
  }

  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(value: boolean) {
    this.assign("visible", value);
  }
  get position(): string {
    return this.prop("position");
  }
  set position(value: string) {
    this.assign("position", value);
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    const { chart } = this.owner.chart(env, `ChartLegend.${name}`);
    return name === "visible" ? chart.legend.visible : chart.legend.position;
  }

  protected override writeScalar(env: ExecEnv, name: string, value: unknown): void {
    const { chart } = this.owner.chart(env, `ChartLegend.${name}`);
    if (name === "visible") chart.legend.visible = Boolean(value);
    else {
      if (!["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(String(value)))
        throw simError("InvalidArgument", undefined, "ChartLegend.position");
      chart.legend.position = String(value);
    }
  }
}
