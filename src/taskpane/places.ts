/**
 * Where go-to-cell takes the user for a unit: the area its values are read from (core's unitArea) — its row
 * across the table when units are rows, its column from its name down to its rank when units lie across
 * columns, its form's cells when each unit has its own scoring form on a sheet — and a place's A1 address.
 */
import type { UnitResult } from "../core/analyse";
import { unitArea, type DetectedTable } from "../core/detect";
import { columnLetter } from "../core/grid";
import { tableSpan } from "./columns";
import type { CellTarget } from "./gateway";

export function unitTarget(unit: Pick<UnitResult, "cells">, tables: readonly DetectedTable[]): CellTarget {
  const area = unitArea(unit.cells);
  const name = unit.cells.name;
  // Units as rows: the whole row of the unit's table, from its STT column to its last field.
  const table = tables.find(
    (t) =>
      t.layout === "rows" &&
      t.sheet === name.sheet &&
      t.units.some((u) => u.cells.name.sheet === name.sheet && u.row === name.row),
  );
  const span = table !== undefined ? tableSpan(table) : null;
  return {
    sheet: area.sheet,
    row: area.top,
    toRow: area.bottom,
    column: span !== null ? Math.min(span.left, area.left) : area.left,
    toColumn: span !== null ? Math.max(span.right, area.right) : area.right,
  };
}

/** The place's A1 address on its sheet ("12:12", "C7", "B12:L12", "D8:D51"). */
export function targetAddress(target: CellTarget): string {
  const { row, column } = target;
  const toRow = target.toRow ?? row;
  if (column === undefined || column === null) return `${row}:${toRow}`;
  const toColumn = target.toColumn ?? column;
  const from = `${columnLetter(column)}${row}`;
  return toColumn === column && toRow === row ? from : `${from}:${columnLetter(toColumn)}${toRow}`;
}
