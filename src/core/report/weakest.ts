/**
 * Component insights for the report: each group's mean percentage per component, the lowest-scoring units
 * per group and component, and each unit's weakest components relative to its group — the component's
 * percentage of its maximum minus the group's mean percentage (in percentage points), lowest first.
 * Comparing with the group, not with the maximum, points each unit at what its peers do better.
 * Computed once per report in two passes over the units (linear in units × components).
 */
import type { Analysis, ComponentResult, UnitResult } from "../analyse";
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
  // Components by their id (the index in Analysis.components); names fold once, for look-ups by name.
  const byFolded = new Map<string, number>();
  analysis.components.forEach((c, i) => {
    const key = foldText(c.name);
    if (!byFolded.has(key)) byFolded.set(key, i);
  });
  const groupIndex = new Map<string, number>(analysis.groups.map((g, i) => [g.name, i]));
  const groupOf = (name: string): number => {
    let index = groupIndex.get(name);
    if (index === undefined) groupIndex.set(name, (index = groupIndex.size));
    return index;
  };
  for (const u of analysis.units) groupOf(u.group);
  const width = analysis.components.length;
  const known = (c: ComponentResult) => c.percent !== null && c.id >= 0 && c.id < width;
  const cells = groupIndex.size * width;
  const sums = new Float64Array(cells);
  const counts = new Int32Array(cells);
  const lowest: LowUnit[][] = Array.from({ length: cells }, () => []);
  const percentOf = (x: LowUnit) => x.percent;

  for (const unit of analysis.units) {
    const base = groupOf(unit.group) * width;
    for (const c of unit.components) {
      if (c.percent === null || !known(c)) continue;
      const cell = base + c.id;
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
      if (c.percent === null || !known(c)) continue;
      const mean = means[base + c.id];
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
    const c = byFolded.get(foldText(component));
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
