/**
 * Matching this year's units with last year's (DOMAIN.md "Unit names"): groups are paired by the units they
 * share; within a pair, units meet by alias, by normalised name, or by the name without its kind prefix
 * when that is unique on both sides and the kinds do not differ (a missing kind is tolerated, a different
 * one is not: "Phường Lê Chân" is not "Quận Lê Chân" — such pairs meet only through an alias). Anything
 * ambiguous is left unmatched and reported — never guessed.
 */
import { coreKey, kindKey, kindsAgree, unitKey } from "./names";

export interface MatchUnit {
  readonly name: string;
  readonly group: string;
}

export type MatchOutcome =
  | { readonly kind: "matched"; readonly previous: number }
  | { readonly kind: "unmatched" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly number[] }
  | { readonly kind: "groupMissing" };

export interface MatchResult {
  /** Per current unit. */
  readonly outcomes: readonly MatchOutcome[];
  /** Previous units that matched nothing. */
  readonly unmatchedPrevious: readonly number[];
  /** Current group → previous group. */
  readonly groupPairs: ReadonlyMap<string, string>;
  /** Whether the two years are grouped differently. */
  readonly groupsDiffer: boolean;
}

/** `aliases`: this year's name → last year's name. */
export function matchUnits(
  current: readonly MatchUnit[],
  previous: readonly MatchUnit[],
  aliases: Readonly<Record<string, string>> = {},
): MatchResult {
  const aliasByKey = new Map(Object.entries(aliases).map(([now, before]) => [unitKey(now), unitKey(before)]));
  const currentKeys = current.map((u) => unitKey(u.name));
  const previousKeys = previous.map((u) => unitKey(u.name));

  // Pair groups by the number of names they share.
  const currentGroups = [...new Set(current.map((u) => u.group))];
  const previousGroups = [...new Set(previous.map((u) => u.group))];
  const groupPairs = new Map<string, string>();
  const takenPrevious = new Set<string>();
  const scores: { now: string; before: string; shared: number }[] = [];
  const coresOf = (units: readonly MatchUnit[], keys: string[], group: string) =>
    new Set(units.flatMap((u, i) => (u.group === group ? [coreKey(keys[i])] : [])));
  const wantedKeys = currentKeys.map((k) => aliasByKey.get(k) ?? k);
  const previousCores = new Map(previousGroups.map((g) => [g, coresOf(previous, previousKeys, g)]));
  for (const now of currentGroups) {
    const keys = coresOf(current, wantedKeys, now);
    for (const before of previousGroups) {
      let shared = 0;
      for (const k of keys) if (previousCores.get(before)?.has(k)) shared++;
      if (shared > 0) scores.push({ now, before, shared });
    }
  }
  scores.sort((a, b) => b.shared - a.shared);
  for (const { now, before } of scores) {
    if (groupPairs.has(now) || takenPrevious.has(before)) continue;
    groupPairs.set(now, before);
    takenPrevious.add(before);
  }

  const outcomes: MatchOutcome[] = current.map(() => ({ kind: "unmatched" }));
  const claims = new Map<number, number[]>();
  const index = <T>(map: Map<string, T[]>, k: string, value: T) => {
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  };
  const previousByKey = new Map<string, number[]>();
  const previousByCore = new Map<string, number[]>();
  previous.forEach((u, j) => {
    index(previousByKey, `${u.group}\u0000${previousKeys[j]}`, j);
    index(previousByCore, `${u.group}\u0000${coreKey(previousKeys[j])}`, j);
  });
  const currentByCore = new Map<string, number[]>();
  current.forEach((u, i) => index(currentByCore, `${u.group}\u0000${coreKey(wantedKeys[i])}`, i));
  const previousKinds = previousKeys.map(kindKey);
  const currentKinds = wantedKeys.map(kindKey);
  current.forEach((unit, i) => {
    const pair = groupPairs.get(unit.group);
    if (pair === undefined) {
      outcomes[i] = { kind: "groupMissing" };
      return;
    }
    let candidates = previousByKey.get(`${pair}\u0000${wantedKeys[i]}`) ?? [];
    if (candidates.length === 0) {
      const core = coreKey(wantedKeys[i]);
      candidates = (previousByCore.get(`${pair}\u0000${core}`) ?? []).filter((j) =>
        kindsAgree(currentKinds[i], previousKinds[j]),
      );
      // Another unit of this year that the same names could mean makes the match ambiguous.
      const rivals = (currentByCore.get(`${unit.group}\u0000${core}`) ?? []).filter((k) =>
        candidates.some((j) => kindsAgree(currentKinds[k], previousKinds[j])),
      );
      if (rivals.length > 1 && candidates.length > 0) {
        outcomes[i] = { kind: "ambiguous", candidates };
        return;
      }
    }
    if (candidates.length === 1) {
      outcomes[i] = { kind: "matched", previous: candidates[0] };
      claims.set(candidates[0], [...(claims.get(candidates[0]) ?? []), i]);
    } else if (candidates.length > 1) {
      outcomes[i] = { kind: "ambiguous", candidates };
    }
  });
  // A previous unit claimed twice matches neither.
  for (const [j, claimants] of claims) {
    if (claimants.length > 1) for (const i of claimants) outcomes[i] = { kind: "ambiguous", candidates: [j] };
  }
  const matched = new Set(outcomes.flatMap((o) => (o.kind === "matched" ? [o.previous] : [])));
  const unmatchedPrevious = previous.map((_, j) => j).filter((j) => !matched.has(j));
  const groupsDiffer =
    currentGroups.length !== previousGroups.length || currentGroups.some((g) => !groupPairs.has(g));
  return { outcomes, unmatchedPrevious, groupPairs, groupsDiffer };
}
