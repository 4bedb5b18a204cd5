/**
 * Matching this year's units with last year's (DOMAIN.md "Unit names"): groups are paired by the units they
 * share; within a pair, units meet by normalised name, or by the name without its kind prefix when that is
 * unique on both sides and the kinds do not differ (a missing kind is tolerated, a different one is not:
 * "Phường Lê Chân" is not "Quận Lê Chân" — such pairs meet only through an alias). Anything ambiguous is left
 * unmatched and reported — never guessed.
 *
 * An alias the user enters (this year's name → last year's) is an explicit instruction and is followed
 * whatever group last year's unit was in:
 * - into the group paired with the unit's group: matched, comparable as any match;
 * - a group of this year left without a pair (a group that split in two: after the 2025 reorganisation last
 *   year's "Quận, huyện" became both "Khối phường" and "Khối xã, đặc khu") is paired, through the aliases of
 *   its units, with the group they lead into, even when that group is already paired with another of this
 *   year's: both of this year's groups descend from it, and their units are compared with their ranks there;
 * - into any other group (the unit moved between two groups that exist both years): `otherGroup` — last
 *   year's unit is accounted for, but its rank was won in another group and is no rank to compare with.
 * An alias that cannot be followed is never dropped silently: `aliasProblems` says which and why.
 */
import { coreKey, kindKey, kindsAgree, unitKey } from "./names";

export interface MatchUnit {
  readonly name: string;
  readonly group: string;
}

export type MatchOutcome =
  | { readonly kind: "matched"; readonly previous: number }
  | { readonly kind: "unmatched" }
  /** `claimants`: when the name is unique but another of this year's units claims the same unit of last year. */
  | {
      readonly kind: "ambiguous";
      readonly candidates: readonly number[];
      readonly claimants?: readonly number[];
    }
  | { readonly kind: "groupMissing" }
  /** Matched through an alias with a unit of last year's group that does not correspond to this unit's group. */
  | { readonly kind: "otherGroup"; readonly previous: number };

/** An alias that could not be followed as written. */
export interface AliasProblem {
  /** This year's name and last year's as the settings write them. */
  readonly alias: string;
  readonly target: string;
  /**
   * `targetMissing`: last year's table has no such unit (the unit is matched by its own name instead);
   * `unitMissing`: this year's table has no unit of that name.
   */
  readonly problem: "targetMissing" | "unitMissing";
  /** This year's unit, for `targetMissing`. */
  readonly current: number | null;
}

export interface MatchResult {
  /** Per current unit. */
  readonly outcomes: readonly MatchOutcome[];
  /** Previous units that matched nothing. */
  readonly unmatchedPrevious: readonly number[];
  /** Current group → previous group (several of this year's groups may descend from one of last year's). */
  readonly groupPairs: ReadonlyMap<string, string>;
  /** Whether the two years are grouped differently. */
  readonly groupsDiffer: boolean;
  /** Per current unit: the alias that decided its outcome, as the settings write it. */
  readonly aliasUsed: readonly ({ readonly alias: string; readonly target: string } | null)[];
  readonly aliasProblems: readonly AliasProblem[];
}

/** `aliases`: this year's name → last year's name. */
export function matchUnits(
  current: readonly MatchUnit[],
  previous: readonly MatchUnit[],
  aliases: Readonly<Record<string, string>> = {},
): MatchResult {
  const aliasByKey = new Map(
    Object.entries(aliases).map(([now, before]) => [unitKey(now), { now, before, key: unitKey(before) }]),
  );
  const currentKeys = current.map((u) => unitKey(u.name));
  const previousKeys = previous.map((u) => unitKey(u.name));
  const previousKinds = previousKeys.map(kindKey);
  const aliasProblems: AliasProblem[] = [];

  // Aliases first, among all of last year's units: the name as written, else its core with the kind agreeing.
  const currentKeySet = new Set(currentKeys);
  for (const [key, alias] of aliasByKey)
    if (!currentKeySet.has(key))
      aliasProblems.push({ alias: alias.now, target: alias.before, problem: "unitMissing", current: null });
  const aliasTargets: (number[] | null)[] = currentKeys.map((k, i) => {
    const alias = aliasByKey.get(k);
    if (alias === undefined) return null;
    let found = previousKeys.flatMap((p, j) => (p === alias.key ? [j] : []));
    if (found.length === 0) {
      const core = coreKey(alias.key);
      const kind = kindKey(alias.key);
      found = previousKeys.flatMap((p, j) =>
        coreKey(p) === core && kindsAgree(kind, previousKinds[j]) ? [j] : [],
      );
    }
    if (found.length > 0) return found;
    // Not there: the unit is matched by its own name, and the user is told.
    aliasProblems.push({ alias: alias.now, target: alias.before, problem: "targetMissing", current: i });
    return null;
  });
  const wantedKeys = currentKeys.map((k, i) => {
    const targets = aliasTargets[i];
    if (targets === null) return k;
    return targets.length === 1 ? previousKeys[targets[0]] : (aliasByKey.get(k)?.key ?? k);
  });

  // Pair groups by the number of names they share.
  const currentGroups = [...new Set(current.map((u) => u.group))];
  const previousGroups = [...new Set(previous.map((u) => u.group))];
  const groupPairs = new Map<string, string>();
  const takenPrevious = new Set<string>();
  const scores: { now: string; before: string; shared: number }[] = [];
  const coresOf = (units: readonly MatchUnit[], keys: string[], group: string) =>
    new Set(units.flatMap((u, i) => (u.group === group ? [coreKey(keys[i])] : [])));
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
  // A group left without a pair takes the group its aliases lead into, if one leads the most (a split group).
  for (const now of currentGroups) {
    if (groupPairs.has(now)) continue;
    const votes = new Map<string, number>();
    current.forEach((u, i) => {
      const targets = aliasTargets[i];
      if (u.group !== now || targets === null || targets.length !== 1) return;
      const before = previous[targets[0]].group;
      votes.set(before, (votes.get(before) ?? 0) + 1);
    });
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]))
      groupPairs.set(now, ranked[0][0]);
  }

  const outcomes: MatchOutcome[] = current.map(() => ({ kind: "unmatched" }));
  const aliasUsed = current.map((_, i) => {
    const alias = aliasTargets[i] === null ? undefined : aliasByKey.get(currentKeys[i]);
    return alias ? { alias: alias.now, target: alias.before } : null;
  });
  const claims = new Map<number, number[]>();
  const claim = (j: number, i: number) => claims.set(j, [...(claims.get(j) ?? []), i]);
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
  const currentKinds = wantedKeys.map(kindKey);
  current.forEach((unit, i) => {
    const pair = groupPairs.get(unit.group);
    const targets = aliasTargets[i];
    if (targets !== null) {
      // The alias decides; among several units of that name, the one in the paired group.
      const inPair = targets.filter((j) => previous[j].group === pair);
      const chosen = targets.length === 1 ? targets : inPair;
      if (chosen.length !== 1) {
        outcomes[i] = { kind: "ambiguous", candidates: targets };
        return;
      }
      const j = chosen[0];
      outcomes[i] =
        previous[j].group === pair ? { kind: "matched", previous: j } : { kind: "otherGroup", previous: j };
      claim(j, i);
      return;
    }
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
      const rivals = (currentByCore.get(`${unit.group}\u0000${core}`) ?? []).filter(
        (k) => aliasUsed[k] === null && candidates.some((j) => kindsAgree(currentKinds[k], previousKinds[j])),
      );
      if (rivals.length > 1 && candidates.length > 0) {
        outcomes[i] = { kind: "ambiguous", candidates };
        return;
      }
    }
    if (candidates.length === 1) {
      outcomes[i] = { kind: "matched", previous: candidates[0] };
      claim(candidates[0], i);
    } else if (candidates.length > 1) {
      outcomes[i] = { kind: "ambiguous", candidates };
    }
  });
  // A previous unit claimed twice matches neither.
  for (const [j, claimants] of claims) {
    if (claimants.length > 1)
      for (const i of claimants) outcomes[i] = { kind: "ambiguous", candidates: [j], claimants };
  }
  const accounted = new Set(
    outcomes.flatMap((o) => (o.kind === "matched" || o.kind === "otherGroup" ? [o.previous] : [])),
  );
  const unmatchedPrevious = previous.map((_, j) => j).filter((j) => !accounted.has(j));
  const groupsDiffer =
    currentGroups.length !== previousGroups.length ||
    currentGroups.some((g) => !groupPairs.has(g)) ||
    new Set(groupPairs.values()).size !== groupPairs.size;
  return { outcomes, unmatchedPrevious, groupPairs, groupsDiffer, aliasUsed, aliasProblems };
}
