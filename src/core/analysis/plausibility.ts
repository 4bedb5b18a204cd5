/**
 * Plausibility gates: numbers that cannot be true mean the columns were read wrong, and such an analysis is
 * refused, never reported. Any index outside 0–100; a field above its maximum for several units; the total
 * disagreeing with the sum of the fields, or the sheet's index with the computed one, for a large share of
 * the units. Isolated slips stay warnings (a typing error in one cell is not a misread column). The refusal
 * names the column and what it was taken for, and points at the column mapping.
 */
import { columnLetter } from "../grid";
import { canonical } from "../precision";
import { problem, type Problem } from "../problems";
import type { MessageKey } from "../../i18n/messages";

/** Two readings of one number closer than this agree (the sheet's rounding to 2 decimals stays inside). */
export const TOLERANCE = 0.01;

export interface GateComponent {
  readonly score: number | null;
  readonly max: number | null;
  readonly applicable: boolean;
}

export interface GateUnit {
  readonly name: string;
  readonly row: number;
  readonly score: number | null;
  /** Where the points came from: the total column or the sum of the fields. */
  readonly scoreFrom: "column" | "fields" | null;
  readonly max: number | null;
  /** Where the unit's maximum came from: its own column, the sum of its fields' maxima, or the table's. */
  readonly maxFrom: "column" | "fields" | "table" | null;
  /** The index used: computed from points and maximum, else the sheet's own. */
  readonly index: number | null;
  /** The sheet's own index (percent scale), when it has an index column. */
  readonly sheetIndex: number | null;
  /** The sum of the fields when every applicable field was read, else null. */
  readonly componentSum: number | null;
  readonly components: readonly GateComponent[];
}

export interface GateTable {
  readonly sheet: string;
  readonly roles: { readonly total?: number; readonly index?: number; readonly unitMax?: number };
  readonly components: readonly { readonly name: string; readonly columns: readonly number[] }[];
  /** The settings may list only some fields: then the total need not be their sum. */
  readonly componentsFrom: "detection" | "mapping";
}

/** Several units: two or more (three in a table of three or more units). */
export function several(count: number, units: number): boolean {
  return count >= 2 && count >= Math.min(3, units);
}

/** A large share: several units and at least a quarter of those compared. */
export function largeShare(count: number, compared: number): boolean {
  return several(count, compared) && count * 4 >= compared;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const letters = (columns: readonly number[]): string => columns.map(columnLetter).join(", ");

/** The first reason the table's numbers cannot be true, as the problem that stops the run; null when plausible. */
export function implausibility(table: GateTable, units: readonly GateUnit[]): Problem | null {
  return (
    indexOutOfRange(table, units) ??
    fieldAboveMax(table, units) ??
    totalDisagrees(table, units) ??
    indexDisagrees(table, units)
  );
}

function refuse(table: GateTable, key: MessageKey, params: Record<string, string | number>): Problem {
  return problem(key, { ...params, fix: "gateFix" }, { sheet: table.sheet });
}

/** Any index outside 0–100: the maximum, the total or the index column is not what it was taken for. */
function indexOutOfRange(table: GateTable, units: readonly GateUnit[]): Problem | null {
  const indexed = units.filter((u) => u.index !== null);
  const outside = indexed.filter((u) => (u.index as number) < 0 || (u.index as number) > 100);
  if (outside.length === 0) return null;
  const first = outside[0];
  const example = {
    count: outside.length,
    units: indexed.length,
    unit: first.name,
    row: first.row,
    index: round2(first.index as number),
  };
  const computed = first.score !== null && first.max !== null && first.max > 0;
  if (!computed) {
    return refuse(table, "gateSheetIndexOutOfRange", {
      ...example,
      column: table.roles.index !== undefined ? columnLetter(table.roles.index) : "?",
    });
  }
  const score = first.score as number;
  const max = first.max as number;
  const fields = letters(table.components.flatMap((c) => c.columns));
  if (score < 0) {
    return table.roles.total !== undefined && first.scoreFrom === "column"
      ? refuse(table, "gateTotalNegative", { ...example, score, column: columnLetter(table.roles.total) })
      : refuse(table, "gateFieldsNegative", { ...example, score, columns: fields });
  }
  if (first.maxFrom === "column" && table.roles.unitMax !== undefined) {
    return refuse(table, "gateAboveUnitMax", {
      ...example,
      score,
      max,
      column: columnLetter(table.roles.unitMax),
    });
  }
  if (first.scoreFrom === "column" && table.roles.total !== undefined) {
    return refuse(table, "gateAboveMax", { ...example, score, max, column: columnLetter(table.roles.total) });
  }
  return refuse(table, "gateFieldsAboveMax", { ...example, score, max, columns: fields });
}

/** A field above its maximum for several units: the field's column or its maximum was misread. */
function fieldAboveMax(table: GateTable, units: readonly GateUnit[]): Problem | null {
  for (let k = 0; k < table.components.length; k++) {
    let read = 0;
    const above: { unit: GateUnit; score: number; max: number }[] = [];
    for (const unit of units) {
      const c = unit.components[k];
      if (c === undefined || !c.applicable || c.score === null || c.max === null) continue;
      read++;
      if (c.score > canonical(c.max)) above.push({ unit, score: c.score, max: c.max });
    }
    if (!several(above.length, read)) continue;
    const spec = table.components[k];
    const first = above[0];
    return refuse(table, "gateFieldAboveMax", {
      column: letters(spec.columns),
      component: spec.name,
      count: above.length,
      units: read,
      unit: first.unit.name,
      row: first.unit.row,
      score: first.score,
      max: first.max,
    });
  }
  return null;
}

/** The total column disagreeing with the sum of the fields for a large share: a subtotal taken for a field, or a field missed. */
function totalDisagrees(table: GateTable, units: readonly GateUnit[]): Problem | null {
  if (table.roles.total === undefined || table.components.length === 0 || table.componentsFrom === "mapping")
    return null;
  const compared = units.filter(
    (u) => u.scoreFrom === "column" && u.score !== null && u.componentSum !== null,
  );
  const differ = compared.filter(
    (u) => Math.abs((u.score as number) - (u.componentSum as number)) > TOLERANCE,
  );
  if (!largeShare(differ.length, compared.length)) return null;
  const first = differ[0];
  return refuse(table, "gateTotalDisagrees", {
    column: columnLetter(table.roles.total),
    columns: letters(table.components.flatMap((c) => c.columns)),
    count: differ.length,
    units: compared.length,
    unit: first.name,
    row: first.row,
    sheetValue: first.score as number,
    computed: first.componentSum as number,
  });
}

/** The sheet's index disagreeing with the computed one for a large share: the index, total or maximum misread. */
function indexDisagrees(table: GateTable, units: readonly GateUnit[]): Problem | null {
  if (table.roles.index === undefined) return null;
  const compared = units.filter(
    (u) => u.sheetIndex !== null && u.score !== null && u.max !== null && u.max > 0 && u.index !== null,
  );
  const differ = compared.filter((u) => Math.abs((u.sheetIndex as number) - (u.index as number)) > TOLERANCE);
  if (!largeShare(differ.length, compared.length)) return null;
  const first = differ[0];
  return refuse(table, "gateIndexDisagrees", {
    column: columnLetter(table.roles.index),
    count: differ.length,
    units: compared.length,
    unit: first.name,
    row: first.row,
    sheetValue: round2(first.sheetIndex as number),
    computed: round2(first.index as number),
    score: first.score as number,
    max: first.max as number,
  });
}
