/**
 * The CCHC worksheet functions (namespace CCHC in the manifest). Each one is a thin wrapper: read the
 * arguments, call the core, turn a domain error into CustomFunctions.Error with a Vietnamese message.
 * Ids and argument positions are a contract (DESIGN.md): Excel caches them in workbooks forever.
 * INDEX and RANK share built-in names on purpose; Excel shows them as CCHC.INDEX / CCHC.RANK (README, chapter 4).
 */
import { bandOf, DEFAULT_BANDS, type Band } from "../core/bands";
import { readCell, stripDiacritics } from "../core/cellValue";
import { CchcError } from "../core/errors";
import { rankAll, rankOf } from "../core/ranking";
import {
  computeIndex,
  DEFAULT_THRESHOLD_PERCENT,
  isBelowThreshold,
  rankChange as changeOfRank,
} from "../core/scoring";
import {
  asMatrix,
  groupLabel,
  isOmitted,
  optionalNumber,
  readGroups,
  readRankOptions,
  readRankValues,
  requireNumber,
} from "./arguments";
import { toCustomFunctionsError } from "./errors";

/**
 * How equal values share ranks.
 * @customenum {number}
 */
export enum TIEMETHOD {
  /** Competition ranking, as RANK.EQ: 1, 2, 2, 4 (default). */
  COMPETITION = 0,
  /** Dense ranking: 1, 2, 2, 3. */
  DENSE = 1,
}

function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toCustomFunctionsError(error);
  }
}

function isAbsent(range: unknown): boolean {
  return range === null || range === undefined;
}

/**
 * The index of a unit or a component: points ÷ maximum × 100, at full precision.
 * @customfunction INDEX
 * @helpurl https://localhost:3000/help.html#cchc-index
 * @param score Points obtained (a number, or text such as "85,5").
 * @param max Maximum points (greater than 0).
 * @returns The index in percent (0–100).
 */
export function index(score: unknown, max: unknown): number {
  return run(() => computeIndex(requireNumber(score, "điểm"), requireNumber(max, "điểm tối đa")));
}

/**
 * The rank of a value among values, highest first (1 = highest; ties share a rank: 1, 2, 2, 4), within one group when groups are given.
 * @customfunction RANK
 * @helpurl https://localhost:3000/help.html#cchc-rank
 * @param value The index or score to rank.
 * @param values The indices or scores of all units; blanks, text and "-"/"KAD" are left out.
 * @param [groups] The group (khối) of each unit, same size as values.
 * @param [group] The group to rank within.
 * @param [method] 0 = competition ranking 1, 2, 2, 4 (default); 1 = dense ranking 1, 2, 2, 3.
 * @param [decimals] Rank on values rounded to this many decimals (default: full precision).
 * @returns The rank (1 = highest).
 */
export function rank(
  value: unknown,
  values: unknown[][],
  groups?: unknown[][],
  group?: unknown,
  method?: TIEMETHOD,
  decimals?: number,
): number {
  return run(() => {
    const target = requireNumber(value, "giá trị");
    const matrix = asMatrix(values);
    const numbers = readRankValues(matrix, "giá trị (values)");
    const options = readRankOptions(method, decimals);
    if (isAbsent(groups)) {
      if (!isOmitted(group)) throw new CchcError("#VALUE!", "groupWithoutGroups");
      return rankOf(target, numbers, options);
    }
    if (isOmitted(group)) throw new CchcError("#VALUE!", "groupsWithoutGroup");
    const labels = readGroups(asMatrix(groups), matrix, "khối (groups)");
    const wanted = groupLabel(group);
    return rankOf(
      target,
      numbers.map((n, i) => (labels[i] === wanted ? n : null)),
      options,
    );
  });
}

/**
 * Ranks every row of values at once (spills one rank per row), within groups when given; "" for rows without a number.
 * @customfunction RANKS
 * @helpurl https://localhost:3000/help.html#cchc-ranks
 * @param values One column of indices or scores.
 * @param [groups] The group (khối) of each row, same size as values.
 * @param [method] 0 = competition ranking 1, 2, 2, 4 (default); 1 = dense ranking 1, 2, 2, 3.
 * @param [decimals] Rank on values rounded to this many decimals (default: full precision).
 * @returns A column of ranks.
 */
export function ranks(
  values: unknown[][],
  groups?: unknown[][],
  method?: TIEMETHOD,
  decimals?: number,
): unknown[][] {
  return run(() => {
    const matrix = asMatrix(values);
    const rows = matrix.length;
    const columns = rows > 0 ? matrix[0].length : 0;
    if (rows > 1 && columns > 1) throw new CchcError("#VALUE!", "notOneColumn", { rows, columns });
    const numbers = readRankValues(matrix, "giá trị (values)");
    const labels = isAbsent(groups) ? undefined : readGroups(asMatrix(groups), matrix, "khối (groups)");
    const result = rankAll(numbers, labels, readRankOptions(method, decimals)).map((r) => r ?? "");
    return columns > 1 ? [result] : result.map((r) => [r]);
  });
}

/**
 * TRUE when a score is below a threshold (default 75%) of its maximum, decided exactly as Excel shows the numbers: 7.35 of 9.8 is 75% and not below.
 * @customfunction BELOW75
 * @helpurl https://localhost:3000/help.html#cchc-below75
 * @param score Points obtained.
 * @param max Maximum points (greater than 0).
 * @param [threshold] Threshold in percent (75) or as a fraction (0.75); default 75.
 * @returns TRUE when below the threshold.
 */
export function below75(score: unknown, max: unknown, threshold?: unknown): boolean {
  return run(() =>
    isBelowThreshold(
      requireNumber(score, "điểm"),
      requireNumber(max, "điểm tối đa"),
      optionalNumber(threshold, "ngưỡng", DEFAULT_THRESHOLD_PERCENT),
    ),
  );
}

/**
 * The change of rank since last year: previous − current (positive = moved up, negative = dropped); #N/A when there is no previous rank.
 * @customfunction RANKCHANGE
 * @helpurl https://localhost:3000/help.html#cchc-rankchange
 * @param current This year's rank.
 * @param previous Last year's rank.
 * @returns previous − current.
 */
export function rankChange(current: unknown, previous: unknown): number {
  return run(() => {
    if (isOmitted(previous) || isNotComparable(previous)) {
      throw new CchcError("#N/A", "previousRankMissing");
    }
    if (isOmitted(current)) throw new CchcError("#N/A", "currentRankMissing");
    return changeOfRank(
      requireNumber(current, "thứ hạng năm nay"),
      requireNumber(previous, "thứ hạng năm trước"),
    );
  });
}

/**
 * The classification band of an index: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu below — or your own bands.
 * @customfunction RATING
 * @helpurl https://localhost:3000/help.html#cchc-rating
 * @param index The index in percent (0–100).
 * @param [bands] Your own bands: 2 columns, lower bound and label.
 * @returns The band's label.
 */
export function rating(index: unknown, bands?: unknown[][]): string {
  return run(() => {
    const value = requireNumber(index, "chỉ số");
    return bandOf(value, isAbsent(bands) ? DEFAULT_BANDS : readBands(asMatrix(bands))).label;
  });
}

function readBands(matrix: unknown[][]): Band[] {
  const bands: Band[] = [];
  matrix.forEach((row, r) => {
    const bound = readCell(row[0]);
    const label = readCell(row[1]);
    if (bound.kind === "blank" && label.kind === "blank") return;
    if (row.length < 2 || bound.kind !== "number" || (label.kind !== "text" && label.kind !== "number")) {
      throw new CchcError("#VALUE!", "badBandRow", { row: r + 1 });
    }
    bands.push({ min: bound.value, label: label.kind === "text" ? label.text : String(label.value) });
  });
  return bands;
}

/** A previous-rank cell that says there is nothing to compare with: "-", "KAD", "mới" (new unit). */
function isNotComparable(previous: unknown): boolean {
  const reading = readCell(previous);
  if (reading.kind === "notApplicable") return true;
  return reading.kind === "text" && ["moi", "new"].includes(stripDiacritics(reading.text).toLowerCase());
}
