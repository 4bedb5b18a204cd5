/**
 * The columns of a detected table as the Table step offers them in its dropdowns: letter and header text, and
 * the roles the mapping can correct (tables whose units are rows only).
 */
import type { DetectedTable } from "../core/detect";
import { columnLetter, type Grid } from "../core/grid";
import type { ColumnMapping } from "../core/settings";
import { SheetView } from "../core/sheetView";
import type { PaneKey } from "../i18n/pane";

export interface ColumnOption {
  readonly column: number;
  readonly letter: string;
  readonly header: string;
}

/** Roles the mapping can set, with their labels. */
export const MAPPED_ROLES = [
  ["name", "roleName"],
  ["group", "roleGroup"],
  ["total", "roleTotal"],
  ["index", "roleIndex"],
  ["unitMax", "roleUnitMax"],
  ["previousRank", "rolePreviousRank"],
  ["rating", "roleRating"],
] as const satisfies readonly (readonly [keyof ColumnMapping, PaneKey])[];

export type MappedRole = (typeof MAPPED_ROLES)[number][0];

/** Every column of the sheet's used range with its header text (the header band's distinct lines). */
export function columnOptions(table: DetectedTable, grid: Grid): ColumnOption[] {
  const view = new SheetView(grid);
  const options: ColumnOption[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const parts: string[] = [];
    for (let r = table.headerTop; r <= table.headerBottom; r++) {
      const text = view.text(r, c);
      if (text !== "" && !parts.includes(text)) parts.push(text);
    }
    options.push({ column: c, letter: columnLetter(c), header: parts.join(" / ") });
  }
  return options;
}

/**
 * Whether the column editor can correct how these tables were read: only a table whose units are rows has
 * columns to map (units across columns and per-unit forms do not); a sheet where no table was found can be
 * pointed at through its header rows.
 */
export function hasColumnMapping(tables: readonly DetectedTable[]): boolean {
  return tables.length === 0 || tables.some((t) => t.layout === "rows");
}

/** The first and last columns a table uses (to select a unit's row across the table). */
export function tableSpan(table: DetectedTable): { left: number; right: number } {
  const columns = [
    ...Object.values(table.roles).filter((c): c is number => c !== undefined),
    ...table.components.flatMap((c) => c.columns),
  ];
  return { left: Math.min(...columns), right: Math.max(...columns) };
}

/**
 * The table's components as a mapping list (null when a component spans several columns: not expressible). A
 * field whose units each have their own maximum (paired columns) keeps that column (`maxColumn`), not a maximum.
 */
export function componentMapping(table: DetectedTable): NonNullable<ColumnMapping["components"]> | null {
  if (table.components.some((c) => c.columns.length !== 1)) return null;
  return table.components.map((c) => ({
    column: columnLetter(c.columns[0]),
    name: c.name,
    ...(c.maxColumns !== undefined && c.maxColumns.length > 0
      ? { maxColumn: columnLetter(c.maxColumns[0]) }
      : c.max !== null
        ? { max: c.max }
        : {}),
  }));
}
