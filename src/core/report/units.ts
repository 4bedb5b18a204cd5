/** Units arranged for the report tables, and the words for a rank change. */
import type { Analysis, UnitResult } from "../analyse";
import type { Texts } from "./context";

export interface GroupUnits {
  readonly group: string;
  readonly units: readonly UnitResult[];
}

/**
 * The units of each group in the analysis' group order: by rank (unranked units last, in sheet order) or
 * in sheet order (the province's list order).
 */
export function unitsByGroup(
  analysis: Pick<Analysis, "groups" | "units">,
  order: "rank" | "sheet",
): GroupUnits[] {
  const byGroup = new Map<string, UnitResult[]>(analysis.groups.map((g) => [g.name, []]));
  for (const unit of analysis.units) {
    let list = byGroup.get(unit.group);
    if (!list) byGroup.set(unit.group, (list = []));
    list.push(unit);
  }
  return [...byGroup].map(([group, units]) => ({
    group,
    units:
      order === "sheet"
        ? units
        : units
            .map((u, i) => ({ u, i }))
            .sort((a, b) => (a.u.rank ?? Infinity) - (b.u.rank ?? Infinity) || a.i - b.i)
            .map((x) => x.u),
  }));
}

/** ▲2 / ▼3 / = when comparable; "mới" for a unit the user confirmed is new; "—" otherwise. */
export function changeLabel(
  unit: Pick<UnitResult, "comparable" | "rankChange" | "notComparableReason">,
  tx: Texts,
): string {
  if (unit.comparable && unit.rankChange !== null) {
    if (unit.rankChange > 0) return tx.t("changeUp", { steps: String(unit.rankChange) });
    if (unit.rankChange < 0) return tx.t("changeDown", { steps: String(-unit.rankChange) });
    return tx.t("changeSame");
  }
  if (unit.notComparableReason === "notComparableNew") return tx.t("notComparableNew");
  return tx.t("changeNone");
}

/** Why a unit's change is "—" (nothing for comparable or confirmed-new units). */
export function notComparableNote(unit: UnitResult, tx: Texts): string | null {
  if (unit.comparable || unit.notComparableReason === null) return null;
  if (unit.notComparableReason === "notComparableNew") return null;
  if (unit.notComparableReason === "notComparableNotRanked") return null;
  return tx.t(unit.notComparableReason);
}

/** Why a unit has no rank, or null when it has one. */
export function notRankedNote(unit: UnitResult, tx: Texts): string | null {
  if (unit.rank !== null) return null;
  return tx.t(unit.assessed ? "rpNotRankedNoIndex" : "rpNotRankedBlank");
}

/** A lookup of units by group and name (names are unique within a group, or warned about). */
export function unitIndex(
  units: readonly UnitResult[],
): (group: string, name: string) => UnitResult | undefined {
  const map = new Map<string, UnitResult>();
  for (const u of units) {
    const key = `${u.group}\u0000${u.name}`;
    if (!map.has(key)) map.set(key, u);
  }
  return (group, name) => map.get(`${group}\u0000${name}`);
}
