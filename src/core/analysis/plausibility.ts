/**
 * Plausibility gates: numbers that cannot be true mean the columns were read wrong, and such an analysis is
 * refused, never reported. Any index outside 0–100; a field above its maximum for several units; the total
 * disagreeing with the sum of the fields, or the sheet's index with the computed one, for a large share of
 * the units. Isolated slips stay warnings (a typing error in one cell is not a misread column). The refusal
 * names the column and what it was taken for, and points at the column mapping. Criteria as rows (units across
 * columns, per-unit forms) are refused in the same words about rows: "Dòng 45 được hiểu là tổng điểm …", the
 * unit named with its column or its form's sheet.
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
  /** Where the unit's name is (its column when units lie across columns, its sheet for per-unit forms). */
  readonly cells?: { readonly name: { readonly sheet: string; readonly column: number } };
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

type GateRoles = { readonly total?: number; readonly index?: number; readonly unitMax?: number };

export interface GateTable {
  readonly sheet: string;
  /** Units as rows (default), across columns, or one form per unit. */
  readonly layout?: "rows" | "columns" | "forms";
  readonly roles: GateRoles;
  /** Criteria as rows: the rows of the total, the index and the unit's maximum. */
  readonly rowRoles?: GateRoles;
  /** Per-unit forms: the column the points are read from. */
  readonly criteria?: { readonly points?: number };
  readonly components: readonly {
    readonly name: string;
    readonly columns: readonly number[];
    readonly row?: number;
  }[];
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
    oneFieldPerUnit(table, units) ??
    indexOutOfRange(table, units) ??
    fieldAboveMax(table, units) ??
    totalDisagrees(table, units) ??
    indexDisagrees(table, units)
  );
}

function refuse(table: GateTable, key: MessageKey, params: Record<string, string | number>): Problem {
  return problem(key, { ...params, fix: "gateFix" }, { sheet: table.sheet });
}

/**
 * The same refusal for criteria as rows (a "…Row" key: "Dòng {line} được hiểu là …"), the rows taken for the
 * role, and the example unit by its column (units across columns) or its form's sheet.
 */
function refuseRows(
  table: GateTable,
  key: MessageKey,
  unit: GateUnit,
  rows: readonly number[],
  params: Record<string, string | number>,
): Problem {
  const forms = table.layout === "forms";
  const points = table.criteria?.points;
  const place = unit.cells?.name;
  return problem(
    key,
    {
      ...params,
      line: forms ? "gateLineForms" : "gateLineSheet",
      lines: forms ? "gateLinesForms" : "gateLinesSheet",
      lineRows: rows.join(", "),
      lineColumn: points !== undefined ? columnLetter(points) : "?",
      at: forms ? "gateAtSheet" : "gateAtColumn",
      atColumn: place ? columnLetter(place.column) : "?",
      atSheet: place ? place.sheet : table.sheet,
      fix: "gateFixRows",
    },
    { sheet: table.sheet },
  );
}

const byRows = (table: GateTable): boolean => table.layout === "columns" || table.layout === "forms";
const fieldRows = (table: GateTable): number[] =>
  table.components.map((c) => c.row).filter((r): r is number => r !== undefined);

/**
 * The same unit on many rows of one table — a large share of the rows repeat a name already met in the group:
 * the table lists each unit several times (one row per field or criterion, a long list), a layout this product
 * does not read. `keys` are the units' matching keys (unitKey), `groups` their groups, in the order of `units`.
 */
export function repeatedUnits(
  table: GateTable,
  units: readonly GateUnit[],
  keys: readonly string[],
  groups: readonly string[],
): Problem | null {
  const places = new Map<string, GateUnit[]>();
  let repeats = 0;
  units.forEach((unit, i) => {
    const k = `${groups[i]}\u0000${keys[i]}`;
    const seen = places.get(k);
    if (seen) {
      repeats++;
      seen.push(unit);
    } else places.set(k, [unit]);
  });
  if (!largeShare(repeats, units.length)) return null;
  const most = [...places.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const shown = most.slice(0, 6);
  const where =
    table.layout === "forms"
      ? shown.map((u) => `“${u.cells?.name.sheet ?? table.sheet}”`)
      : table.layout === "columns"
        ? shown.map((u) => columnLetter(u.cells?.name.column ?? 0))
        : shown.map((u) => String(u.row));
  return problem(
    "gateRepeatedUnits",
    {
      count: repeats,
      units: units.length,
      unit: most[0].name,
      times: most.length,
      places: `${where.join(", ")}${most.length > shown.length ? ", …" : ""}`,
      placesKind:
        table.layout === "forms"
          ? "gatePlacesSheets"
          : table.layout === "columns"
            ? "gatePlacesColumns"
            : "gatePlacesRows",
    },
    { sheet: table.sheet },
  );
}

/**
 * Each unit with a number in exactly one of the "fields" (the others blank), for nearly every unit: the columns are
 * not fields but groups, periods or other categories (a PivotTable, one column per khối) — not a score table.
 */
function oneFieldPerUnit(table: GateTable, units: readonly GateUnit[]): Problem | null {
  if (byRows(table) || table.components.length < 2) return null;
  const scored = units.filter((u) => u.components.some((c) => c.score !== null));
  const single = scored.filter((u) => u.components.filter((c) => c.score !== null).length === 1);
  if (scored.length < 3 || single.length * 4 < scored.length * 3) return null;
  const example = single[0];
  return problem(
    "gateOneFieldPerUnit",
    {
      columns: letters(table.components.flatMap((c) => c.columns)),
      count: single.length,
      units: scored.length,
      unit: example.name,
      row: example.row,
    },
    { sheet: table.sheet },
  );
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
  if (byRows(table)) return rowsOutOfRange(table, first, example, computed);
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

/** indexOutOfRange's refusal for criteria as rows. */
function rowsOutOfRange(
  table: GateTable,
  first: GateUnit,
  example: Record<string, string | number>,
  computed: boolean,
): Problem {
  const roles = table.rowRoles ?? {};
  const row = (r: number | undefined) => (r === undefined ? [] : [r]);
  if (!computed) return refuseRows(table, "gateSheetIndexOutOfRangeRow", first, row(roles.index), example);
  const score = first.score as number;
  const max = first.max as number;
  if (score < 0) {
    return roles.total !== undefined && first.scoreFrom === "column"
      ? refuseRows(table, "gateTotalNegativeRow", first, [roles.total], { ...example, score })
      : refuseRows(table, "gateFieldsNegativeRow", first, fieldRows(table), { ...example, score });
  }
  if (first.maxFrom === "column" && roles.unitMax !== undefined)
    return refuseRows(table, "gateAboveUnitMaxRow", first, [roles.unitMax], { ...example, score, max });
  if (first.scoreFrom === "column" && roles.total !== undefined)
    return refuseRows(table, "gateAboveMaxRow", first, [roles.total], { ...example, score, max });
  return refuseRows(table, "gateFieldsAboveMaxRow", first, fieldRows(table), { ...example, score, max });
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
    const params = {
      component: spec.name,
      count: above.length,
      units: read,
      unit: first.unit.name,
      row: first.unit.row,
      score: first.score,
      max: first.max,
    };
    if (byRows(table))
      return refuseRows(
        table,
        "gateFieldAboveMaxRow",
        first.unit,
        spec.row !== undefined ? [spec.row] : [],
        params,
      );
    return refuse(table, "gateFieldAboveMax", { ...params, column: letters(spec.columns) });
  }
  return null;
}

/** The total column disagreeing with the sum of the fields for a large share: a subtotal taken for a field, or a field missed. */
function totalDisagrees(table: GateTable, units: readonly GateUnit[]): Problem | null {
  const totalAt = byRows(table) ? table.rowRoles?.total : table.roles.total;
  if (totalAt === undefined || table.components.length === 0 || table.componentsFrom === "mapping")
    return null;
  const compared = units.filter(
    (u) => u.scoreFrom === "column" && u.score !== null && u.componentSum !== null,
  );
  const differ = compared.filter(
    (u) => Math.abs((u.score as number) - (u.componentSum as number)) > TOLERANCE,
  );
  if (!largeShare(differ.length, compared.length)) return null;
  const first = differ[0];
  const params = {
    count: differ.length,
    units: compared.length,
    unit: first.name,
    row: first.row,
    sheetValue: first.score as number,
    computed: first.componentSum as number,
  };
  if (byRows(table))
    return refuseRows(table, "gateTotalDisagreesRow", first, [totalAt], {
      ...params,
      fieldRows: fieldRows(table).join(", "),
    });
  return refuse(table, "gateTotalDisagrees", {
    ...params,
    column: columnLetter(totalAt),
    columns: letters(table.components.flatMap((c) => c.columns)),
  });
}

/** The sheet's index disagreeing with the computed one for a large share: the index, total or maximum misread. */
function indexDisagrees(table: GateTable, units: readonly GateUnit[]): Problem | null {
  const indexAt = byRows(table) ? table.rowRoles?.index : table.roles.index;
  if (indexAt === undefined) return null;
  const compared = units.filter(
    (u) => u.sheetIndex !== null && u.score !== null && u.max !== null && u.max > 0 && u.index !== null,
  );
  const differ = compared.filter((u) => Math.abs((u.sheetIndex as number) - (u.index as number)) > TOLERANCE);
  if (!largeShare(differ.length, compared.length)) return null;
  const first = differ[0];
  const params = {
    count: differ.length,
    units: compared.length,
    unit: first.name,
    row: first.row,
    sheetValue: round2(first.sheetIndex as number),
    computed: round2(first.index as number),
    score: first.score as number,
    max: first.max as number,
  };
  if (byRows(table)) return refuseRows(table, "gateIndexDisagreesRow", first, [indexAt], params);
  return refuse(table, "gateIndexDisagrees", { ...params, column: columnLetter(indexAt) });
}
