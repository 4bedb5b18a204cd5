/**
 * Detection of units across columns (issue 8 d): the consolidated scoring sheet with criteria as rows (TT "1",
 * "1.1", "1.1.1" …, the criterion, "Điểm tối đa") and one column per unit, named in the header, under a merged
 * header naming the group ("CÁC SỞ, BAN, NGÀNH") — inside the header band (TT merged down beside it), or on the
 * row right above the TT row; "Tổng điểm", "Chỉ số (%)" and maybe "Xếp hạng" as the bottom rows. Fields are the top-level criteria; a criterion a unit marks "KAD" or "-" lowers that unit's maximum.
 * Returns the same table model as units as rows, each unit's cells in its column.
 */
import type { Problem } from "../problems";
import type { SheetView } from "../sheetView";
import {
  columnRole,
  isFooterLabel,
  isGroupHeaderOverUnits,
  isScoreKindHeader,
  type ColumnRole,
} from "../vocabulary";
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
    // A label of the unit columns as a whole ("Điểm của các đơn vị") names no group.
    if (text === "" || !isGroupHeaderOverUnits(text)) continue;
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
  return transposedTable(view, sheet, withGroups(view, sheet, units));
}

/**
 * The units' groups when a group header does not stand over each unit's own column: on the row right above the
 * header band (no unit has a group inside it), or written unmerged over the first of its units inside the band
 * (some units have one, on one row, and others none). Else the units as they are.
 */
function withGroups(view: SheetView, sheet: CriteriaSheet, units: readonly UnitColumn[]): UnitColumn[] {
  const grouped = units.filter((u) => u.groupCell !== null);
  if (grouped.length === 0) return groupsOnRow(view, sheet, units, sheet.headerTop - 1, true) ?? [...units];
  if (grouped.length === units.length) return [...units];
  const rows = new Set(grouped.map((u) => (u.groupCell as CellRef).row));
  if (rows.size !== 1) return [...units];
  return groupsOnRow(view, sheet, units, [...rows][0], false) ?? [...units];
}

/**
 * The units with their groups read from one row of group headers ("Khối sở, ban, ngành", "CÁC SỞ, BAN, NGÀNH"),
 * each merged over its units or written over the first of them (its units then run up to the next header);
 * null when the row is no such row: a header that does not read as a group (a title, the motto, a date line,
 * "Đơn vị"), a cell merged down into the rows below (a unit's name), a unit column under no header, or — above
 * the band (`above`) — text over the criteria columns (TT to "Điểm tối đa").
 */
function groupsOnRow(
  view: SheetView,
  sheet: CriteriaSheet,
  units: readonly UnitColumn[],
  row: number,
  above: boolean,
): UnitColumn[] | null {
  if (row < view.top) return null;
  if (above) for (let c = view.left; c <= sheet.columns.max; c++) if (view.text(row, c) !== "") return null;
  const first = Math.min(...units.map((u) => u.column));
  const lastUnit = Math.max(...units.map((u) => u.column));
  const last = Math.max(lastUnit, ...sheet.scoreColumns);
  const headers: { text: string; cell: CellRef; left: number; right: number; merged: boolean }[] = [];
  for (let c = sheet.columns.max + 1; c <= lastUnit; c++) {
    const merge = view.mergeAt(row, c);
    if (merge !== undefined && merge.left !== c) continue;
    const text = view.text(row, c);
    if (text === "") continue;
    if (c < first || (merge?.right ?? c) > last || (merge !== undefined && merge.bottom > row)) return null;
    if (!isGroupHeaderOverUnits(text)) return null;
    headers.push({
      text,
      cell: { sheet: view.sheet, row: merge?.top ?? row, column: c },
      left: c,
      right: merge?.right ?? c,
      merged: merge !== undefined && merge.right > merge.left,
    });
  }
  if (headers.length === 0) return null;
  const grouped: UnitColumn[] = [];
  for (const u of units) {
    // The header over the unit's column; else the last unmerged one left of it, with no other header between.
    const header =
      headers.find((h) => h.left <= u.column && u.column <= h.right) ??
      headers.filter((h) => h.left < u.column).at(-1);
    if (header === undefined || (header.right < u.column && header.merged)) return null;
    grouped.push({ ...u, group: header.text, groupCell: header.cell });
  }
  return grouped;
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
