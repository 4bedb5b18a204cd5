/**
 * The components the seed checks (found by their headers, or named in the settings; a missing one is a
 * warning), the explanation list (units below the threshold on a checked component) and per-component
 * statistics by group.
 */
import { foldText } from "../names";
import { canonical } from "../precision";
import { problem, type Problem } from "../problems";
import type { Settings } from "../settings";
import { DEFAULT_CHECKED_COMPONENTS } from "../vocabulary";
import type { ComponentStat, Explanation, UnitResult } from "./model";

export function findCheckedComponents(
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

export function explanationList(
  results: readonly UnitResult[],
  checked: ReadonlySet<number>,
  settings: Settings,
): Explanation[] {
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
  return explanations;
}

export function componentStatistics(
  components: readonly { name: string }[],
  results: readonly UnitResult[],
  groupOrder: readonly string[],
): ComponentStat[] {
  // One pass over the units: running sums per (component, group), in the order the statistics are listed.
  type Running = { sum: number; count: number; min: number; max: number; below: number };
  const groupIndex = new Map(groupOrder.map((g, i) => [g, i]));
  const running: Running[] = Array.from({ length: components.length * groupOrder.length }, () => ({
    sum: 0,
    count: 0,
    min: Infinity,
    max: -Infinity,
    below: 0,
  }));
  // The unit (1-based) that last counted each component: a unit's first component with an id counts.
  const countedFor = new Int32Array(components.length);
  results.forEach((u, k) => {
    const g = groupIndex.get(u.group);
    if (g === undefined) return;
    for (const c of u.components) {
      if (c.id < 0 || c.id >= components.length || countedFor[c.id] === k + 1) continue;
      countedFor[c.id] = k + 1;
      if (!c.applicable || c.score === null) continue;
      const r = running[c.id * groupOrder.length + g];
      r.sum += c.score;
      r.count++;
      r.min = Math.min(r.min, c.score);
      r.max = Math.max(r.max, c.score);
      if (c.below === true) r.below++;
    }
  });
  const stats: ComponentStat[] = [];
  components.forEach((component, id) => {
    groupOrder.forEach((group, g) => {
      const { sum, count, min, max, below } = running[id * groupOrder.length + g];
      stats.push({
        component: component.name,
        group,
        mean: count > 0 ? canonical(sum / count) : null,
        min: count > 0 ? min : null,
        max: count > 0 ? max : null,
        below,
      });
    });
  });
  return stats;
}
