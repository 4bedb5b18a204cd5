/**
 * Reading a table's units from the cells detection gave each of them: the points of every component with
 * the unit's own field maximum when the sheet gives one, the total, the unit's maximum and the index at full
 * precision — with a warning for every cell that could not be read as intended.
 */
import { readCell, type CellReading } from "../cellValue";
import type { CellRef, DetectedTable, UnitCells } from "../detect";
import type { Grid } from "../grid";
import { canonical } from "../precision";
import { problem, type Problem } from "../problems";
import { SheetView } from "../sheetView";
import type { ComponentResult, SourceTable } from "./model";
import { TOLERANCE, type GateUnit } from "./plausibility";

export interface ReadUnit extends GateUnit {
  readonly table: DetectedTable;
  readonly group: string;
  readonly cells: UnitCells;
  readonly components: ComponentResult[];
  readonly assessed: boolean;
  readonly previousRankCell: CellReading | null;
  readonly rankCell: CellReading | null;
  readonly ratingText: string | null;
}

/** Cell values by reference, over the sheets of a source table. */
export class CellReader {
  private readonly views = new Map<string, SheetView>();

  constructor(grids: readonly Grid[]) {
    for (const grid of grids)
      if (!this.views.has(grid.sheet)) this.views.set(grid.sheet, new SheetView(grid));
  }

  private view(ref: CellRef): SheetView | undefined {
    return this.views.get(ref.sheet);
  }

  value(ref: CellRef | null): unknown {
    return ref === null ? null : (this.view(ref)?.value(ref.row, ref.column) ?? null);
  }

  reading(ref: CellRef | null): CellReading {
    return readCell(this.value(ref));
  }

  text(ref: CellRef | null): string {
    return ref === null ? "" : (this.view(ref)?.text(ref.row, ref.column) ?? "");
  }

  numberFormat(ref: CellRef | null): string | null {
    return ref === null ? null : (this.view(ref)?.numberFormat(ref.row, ref.column) ?? null);
  }
}

export function textOfReading(reading: CellReading): string {
  switch (reading.kind) {
    case "number":
    case "boolean":
      return String(reading.value);
    case "error":
      return reading.code;
    case "blank":
      return "";
    default:
      return reading.text;
  }
}

const where = (ref: CellRef | null, fallback: CellRef) => ({
  sheet: (ref ?? fallback).sheet,
  row: (ref ?? fallback).row,
  column: ref?.column ?? null,
});

/** The index column's scale: percent-formatted or all values ≤ 1 means fractions (0.8586 = 85.86 %). */
function isFractionIndex(table: DetectedTable, cells: CellReader): boolean {
  const refs = table.units.map((u) => u.cells.index).filter((r): r is CellRef => r !== null);
  if (refs.length === 0) return false;
  if (refs.some((r) => (cells.numberFormat(r) ?? "").includes("%"))) return true;
  const numbers = refs
    .map((r) => cells.reading(r))
    .filter((r): r is Extract<CellReading, { kind: "number" }> => r.kind === "number" && !r.percent);
  return numbers.length > 0 && numbers.every((r) => r.value <= 1) && numbers.some((r) => r.value > 0);
}

/** One component of one unit: its points (the sum of its cells) and its maximum for the unit. */
function readComponent(
  spec: DetectedTable["components"][number],
  id: number,
  cellsOfIt: UnitCells["components"][number],
  cells: CellReader,
  name: CellRef,
  warnings: Problem[],
): { result: ComponentResult; anyValue: boolean } {
  let score: number | null = 0;
  let applicable = true;
  let blank = true;
  for (const ref of cellsOfIt.points) {
    const raw = cells.value(ref);
    if (typeof raw === "number" && Number.isFinite(raw)) {
      blank = false;
      if (score !== null) score += raw;
      continue;
    }
    const reading = readCell(raw);
    const at = where(ref, name);
    switch (reading.kind) {
      case "number":
        blank = false;
        if (score !== null) score += reading.value;
        break;
      case "blank":
        break;
      case "notApplicable":
        blank = false;
        applicable = false;
        break;
      case "error":
        blank = false;
        score = null;
        warnings.push(problem("componentError", { component: spec.name, code: reading.code }, at));
        break;
      case "ambiguous":
        blank = false;
        score = null;
        warnings.push(
          problem(
            "componentAmbiguous",
            { component: spec.name, text: reading.text, readings: reading.readings.join(" / ") },
            at,
          ),
        );
        break;
      case "boolean":
      case "text":
        blank = false;
        score = null;
        warnings.push(
          problem("componentNotNumber", { component: spec.name, text: textOfReading(reading) }, at),
        );
        break;
    }
  }
  // The unit's own maximum of the field, when the sheet gives one: "KAD", "-" or 0 there means not applicable.
  let max = spec.max;
  if (cellsOfIt.max !== null) {
    const reading = cells.reading(cellsOfIt.max);
    if (reading.kind === "number") {
      if (reading.value === 0) applicable = false;
      else max = canonical(reading.value);
    } else if (reading.kind === "notApplicable") applicable = false;
  } else if (cellsOfIt.ownMax !== undefined) {
    // Criteria as rows: the field's maximum less its criteria marked not applicable for the unit.
    if (cellsOfIt.ownMax <= 0) applicable = false;
    else max = cellsOfIt.ownMax;
  }
  const anyValue = !blank;
  if (!applicable) {
    return {
      result: { id, name: spec.name, score: null, max: null, percent: null, below: null, applicable },
      anyValue,
    };
  }
  if (blank) score = null;
  const first = cellsOfIt.points[0] ?? null;
  if (score !== null) {
    score = canonical(score);
    if (score < 0) {
      warnings.push(problem("componentNegative", { component: spec.name, score }, where(first, name)));
    } else if (max !== null && score > canonical(max)) {
      warnings.push(problem("componentAboveMax", { component: spec.name, score, max }, where(first, name)));
    }
  }
  const valid = score !== null && max !== null && max > 0 && score >= 0 && score <= canonical(max);
  return {
    result: {
      id,
      name: spec.name,
      score,
      max,
      percent: valid ? canonical(((score as number) / (max as number)) * 100) : null,
      below: null,
      applicable,
    },
    anyValue,
  };
}

/** Reads the units of one table: points, maxima, index, with warnings for every unreadable cell. */
export function readUnits(
  source: SourceTable,
  warnings: Problem[],
  componentIds?: readonly number[],
): ReadUnit[] {
  const { table } = source;
  const cells = new CellReader([source.grid, ...(source.grids ?? [])]);
  const fractionIndex = isFractionIndex(table, cells);
  // Each unit's own field maxima (paired columns; criteria as rows, where "KAD" lowers them): its maximum is their sum.
  const perUnitMaxima = table.components.some((c) => c.maxColumns !== undefined) || table.layout !== "rows";

  for (const c of table.components) {
    if (c.max === null && c.maxColumns === undefined)
      warnings.push(
        problem(
          "maxMissing",
          { component: c.name },
          { sheet: table.sheet, row: c.row ?? null, column: c.columns[0] ?? table.criteria?.max ?? null },
        ),
      );
  }

  return table.units.map((unit) => {
    const own = unit.cells;
    let anyValue = false;
    const components = table.components.map((spec, k) => {
      const read = readComponent(
        spec,
        componentIds ? componentIds[k] : k,
        own.components[k],
        cells,
        own.name,
        warnings,
      );
      if (read.anyValue) anyValue = true;
      return read.result;
    });

    // Total points: the total column, else the sum of the components.
    let score: number | null = null;
    let scoreFrom: ReadUnit["scoreFrom"] = null;
    const componentScores = components
      .filter((c) => c.applicable && c.score !== null)
      .map((c) => c.score as number);
    const componentSum =
      componentScores.length > 0 ? canonical(componentScores.reduce((a, b) => a + b, 0)) : null;
    const allComponentsRead = components.every((c) => !c.applicable || c.score !== null);
    if (own.total !== null) {
      const reading = cells.reading(own.total);
      if (reading.kind === "number") {
        score = canonical(reading.value);
        scoreFrom = "column";
        if (componentSum !== null && allComponentsRead && Math.abs(componentSum - score) > TOLERANCE) {
          warnings.push(
            problem(
              "totalDisagrees",
              { sheetValue: score, computed: componentSum },
              where(own.total, own.name),
            ),
          );
        }
      } else if (reading.kind === "error") {
        warnings.push(
          problem("totalError", { name: unit.name, code: reading.code }, where(own.total, own.name)),
        );
      } else if (reading.kind !== "blank") {
        warnings.push(
          problem(
            "totalNotNumber",
            { name: unit.name, text: textOfReading(reading) },
            where(own.total, own.name),
          ),
        );
      } else if (allComponentsRead && componentSum !== null) {
        // Never silently: a blank total replaced by the components' sum is said (issue 8, 2f).
        warnings.push(
          problem(
            "totalBlankComputed",
            { name: unit.name, computed: componentSum },
            where(own.total, own.name),
          ),
        );
      }
    }
    if (score === null && allComponentsRead && componentSum !== null) {
      score = componentSum;
      scoreFrom = "fields";
    }

    // The unit's maximum: its own column; else the maxima of its fields (its own field maxima, or those of
    // the fields that apply); else the table's.
    let max: number | null = null;
    let maxFrom: ReadUnit["maxFrom"] = null;
    if (own.unitMax !== null) {
      const reading = cells.reading(own.unitMax);
      if (reading.kind === "number") {
        max = canonical(reading.value);
        maxFrom = "column";
      }
    }
    if (max === null) {
      const applicable = components.filter((c) => c.applicable);
      const someNotApplicable = applicable.length < components.length;
      if (
        (perUnitMaxima || someNotApplicable || table.totalMax === null) &&
        applicable.length > 0 &&
        applicable.every((c) => c.max !== null)
      ) {
        max = canonical(applicable.reduce((sum, c) => sum + (c.max as number), 0));
        maxFrom = "fields";
      } else if (table.totalMax !== null) {
        max = table.totalMax;
        maxFrom = "table";
      }
    }

    // The index: computed from points and maximum at full precision; the sheet's own index is checked against it.
    let index: number | null = null;
    let sheetIndex: number | null = null;
    if (own.index !== null) {
      const reading = cells.reading(own.index);
      if (reading.kind === "number") {
        sheetIndex = canonical(fractionIndex && !reading.percent ? reading.value * 100 : reading.value);
      } else if (reading.kind === "error") {
        warnings.push(
          problem("indexError", { name: unit.name, code: reading.code }, where(own.index, own.name)),
        );
      } else if (reading.kind !== "blank") {
        warnings.push(
          problem(
            "indexNotNumber",
            { name: unit.name, text: textOfReading(reading) },
            where(own.index, own.name),
          ),
        );
      }
    }
    if (score !== null && max !== null) {
      if (max <= 0) {
        warnings.push(
          problem("unitMaxNotPositive", { name: unit.name, max }, where(own.unitMax ?? own.total, own.name)),
        );
      } else {
        if (score < 0)
          warnings.push(problem("totalNegative", { name: unit.name, score }, where(own.total, own.name)));
        else if (score > max)
          warnings.push(
            problem("totalAboveMax", { name: unit.name, score, max }, where(own.total, own.name)),
          );
        index = canonical((score / max) * 100);
        if (sheetIndex !== null && Math.abs(sheetIndex - index) > TOLERANCE) {
          warnings.push(
            problem(
              "indexDisagrees",
              { sheetValue: sheetIndex, computed: index },
              where(own.index, own.name),
            ),
          );
        }
      }
    } else if (sheetIndex !== null) {
      index = sheetIndex;
      if (score !== null && table.components.length > 0) {
        warnings.push(problem("unitMaxMissing", { name: unit.name }, where(own.total, own.name)));
      }
    }
    // Assessed when a component holds something (a total formula showing 0 over blank cells is not a score).
    const assessed = table.components.length > 0 ? anyValue : score !== null || sheetIndex !== null;
    if (!assessed) warnings.push(problem("notAssessed", { name: unit.name }, where(own.name, own.name)));
    else if (index === null)
      warnings.push(problem("noIndex", { name: unit.name }, where(own.name, own.name)));

    const ratingValue = cells.text(own.rating);
    return {
      table,
      name: unit.name,
      group: unit.group,
      row: unit.row,
      cells: own,
      components,
      score,
      scoreFrom,
      max,
      maxFrom,
      index: assessed ? index : null,
      sheetIndex,
      componentSum: allComponentsRead ? componentSum : null,
      assessed,
      previousRankCell: own.previousRank !== null ? cells.reading(own.previousRank) : null,
      rankCell: own.rank !== null ? cells.reading(own.rank) : null,
      ratingText: ratingValue === "" ? null : ratingValue,
    };
  });
}
