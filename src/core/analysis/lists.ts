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
  const stats: ComponentStat[] = [];
  components.forEach((component, id) => {
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
      stats.push({
        component: component.name,
        group,
        mean: count > 0 ? canonical(sum / count) : null,
        min: count > 0 ? min : null,
        max: count > 0 ? max : null,
        below,
      });
    }
  });
  return stats;
}
