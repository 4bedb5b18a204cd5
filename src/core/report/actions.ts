/**
 * The actions sheet (Kiểm điểm và giải trình): A. units that must hold a review meeting (rating — marked
 * when derived —, reasons, who attends, deadline, where results go), or why the list is empty; B. units that
 * must file an explanatory report (component, points, maximum, percentage); C. units that dropped in rank.
 * The three sections share the first three columns (STT, unit, group). Each section has its own header,
 * so no header is frozen; the document's title repeats on every printed page.
 */
import type { Analysis, UnitResult } from "../analyse";
import type { PlanValue, SheetPlan } from "../plan";
import { HEAD_RATING_LABELS } from "../ratings";
import { attendeeResolver } from "./attendees";
import { SheetBuilder, type TableColumn, PAGE_FOOTER } from "./builder";
import { displayDate, thresholdPercentOf, type ReportContext, type Texts } from "./context";
import type { DocumentHead } from "./document";
import { letterhead, signature } from "./letterhead";
import { changeLabel, unitIndex } from "./units";

const WIDTHS = [6, 30, 20, 34, 18, 10, 9, 9, 20, 11, 12];

const SECTION_STYLE = { bold: true, horizontal: "left", vertical: "center", wrap: true } as const;
const EMPTY_STYLE = { italic: true, horizontal: "left", wrap: true, numberFormat: "@" } as const;

/** Sorts items by their group's order, then by rank (unranked last), keeping the analysis' order on ties. */
function byGroupAndRank<T extends { group: string; rank: number | null }>(
  items: readonly T[],
  groups: readonly string[],
): T[] {
  const order = new Map(groups.map((g, i) => [g, i]));
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        (order.get(a.item.group) ?? Infinity) - (order.get(b.item.group) ?? Infinity) ||
        (a.item.rank ?? Infinity) - (b.item.rank ?? Infinity) ||
        a.i - b.i,
    )
    .map((x) => x.item);
}

/** Appends a section: heading, then a table or a line saying why it is empty. */
function section(
  b: SheetBuilder,
  heading: string,
  columns: readonly TableColumn[],
  rows: readonly PlanValue[][],
  empty: string,
): void {
  b.row();
  b.merged(heading, SECTION_STYLE, 0, b.width - 1, 22);
  if (rows.length === 0) {
    b.merged(empty, EMPTY_STYLE, 0, b.width - 1);
    return;
  }
  const header = b.header(columns);
  const top = b.next;
  for (const row of rows) b.row(row);
  b.tableStyles(header, top, b.next - 1, columns);
}

export function planActions(
  analysis: Analysis,
  context: ReportContext,
  tx: Texts,
  name: string,
  head: DocumentHead,
): SheetPlan {
  const settings = context.settings;
  const y = analysis.year;
  const groups = analysis.groups.map((g) => g.name);
  const unitOf = unitIndex(analysis.units);
  const attendeeOf = attendeeResolver(analysis, settings);
  const threshold = tx.num(thresholdPercentOf(settings), 10);
  const deadline = analysis.reviewDeadline;
  const b = new SheetBuilder(WIDTHS.length, tx.t("rpCellCut"));
  const titleRow = letterhead(
    b,
    head,
    tx,
    tx.t("rpActionsTitle", { year: y !== null ? tx.t("rpTitleYear", { year: String(y) }) : "" }),
    tx.t("rpActionsSubtitle", {
      deadline: deadline !== null ? displayDate(deadline) : tx.t("rpDeadlineUnknown"),
      sendTo: analysis.reviews[0]?.sendTo ?? settings.sendTo,
    }),
  );

  // A. Review meetings.
  const reviews = byGroupAndRank(analysis.reviews, groups);
  section(
    b,
    tx.t("rpSectionReviews", { count: String(reviews.length) }),
    [
      { header: tx.t("rpColStt"), kind: "stt" },
      { header: tx.t("rpColUnit"), kind: "text" },
      { header: tx.t("rpColGroup"), kind: "text" },
      { header: tx.t("rpColReasons"), kind: "text" },
      { header: tx.t("rpColRating"), kind: "center" },
      { header: tx.t("rpColIndex"), kind: "index" },
      { header: tx.t("rpColRank"), kind: "rank" },
      { header: tx.t("rpColChange"), kind: "symbol" },
      { header: tx.t("rpColAttendee"), kind: "text" },
      { header: tx.t("rpColDeadline"), kind: "date" },
      { header: tx.t("rpColSendTo"), kind: "center" },
    ],
    reviews.map((r, i) => {
      const unit: Pick<UnitResult, "comparable" | "rankChange" | "notComparableReason"> = unitOf(
        r.group,
        r.unit,
      ) ?? {
        comparable: r.rankChange !== null,
        rankChange: r.rankChange,
        notComparableReason: null,
      };
      const label = HEAD_RATING_LABELS[r.rating];
      return [
        i + 1,
        r.unit,
        r.group,
        r.reasons.map((reason) => tx.t(reason.key, reason.params)).join("; "),
        r.ratingDerived ? tx.t("rpRatingDerived", { rating: label }) : label,
        r.index,
        r.rank,
        changeLabel(unit, tx),
        attendeeOf(r),
        r.deadline !== null ? displayDate(r.deadline) : null,
        r.sendTo,
      ];
    }),
    analysis.reviewsNote !== null ? tx.t(analysis.reviewsNote) : tx.t("rpReviewsNone"),
  );

  // B. Explanatory reports.
  const explanations = byGroupAndRank(
    analysis.explanations.map((e) => ({ ...e, rank: unitOf(e.group, e.unit)?.rank ?? null })),
    groups,
  );
  section(
    b,
    tx.t("rpSectionExplanations", { threshold, count: String(explanations.length) }),
    [
      { header: tx.t("rpColStt"), kind: "stt" },
      { header: tx.t("rpColUnit"), kind: "text" },
      { header: tx.t("rpColGroup"), kind: "text" },
      { header: tx.t("rpColComponent"), kind: "text" },
      { header: tx.t("rpColPoints"), kind: "points" },
      { header: tx.t("rpColMax"), kind: "points" },
      { header: tx.t("rpColPercent"), kind: "percent" },
    ],
    explanations.map((e, i) => [i + 1, e.unit, e.group, e.component, e.score, e.max, e.percent]),
    tx.t("rpExplanationsNone", { threshold }),
  );

  // C. Dropped in rank.
  const dropped = byGroupAndRank(
    analysis.dropped.map((d) => ({ ...d, rank: d.to })),
    groups,
  );
  section(
    b,
    tx.t("rpSectionDropped", {
      previous:
        y !== null ? tx.t("rpPreviousYearUpper", { year: String(y - 1) }) : tx.t("rpPreviousUnknownUpper"),
      count: String(dropped.length),
    }),
    [
      { header: tx.t("rpColStt"), kind: "stt" },
      { header: tx.t("rpColUnit"), kind: "text" },
      { header: tx.t("rpColGroup"), kind: "text" },
      {
        header: y !== null ? tx.t("rpColRankYear", { year: String(y - 1) }) : tx.t("rpColRankPrevious"),
        kind: "rank",
      },
      { header: y !== null ? tx.t("rpColRankYear", { year: String(y) }) : tx.t("rpColRank"), kind: "rank" },
      { header: tx.t("rpColRankChange"), kind: "symbol" },
      { header: tx.t("rpColIndex"), kind: "index" },
    ],
    dropped.map((d, i) => [
      i + 1,
      d.unit,
      d.group,
      d.from,
      d.to,
      tx.t("changeDown", { steps: String(d.to - d.from) }),
      unitOf(d.group, d.unit)?.index ?? null,
    ]),
    analysis.previousSource === null ? tx.t("rpDroppedNoPrevious") : tx.t("rpDroppedNone"),
  );

  signature(b, settings, tx);
  return b.build({
    kind: "actions",
    name,
    footer: PAGE_FOOTER[tx.language],
    columnWidths: WIDTHS,
    freezeRows: titleRow + 1,
    titleRows: { top: titleRow, bottom: titleRow },
  });
}
