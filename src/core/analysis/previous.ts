/**
 * Last year's ranks: from last year's table (another sheet or workbook; its rank column, else ranked by the
 * same rules), matched by name (core/matching.ts), or from a column of this year's table ("Xếp hạng năm
 * 2024", where "Mới" and "-" mean no comparable rank). Whatever cannot be compared says why.
 */
import { foldText } from "../names";
import { matchUnits } from "../matching";
import { canonical } from "../precision";
import { problem, type Problem } from "../problems";
import { rankAll } from "../ranking";
import type { Settings } from "../settings";
import type { Analysis, NotComparableReason, SourceTable } from "./model";
import { implausibility } from "./plausibility";
import { readUnits, type ReadUnit } from "./readUnits";

export function rankUnits(units: readonly ReadUnit[], settings: Settings): (number | null)[] {
  return rankAll(
    units.map((u) => u.index),
    units.map((u) => u.group),
    { method: settings.tieMethod, decimals: settings.rankDecimals ?? undefined },
  );
}

export interface PreviousTableRanks {
  readonly units: readonly { readonly name: string; readonly group: string; readonly rank: number | null }[];
  /** Why last year's numbers cannot be true, when they cannot (the same gates as this year's). */
  readonly refusal: Problem | null;
}

/** Last year's ranks of previous tables: their rank column, else computed by the same rules. */
export function previousRanks(sources: readonly SourceTable[], settings: Settings): PreviousTableRanks {
  const ignored: Problem[] = [];
  let refusal: Problem | null = null;
  const units = sources.flatMap((s) => {
    const read = readUnits(s, ignored);
    refusal = refusal ?? implausibility(s.table, read);
    return read;
  });
  const computed = rankUnits(units, settings);
  const hasRankColumn = units.length > 0 && units.every((u) => u.cells.rank !== null);
  return {
    units: units.map((u, i) => {
      let rank = computed[i];
      if (
        hasRankColumn &&
        u.rankCell?.kind === "number" &&
        Number.isInteger(u.rankCell.value) &&
        u.rankCell.value > 0
      )
        rank = u.rankCell.value;
      return { name: u.name, group: u.group, rank };
    }),
    refusal,
  };
}

export interface PreviousResolution {
  readonly previousRank: readonly (number | null)[];
  readonly reasons: readonly (NotComparableReason | null)[];
  readonly unmatchedPrevious: readonly { readonly name: string; readonly group: string }[];
  readonly source: Analysis["previousSource"];
  readonly refusal: Problem | null;
}

/** Each unit's previous rank, or why it has none. */
export function resolvePrevious(
  units: readonly ReadUnit[],
  previous: readonly SourceTable[] | undefined,
  settings: Settings,
  warnings: Problem[],
): PreviousResolution {
  const previousRank: (number | null)[] = units.map(() => null);
  const reasons: (NotComparableReason | null)[] = units.map(() => "notComparableNoPrevious");
  const unmatchedPrevious: { name: string; group: string }[] = [];
  if (previous && previous.length > 0) {
    const { units: before, refusal } = previousRanks(previous, settings);
    const match = matchUnits(
      units.map((u) => ({ name: u.name, group: u.group })),
      before,
      settings.aliases,
    );
    if (match.groupsDiffer) {
      warnings.push(
        problem("previousGroupsDiffer", {
          previous: [...new Set(before.map((b) => b.group))].join(", "),
          current: [...new Set(units.map((u) => u.group))].join(", "),
          pairs:
            [...new Set(units.map((u) => u.group))]
              .flatMap((now) => {
                const then = match.groupPairs.get(now);
                return then === undefined ? [] : [`“${now}” ↔ “${then}”`];
              })
              .join("; ") || "—",
        }),
      );
    }
    const unused = match.aliasProblems.filter((a) => a.problem === "unitMissing");
    if (unused.length > 0)
      warnings.push(
        problem("aliasUnitMissing", {
          aliases: unused.map((a) => `“${a.alias}” → “${a.target}”`).join("; "),
        }),
      );
    for (const a of match.aliasProblems)
      if (a.problem === "targetMissing" && a.current !== null)
        warnings.push(
          problem("aliasTargetMissing", { name: a.alias, target: a.target }, units[a.current].cells.name),
        );
    const quoted = (indices: readonly number[], names: (k: number) => string) =>
      indices.map((k) => `“${names(k)}”`).join(", ");
    match.outcomes.forEach((outcome, i) => {
      const alias = match.aliasUsed[i];
      const where = units[i].cells.name;
      switch (outcome.kind) {
        case "matched": {
          const rank = before[outcome.previous].rank;
          previousRank[i] = rank;
          reasons[i] = rank === null ? "notComparableNoRank" : null;
          break;
        }
        case "otherGroup": {
          // Last year's unit is accounted for, but a rank won in another group is no rank to compare with.
          const then = before[outcome.previous];
          reasons[i] = "notComparableOtherGroup";
          warnings.push(
            problem(
              "aliasOtherGroup",
              {
                name: units[i].name,
                alias: alias?.alias ?? units[i].name,
                target: alias?.target ?? then.name,
                previous: then.name,
                previousGroup: then.group,
                previousRank: then.rank ?? "—",
                group: units[i].group,
              },
              where,
            ),
          );
          break;
        }
        case "ambiguous":
          reasons[i] = "notComparableAmbiguous";
          if (outcome.claimants !== undefined) {
            warnings.push(
              problem(
                "matchContested",
                {
                  name: units[i].name,
                  others: quoted(
                    outcome.claimants.filter((k) => k !== i),
                    (k) => units[k].name,
                  ),
                  previous: before[outcome.candidates[0]].name,
                },
                where,
              ),
            );
          } else if (alias !== null) {
            warnings.push(
              problem(
                "aliasAmbiguous",
                {
                  name: alias.alias,
                  target: alias.target,
                  candidates: outcome.candidates
                    .map((j) => `“${before[j].name}” (${before[j].group})`)
                    .join(", "),
                },
                where,
              ),
            );
          } else {
            warnings.push(
              problem(
                "ambiguousMatch",
                { name: units[i].name, candidates: quoted(outcome.candidates, (j) => before[j].name) },
                where,
              ),
            );
          }
          break;
        case "groupMissing":
          reasons[i] = "notComparableGroup";
          break;
        default:
          reasons[i] = "notComparableUnmatched";
      }
    });
    for (const j of match.unmatchedPrevious)
      unmatchedPrevious.push({ name: before[j].name, group: before[j].group });
    return { previousRank, reasons, unmatchedPrevious, source: "table", refusal };
  }
  if (!units.some((u) => u.previousRankCell !== null)) {
    return { previousRank, reasons, unmatchedPrevious, source: null, refusal: null };
  }
  units.forEach((u, i) => {
    const cell = u.previousRankCell;
    if (cell === null || cell.kind === "blank" || cell.kind === "notApplicable") return;
    if (cell.kind === "number" && Number.isInteger(canonical(cell.value)) && cell.value >= 1) {
      previousRank[i] = canonical(cell.value);
      reasons[i] = null;
      return;
    }
    const text =
      cell.kind === "error"
        ? cell.code
        : "text" in cell
          ? cell.text
          : String(cell.kind === "number" ? cell.value : "");
    // "Mới" (new this year) is a reason, not a problem.
    if (["moi", "new"].includes(foldText(text))) return;
    warnings.push(
      problem("previousRankUnreadable", { name: u.name, text }, u.cells.previousRank ?? u.cells.name),
    );
  });
  return { previousRank, reasons, unmatchedPrevious, source: "column", refusal: null };
}
