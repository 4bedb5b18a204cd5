/**
 * The table model every layout's detection produces: where the header is, what each column holds, the
 * components with their maxima, and the units with the cells their values come from (sheet, row, column),
 * so that analysis, highlights and go-to-cell read the sheet without finding the table again.
 */
import type { Problem } from "../problems";
import type { ColumnRole } from "../vocabulary";

/** One cell of a workbook, 1-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** What a stage of detection found, and what it could not read as intended. */
export interface Stage<T> {
  readonly value: T;
  readonly warnings: readonly Problem[];
}

export interface ComponentSpec {
  /** The field's label as written, without its maximum ("Cải cách thủ tục hành chính"). */
  readonly name: string;
  /** Columns whose numbers make the field's points (one, or the parts of a field without a total column). */
  readonly columns: readonly number[];
  /** The field's maximum for every unit; null when unknown or when each unit has its own (`maxColumns`). */
  readonly max: number | null;
  readonly maxSource: "row" | "header" | "mapping" | "unit" | null;
  /** Columns holding each unit's own maximum of this field ("Điểm tối đa" beside "Điểm đạt"). */
  readonly maxColumns?: readonly number[];
}

/** The cells a unit's values come from. */
export interface UnitCells {
  readonly name: CellRef;
  readonly group: CellRef | null;
  readonly total: CellRef | null;
  readonly index: CellRef | null;
  readonly unitMax: CellRef | null;
  readonly previousRank: CellRef | null;
  readonly rank: CellRef | null;
  readonly rating: CellRef | null;
  /** Per component, in the table's order: the cells of its points and of the unit's own maximum. */
  readonly components: readonly { readonly points: readonly CellRef[]; readonly max: CellRef | null }[];
}

export interface BodyRow {
  /** The unit's sheet row (the row of its name). */
  readonly row: number;
  readonly name: string;
  readonly group: string;
  readonly cells: UnitCells;
}

export interface DetectedTable {
  readonly sheet: string;
  /** How the table lies: units as rows (the only layout read so far; units across columns and per-unit forms later). */
  readonly layout: "rows";
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly maxRow: number | null;
  readonly year: number | null;
  readonly title: string | null;
  /** 1-based sheet columns by role. */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly components: readonly ComponentSpec[];
  /** Whether the settings chose the components (a list, or columns to ignore: maybe only some fields) or detection did. */
  readonly componentsFrom: "detection" | "mapping";
  /** Columns that add up fields to their left ("Điểm thẩm định" before the survey): not fields themselves. */
  readonly subtotals: readonly number[];
  /** Maximum of the total from the max row or the total's header, when given. */
  readonly totalMax: number | null;
  readonly units: readonly BodyRow[];
  /** Groups in sheet order, with the row of their heading (null when the group comes from a column or the sheet). */
  readonly groups: readonly { readonly name: string; readonly row: number | null }[];
  readonly warnings: readonly Problem[];
  /** How many header columns were recognised (roles and fields): a header without units still counts. */
  readonly recognisedColumns: number;
}
