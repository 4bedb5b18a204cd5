/**
 * Reading a table's units from the cells detection gave each of them: the points of every component with
 * the unit's own field maximum when the sheet gives one, the total, the unit's maximum and the index at full
 * precision — with a warning for every cell that could not be read as intended.
 */
import type { MessageKey, MessageParams } from "../../i18n/messages";
import { readCell, type CellReading, type DecimalMark } from "../cellValue";
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

/**
 * How each sheet writes decimals in its text numbers: "7,5", "85,5%", "0,500" show a decimal comma; "7.5", "8.25" a
 * decimal point; "7.500" shows neither (its point may group thousands) and numbers typed as numbers show nothing. A
 * sheet whose text shows no mark takes the marks of the table's other sheets.
 */
class DecimalMarks {
  private readonly bySheet = new Map<string, ReadonlySet<DecimalMark>>();
  private readonly all = new Set<DecimalMark>();

  constructor(grids: readonly Grid[]) {
    for (const grid of grids) {
      if (this.bySheet.has(grid.sheet)) continue;
      const marks = new Set<DecimalMark>();
      for (const row of grid.values)
        for (const value of row) {
          if (typeof value !== "string" || !/\d[.,]\d/.test(value)) continue;
          const reading = readCell(value);
          if (reading.kind === "number" && reading.separator !== undefined && reading.grouped === undefined)
            marks.add(reading.separator);
        }
      this.bySheet.set(grid.sheet, marks);
      for (const mark of marks) this.all.add(mark);
    }
  }

  of(sheet: string): ReadonlySet<DecimalMark> {
    const own = this.bySheet.get(sheet);
    return own !== undefined && own.size > 0 ? own : this.all;
  }
}

/** What a warning about one cell says the cell is: a message key naming it, with its parameters. */
interface Subject {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** What settling a cell's reading needs: the cells, the sheets' decimal marks, where warnings go. */
interface Settling {
  readonly cells: CellReader;
  readonly marks: DecimalMarks;
  readonly warnings: Problem[];
}

/** "7500" → "7 500": thousands grouped by spaces, which neither convention reads as a decimal mark. */
const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/**
 * A cell's reading settled against its sheet's convention (D6). Text whose one separator comes before exactly three
 * digits ("7.500") is 7,5 to whoever typed it on an English keyboard and 7 500 to a Vietnamese reader — in a sheet
 * whose other text numbers write decimals with the other mark ("7,5", "6,25") it cannot be told from the cell alone:
 * - when the thousands reading cannot be (above `bound`, the most the cell can hold) the decimal one is taken, and
 *   the warning names the cell, the reading taken and the one set aside;
 * - otherwise (no bound known, or neither reading possible) the cell is not used: null, with a warning naming both
 *   readings and how to retype it.
 * A sheet that writes decimals with the same mark ("7.5", "8.25", "7.500"), or whose text shows no decimals at all,
 * reads "7.500" as 7,5 without a word, as before. Other readings are returned as they are.
 */
function settled(
  context: Settling,
  reading: CellReading,
  ref: CellRef | null,
  fallback: CellRef,
  bound: number | null,
  subject: Subject,
): CellReading | null {
  if (reading.kind !== "number" || ref === null) return reading;
  const { separator, grouped, value, percent } = reading;
  if (separator === undefined || grouped === undefined) return reading;
  const decimalMark: DecimalMark = separator === "." ? "," : ".";
  if (!context.marks.of(ref.sheet).has(decimalMark)) return reading;
  const within = (v: number) => bound !== null && canonical(v) <= canonical(bound);
  const sign = percent ? "%" : "";
  const params: MessageParams = {
    ...subject.params,
    subject: subject.key,
    text: String(context.cells.value(ref)).trim(),
    separator,
    decimalMark,
    decimal: value,
    thousands: spaced(grouped),
    asDecimal: String(value).replace(".", decimalMark) + sign,
  };
  if (within(value) && !within(grouped)) {
    context.warnings.push(
      problem("separatorReadingTaken", { ...params, bound: bound as number }, where(ref, fallback)),
    );
    return reading;
  }
  context.warnings.push(
    problem("separatorAmbiguous", { ...params, asThousands: String(grouped) + sign }, where(ref, fallback)),
  );
  return null;
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
  context: Settling,
  name: CellRef,
  tableBound: number | null,
): { result: ComponentResult; anyValue: boolean } {
  const { cells, warnings } = context;
  let score: number | null = 0;
  let applicable = true;
  let blank = true;
  // The unit's own maximum of the field, when the sheet gives one: "KAD", "-" or 0 there means not applicable.
  let max = spec.max;
  if (cellsOfIt.max !== null) {
    const subject: Subject = { key: "separatorSubjectComponentMax", params: { component: spec.name } };
    const bound = spec.max ?? tableBound;
    const reading = settled(context, cells.reading(cellsOfIt.max), cellsOfIt.max, name, bound, subject);
    if (reading?.kind === "number") {
      if (reading.value === 0) applicable = false;
      else max = canonical(reading.value);
    } else if (reading?.kind === "notApplicable") applicable = false;
  } else if (cellsOfIt.ownMax !== undefined) {
    // Criteria as rows: the field's maximum less its criteria marked not applicable for the unit.
    if (cellsOfIt.ownMax <= 0) applicable = false;
    else max = cellsOfIt.ownMax;
  }
  const subject: Subject = { key: "separatorSubjectComponent", params: { component: spec.name } };
  for (const ref of cellsOfIt.points) {
    const raw = cells.value(ref);
    if (typeof raw === "number" && Number.isFinite(raw)) {
      blank = false;
      if (score !== null) score += raw;
      continue;
    }
    const reading = settled(context, readCell(raw), ref, name, max, subject);
    if (reading === null) {
      // Read two ways: said by settled().
      blank = false;
      score = null;
      continue;
    }
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
  const grids = [source.grid, ...(source.grids ?? [])];
  const cells = new CellReader(grids);
  const context: Settling = { cells, marks: new DecimalMarks(grids), warnings };
  // The most a total (or a unit's maximum) can be: the table's maximum, else the sum of the fields' maxima.
  const fieldMaxima = table.components.map((c) => c.max);
  const tableBound =
    table.totalMax ??
    (fieldMaxima.length > 0 && fieldMaxima.every((m) => m !== null)
      ? canonical(fieldMaxima.reduce((a: number, m) => a + (m as number), 0))
      : null);
  const fractionIndex = isFractionIndex(table, cells);
  // Each unit's own field maxima (paired columns; criteria as rows, where "KAD" lowers them): its maximum is their sum.
  const perUnitMaxima = table.components.some((c) => c.maxColumns !== undefined) || table.layout !== "rows";

  table.components.forEach((c, i) => {
    // Each group's own maxima row gives every unit its field maxima: then nothing is missing.
    const everyUnitHasOne = table.units.length > 0 && table.units.every((u) => u.cells.components[i]?.max);
    if (c.max === null && c.maxColumns === undefined && !everyUnitHasOne)
      warnings.push(
        problem(
          "maxMissing",
          { component: c.name },
          { sheet: table.sheet, row: c.row ?? null, column: c.columns[0] ?? table.criteria?.max ?? null },
        ),
      );
  });

  return table.units.map((unit) => {
    const own = unit.cells;
    let anyValue = false;
    const components = table.components.map((spec, k) => {
      const read = readComponent(
        spec,
        componentIds ? componentIds[k] : k,
        own.components[k],
        context,
        own.name,
        tableBound,
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
    const total: Subject = { key: "separatorSubjectTotal", params: { name: unit.name } };
    const totalReading = settled(context, cells.reading(own.total), own.total, own.name, tableBound, total);
    // A total read two ways (totalReading null) is said by settled() and not used: the fields' sum is.
    if (own.total !== null && totalReading !== null) {
      const reading = totalReading;
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
      const subject: Subject = { key: "separatorSubjectUnitMax", params: { name: unit.name } };
      const reading = settled(
        context,
        cells.reading(own.unitMax),
        own.unitMax,
        own.name,
        tableBound,
        subject,
      );
      if (reading?.kind === "number") {
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
    const indexSubject: Subject = { key: "separatorSubjectIndex", params: { name: unit.name } };
    const indexReading = settled(context, cells.reading(own.index), own.index, own.name, 100, indexSubject);
    if (own.index !== null && indexReading !== null) {
      const reading = indexReading;
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
