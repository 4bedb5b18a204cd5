/**
 * The component analysis sheet (Phân tích lĩnh vực): 1. per component and group — maximum, mean, the
 * weakest units, lowest and highest points, mean percentage, units below the threshold; 2. the mean
 * percentage of each component by group (the data of the "component means" chart); 3. per group, every
 * unit's index (the data of that group's index chart) and its two weakest components relative to its group.
 * Each section (and each group's table) has its own header, so no header is frozen; the document's title
 * repeats on every printed page.
 */
import type { Analysis } from "../analyse";
import { foldText } from "../names";
import type { Area, PlanValue, SheetPlan } from "../plan";
import { HEADER_FILL, SheetBuilder, type TableColumn, PAGE_FOOTER } from "./builder";
import { romanNumeral, thresholdPercentOf, type ReportContext, type Texts } from "./context";
import type { DocumentHead } from "./document";
import { letterhead } from "./letterhead";
import { unitsByGroup } from "./units";
import type { ComponentInsights } from "./weakest";

/** Groups with more units than this get no index chart (one bar per unit would be unreadable). */
export const MAX_CHART_UNITS = 60;

const BASE_WIDTHS = [6, 36, 12, 30, 12, 36, 12, 12, 12, 12];
const SECTION_STYLE = { bold: true, horizontal: "left", vertical: "center", wrap: true } as const;
const HEADING_STYLE = { bold: true, horizontal: "left", fill: HEADER_FILL, numberFormat: "@" } as const;

/** Rows reserved for a bar chart of `categories` bars. */
function chartRows(categories: number): number {
  return Math.min(50, Math.max(14, Math.ceil(categories * 0.9) + 6));
}

export interface ComponentsPlan {
  readonly sheet: SheetPlan;
  /** Groups left without an index chart because they are too large. */
  readonly skippedCharts: readonly { readonly group: string; readonly units: number }[];
}

export function planComponents(
  analysis: Analysis,
  context: ReportContext,
  tx: Texts,
  name: string,
  insights: ComponentInsights,
  head: DocumentHead,
): ComponentsPlan {
  const settings = context.settings;
  const y = analysis.year;
  const groups = analysis.groups.map((g) => g.name);
  const width = Math.max(BASE_WIDTHS.length, 2 + groups.length);
  const widths = [...BASE_WIDTHS, ...Array<number>(width - BASE_WIDTHS.length).fill(12)];
  const threshold = tx.num(thresholdPercentOf(settings), 10);
  const charts = context.chartsSupported;
  const skippedCharts: { group: string; units: number }[] = [];

  const b = new SheetBuilder(width, tx.t("rpCellCut"));
  const titleRow = letterhead(
    b,
    head,
    tx,
    tx.t("rpComponentsTitle", { year: y !== null ? tx.t("rpTitleYear", { year: String(y) }) : "" }),
    tx.t("rpComponentsSubtitle"),
  );

  // 1. Statistics per component and group.
  b.row();
  b.merged(tx.t("rpSectionStats"), SECTION_STYLE, 0, width - 1, 22);
  const statColumns: TableColumn[] = [
    { header: tx.t("rpColStt"), kind: "stt" },
    { header: tx.t("rpColComponent"), kind: "text" },
    { header: tx.t("rpColMax"), kind: "points" },
    { header: tx.t("rpColGroup"), kind: "text" },
    { header: tx.t("rpColMean"), kind: "points" },
    { header: tx.t("rpColWeakest"), kind: "text" },
    { header: tx.t("rpColMin"), kind: "points" },
    { header: tx.t("rpColMaxScore"), kind: "points" },
    { header: tx.t("rpColMeanPercent"), kind: "percent" },
    { header: tx.t("rpColBelow", { threshold }), kind: "rank" },
  ];
  const statHeader = b.header(statColumns, 0, 48);
  const statTop = b.next;
  const maxOf = new Map(analysis.components.map((c) => [foldText(c.name), c.max]));
  analysis.componentStats.forEach((stat, i) => {
    const weak = insights
      .lowestUnits(stat.group, stat.component)
      .map((w) => tx.t("rpWeakestUnit", { name: w.name, percent: tx.num(w.percent, 2) }))
      .join("; ");
    b.row([
      i + 1,
      stat.component,
      maxOf.get(foldText(stat.component)) ?? null,
      stat.group,
      stat.mean,
      weak || null,
      stat.min,
      stat.max,
      insights.meanPercent(stat.group, stat.component),
      stat.below,
    ]);
  });
  b.tableStyles(statHeader, statTop, b.next - 1, statColumns);

  // 2. Mean percentage of each component by group: the data of the component means chart.
  b.row();
  b.merged(tx.t("rpSectionMeans"), SECTION_STYLE, 0, width - 1, 22);
  const meanColumns: TableColumn[] = [
    { header: tx.t("rpColStt"), kind: "stt" },
    { header: tx.t("rpColComponent"), kind: "text" },
    ...groups.map((g): TableColumn => ({ header: g, kind: "percent" })),
  ];
  const meanHeader = b.header(meanColumns, 0, 48);
  const meanTop = b.next;
  analysis.components.forEach((c, i) => {
    b.row([i + 1, c.name, ...groups.map((g): PlanValue => insights.meanPercent(g, c.name))]);
  });
  const meanBottom = b.next - 1;
  b.tableStyles(meanHeader, meanTop, meanBottom, meanColumns);
  if (charts && analysis.components.length > 0 && groups.length > 0) {
    const rows = chartRows(analysis.components.length * groups.length);
    b.row();
    const top = b.next;
    for (let r = 0; r < rows; r++) b.row();
    b.chart({
      name: "cchc-component-means",
      type: "barClustered",
      title: tx.t("rpChartMeansTitle"),
      data: { top: meanHeader, left: 1, bottom: meanBottom, right: 1 + groups.length },
      position: { top, left: 1, bottom: top + rows - 1, right: 3 },
    });
  }

  // 3. Each unit's index and its two weakest components relative to its group, group by group.
  b.row();
  b.merged(tx.t("rpSectionUnits"), SECTION_STYLE, 0, width - 1, 22);
  const unitColumns: TableColumn[] = [
    { header: tx.t("rpColRank"), kind: "rank" },
    { header: tx.t("rpColUnit"), kind: "text" },
    { header: tx.t("rpColIndex"), kind: "index" },
    { header: tx.t("rpColWeak1"), kind: "text" },
    { header: tx.t("rpColGap"), kind: "gap" },
    { header: tx.t("rpColWeak2"), kind: "text" },
    { header: tx.t("rpColGap"), kind: "gap" },
  ];
  unitsByGroup(analysis, "rank").forEach(({ group, units }, g) => {
    const heading = b.row([tx.t("rpGroupHeading", { numeral: romanNumeral(g + 1), name: group })]);
    b.mergeArea(heading, 0, heading, unitColumns.length - 1);
    b.style(heading, 0, heading, unitColumns.length - 1, HEADING_STYLE);
    let chartArea: Area | null = null;
    if (charts && units.length > MAX_CHART_UNITS) skippedCharts.push({ group, units: units.length });
    else if (charts && units.length > 0) {
      const rows = chartRows(units.length);
      const top = b.next;
      for (let r = 0; r < rows; r++) b.row();
      chartArea = { top, left: 1, bottom: top + rows - 1, right: 3 };
    }
    const header = b.header(unitColumns, 0, 48);
    const top = b.next;
    for (const unit of units) {
      const weak = insights.weakest(unit);
      b.row([
        unit.rank ?? tx.t("changeNone"),
        unit.name,
        unit.index,
        weak[0]?.component ?? null,
        weak[0]?.gap ?? null,
        weak[1]?.component ?? null,
        weak[1]?.gap ?? null,
      ]);
    }
    const bottom = b.next - 1;
    b.tableStyles(header, top, bottom, unitColumns);
    if (chartArea) {
      b.chart({
        name: `cchc-index-${g + 1}`,
        type: "barClustered",
        title: tx.t("rpChartIndexTitle", {
          year: y !== null ? tx.t("rpBreakthroughBasis", { year: String(y) }) : "",
          group,
        }),
        data: { top: header, left: 1, bottom, right: 2 },
        position: chartArea,
      });
    }
  });

  return {
    sheet: b.build({
      kind: "components",
      name,
      footer: PAGE_FOOTER[tx.language],
      columnWidths: widths,
      freezeRows: titleRow + 1,
      titleRows: { top: titleRow, bottom: titleRow },
    }),
    skippedCharts,
  };
}
