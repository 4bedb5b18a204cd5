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

/** Keys of one group, ascending, with what a rank needs precomputed. */
class SortedKeys {
  private readonly keys: Float64Array;
  private readonly distinct: Float64Array;

  constructor(values: Float64Array) {
    this.keys = values.sort();
    const distinct: number[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (i === 0 || this.keys[i] !== this.keys[i - 1]) distinct.push(this.keys[i]);
    }
    this.distinct = Float64Array.from(distinct);
  }

  /** Rank of `key` among the keys: 1 + the number of greater keys (or greater distinct keys when dense). */
  rankOf(key: number, method: TieMethod): number {
    const sorted = method === "dense" ? this.distinct : this.keys;
    return sorted.length - upperBound(sorted, key) + 1;
  }
}

/** Index of the first element greater than `key` in an ascending array. */
function upperBound(sorted: Float64Array, key: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= key) low = mid + 1;
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
  const keys = new Float64Array(values.length);
  const members = new Map<string | null, number[]>();
  values.forEach((value, i) => {
    if (value === null) return;
    keys[i] = rankKey(value, options.decimals);
    const group = groups ? groups[i] : null;
    let list = members.get(group);
    if (list === undefined) members.set(group, (list = []));
    list.push(i);
  });
  const ranks: (number | null)[] = new Array<number | null>(values.length).fill(null);
  for (const indices of members.values()) {
    const groupKeys = new Float64Array(indices.length);
    indices.forEach((index, j) => (groupKeys[j] = keys[index]));
    const sorted = new SortedKeys(groupKeys);
    for (const index of indices) ranks[index] = sorted.rankOf(keys[index], method);
  }
  return ranks;
}

/**
 * The rank `value` has (or would have) among `values`: 1 + the number of greater values (dense: greater
 * distinct values). One pass, no sort; only values within binary noise of `value` are compared exactly.
 */
export function rankOf(value: number, values: readonly number[], options: RankOptions = {}): number {
  const method = options.method ?? "competition";
  if (options.decimals !== undefined || method === "dense") {
    const key = rankKey(value, options.decimals);
    const greater = new Set<number>();
    let count = 0;
    for (const v of values) {
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
  let count = 0;
  for (const v of values) {
    if (v > key + margin) count++;
    else if (v >= key - margin && canonical(v) > key) count++;
  }
  return count + 1;
}
