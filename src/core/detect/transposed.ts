/**
 * Detection of units across columns (issue 8 d): the consolidated scoring sheet with criteria as rows (TT "1",
 * "1.1", "1.1.1" …, the criterion, "Điểm tối đa") and one column per unit, named in the header, under a merged
 * header naming the group ("CÁC SỞ, BAN, NGÀNH"); "Tổng điểm", "Chỉ số (%)" and maybe "Xếp hạng" as the bottom
 * rows. Fields are the top-level criteria; a criterion a unit marks "KAD" or "-" lowers that unit's maximum.
 * Returns the same table model as units as rows, each unit's cells in its column.
 */
import type { Problem } from "../problems";
import type { SheetView } from "../sheetView";
import { columnRole, isFooterLabel, isScoreKindHeader, type ColumnRole } from "../vocabulary";
import {
  columnHasScores,
  fieldCells,
  fieldFilled,
  fieldName,
  readCriteriaSheet,
  type CriteriaSheet,
} from "./criteria";
import type { BodyRow, CellRef, ComponentSpec, DetectedTable, UnitCells } from "./model";

interface UnitColumn {
  readonly column: number;
  readonly name: string;
  readonly nameRow: number;
  readonly group: string;
  readonly groupCell: CellRef | null;
}

/** The unit a column of the header band names, and the group above it; null for a column that is no unit. */
function unitColumn(view: SheetView, sheet: CriteriaSheet, column: number): UnitColumn | "scoreKind" | null {
  let name = "";
  let nameRow = -1;
  let r = sheet.headerBottom;
  for (; r >= sheet.headerTop; r--) {
    const merge = view.mergeAt(r, column);
    if (merge !== undefined && merge.right > merge.left) break; // a group header over several units
    const text = view.text(r, column);
    if (text !== "" && !/^\(?\d+\)?$/.test(text)) {
      name = text;
      nameRow = merge?.top ?? r;
      r = nameRow - 1;
      break;
    }
  }
  if (name === "") return null;
  if (isScoreKindHeader(name)) return "scoreKind";
  const role = columnRole(name, sheet.year);
  if (role === "note" || role === "total" || role === "index" || isFooterLabel(name)) return null;
  if (!columnHasScores(view, sheet, column)) return null;
  for (; r >= sheet.headerTop; r--) {
    const text = view.text(r, column);
    if (text === "") continue;
    const merge = view.mergeAt(r, column);
    return {
      column,
      name,
      nameRow,
      group: text,
      groupCell: { sheet: view.sheet, row: merge?.top ?? r, column: merge?.left ?? column },
    };
  }
  return { column, name, nameRow, group: view.sheet, groupCell: null };
}

/** Reads the sheet as units across columns; null when its criteria rows have no unit columns beside them. */
export function readTransposed(view: SheetView, year: number | null): DetectedTable | null {
  const sheet = readCriteriaSheet(view, year);
  if (sheet === null) return null;
  const units: UnitColumn[] = [];
  for (const c of sheet.scoreColumns) {
    const found = unitColumn(view, sheet, c);
    if (found === "scoreKind") return null; // "Điểm tự đánh giá", "Điểm thẩm định": a scoring form
    if (found !== null) units.push(found);
  }
  if (units.length === 0) return null;
  return transposedTable(view, sheet, units);
}

function transposedTable(
  view: SheetView,
  sheet: CriteriaSheet,
  columns: readonly UnitColumn[],
): DetectedTable {
  const warnings: Problem[] = [];
  const name = view.sheet;
  const { rowRoles } = sheet;
  const unitColumns = columns.map((u) => u.column);
  const filled = sheet.fields.map((f) => fieldFilled(view, sheet, f, unitColumns));
  const components: ComponentSpec[] = sheet.fields.map((f) => {
    const c = sheet.criteria[f];
    return {
      name: fieldName(c.name),
      columns: [],
      row: c.row,
      max: c.max,
      maxSource: c.max !== null ? "criteria" : null,
    };
  });
  const at = (row: number | undefined, column: number): CellRef | null =>
    row === undefined ? null : { sheet: name, row, column };
  const units: BodyRow[] = columns.map((u) => {
    const cells: UnitCells = {
      name: { sheet: name, row: u.nameRow, column: u.column },
      group: u.groupCell,
      total: at(rowRoles.total, u.column),
      index: at(rowRoles.index, u.column),
      unitMax: at(rowRoles.unitMax, u.column),
      previousRank: at(rowRoles.previousRank, u.column),
      rank: at(rowRoles.rank, u.column),
      rating: at(rowRoles.rating, u.column),
      components: sheet.fields.map((f, k) => {
        const own = fieldCells(view, sheet, f, u.column, filled[k]);
        return {
          points: own.rows.map((row) => ({ sheet: name, row, column: u.column })),
          max: null,
          ...(own.ownMax !== undefined ? { ownMax: own.ownMax } : {}),
        };
      }),
    };
    return { row: u.nameRow, name: u.name, group: u.group, cells };
  });
  const groups: { name: string; row: number | null }[] = [];
  for (const u of columns)
    if (!groups.some((g) => g.name === u.group))
      groups.push({ name: u.group, row: u.groupCell?.row ?? null });
  const totalMax = rowRoles.total !== undefined ? numberIn(view, rowRoles.total, sheet.columns.max) : null;
  return {
    sheet: name,
    layout: "columns",
    headerTop: sheet.headerTop,
    headerBottom: sheet.headerBottom,
    maxRow: null,
    year: sheet.year,
    title: sheet.title,
    roles: {},
    rowRoles: rowRoles as Partial<Record<ColumnRole, number>>,
    criteria: sheet.columns,
    components,
    componentsFrom: "detection",
    subtotals: [],
    totalMax,
    units,
    groups,
    warnings,
    recognisedColumns: units.length + 3,
    areas: [
      {
        sheet: name,
        top: sheet.headerTop,
        left: sheet.columns.tt,
        bottom: sheet.lastRow,
        right: Math.max(...unitColumns),
      },
    ],
  };
}

function numberIn(view: SheetView, row: number, column: number): number | null {
  const value = view.value(row, column);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Whether a sheet looks like criteria as rows (a column numbering "1.1", "1.1.1" …), for "no table found". */
export function looksTransposed(view: SheetView): boolean {
  const right = Math.min(view.right, view.left + 5);
  for (let c = view.left; c <= right; c++) {
    let dotted = 0;
    for (let r = view.top; r <= view.bottom && r - view.top < 400; r++) {
      const value = view.value(r, c);
      if (typeof value === "string" && /^\d{1,2}\.\d{1,2}(\.\d{1,2})*\.?$/.test(value.trim())) dotted++;
    }
    if (dotted >= 3) return true;
  }
  return false;
}
