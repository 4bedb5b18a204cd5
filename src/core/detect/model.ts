/**
 * The table model every layout's detection produces: where the header is, what each column holds, the
 * components with their maxima, and the units with the cells their values come from (sheet, row, column),
 * so that analysis, highlights and go-to-cell read the sheet without finding the table again. Three layouts
 * share it: units as rows ("rows"), units across columns with criteria as rows ("columns", issue 8 d) and a
 * scoring form per unit, one sheet each ("forms", issue 8 e) — a unit's cells may lie on its own sheet.
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
  /** Where the maximum is written ("criteria": the "Điểm tối đa" column beside criteria as rows). */
  readonly maxSource: "row" | "header" | "mapping" | "unit" | "criteria" | null;
  /** Columns holding each unit's own maximum of this field ("Điểm tối đa" beside "Điểm đạt"). */
  readonly maxColumns?: readonly number[];
  /** Units across columns or forms: the sheet row of the field (a top-level criterion, TT "1", "2"…); `columns` is then empty. */
  readonly row?: number;
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
  readonly components: readonly UnitComponentCells[];
}

export interface UnitComponentCells {
  readonly points: readonly CellRef[];
  readonly max: CellRef | null;
  /**
   * The unit's own maximum of the field when no cell holds it but detection worked it out: the field's maximum
   * less the maxima of its criteria marked not applicable for the unit ("KAD", "-") — criteria as rows.
   */
  readonly ownMax?: number;
}

/** A rectangle of one sheet, 1-based and inclusive. */
export interface SheetArea {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Where the criteria of a criteria-as-rows table are: the TT, criterion and "Điểm tối đa" columns. */
export interface CriteriaColumns {
  readonly tt: number;
  readonly name: number;
  readonly max: number;
  /** Per-unit forms: the column the unit's points are read from (the final appraisal, "Điểm thẩm định"). */
  readonly points?: number;
}

export interface BodyRow {
  /**
   * The sheet row of the unit's name: its row (units as rows); the header row naming the unit columns (units
   * across columns — the unit's column is `cells.name.column`); the row of the name in its form's title, or the
   * form's header row when the sheet's name names the unit (per-unit forms, on `cells.name.sheet`).
   */
  readonly row: number;
  readonly name: string;
  readonly group: string;
  readonly cells: UnitCells;
}

export interface DetectedTable {
  readonly sheet: string;
  /** How the table lies: units as rows, units across columns (criteria as rows), or one scoring form per unit. */
  readonly layout: "rows" | "columns" | "forms";
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly maxRow: number | null;
  readonly year: number | null;
  readonly title: string | null;
  /** 1-based sheet columns by role (units as rows; criteria as rows: only the TT column, as `stt`). */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Criteria as rows: the sheet rows by role ("Tổng điểm" → total, "Chỉ số (%)" → index, "Xếp hạng" → rank…). */
  readonly rowRoles?: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Criteria as rows: the TT, criterion and maximum columns (of the first form, for per-unit forms). */
  readonly criteria?: CriteriaColumns;
  /** Per-unit forms: every sheet the table's cells lie on, in tab order (`sheet` is the first). */
  readonly sheets?: readonly string[];
  /** Criteria as rows: the areas the table's cells lie in (one per sheet), where formulas must have results. */
  readonly areas?: readonly SheetArea[];
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

/** Every cell a unit's values are read from. */
export function cellsOf(cells: UnitCells): CellRef[] {
  const refs: CellRef[] = [cells.name];
  for (const ref of [
    cells.group,
    cells.total,
    cells.index,
    cells.unitMax,
    cells.previousRank,
    cells.rank,
    cells.rating,
  ])
    if (ref !== null) refs.push(ref);
  for (const c of cells.components) {
    refs.push(...c.points);
    if (c.max !== null) refs.push(c.max);
  }
  return refs;
}

/**
 * The area a unit occupies on its sheet, for go-to-cell and highlights: its row across the cells it is read
 * from (units as rows), its column from its name down to its last row (units across columns), or its form's
 * cells (per-unit forms).
 */
export function unitArea(cells: UnitCells): SheetArea {
  const sheet = cells.name.sheet;
  // The group's cell (a header over several units) is not the unit's.
  const own = cellsOf({ ...cells, group: null }).filter((c) => c.sheet === sheet);
  return {
    sheet,
    top: Math.min(...own.map((c) => c.row)),
    left: Math.min(...own.map((c) => c.column)),
    bottom: Math.max(...own.map((c) => c.row)),
    right: Math.max(...own.map((c) => c.column)),
  };
}
