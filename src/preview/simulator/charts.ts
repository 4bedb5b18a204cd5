/**
 * Charts kept as data, as far as the report writer makes them: ChartCollection.add(type, sourceData, seriesBy),
 * the chart's name, title text and position (setPosition over cells, kept in points). Nothing is drawn.
 */
import { parseAddress } from "./address";
import { SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";
import { assertEditable } from "./protection-rules";
import type { SimRange } from "./range";
import type { Rect } from "./rect";
import { leftOf, sumHeights, sumWidths, topOf } from "./sheet-cells";
import { ChartState, DEFAULTS, SheetState, newId } from "./state";
import type { SimWorksheet } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

/** Finds a chart of a sheet by its id, known once add() has run. */
class ChartRef {
  id: string | undefined;
  constructor(readonly worksheet: SimWorksheet) {}

  get(env: ExecEnv, location: string): { sheet: SheetState; chart: ChartState } {
    const sheet = this.worksheet.sheet(env);
    const chart = sheet.charts.find((c) => c.id === this.id);
    if (!chart) throw simError("ItemNotFound", undefined, location);
    return { sheet, chart };
  }
}

export class SimChartCollection extends SimObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(
    ctx: SimContext,
    private readonly worksheet: SimWorksheet,
  ) {
    super(ctx, "ChartCollection");
  }

  protected locate(env: ExecEnv): boolean {
    this.worksheet.sheet(env);
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
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
        title: "",
        top: 0,
        left: 0,
        width: DEFAULTS.chartWidth,
        height: DEFAULTS.chartHeight,
      };
      sheet.charts.push(chart);
      ref.id = chart.id;
    });
    return new SimChart(this.ctx, ref);
  }
}

export class SimChart extends SimObject {
  protected readonly scalarNames = ["name"] as const;
  protected override readonly writableNames = ["name"] as const;
  private titleObject: SimChartTitle | undefined;

  constructor(
    ctx: SimContext,
    private readonly ref: ChartRef,
  ) {
    super(ctx, "Chart");
  }

  /** @internal */
  chart(env: ExecEnv, location: string): ChartState {
    return this.ref.get(env, location).chart;
  }

  protected locate(env: ExecEnv): boolean {
    this.ref.get(env, "Chart");
    return true;
  }

  get title(): SimChartTitle {
    this.titleObject ??= new SimChartTitle(this.ctx, this);
    return this.titleObject;
  }

  protected override navigation(name: string): SimObject | undefined {
    return name === "title" ? this.title : undefined;
  }

  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.assign("name", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.chart(env, "Chart.name").name;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (typeof value !== "string" || value.length === 0)
      throw simError("InvalidArgument", undefined, "Chart.name");
    this.chart(env, "Chart.name").name = value;
  }

  /** Places the chart over the given cells (top-left cell to bottom-right cell). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this.queue(
      "setPosition",
      { startCell: String(startCell), endCell: endCell === undefined ? undefined : String(endCell) },
      (env) => {
        const { sheet, chart } = this.ref.get(env, "Chart.setPosition");
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
      },
    );
  }
}

/** ChartTitle: its text. */
export class SimChartTitle extends SimObject {
  protected readonly scalarNames = ["text"] as const;
  protected override readonly writableNames = ["text"] as const;

  constructor(
    ctx: SimContext,
    private readonly owner: SimChart,
  ) {
    super(ctx, "ChartTitle");
  }

  protected locate(env: ExecEnv): boolean {
    this.owner.chart(env, "ChartTitle");
    return true;
  }

  get text(): string {
    return this.prop("text");
  }
  set text(value: string) {
    this.assign("text", value);
  }

  protected readScalar(env: ExecEnv): unknown {
    return this.owner.chart(env, "ChartTitle.text").title;
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    if (typeof value !== "string") throw simError("InvalidArgument", undefined, "ChartTitle.text");
    this.owner.chart(env, "ChartTitle.text").title = value;
  }
}
