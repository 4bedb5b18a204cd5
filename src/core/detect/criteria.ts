/**
 * Criteria as rows, shared by two layouts (units across columns, detect/transposed.ts; per-unit scoring forms,
 * detect/forms.ts): the header row with a TT column, a criterion column and a "Điểm tối đa" column; the
 * criteria under it numbered "1", "1.1", "1.1.1" … with their maxima; the rows naming a role at the bottom
 * ("Tổng điểm", "Chỉ số (%)", "Xếp hạng"); and the columns right of the maxima that hold scores. Fields are
 * the top-level criteria; what a unit's "KAD" or "-" in a criterion takes off its field's maximum is worked
 * out here too.
 */
import { readCell } from "../cellValue";
import { cleanText } from "../names";
import { canonical } from "../precision";
import type { SheetView } from "../sheetView";
import {
  columnRole,
  criterionDepth,
  isCriterionHeader,
  isEndOfTable,
  isMaxRowLabel,
  MAX_HEADER_TEXT,
  type ColumnRole,
} from "../vocabulary";
import { MAX_HEADER_ROWS, titleOf } from "./band";
import type { CriteriaColumns } from "./model";

/** How far down a sheet the criteria header is looked for. */
const HEADER_SEARCH_ROWS = 60;

/** Row roles read at the bottom of criteria as rows. */
const ROW_ROLES: readonly ColumnRole[] = ["total", "index", "rank", "previousRank", "rating", "unitMax"];

export interface Criterion {
  readonly row: number;
  /** 1 for "1", 2 for "1.1" … (0 for a Roman-numbered section). */
  readonly depth: number;
  readonly name: string;
  readonly max: number | null;
}

export interface CriteriaSheet {
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly columns: CriteriaColumns;
  readonly criteria: readonly Criterion[];
  /** The top-level criteria (the fields), as indices into `criteria`. */
  readonly fields: readonly number[];
  readonly rowRoles: Readonly<Partial<Record<ColumnRole, number>>>;
  /** The last row of the criteria and role rows. */
  readonly lastRow: number;
  /** Columns right of the maxima that hold a header or a score in some criterion row. */
  readonly scoreColumns: readonly number[];
  readonly title: string | null;
  readonly year: number | null;
}

function numberAt(view: SheetView, row: number, column: number): number | null {
  const reading = readCell(view.value(row, column));
  return reading.kind === "number" ? reading.value : null;
}

/** The header row: a TT cell and a "Điểm tối đa" cell to its right, on one row. */
function findHeader(view: SheetView): { row: number; tt: number; max: number } | null {
  const last = Math.min(view.bottom, view.top + HEADER_SEARCH_ROWS);
  for (let r = view.top; r <= last; r++) {
    let tt: number | null = null;
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string" || value.length > 40) continue;
      const text = value.slice(0, MAX_HEADER_TEXT);
      if (tt === null && columnRole(text, null) === "stt") tt = c;
      else if (tt !== null && isMaxRowLabel(text)) return { row: r, tt, max: c };
    }
  }
  return null;
}

/** The column of the criteria's names: labelled so in the header, else the one after TT with most text. */
function criterionColumn(view: SheetView, header: number, tt: number, max: number, from: number): number {
  for (let c = tt + 1; c < max; c++) if (isCriterionHeader(view.text(header, c))) return c;
  let best = tt + 1;
  let most = -1;
  for (let c = tt + 1; c < max; c++) {
    let texts = 0;
    for (let r = from; r <= Math.min(view.bottom, from + 30); r++)
      if (typeof view.value(r, c) === "string") texts++;
    if (texts > most) {
      best = c;
      most = texts;
    }
  }
  return best;
}

/** Reads a sheet whose criteria are rows; null when it has no TT / "Điểm tối đa" header with criteria under it. */
export function readCriteriaSheet(view: SheetView, year: number | null = null): CriteriaSheet | null {
  const header = findHeader(view);
  if (header === null) return null;
  const { tt, max } = header;
  const headerTop = view.mergeAt(header.row, tt)?.top ?? header.row;
  // The band ends above the first numbered criterion (a merged TT header, a row of unit names, column numbers).
  let first = header.row + 1;
  while (
    first <= view.bottom &&
    first - headerTop <= MAX_HEADER_ROWS &&
    criterionDepth(view.value(first, tt)) === null
  )
    first++;
  if (first > view.bottom || first - headerTop > MAX_HEADER_ROWS) return null;
  const headerBottom = first - 1;
  const name = criterionColumn(view, header.row, tt, max, first);
  const titled = titleOf(view, headerTop);
  const tableYear = year ?? titled.year;

  const criteria: Criterion[] = [];
  const rowRoles: Partial<Record<ColumnRole, number>> = {};
  let lastRow = headerBottom;
  for (let r = first; r <= view.bottom; r++) {
    const code = view.value(r, tt);
    const label = view.text(r, name);
    const depth = criterionDepth(code);
    if (depth !== null && label !== "" && view.mergeAt(r, tt)?.right !== name) {
      criteria.push({ row: r, depth, name: label, max: numberAt(view, r, max) });
      lastRow = r;
      continue;
    }
    const text = label || view.text(r, tt);
    if (text === "") continue;
    if (isEndOfTable(text)) break;
    const role = columnRole(text.slice(0, MAX_HEADER_TEXT), tableYear);
    if (role !== null && ROW_ROLES.includes(role)) {
      if (rowRoles[role] === undefined) rowRoles[role] = r;
      lastRow = r;
    }
  }
  if (criteria.length === 0) return null;
  // Fields: the criteria numbered "1", "2" …; a Roman-numbered section ("II. ĐIỂM ĐIỀU TRA XHH") is a field
  // only when nothing is numbered under it; without numbers, the shallowest criteria.
  const hasOnes = criteria.some((c) => c.depth === 1);
  const top = hasOnes ? 1 : Math.min(...criteria.map((c) => c.depth));
  const fields = criteria.flatMap((c, i) => {
    if (c.depth === top) return [i];
    const next = criteria[i + 1];
    return hasOnes && c.depth === 0 && (next === undefined || next.depth === 0) ? [i] : [];
  });

  const scoreColumns: number[] = [];
  for (let c = max + 1; c <= view.right; c++) {
    let used = false;
    for (let r = headerTop; r <= headerBottom && !used; r++) if (view.value(r, c) !== null) used = true;
    for (let i = 0; i < criteria.length && !used; i++) {
      const kind = readCell(view.value(criteria[i].row, c)).kind;
      if (kind === "number" || kind === "notApplicable") used = true;
    }
    if (used) scoreColumns.push(c);
  }
  return {
    headerTop,
    headerBottom,
    columns: { tt, name, max },
    criteria,
    fields,
    rowRoles,
    lastRow,
    scoreColumns,
    title: titled.title,
    year: tableYear,
  };
}

/** A criterion's label without its numbering or maximum, as a field's name. */
export function fieldName(label: string): string {
  return cleanText(label.replace(/\(\s*(?:tối đa\s*)?\d+([.,]\d+)?\s*(điểm|đ)?\s*\)\s*$/iu, ""));
}

/** Whether a column holds a number or a not-applicable marker in some criterion row. */
export function columnHasScores(view: SheetView, sheet: CriteriaSheet, column: number): boolean {
  for (const c of sheet.criteria) {
    const kind = readCell(view.value(c.row, column)).kind;
    if (kind === "number" || kind === "notApplicable") return true;
  }
  return false;
}

/**
 * One unit's cells of one field in `column`: the field's own row when the sheet fills it (the common case:
 * each field row adds up its criteria), else its criteria that apply to the unit; and the unit's own maximum
 * of the field — the field's maximum less the maxima of its criteria marked not applicable ("KAD", "-").
 */
export function fieldCells(
  view: SheetView,
  sheet: CriteriaSheet,
  field: number,
  column: number,
  filled: boolean,
): { rows: number[]; ownMax: number | undefined } {
  const own = sheet.criteria[field];
  const end = sheet.fields.find((f) => f > field) ?? sheet.criteria.length;
  let lessMax = 0;
  let skipBelow: number | null = null;
  const applicable: number[] = [];
  const all: number[] = [];
  for (let i = field + 1; i < end; i++) {
    const c = sheet.criteria[i];
    if (skipBelow !== null && c.depth > skipBelow) continue;
    skipBelow = null;
    const leaf = i + 1 >= end || sheet.criteria[i + 1].depth <= c.depth;
    const value = view.value(c.row, column);
    if (typeof value !== "number" && readCell(value).kind === "notApplicable") {
      if (c.max !== null) lessMax += c.max;
      skipBelow = c.depth;
      all.push(c.row);
      continue;
    }
    if (leaf) {
      applicable.push(c.row);
      all.push(c.row);
    }
  }
  const ownMax = own.max === null ? undefined : canonical(own.max - lessMax);
  if (filled || all.length === 0) return { rows: [own.row], ownMax };
  return { rows: applicable.length > 0 ? applicable : all, ownMax };
}

/** Whether a field's own row holds a score or a marker for some unit column (else its criteria are summed). */
export function fieldFilled(
  view: SheetView,
  sheet: CriteriaSheet,
  field: number,
  columns: readonly number[],
): boolean {
  const row = sheet.criteria[field].row;
  for (const c of columns) {
    const kind = readCell(view.value(row, c)).kind;
    if (kind === "number" || kind === "notApplicable") return true;
  }
  return false;
}
