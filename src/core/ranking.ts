/**
 * The one ranking routine (functions, pane and CLI alike): competition ranking (1, 2, 2, 4) by default or
 * dense ranking (1, 2, 2, 3), highest first, within groups, under the precision rule — values that differ
 * only by binary noise tie, values that merely look equal at 2 decimals do not. Optional rounding to N
 * decimals first (Excel's ROUND). O(n log n).
 */
import { canonical, roundHalfAwayFromZero } from "./precision";

export type TieMethod = "competition" | "dense";

export interface RankOptions {
  /** "competition" (default): 1, 2, 2, 4. "dense": 1, 2, 2, 3. */
  readonly method?: TieMethod;
  /** Rank on values rounded to this many decimals (ROUND, half away from zero); full precision when absent. */
  readonly decimals?: number;
}

/** The exact sort key of a value under the precision rule and the rounding option. */
export function rankKey(value: number, decimals?: number): number {
  return decimals === undefined ? canonical(value) : roundHalfAwayFromZero(value, decimals);
}

/**
 * One group's values, sorted ascending, cut into blocks of values equal under the precision rule. Sorting
 * raw doubles keeps the order of their 15-digit roundings, so equal values are contiguous; only neighbours
 * within binary noise of each other are rounded to decide whether they tie.
 */
class RankedGroup {
  private readonly sorted: Float64Array;
  /** For each sorted position: the last position of its block. */
  private readonly blockEnd: Int32Array;
  /** For each sorted position: how many blocks lie above its block. */
  private readonly blocksAbove: Int32Array;

  constructor(values: Float64Array, decimals: number | undefined) {
    const keys = decimals === undefined ? values : values.map((v) => roundHalfAwayFromZero(v, decimals));
    this.sorted = keys.sort();
    const n = this.sorted.length;
    const blockStart = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      blockStart[i] = i === 0 || !sameKey(this.sorted[i - 1], this.sorted[i]) ? i : blockStart[i - 1];
    }
    this.blockEnd = new Int32Array(n);
    this.blocksAbove = new Int32Array(n);
    let seen = 0;
    for (let i = n - 1; i >= 0; i--) {
      const isLast = i === n - 1 || blockStart[i + 1] !== blockStart[i];
      if (isLast) seen++;
      this.blockEnd[i] = isLast ? i : this.blockEnd[i + 1];
      this.blocksAbove[i] = seen - 1;
    }
  }

  /** Rank of a value of this group (or its rounded key). */
  rankOf(value: number, decimals: number | undefined, method: TieMethod): number {
    const key = decimals === undefined ? value : roundHalfAwayFromZero(value, decimals);
    const position = lowerBound(this.sorted, key);
    return method === "dense" ? this.blocksAbove[position] + 1 : this.sorted.length - this.blockEnd[position];
  }
}

/** Whether two ascending neighbours are equal under the precision rule; rounds only when they are close. */
function sameKey(lower: number, upper: number): boolean {
  if (lower === upper) return true;
  if (upper - lower > Math.max(Math.abs(lower), Math.abs(upper)) * 1e-13) return false;
  return canonical(lower) === canonical(upper);
}

/** Index of the first element not less than `key` in an ascending array. */
function lowerBound(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Ranks every value within its group. `values[i]` null means "not ranked" (blank, text, not applicable) and
 * gets null. `groups` (same length) puts each value in a group; values are ranked only against their group.
 */
export function rankAll(
  values: readonly (number | null)[],
  groups?: readonly (string | null)[],
  options: RankOptions = {},
): (number | null)[] {
  const method = options.method ?? "competition";
  const members = new Map<string | null, number[]>();
  if (groups === undefined) {
    const all: number[] = [];
    for (let i = 0; i < values.length; i++) if (values[i] !== null) all.push(i);
    members.set(null, all);
  } else {
    values.forEach((value, i) => {
      if (value === null) return;
      let list = members.get(groups[i]);
      if (list === undefined) members.set(groups[i], (list = []));
      list.push(i);
    });
  }
  const ranks: (number | null)[] = new Array<number | null>(values.length).fill(null);
  for (const indices of members.values()) {
    const groupValues = new Float64Array(indices.length);
    indices.forEach((index, j) => (groupValues[j] = values[index] as number));
    const group = new RankedGroup(groupValues, options.decimals);
    for (const index of indices)
      ranks[index] = group.rankOf(values[index] as number, options.decimals, method);
  }
  return ranks;
}

/**
 * The rank `value` has (or would have) among `values` (nulls are skipped): 1 + the number of greater values
 * (dense: greater distinct values). One pass, no sort; only values within binary noise of `value` are compared exactly.
 */
export function rankOf(value: number, values: readonly (number | null)[], options: RankOptions = {}): number {
  const method = options.method ?? "competition";
  if (options.decimals !== undefined || method === "dense") {
    const key = rankKey(value, options.decimals);
    const greater = new Set<number>();
    let count = 0;
    for (const v of values) {
      if (v === null) continue;
      const k = rankKey(v, options.decimals);
      if (k > key) {
        count++;
        greater.add(k);
      }
    }
    return (method === "dense" ? greater.size : count) + 1;
  }
  const key = canonical(value);
  // Two doubles whose 15-digit roundings differ are at least ~1e-15 relative apart; anything farther
  // than this margin from `key` is decided by a plain comparison.
  const margin = Math.abs(key) * 1e-13 + 1e-300;
  const above = key + margin;
  const below = key - margin;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (v > above) count++;
    else if (v >= below && canonical(v) > key) count++;
  }
  return count + 1;
}
