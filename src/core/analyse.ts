/**
 * The analysis of DOMAIN.md over detected tables, in parts: the units read from their cells
 * (analysis/readUnits.ts), the plausibility gates (analysis/plausibility.ts), ranks and last year's ranks
 * (analysis/previous.ts), head ratings and the review list (analysis/ratings.ts), the explanation list and
 * per-component statistics (analysis/lists.ts). The result types are in analysis/model.ts.
 */
import { bandOf, normaliseBands } from "./bands";
import { foldText, unitKey } from "./names";
import { problem, type Problem } from "./problems";
import { isBelowThreshold } from "./scoring";
import type { Settings } from "./settings";
import type { MessageKey } from "../i18n/messages";
import { componentStatistics, explanationList, findCheckedComponents } from "./analysis/lists";
import type { Analysis, SourceTable, UnitResult } from "./analysis/model";
import { implausibility, repeatedUnits } from "./analysis/plausibility";
import { rankUnits, resolvePrevious } from "./analysis/previous";
import { deadlineOf, rateUnits, reviewList } from "./analysis/ratings";
import { readUnits, type ReadUnit } from "./analysis/readUnits";

export type {
  Analysis,
  ComponentResult,
  ComponentStat,
  Explanation,
  NotComparableReason,
  Review,
  SourceTable,
  UnitResult,
} from "./analysis/model";
export { previousRanks } from "./analysis/previous";

export interface AnalyseInput {
  readonly current: readonly SourceTable[];
  /** Last year's tables (another sheet or workbook), if any. */
  readonly previous?: readonly SourceTable[];
  readonly settings: Settings;
  /** Problems found before the analysis (detection notices) to report with the rest. */
  readonly notices?: readonly Problem[];
}

/** Warns about a unit name that appears twice in a group. */
function checkDuplicates(units: readonly ReadUnit[], keys: readonly string[], warnings: Problem[]): void {
  const seen = new Map<string, ReadUnit>();
  for (const [i, unit] of units.entries()) {
    const k = `${unit.group}\u0000${keys[i]}`;
    const first = seen.get(k);
    if (first) {
      warnings.push(
        problem(
          "duplicateUnit",
          { name: unit.name, group: unit.group, first: first.row, second: unit.row },
          unit.cells.name,
        ),
      );
    } else {
      seen.set(k, unit);
    }
  }
}

/** Components across the sheets, by name, in first-seen order; each table's components mapped to them. */
function componentCatalogue(current: readonly SourceTable[]) {
  const names: { name: string; max: number | null }[] = [];
  const folded: string[] = [];
  const idsPerTable = current.map((s) =>
    s.table.components.map((c) => {
      const key = foldText(c.name);
      let id = folded.indexOf(key);
      if (id < 0) {
        id = folded.push(key) - 1;
        names.push({ name: c.name, max: c.max });
      }
      return id;
    }),
  );
  return { names, idsPerTable };
}

/** The maximum most units have, for a field whose maximum is given per unit. */
function commonMax(units: readonly ReadUnit[], id: number): number | null {
  const counts = new Map<number, number>();
  for (const u of units) {
    const c = u.components.find((x) => x.id === id);
    if (c?.max !== null && c?.max !== undefined) counts.set(c.max, (counts.get(c.max) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [max, n] of counts) if (best === null || n > (counts.get(best) as number)) best = max;
  return best;
}

export function analyse(input: AnalyseInput): Analysis {
  const { settings } = input;
  const warnings: Problem[] = [...(input.notices ?? []), ...input.current.flatMap((s) => s.table.warnings)];
  const catalogue = componentCatalogue(input.current);
  const perTable = input.current.map((s, i) => readUnits(s, warnings, catalogue.idsPerTable[i]));
  const units = perTable.flat();
  const keysPerTable = perTable.map((table) => table.map((u) => unitKey(u.name)));
  let refusal: Problem | null = null;
  input.current.forEach((s, i) => {
    const table = perTable[i];
    refusal =
      refusal ??
      repeatedUnits(
        s.table,
        table,
        keysPerTable[i],
        table.map((u) => u.group),
      ) ??
      implausibility(s.table, table);
  });
  checkDuplicates(units, keysPerTable.flat(), warnings);
  const componentNames = catalogue.names.map((c, id) => ({ ...c, max: c.max ?? commonMax(units, id) }));
  const year = settings.year ?? input.current.find((s) => s.table.year !== null)?.table.year ?? null;
  const checked = findCheckedComponents(componentNames, settings, warnings);
  const ranks = rankUnits(units, settings);
  const bands = normaliseBands(settings.bands);
  const previous = resolvePrevious(units, input.previous, settings, warnings);
  refusal = refusal ?? previous.refusal;
  const newUnits = new Set(settings.newUnits.map(unitKey));
  const ratings = rateUnits(units, settings, warnings);

  const results: UnitResult[] = units.map((u, i) => {
    const rank = ranks[i];
    let reason = previous.reasons[i];
    const prev = previous.previousRank[i];
    if (rank === null) reason = "notComparableNotRanked";
    if (reason !== null && newUnits.size > 0 && newUnits.has(unitKey(u.name))) reason = "notComparableNew";
    const comparable = reason === null && rank !== null && prev !== null;
    return {
      name: u.name,
      group: u.group,
      // The sheet of the unit's name: its own form's sheet when each unit has one.
      sheet: u.cells.name.sheet,
      row: u.row,
      score: u.score,
      max: u.max,
      index: u.index,
      band: u.index !== null && u.index >= 0 && u.index <= 100 ? bandOf(u.index, bands, true).label : null,
      rank,
      previousRank: comparable ? prev : null,
      rankChange: comparable ? (prev as number) - (rank as number) : null,
      comparable,
      notComparableReason: comparable ? null : reason,
      rating: ratings[i].rating,
      ratingDerived: ratings[i].derived,
      components: u.components.map((c) => ({
        ...c,
        below:
          c.applicable && c.score !== null && c.max !== null && c.percent !== null
            ? isBelowThreshold(c.score, c.max, settings.threshold)
            : null,
      })),
      assessed: u.assessed,
      cells: u.cells,
    };
  });

  const deadline = deadlineOf(settings, year);
  const anyRating = ratings.some((r) => r.rating !== null);
  const reviewsNote: MessageKey | null = anyRating ? null : "noRatings";
  const reviews = reviewList(results, settings, deadline);
  if (!anyRating) warnings.push(problem("noRatings"));
  const explanations = explanationList(results, checked, settings);
  const groupOrder = [...new Set(results.map((u) => u.group))];

  return {
    year,
    tables: input.current.map((s) => s.table),
    sheets: input.current.flatMap((s) => s.table.sheets ?? [s.table.sheet]),
    groups: groupOrder.map((name) => ({ name, units: results.filter((u) => u.group === name).length })),
    components: componentNames.map((c, i) => ({ name: c.name, max: c.max, checked: checked.has(i) })),
    units: results,
    dropped: results
      .filter((u) => u.comparable && (u.rankChange as number) < 0)
      .map((u) => ({ unit: u.name, group: u.group, from: u.previousRank as number, to: u.rank as number })),
    reviews,
    explanations,
    componentStats: componentStatistics(componentNames, results, groupOrder),
    notAssessed: results
      .filter((u) => u.rank === null)
      .map((u) => ({ unit: u.name, group: u.group, sheet: u.sheet, row: u.row })),
    unmatchedPrevious: previous.unmatchedPrevious,
    reviewsNote,
    reviewDeadline: deadline,
    previousSource: previous.source,
    previousSheets:
      previous.source === "table"
        ? (input.previous ?? []).flatMap((s) => s.table.sheets ?? [s.table.sheet])
        : [],
    warnings,
    refusal,
  };
}
