/**
 * Component insights for the report: each group's mean percentage per component, the lowest-scoring units
 * per group and component, and each unit's weakest components relative to its group — the component's
 * percentage of its maximum minus the group's mean percentage (in percentage points), lowest first.
 * Comparing with the group, not with the maximum, points each unit at what its peers do better.
 * Computed once per report in one pass over the units (linear in units × components).
 */
import type { Analysis, UnitResult } from "../analyse";
import { foldText } from "../names";
import { canonical } from "../precision";

export interface WeakComponent {
  readonly component: string;
  /** The unit's percentage of the component's maximum (0–100). */
  readonly percent: number;
  /** percent − the group's mean percent, in percentage points (negative: below the group). */
  readonly gap: number;
}

export interface LowUnit {
  readonly name: string;
  readonly percent: number;
}

export interface ComponentInsights {
  /** The group's mean percentage of the component's maximum, null when no unit of the group has it. */
  meanPercent(group: string, component: string): number | null;
  /** The units of the group with the lowest percentage on the component, lowest first. */
  lowestUnits(group: string, component: string): readonly LowUnit[];
  /** The unit's weakest components relative to its group, weakest first; ties keep the table's order. */
  weakest(unit: UnitResult): readonly WeakComponent[];
}

/** Keeps the `size` lowest items (by value, first come first on ties) in a sorted array. */
function pushLowest<T>(list: T[], item: T, value: (x: T) => number, size: number): void {
  if (list.length === size && value(item) >= value(list[size - 1])) return;
  let i = list.length;
  while (i > 0 && value(list[i - 1]) > value(item)) i--;
  list.splice(i, 0, item);
  if (list.length > size) list.pop();
}

export function componentInsights(
  analysis: Pick<Analysis, "units" | "groups" | "components">,
  options: { weakest?: number; lowestUnits?: number } = {},
): ComponentInsights {
  const weakestCount = options.weakest ?? 2;
  const lowestCount = options.lowestUnits ?? 3;
  // Components by folded name; each distinct spelling is folded once.
  const byFolded = new Map<string, number>();
  const bySpelling = new Map<string, number>();
  const componentOf = (name: string): number => {
    let index = bySpelling.get(name);
    if (index === undefined) {
      const key = foldText(name);
      index = byFolded.get(key);
      if (index === undefined) byFolded.set(key, (index = byFolded.size));
      bySpelling.set(name, index);
    }
    return index;
  };
  for (const c of analysis.components) componentOf(c.name);
  const groupIndex = new Map<string, number>(analysis.groups.map((g, i) => [g.name, i]));
  const groupOf = (name: string): number => {
    let index = groupIndex.get(name);
    if (index === undefined) groupIndex.set(name, (index = groupIndex.size));
    return index;
  };
  for (const u of analysis.units) {
    groupOf(u.group);
    for (const c of u.components) componentOf(c.name);
  }
  const width = byFolded.size;
  const cells = groupIndex.size * width;
  const sums = new Float64Array(cells);
  const counts = new Int32Array(cells);
  const lowest: LowUnit[][] = Array.from({ length: cells }, () => []);
  const percentOf = (x: LowUnit) => x.percent;

  for (const unit of analysis.units) {
    const base = groupOf(unit.group) * width;
    for (const c of unit.components) {
      if (c.percent === null) continue;
      const cell = base + componentOf(c.name);
      sums[cell] += c.percent;
      counts[cell] += 1;
      pushLowest(lowest[cell], { name: unit.name, percent: c.percent }, percentOf, lowestCount);
    }
  }
  const means = new Float64Array(cells);
  for (let i = 0; i < cells; i++) means[i] = counts[i] > 0 ? canonical(sums[i] / counts[i]) : NaN;

  const weakestByUnit = new Map<UnitResult, WeakComponent[]>();
  const gapOf = (x: WeakComponent) => x.gap;
  for (const unit of analysis.units) {
    const base = groupOf(unit.group) * width;
    const list: WeakComponent[] = [];
    for (const c of unit.components) {
      if (c.percent === null) continue;
      const mean = means[base + componentOf(c.name)];
      if (Number.isNaN(mean)) continue;
      pushLowest(
        list,
        { component: c.name, percent: c.percent, gap: canonical(c.percent - mean) },
        gapOf,
        weakestCount,
      );
    }
    weakestByUnit.set(unit, list);
  }

  const cellOf = (group: string, component: string): number | null => {
    const g = groupIndex.get(group);
    if (g === undefined) return null;
    const c = bySpelling.get(component) ?? byFolded.get(foldText(component));
    return c === undefined ? null : g * width + c;
  };
  return {
    meanPercent(group, component) {
      const cell = cellOf(group, component);
      return cell === null || Number.isNaN(means[cell]) ? null : means[cell];
    },
    lowestUnits(group, component) {
      const cell = cellOf(group, component);
      return cell === null ? [] : lowest[cell];
    },
    weakest(unit) {
      return weakestByUnit.get(unit) ?? [];
    },
  };
}
