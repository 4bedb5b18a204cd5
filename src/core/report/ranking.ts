/**
 * The ranking sheet (Xếp hạng), ready to publish: letterhead and title, each group under its heading with
 * its units in rank order — STT, unit, points, maximum, index (two decimals shown, full precision kept),
 * rank, last year's rank, the change in symbols and the reason when it is "—", the band — and the
 * signature. Long rankings break pages by group; the header row repeats on every printed page.
 */
import type { Analysis, UnitResult } from "../analyse";
import type { PlanValue, SheetPlan } from "../plan";
import { HEAD_RATING_LABELS } from "../ratings";
import { SheetBuilder, HEADER_FILL, type TableColumn, PAGE_FOOTER } from "./builder";
import { romanNumeral, type ReportContext, type Texts } from "./context";
import type { DocumentHead } from "./document";
import { letterhead, signature } from "./letterhead";
import { changeLabel, notComparableNote, notRankedNote, unitsByGroup } from "./units";

/** Rows that fit on one landscape A4 page under the title: longer rankings start each group on a new page. */
export const PAGE_ROWS = 30;

/** Notes for units whose index shows the same two decimals as a unit ranked differently in the group. */
function clashNotes(units: readonly UnitResult[], tx: Texts): Map<UnitResult, string> {
  const ranksByShown = new Map<string, Set<number>>();
  for (const u of units) {
    if (u.index === null || u.rank === null) continue;
    const shown = tx.num(u.index, 2);
    const ranks = ranksByShown.get(shown) ?? new Set<number>();
    ranks.add(u.rank);
    ranksByShown.set(shown, ranks);
  }
  const notes = new Map<UnitResult, string>();
  for (const u of units) {
    if (u.index === null || u.rank === null) continue;
    if ((ranksByShown.get(tx.num(u.index, 2))?.size ?? 0) > 1)
      notes.set(u, tx.t("rpNoteFullIndex", { index: tx.num(u.index, 6) }));
  }
  return notes;
}

export function planRanking(
  analysis: Analysis,
  context: ReportContext,
  tx: Texts,
  name: string,
  head: DocumentHead,
): SheetPlan {
  const settings = context.settings;
  const withPrevious = analysis.previousSource !== null;
  const y = analysis.year;
  const columns: (TableColumn & { width: number })[] = [
    { header: tx.t("rpColStt"), kind: "stt", width: 6 },
    { header: tx.t("rpColUnit"), kind: "text", width: 36 },
    { header: tx.t("rpColScore"), kind: "points", width: 10 },
    { header: tx.t("rpColMax"), kind: "points", width: 10 },
    { header: tx.t("rpColIndex"), kind: "index", width: 10 },
    {
      header: withPrevious && y !== null ? tx.t("rpColRankYear", { year: String(y) }) : tx.t("rpColRank"),
      kind: "rank",
      width: 10,
    },
  ];
  if (withPrevious) {
    columns.push(
      {
        header: y !== null ? tx.t("rpColRankYear", { year: String(y - 1) }) : tx.t("rpColRankPrevious"),
        kind: "rank",
        width: 10,
      },
      { header: tx.t("rpColChange"), kind: "symbol", width: 11 },
    );
  }
  // The band is the index's class, not the head's rating: the rating stands beside it when known.
  const rated = analysis.units.some((u) => u.rating !== null);
  columns.push({ header: tx.t("rpColBand"), kind: "center", width: 12 });
  if (rated) columns.push({ header: tx.t("rpColRating"), kind: "center", width: 14 });
  columns.push({ header: tx.t("rpColNote"), kind: "text", width: 34 });

  const b = new SheetBuilder(columns.length, tx.t("rpCellCut"));
  letterhead(
    b,
    head,
    tx,
    tx.t("rpRankingTitle", { year: y !== null ? tx.t("rpTitleYear", { year: String(y) }) : "" }),
    tx.t("rpRankingSubtitle"),
  );
  const header = b.header(columns);
  const bodyTop = b.next;
  const headings: number[] = [];
  unitsByGroup(analysis, "rank").forEach(({ group, units }, g) => {
    const r = b.row([tx.t("rpGroupHeading", { numeral: romanNumeral(g + 1), name: group })]);
    b.mergeArea(r, 0, r, columns.length - 1);
    headings.push(r);
    const clashes = clashNotes(units, tx);
    units.forEach((u, i) => {
      const notes = [
        notRankedNote(u, tx),
        withPrevious ? notComparableNote(u, tx) : null,
        clashes.get(u) ?? null,
      ];
      const row: PlanValue[] = [i + 1, u.name, u.score, u.max, u.index, u.rank ?? tx.t("changeNone")];
      if (withPrevious) row.push(u.previousRank, u.rank === null ? tx.t("changeNone") : changeLabel(u, tx));
      row.push(u.band);
      if (rated)
        row.push(
          u.rating === null
            ? null
            : u.ratingDerived
              ? tx.t("rpRatingDerived", { rating: HEAD_RATING_LABELS[u.rating] })
              : HEAD_RATING_LABELS[u.rating],
        );
      row.push(notes.filter((n): n is string => n !== null).join("; ") || null);
      b.row(row);
    });
  });
  const bodyBottom = b.next - 1;
  b.tableStyles(header, bodyTop, bodyBottom, columns);
  // Group headings over the column styles (later areas win).
  for (const r of headings)
    b.style(r, 0, r, columns.length - 1, {
      bold: true,
      horizontal: "left",
      fill: HEADER_FILL,
      numberFormat: "@",
    });
  signature(b, settings, tx);

  const long = bodyBottom - bodyTop + 1 > PAGE_ROWS;
  return b.build({
    kind: "ranking",
    name,
    footer: PAGE_FOOTER[tx.language],
    columnWidths: columns.map((c) => c.width),
    freezeRows: header + 1,
    titleRows: { top: header, bottom: header },
    breaksBefore: long ? headings.slice(1) : [],
  });
}
