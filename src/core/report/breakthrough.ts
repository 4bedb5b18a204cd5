/**
 * The breakthrough registration sheet (Đăng ký công việc đột phá, sáng tạo năm N+1): one row per unit in
 * the province's list order, group by group, with its index and rank and its two weakest components
 * (relative to its group) prefilled, and blank, shaded columns for the task, the person responsible and
 * the deadline.
 */
import type { Analysis } from "../analyse";
import type { SheetPlan } from "../plan";
import { HEADER_FILL, SheetBuilder, type TableColumn, PAGE_FOOTER } from "./builder";
import { romanNumeral, type ReportContext, type Texts } from "./context";
import type { DocumentHead } from "./document";
import { letterhead } from "./letterhead";
import { unitsByGroup } from "./units";
import type { ComponentInsights } from "./weakest";

const HEADING_STYLE = { bold: true, horizontal: "left", fill: HEADER_FILL, numberFormat: "@" } as const;

export function planBreakthrough(
  analysis: Analysis,
  _context: ReportContext,
  tx: Texts,
  name: string,
  insights: ComponentInsights,
  head: DocumentHead,
): SheetPlan {
  const y = analysis.year;
  const columns: (TableColumn & { width: number })[] = [
    { header: tx.t("rpColStt"), kind: "stt", width: 6 },
    { header: tx.t("rpColUnit"), kind: "text", width: 32 },
    {
      header: y !== null ? tx.t("rpColIndexYear", { year: String(y) }) : tx.t("rpColIndex"),
      kind: "index",
      width: 11,
    },
    {
      header: y !== null ? tx.t("rpColRankYear", { year: String(y) }) : tx.t("rpColRank"),
      kind: "rank",
      width: 9,
    },
    { header: tx.t("rpColImprove1"), kind: "text", width: 28 },
    { header: tx.t("rpColImprove2"), kind: "text", width: 28 },
    { header: tx.t("rpColTask"), kind: "input", width: 40 },
    { header: tx.t("rpColResponsible"), kind: "input", width: 20 },
    { header: tx.t("rpColTaskDeadline"), kind: "input", width: 13 },
  ];
  const b = new SheetBuilder(columns.length, tx.t("rpCellCut"));
  letterhead(
    b,
    head,
    tx,
    tx.t("rpBreakthroughTitle", { year: y !== null ? tx.t("rpTitleYear", { year: String(y + 1) }) : "" }),
    tx.t("rpBreakthroughSubtitle", {
      year: y !== null ? tx.t("rpBreakthroughBasis", { year: String(y) }) : "",
    }),
  );
  const header = b.header(columns, 0, 48);
  const top = b.next;
  const headings: number[] = [];
  let stt = 0;
  unitsByGroup(analysis, "sheet").forEach(({ group, units }, g) => {
    const r = b.row([tx.t("rpGroupHeading", { numeral: romanNumeral(g + 1), name: group })]);
    b.mergeArea(r, 0, r, columns.length - 1);
    headings.push(r);
    for (const unit of units) {
      const weak = insights.weakest(unit);
      b.row([
        ++stt,
        unit.name,
        unit.index,
        unit.rank,
        weak[0]?.component ?? null,
        weak[1]?.component ?? null,
      ]);
    }
  });
  b.tableStyles(header, top, b.next - 1, columns);
  for (const r of headings) b.style(r, 0, r, columns.length - 1, HEADING_STYLE);
  return b.build({
    kind: "breakthrough",
    name,
    footer: PAGE_FOOTER[tx.language],
    columnWidths: columns.map((c) => c.width),
    freezeRows: header + 1,
    titleRows: { top: header, bottom: header },
  });
}
