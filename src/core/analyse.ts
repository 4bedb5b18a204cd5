/**
 * The analysis of DOMAIN.md over detected tables: each unit's points, maximum and index at full
 * precision, ranks per group, last year's ranks and the change, the dropped units, components below the
 * threshold, head ratings, the review list, the explanation list and per-component statistics — with a
 * warning for every cell that could not be read as intended.
 */
import { bandOf, normaliseBands } from "./bands";
import { readCell, type CellReading } from "./cellValue";
import type { ComponentSpec, DetectedTable } from "./detect";
import { matchUnits } from "./matching";
import { foldText, unitKey } from "./names";
import { canonical } from "./precision";
import { problem, type Problem } from "./problems";
import { rankAll } from "./ranking";
import { implausibility, TOLERANCE } from "./analysis/plausibility";
import { HEAD_RATING_LABELS, parseHeadRating, type HeadRating } from "./ratings";
import { isBelowThreshold } from "./scoring";
import { entryOf, type Settings } from "./settings";
import { SheetView } from "./sheetView";
import type { Grid } from "./grid";
import { DEFAULT_CHECKED_COMPONENTS } from "./vocabulary";
import type { MessageKey } from "../i18n/messages";

export interface ComponentResult {
  /** Index of the component in Analysis.components (the same field across sheets). */
  readonly id: number;
  readonly name: string;
  /** Points, null when not applicable or unreadable. */
  readonly score: number | null;
  readonly max: number | null;
  /** 0–100 at full precision. */
  readonly percent: number | null;
  readonly below: boolean | null;
  readonly applicable: boolean;
}

export type NotComparableReason =
  | "notComparableNew"
  | "notComparableNoPrevious"
  | "notComparableUnmatched"
  | "notComparableAmbiguous"
  | "notComparableGroup"
  | "notComparableNotRanked"
  | "notComparableNoRank";

export interface UnitResult {
  readonly name: string;
  readonly group: string;
  readonly sheet: string;
  readonly row: number;
  readonly score: number | null;
  readonly max: number | null;
  readonly index: number | null;
  readonly band: string | null;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly comparable: boolean;
  readonly notComparableReason: NotComparableReason | null;
  readonly rating: HeadRating | null;
  readonly ratingDerived: boolean;
  readonly components: readonly ComponentResult[];
  readonly assessed: boolean;
}

export interface Review {
  readonly unit: string;
  readonly group: string;
  readonly index: number | null;
  readonly rank: number | null;
  readonly rankChange: number | null;
  readonly rating: HeadRating;
  readonly ratingDerived: boolean;
  readonly reasons: readonly {
    readonly key: MessageKey;
    readonly params: Readonly<Record<string, string | number>>;
  }[];
  readonly attendee: string | null;
  readonly deadline: string | null;
  readonly sendTo: string;
}

export interface Explanation {
  readonly unit: string;
  readonly group: string;
  readonly component: string;
  readonly score: number;
  readonly max: number;
  readonly percent: number;
}

export interface ComponentStat {
  readonly component: string;
  readonly group: string;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly below: number;
}

export interface Analysis {
  readonly year: number | null;
  /** What detection found: this year's tables, with their columns (for highlights and the pane's Table step). */
  readonly tables: readonly DetectedTable[];
  readonly sheets: readonly string[];
  readonly groups: readonly { readonly name: string; readonly units: number }[];
  readonly components: readonly {
    readonly name: string;
    readonly max: number | null;
    readonly checked: boolean;
  }[];
  readonly units: readonly UnitResult[];
  readonly dropped: readonly {
    readonly unit: string;
    readonly group: string;
    readonly from: number;
    readonly to: number;
  }[];
  readonly reviews: readonly Review[];
  readonly explanations: readonly Explanation[];
  readonly componentStats: readonly ComponentStat[];
  readonly notAssessed: readonly {
    readonly unit: string;
    readonly group: string;
    readonly sheet: string;
    readonly row: number;
  }[];
  readonly unmatchedPrevious: readonly { readonly name: string; readonly group: string }[];
  /** Why the review list is empty, when it is for lack of ratings. */
  readonly reviewsNote: MessageKey | null;
  /** Deadline of the review meetings (YYYY-MM-DD), null when neither the settings nor the year give one. */
  readonly reviewDeadline: string | null;
  readonly previousSource: "column" | "table" | null;
  /** Last year's sheets when previousSource is "table". */
  readonly previousSheets: readonly string[];
  readonly warnings: readonly Problem[];
  /**
   * Why the numbers cannot be true (an index outside 0–100, a systematic disagreement…), naming the column and
   * what it was taken for; null when plausible. Nothing may be reported or highlighted from a refused analysis.
   */
  readonly refusal: Problem | null;
}

/** A detected table with the grid it came from. */
export interface SourceTable {
  readonly table: DetectedTable;
  readonly grid: Grid;
}

interface ReadUnit {
  readonly table: DetectedTable;
  readonly name: string;
  readonly group: string;
  readonly row: number;
  readonly components: ComponentResult[];
  readonly score: number | null;
  readonly scoreFrom: "column" | "fields" | null;
  readonly max: number | null;
  readonly maxFrom: "column" | "fields" | "table" | null;
  readonly index: number | null;
  readonly sheetIndex: number | null;
  readonly componentSum: number | null;
  readonly assessed: boolean;
  readonly previousRankCell: CellReading | null;
  readonly rankCell: CellReading | null;
  readonly ratingText: string | null;
}

/** Reads the units of one table: points, maxima, index, with warnings for every unreadable cell. */
function readUnits(source: SourceTable, warnings: Problem[], componentIds?: readonly number[]): ReadUnit[] {
  const { table, grid } = source;
  const view = new SheetView(grid);
  const sheet = table.sheet;
  const roles = table.roles;
  const indexColumn = roles.index;
  // The index column's scale: percent-formatted or all values ≤ 1 means fractions (0.8586 = 85.86 %).
  let fractionIndex = false;
  if (indexColumn !== undefined) {
    const formats = table.units.map((u) => view.numberFormat(u.row, indexColumn) ?? "");
    const numbers = table.units
      .map((u) => readCell(view.value(u.row, indexColumn)))
      .filter((r): r is Extract<CellReading, { kind: "number" }> => r.kind === "number" && !r.percent);
    fractionIndex =
      formats.some((f) => f.includes("%")) ||
      (numbers.length > 0 && numbers.every((r) => r.value <= 1) && numbers.some((r) => r.value > 0));
  }

  for (const c of table.components) {
    if (c.max === null)
      warnings.push(problem("maxMissing", { component: c.name }, { sheet, column: c.columns[0] }));
  }

  return table.units.map((unit) => {
    const where = (column: number | undefined) => ({ sheet, row: unit.row, column: column ?? null });
    let anyValue = false;
    const components = table.components.map((spec: ComponentSpec, k): ComponentResult => {
      const id = componentIds ? componentIds[k] : k;
      let score: number | null = 0;
      let applicable = true;
      let blank = true;
      for (const column of spec.columns) {
        const raw = view.value(unit.row, column);
        if (typeof raw === "number" && Number.isFinite(raw)) {
          blank = false;
          if (score !== null) score += raw;
          continue;
        }
        const reading = readCell(raw);
        switch (reading.kind) {
          case "number":
            blank = false;
            if (score !== null) score += reading.value;
            break;
          case "blank":
            break;
          case "notApplicable":
            blank = false;
            applicable = false;
            break;
          case "error":
            blank = false;
            score = null;
            warnings.push(
              problem("componentError", { component: spec.name, code: reading.code }, where(column)),
            );
            break;
          case "ambiguous":
            blank = false;
            score = null;
            warnings.push(
              problem(
                "componentAmbiguous",
                { component: spec.name, text: reading.text, readings: reading.readings.join(" / ") },
                where(column),
              ),
            );
            break;
          case "boolean":
          case "text":
            blank = false;
            score = null;
            warnings.push(
              problem(
                "componentNotNumber",
                {
                  component: spec.name,
                  text: reading.kind === "text" ? reading.text : String(reading.value),
                },
                where(column),
              ),
            );
            break;
        }
      }
      if (!blank) anyValue = true;
      if (!applicable)
        return { id, name: spec.name, score: null, max: null, percent: null, below: null, applicable };
      if (blank) score = null;
      const max = spec.max;
      if (score !== null) {
        score = canonical(score);
        if (score < 0) {
          warnings.push(
            problem("componentNegative", { component: spec.name, score }, where(spec.columns[0])),
          );
        } else if (max !== null && score > canonical(max)) {
          warnings.push(
            problem("componentAboveMax", { component: spec.name, score, max }, where(spec.columns[0])),
          );
        }
      }
      const valid = score !== null && max !== null && max > 0 && score >= 0 && score <= canonical(max);
      return {
        id,
        name: spec.name,
        score,
        max,
        percent: valid ? canonical(((score as number) / (max as number)) * 100) : null,
        below: null,
        applicable,
      };
    });

    // Total points: the total column, else the sum of the components.
    let score: number | null = null;
    let scoreFrom: ReadUnit["scoreFrom"] = null;
    const componentScores = components
      .filter((c) => c.applicable && c.score !== null)
      .map((c) => c.score as number);
    const componentSum =
      componentScores.length > 0 ? canonical(componentScores.reduce((a, b) => a + b, 0)) : null;
    const allComponentsRead = components.every((c) => !c.applicable || c.score !== null);
    if (roles.total !== undefined) {
      const reading = readCell(view.value(unit.row, roles.total));
      if (reading.kind === "number") {
        score = canonical(reading.value);
        scoreFrom = "column";
        if (componentSum !== null && allComponentsRead && Math.abs(componentSum - score) > TOLERANCE) {
          warnings.push(
            problem("totalDisagrees", { sheetValue: score, computed: componentSum }, where(roles.total)),
          );
        }
      } else if (reading.kind === "error") {
        warnings.push(problem("totalError", { name: unit.name, code: reading.code }, where(roles.total)));
      } else if (reading.kind !== "blank") {
        warnings.push(
          problem("totalNotNumber", { name: unit.name, text: textOfReading(reading) }, where(roles.total)),
        );
      } else if (allComponentsRead && componentSum !== null) {
        // Never silently: a blank total replaced by the components' sum is said (issue 8, 2f).
        warnings.push(
          problem("totalBlankComputed", { name: unit.name, computed: componentSum }, where(roles.total)),
        );
      }
    }
    if (score === null && allComponentsRead) {
      score = componentSum;
      scoreFrom = score !== null ? "fields" : null;
    }

    // The unit's maximum: its own column, else the maxima of the components that apply, else the table's.
    let max: number | null = null;
    let maxFrom: ReadUnit["maxFrom"] = null;
    if (roles.unitMax !== undefined) {
      const reading = readCell(view.value(unit.row, roles.unitMax));
      if (reading.kind === "number") {
        max = canonical(reading.value);
        maxFrom = "column";
      }
    }
    if (max === null) {
      const applicable = table.components.filter((_, i) => components[i].applicable);
      const someNotApplicable = applicable.length < table.components.length;
      if (
        (someNotApplicable || table.totalMax === null) &&
        applicable.length > 0 &&
        applicable.every((c) => c.max !== null)
      ) {
        max = canonical(applicable.reduce((sum, c) => sum + (c.max as number), 0));
        maxFrom = "fields";
      } else if (table.totalMax !== null) {
        max = table.totalMax;
        maxFrom = "table";
      }
    }

    // The index: computed from points and maximum at full precision; the sheet's own index is checked against it.
    let index: number | null = null;
    let sheetIndex: number | null = null;
    if (indexColumn !== undefined) {
      const reading = readCell(view.value(unit.row, indexColumn));
      if (reading.kind === "number") {
        sheetIndex = canonical(fractionIndex && !reading.percent ? reading.value * 100 : reading.value);
      } else if (reading.kind === "error") {
        warnings.push(problem("indexError", { name: unit.name, code: reading.code }, where(indexColumn)));
      } else if (reading.kind !== "blank") {
        warnings.push(
          problem("indexNotNumber", { name: unit.name, text: textOfReading(reading) }, where(indexColumn)),
        );
      }
    }
    if (score !== null && max !== null) {
      if (max <= 0) {
        warnings.push(
          problem("unitMaxNotPositive", { name: unit.name, max }, where(roles.unitMax ?? roles.total)),
        );
      } else {
        if (score < 0)
          warnings.push(problem("totalNegative", { name: unit.name, score }, where(roles.total)));
        else if (score > max)
          warnings.push(problem("totalAboveMax", { name: unit.name, score, max }, where(roles.total)));
        index = canonical((score / max) * 100);
        if (sheetIndex !== null && Math.abs(sheetIndex - index) > TOLERANCE) {
          warnings.push(
            problem("indexDisagrees", { sheetValue: sheetIndex, computed: index }, where(indexColumn)),
          );
        }
      }
    } else if (sheetIndex !== null) {
      index = sheetIndex;
      if (score !== null && table.components.length > 0) {
        warnings.push(problem("unitMaxMissing", { name: unit.name }, where(roles.total)));
      }
    }
    // Assessed when a component holds something (a total formula showing 0 over blank cells is not a score).
    const assessed = table.components.length > 0 ? anyValue : score !== null || sheetIndex !== null;
    if (!assessed) warnings.push(problem("notAssessed", { name: unit.name }, where(roles.name)));
    else if (index === null) warnings.push(problem("noIndex", { name: unit.name }, where(roles.name)));

    const previousRankCell =
      roles.previousRank !== undefined ? readCell(view.value(unit.row, roles.previousRank)) : null;
    const rankCell = roles.rank !== undefined ? readCell(view.value(unit.row, roles.rank)) : null;
    const ratingValue = roles.rating !== undefined ? view.text(unit.row, roles.rating) : "";
    return {
      table,
      name: unit.name,
      group: unit.group,
      row: unit.row,
      components,
      score,
      scoreFrom,
      max,
      maxFrom,
      index: assessed ? index : null,
      sheetIndex,
      componentSum: allComponentsRead ? componentSum : null,
      assessed,
      previousRankCell,
      rankCell,
      ratingText: ratingValue === "" ? null : ratingValue,
    };
  });
}

function textOfReading(reading: CellReading): string {
  switch (reading.kind) {
    case "number":
    case "boolean":
      return String(reading.value);
    case "error":
      return reading.code;
    case "blank":
      return "";
    default:
      return reading.text;
  }
}

/** Warns about a unit name that appears twice in a group. */
function checkDuplicates(units: readonly ReadUnit[], warnings: Problem[]): void {
  const seen = new Map<string, ReadUnit>();
  for (const unit of units) {
    const k = `${unit.group}\u0000${unitKey(unit.name)}`;
    const first = seen.get(k);
    if (first) {
      warnings.push(
        problem(
          "duplicateUnit",
          { name: unit.name, group: unit.group, first: first.row, second: unit.row },
          { sheet: unit.table.sheet, row: unit.row, column: unit.table.roles.name },
        ),
      );
    } else {
      seen.set(k, unit);
    }
  }
}

function rankUnits(units: readonly ReadUnit[], settings: Settings): (number | null)[] {
  return rankAll(
    units.map((u) => u.index),
    units.map((u) => u.group),
    { method: settings.tieMethod, decimals: settings.rankDecimals ?? undefined },
  );
}

/** Last year's ranks of a previous table: its rank column, else computed by the same rules. */
export function previousRanks(
  sources: readonly SourceTable[],
  settings: Settings,
): { name: string; group: string; rank: number | null }[] {
  const ignored: Problem[] = [];
  const units = sources.flatMap((s) => readUnits(s, ignored));
  const computed = rankUnits(units, settings);
  const hasRankColumn = units.length > 0 && units.every((u) => u.table.roles.rank !== undefined);
  return units.map((u, i) => {
    let rank = computed[i];
    if (
      hasRankColumn &&
      u.rankCell?.kind === "number" &&
      Number.isInteger(u.rankCell.value) &&
      u.rankCell.value > 0
    ) {
      rank = u.rankCell.value;
    }
    return { name: u.name, group: u.group, rank };
  });
}

function findCheckedComponents(
  components: readonly { name: string }[],
  settings: Settings,
  warnings: Problem[],
): Set<number> {
  const checked = new Set<number>();
  const wanted = settings.checkedComponents
    ? settings.checkedComponents.map((label) => ({
        label,
        test: (name: string) => foldText(name).includes(foldText(label)),
      }))
    : DEFAULT_CHECKED_COMPONENTS.map((d) => ({
        label: d.label,
        test: (name: string) => d.pattern.test(foldText(name)),
      }));
  for (const w of wanted) {
    const i = components.findIndex((c) => w.test(c.name));
    if (i < 0) warnings.push(problem("checkedComponentMissing", { component: w.label }));
    else checked.add(i);
  }
  return checked;
}

function deadlineOf(settings: Settings, year: number | null): string | null {
  if (settings.reviewDeadline) return settings.reviewDeadline;
  return year !== null ? `${year + 1}-03-15` : null;
}

/** Looks a unit up in a record keyed by unit names as the user typed them (any spelling of the name). */
function byUnitName<T>(record: Readonly<Record<string, T>>): (name: string) => T | undefined {
  const entries = Object.entries(record);
  if (entries.length === 0) return () => undefined;
  const keyed = new Map(entries.map(([key, value]) => [unitKey(key), value]));
  return (name) => entryOf(record, name) ?? keyed.get(unitKey(name));
}

export interface AnalyseInput {
  readonly current: readonly SourceTable[];
  /** Last year's tables (another sheet or workbook), if any. */
  readonly previous?: readonly SourceTable[];
  readonly settings: Settings;
  /** Problems found before the analysis (detection notices) to report with the rest. */
  readonly notices?: readonly Problem[];
}

export function analyse(input: AnalyseInput): Analysis {
  const { settings } = input;
  const warnings: Problem[] = [...(input.notices ?? []), ...input.current.flatMap((s) => s.table.warnings)];
  // Components across the sheets, by name, in first-seen order; each table's columns mapped to them.
  const componentNames: { name: string; max: number | null }[] = [];
  const folded: string[] = [];
  const idsPerTable = input.current.map((s) =>
    s.table.components.map((c) => {
      const key = foldText(c.name);
      let id = folded.indexOf(key);
      if (id < 0) {
        id = folded.push(key) - 1;
        componentNames.push({ name: c.name, max: c.max });
      }
      return id;
    }),
  );
  const perTable = input.current.map((s, i) => readUnits(s, warnings, idsPerTable[i]));
  const units = perTable.flat();
  let refusal: Problem | null = null;
  input.current.forEach((s, i) => {
    refusal = refusal ?? implausibility(s.table, perTable[i]);
  });
  checkDuplicates(units, warnings);
  const year = settings.year ?? input.current.find((s) => s.table.year !== null)?.table.year ?? null;

  const checked = findCheckedComponents(componentNames, settings, warnings);

  const ranks = rankUnits(units, settings);
  const bands = normaliseBands(settings.bands);

  // Last year's ranks: another table (sheet or workbook) when given, else a column of this table.
  const previousRank: (number | null)[] = units.map(() => null);
  const reasons: (NotComparableReason | null)[] = units.map(() => "notComparableNoPrevious");
  const unmatchedPrevious: { name: string; group: string }[] = [];
  let previousSource: Analysis["previousSource"] = null;
  if (input.previous && input.previous.length > 0) {
    previousSource = "table";
    const before = previousRanks(input.previous, settings);
    for (const source of input.previous) {
      const ignored: Problem[] = [];
      refusal = refusal ?? implausibility(source.table, readUnits(source, ignored));
    }
    const match = matchUnits(
      units.map((u) => ({ name: u.name, group: u.group })),
      before,
      settings.aliases,
    );
    if (match.groupsDiffer) {
      warnings.push(
        problem("previousGroupsDiffer", {
          previous: [...new Set(before.map((b) => b.group))].join(", "),
          current: [...new Set(units.map((u) => u.group))].join(", "),
        }),
      );
    }
    match.outcomes.forEach((outcome, i) => {
      switch (outcome.kind) {
        case "matched": {
          const rank = before[outcome.previous].rank;
          previousRank[i] = rank;
          reasons[i] = rank === null ? "notComparableNoRank" : null;
          break;
        }
        case "ambiguous":
          reasons[i] = "notComparableAmbiguous";
          warnings.push(
            problem(
              "ambiguousMatch",
              {
                name: units[i].name,
                candidates: outcome.candidates.map((j) => `“${before[j].name}”`).join(", "),
              },
              { sheet: units[i].table.sheet, row: units[i].row, column: units[i].table.roles.name },
            ),
          );
          break;
        case "groupMissing":
          reasons[i] = "notComparableGroup";
          break;
        default:
          reasons[i] = "notComparableUnmatched";
      }
    });
    for (const j of match.unmatchedPrevious)
      unmatchedPrevious.push({ name: before[j].name, group: before[j].group });
  } else if (units.some((u) => u.previousRankCell !== null)) {
    previousSource = "column";
    units.forEach((u, i) => {
      const cell = u.previousRankCell;
      if (cell === null || cell.kind === "blank" || cell.kind === "notApplicable") return;
      if (cell.kind === "number" && Number.isInteger(canonical(cell.value)) && cell.value >= 1) {
        previousRank[i] = canonical(cell.value);
        reasons[i] = null;
      } else {
        const text =
          cell.kind === "error"
            ? cell.code
            : "text" in cell
              ? cell.text
              : String(cell.kind === "number" ? cell.value : "");
        if (!["moi", "new"].includes(foldText(text))) {
          warnings.push(
            problem(
              "previousRankUnreadable",
              { name: u.name, text },
              {
                sheet: u.table.sheet,
                row: u.row,
                column: u.table.roles.previousRank,
              },
            ),
          );
        }
      }
    });
  }
  const newUnits = new Set(settings.newUnits.map(unitKey));

  // Head ratings: the sheet's column, the settings' entries, or (opt-in) derived from the index.
  const ratingBands = [...settings.ratingBands].sort((a, b) => b.min - a.min);
  const enteredRating = byUnitName(settings.ratings);
  const attendeeOf = byUnitName(settings.attendees);
  let anyRating = false;
  let anyDerived = false;
  const ratings = units.map((u) => {
    const entered = enteredRating(u.name);
    if (entered) return { rating: entered, derived: false };
    if (u.ratingText !== null) {
      const parsed = parseHeadRating(u.ratingText);
      if (parsed) return { rating: parsed, derived: false };
      warnings.push(
        problem(
          "ratingUnreadable",
          { name: u.name, text: u.ratingText },
          { sheet: u.table.sheet, row: u.row, column: u.table.roles.rating },
        ),
      );
    }
    if (settings.deriveRatings && u.index !== null) {
      const band = ratingBands.find((b) => canonical(u.index as number) >= b.min);
      if (band) return { rating: band.rating, derived: true };
    }
    return { rating: null, derived: false };
  });
  for (const r of ratings) {
    if (r.rating !== null) anyRating = true;
    if (r.derived) anyDerived = true;
  }
  if (anyDerived) warnings.push(problem("ratingsDerived"));

  const threshold = settings.threshold;
  const groupSizes = new Map<string, number>();
  units.forEach((u, i) => {
    if (ranks[i] !== null) groupSizes.set(u.group, (groupSizes.get(u.group) ?? 0) + 1);
  });
  const results: UnitResult[] = units.map((u, i) => {
    const rank = ranks[i];
    let reason = reasons[i];
    let prev = previousRank[i];
    if (rank === null) {
      reason = "notComparableNotRanked";
      prev = prev ?? null;
    }
    if (reason !== null && newUnits.size > 0 && newUnits.has(unitKey(u.name))) reason = "notComparableNew";
    const comparable = reason === null && rank !== null && prev !== null;
    const components = u.components.map((c) => ({
      ...c,
      below:
        c.applicable && c.score !== null && c.max !== null && c.percent !== null
          ? isBelowThreshold(c.score, c.max, threshold)
          : null,
    }));
    return {
      name: u.name,
      group: u.group,
      sheet: u.table.sheet,
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
      components,
      assessed: u.assessed,
    };
  });

  const dropped = results
    .filter((u) => u.comparable && (u.rankChange as number) < 0)
    .map((u) => ({ unit: u.name, group: u.group, from: u.previousRank as number, to: u.rank as number }));

  const deadline = deadlineOf(settings, year);
  const reviewRatings = new Set<HeadRating>(settings.reviewRatings);
  const reviews: Review[] = results
    .filter((u) => u.rating !== null && reviewRatings.has(u.rating))
    .map((u) => {
      const why: Review["reasons"][number][] = [
        {
          key: u.ratingDerived ? "reasonRatingDerived" : "reasonRating",
          params: { rating: HEAD_RATING_LABELS[u.rating as HeadRating] },
        },
      ];
      if (u.comparable && (u.rankChange as number) < 0) {
        why.push({ key: "reasonDropped", params: { steps: -(u.rankChange as number) } });
      }
      if (u.rank !== null && u.rank === groupSizes.get(u.group) && (groupSizes.get(u.group) ?? 0) > 1) {
        why.push({ key: "reasonLast", params: {} });
      }
      return {
        unit: u.name,
        group: u.group,
        index: u.index,
        rank: u.rank,
        rankChange: u.rankChange,
        rating: u.rating as HeadRating,
        ratingDerived: u.ratingDerived,
        reasons: why,
        attendee: attendeeOf(u.name) ?? null,
        deadline,
        sendTo: settings.sendTo,
      };
    });
  const reviewsNote: MessageKey | null = anyRating ? null : "noRatings";
  if (!anyRating) warnings.push(problem("noRatings"));

  const explanations: Explanation[] = [];
  for (const u of results) {
    if (!u.assessed) continue;
    const checkedResults = u.components.filter((c) => checked.has(c.id));
    const below = checkedResults.filter((c) => c.below === true);
    if (below.length === 0) continue;
    if (settings.explanationRule === "both" && below.length < checkedResults.length) continue;
    for (const c of below) {
      explanations.push({
        unit: u.name,
        group: u.group,
        component: c.name,
        score: c.score as number,
        max: c.max as number,
        percent: c.percent as number,
      });
    }
  }

  const groupOrder = [...new Set(results.map((u) => u.group))];
  const componentStats: ComponentStat[] = [];
  componentNames.forEach((component, id) => {
    for (const group of groupOrder) {
      let sum = 0;
      let count = 0;
      let min = Infinity;
      let max = -Infinity;
      let below = 0;
      for (const u of results) {
        if (u.group !== group) continue;
        const c = u.components.find((x) => x.id === id);
        if (c === undefined || !c.applicable || c.score === null) continue;
        sum += c.score;
        count++;
        min = Math.min(min, c.score);
        max = Math.max(max, c.score);
        if (c.below === true) below++;
      }
      componentStats.push({
        component: component.name,
        group,
        mean: count > 0 ? canonical(sum / count) : null,
        min: count > 0 ? min : null,
        max: count > 0 ? max : null,
        below,
      });
    }
  });

  return {
    year,
    tables: input.current.map((s) => s.table),
    sheets: input.current.map((s) => s.table.sheet),
    groups: groupOrder.map((name) => ({ name, units: results.filter((u) => u.group === name).length })),
    components: componentNames.map((c, i) => ({ name: c.name, max: c.max, checked: checked.has(i) })),
    units: results,
    dropped,
    reviews,
    explanations,
    componentStats,
    notAssessed: results
      .filter((u) => u.rank === null)
      .map((u) => ({ unit: u.name, group: u.group, sheet: u.sheet, row: u.row })),
    unmatchedPrevious,
    reviewsNote,
    reviewDeadline: deadline,
    previousSource,
    previousSheets: previousSource === "table" ? (input.previous ?? []).map((s) => s.table.sheet) : [],
    warnings,
    refusal,
  };
}
