/**
 * Detection, stage 2 — column roles: what each column of the header band holds (STT, name, group, total,
 * index, unit maximum, ranks, rating, note, or a field's points), the fields grouped into components with
 * their maxima (a "Điểm tối đa" row, the header text, or each unit's own "Điểm tối đa" column beside its
 * "Điểm đạt"), subtotal columns told apart from fields, and the settings' mapping applied.
 */
import { readCell } from "../cellValue";
import { columnLetter } from "../grid";
import { cleanText, foldText } from "../names";
import { InputError, problem, type Problem } from "../problems";
import type { ColumnMapping } from "../settings";
import type { SheetView } from "../sheetView";
import {
  columnRole,
  headerMaximum,
  headerYear,
  isMaxRowLabel,
  isSelfAssessmentHeader,
  MAX_HEADER_TEXT,
  subRole,
  type ColumnRole,
  type SubRole,
} from "../vocabulary";
import { isNumberingRow } from "./band";
import { applyRoleMapping, columnByLetters, mappedMaxColumns } from "./mapping";
import type { ComponentSpec, Stage } from "./model";
import { findSubtotals } from "./subtotals";

export interface ColumnLayout {
  readonly headerBottom: number;
  readonly maxRow: number | null;
  /** The first row under the header, the column numbers and the max row. */
  readonly bodyStart: number;
  readonly year: number | null;
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly components: readonly ComponentSpec[];
  readonly componentsFrom: "detection" | "mapping";
  readonly subtotals: readonly number[];
  readonly totalMax: number | null;
  readonly recognisedColumns: number;
}

interface ColumnHeader {
  readonly column: number;
  readonly parts: readonly string[];
}

interface FieldColumn {
  column: number;
  field: string;
  parent: string | null;
  sub: SubRole;
  header: string;
}

function columnHeaders(view: SheetView, top: number, bottom: number): ColumnHeader[] {
  const headers: ColumnHeader[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const text = view.text(r, c).slice(0, MAX_HEADER_TEXT);
      if (text !== "" && text !== parts[parts.length - 1]) parts.push(text);
    }
    headers.push({ column: c, parts });
  }
  return headers;
}

/** Strips a maximum and its brackets from a label: "Cải cách TTHC (16 điểm)" → "Cải cách TTHC". */
function labelWithoutMax(label: string): string {
  return cleanText(
    label
      .slice(0, MAX_HEADER_TEXT)
      .replace(/\(\s*(?:(?:tối đa|max)\s*)?(?::\s*)?\d+([.,]\d+)?\s*(điểm|đ|d)?\s*\)/giu, "")
      .replace(/[-–:]?\s*(tối đa\s*)?(?<!\d)\d+([.,]\d+)?\s*(điểm|đ)\s*$/iu, ""),
  );
}

function numberAt(view: SheetView, row: number, column: number): number | null {
  const reading = readCell(view.value(row, column));
  return reading.kind === "number" ? reading.value : null;
}

/** A plain total ("Tổng điểm", "Tổng cộng") rather than a subtotal ("Tổng điểm thẩm định"). */
const isPlainTotal = (header: string): boolean =>
  /^(tong( cong)?|tong (so )?diem( dat)?)$/.test(foldText(header));

/** Roles and field columns from the header text. */
function readHeaders(
  headers: readonly ColumnHeader[],
  year: number | null,
): {
  roles: Partial<Record<ColumnRole, number>>;
  fields: FieldColumn[];
  otherTotals: number[];
  nameColumns: number[];
} {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const fields: FieldColumn[] = [];
  const totals: { column: number; header: string }[] = [];
  const nameColumns: number[] = [];
  const setRole = (role: ColumnRole, column: number, header: string): void => {
    if (role === "total") totals.push({ column, header });
    if (role === "name") nameColumns.push(column);
    if (roles[role] === undefined) roles[role] = column;
  };
  for (const h of headers) {
    if (h.parts.length === 0) continue;
    const leaf = h.parts[h.parts.length - 1];
    const joined = h.parts.join(" ");
    if (h.parts.length === 1) {
      const role = columnRole(leaf, year);
      if (role) setRole(role, h.column, leaf);
      else fields.push({ column: h.column, field: leaf, parent: null, sub: "field", header: leaf });
      continue;
    }
    const joinedRole = columnRole(joined, year);
    if (joinedRole) {
      setRole(joinedRole, h.column, joined);
      continue;
    }
    // A header with its own maximum ("Khảo sát người dân (20đ)") is a field, whatever its words.
    const sub = headerMaximum(leaf) !== null ? "field" : subRole(leaf);
    const parent = h.parts[h.parts.length - 2];
    if (sub === "field") {
      const role = columnRole(leaf, year);
      if (role) setRole(role, h.column, leaf);
      else fields.push({ column: h.column, field: leaf, parent, sub, header: joined });
      continue;
    }
    const parentRole = columnRole(parent, year);
    if (parentRole) {
      if (sub === "points") setRole(parentRole, h.column, parent);
      else if (sub === "percent" && parentRole === "total") setRole("index", h.column, joined);
      else if (sub === "max" && parentRole === "total") setRole("unitMax", h.column, joined);
      continue;
    }
    fields.push({ column: h.column, field: parent, parent, sub, header: joined });
  }
  // Under an umbrella that holds fields ("Điểm các lĩnh vực" → "Cải cách thể chế", "Điều tra XHH"…), every
  // child is a field of its own, parts-like names included.
  const umbrellas = new Set(
    fields.filter((f) => f.sub === "field" && f.parent !== null).map((f) => f.parent),
  );
  for (const f of fields) {
    if (f.sub !== "field" && f.sub !== "max" && f.parent !== null && umbrellas.has(f.parent)) {
      const h = headers[headers.findIndex((x) => x.column === f.column)];
      f.field = h.parts[h.parts.length - 1];
      f.sub = "field";
    }
  }
  // Two totals ("Tổng điểm thẩm định" … "Tổng điểm"): the plain one, else the last, is the total.
  let otherTotals: number[] = [];
  if (totals.length > 1) {
    const chosen = totals.find((t) => isPlainTotal(t.header)) ?? totals[totals.length - 1];
    roles.total = chosen.column;
    otherTotals = totals.filter((t) => t !== chosen).map((t) => t.column);
  }
  return { roles, fields, otherTotals, nameColumns };
}

const isFinalAppraisal = (f: FieldColumn): boolean => {
  const folded = foldText(f.header);
  return /tham dinh/.test(folded) && !/truoc tham dinh/.test(folded);
};

/** The columns of one field's points: its points column, else its final appraisal, else its parts (self-assessment left out). */
function pointColumns(group: readonly FieldColumn[], paired: boolean): number[] {
  const points = group.find((f) => f.sub === "points" || f.sub === "field");
  if (points) return [points.column];
  const parts = group.filter((f) => f.sub === "part");
  const assessed = parts.filter((f) => !isSelfAssessmentHeader(f.header));
  const kept = assessed.length > 0 ? assessed : parts;
  if (paired && kept.length > 1) {
    const final = kept.filter(isFinalAppraisal);
    return [(final.length > 0 ? final[final.length - 1] : kept[kept.length - 1]).column];
  }
  return kept.map((f) => f.column);
}

/** Consecutive columns of one field's parts (points, %, parts, maximum) form one group; a field column stands alone. */
function groupFields(fields: readonly FieldColumn[], skip: ReadonlySet<number>): FieldColumn[][] {
  const groups: FieldColumn[][] = [];
  for (const f of fields) {
    if (skip.has(f.column)) continue;
    const previous = groups[groups.length - 1];
    const last = previous?.[previous.length - 1];
    if (
      last &&
      f.sub !== "field" &&
      last.sub !== "field" &&
      last.field === f.field &&
      last.column === f.column - 1
    ) {
      previous.push(f);
    } else {
      groups.push([f]);
    }
  }
  return groups;
}

function columnHasData(view: SheetView, column: number, from: number, nameColumn: number): boolean {
  for (let r = from; r <= view.bottom; r++) {
    if (view.value(r, nameColumn) === null) continue;
    const kind = readCell(view.value(r, column)).kind;
    if (kind === "number" || kind === "notApplicable" || kind === "error" || kind === "ambiguous")
      return true;
    if (kind === "text" && r - from < 200) continue;
  }
  return false;
}

/** Where the body starts: after an optional column-number row and an optional max row. */
function bodyStartOf(
  view: SheetView,
  bandBottom: number,
  roles: Partial<Record<ColumnRole, number>>,
  nameColumn: number,
): { headerBottom: number; maxRow: number | null; bodyStart: number } {
  let headerBottom = bandBottom;
  let blanks = 0;
  for (let r = bandBottom + 1; r <= Math.min(bandBottom + 3 + blanks, view.bottom); r++) {
    // A spacer row (nothing in it) between the header and the maxima is passed over.
    if (blanks < 2 && isBlankRow(view, r)) {
      blanks++;
      continue;
    }
    const label =
      [view.text(r, nameColumn), roles.stt ? view.text(r, roles.stt) : ""].find((t) => t !== "") ?? "";
    if (isMaxRowLabel(label) || rowLabels(view, r).some(isMaxRowLabel))
      return { headerBottom, maxRow: r, bodyStart: r + 1 };
    if (isNumberingRow(view, r))
      headerBottom = r; // the column numbers belong to the header (repeated on printed pages)
    else break;
  }
  return { headerBottom, maxRow: null, bodyStart: headerBottom + 1 };
}

function isBlankRow(view: SheetView, row: number): boolean {
  for (let c = view.left; c <= view.right; c++) if (view.value(row, c) !== null) return false;
  return true;
}

/** The non-empty text cells of a row. */
export function rowLabels(view: SheetView, row: number): string[] {
  const labels: string[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (typeof value === "string" && value.trim() !== "") labels.push(cleanText(value));
  }
  return labels;
}

/** Reads the roles and components of the table whose header band is `top`–`bandBottom`. */
export function readColumns(
  view: SheetView,
  top: number,
  bandBottom: number,
  options: { year: number | null; mapping: ColumnMapping },
): Stage<ColumnLayout> {
  const warnings: Problem[] = [];
  const { mapping } = options;
  const headers = columnHeaders(view, top, bandBottom);
  let year = options.year;
  if (year === null) {
    // An index column that names its year ("Chỉ số năm 2021") dates the table.
    for (const h of headers) {
      const joined = h.parts.join(" ");
      if (columnRole(joined, null) === "index" && headerYear(foldText(joined)) !== null)
        year = headerYear(foldText(joined));
    }
  }
  const read = readHeaders(headers, year);
  const roles = applyRoleMapping(read.roles, mapping);
  const nameColumn = roles.name;
  if (nameColumn === undefined)
    throw new InputError(problem("noNameColumn", {}, { sheet: view.sheet, row: top }));
  // Two name columns with fields between them: two tables side by side (a layout not read), never one wide table.
  const otherName = read.nameColumns.find(
    (c) => c > nameColumn && read.fields.some((f) => f.column > nameColumn && f.column < c),
  );
  if (mapping.name === undefined && otherName !== undefined)
    throw new InputError(
      problem(
        "sideBySideTables",
        { first: columnLetter(nameColumn), second: columnLetter(otherName) },
        { sheet: view.sheet, row: top },
      ),
    );
  const { headerBottom, maxRow, bodyStart } = bodyStartOf(view, bandBottom, roles, nameColumn);
  const headerOf = (column: number) => headers[column - view.left];

  const roleColumns = new Set(Object.values(roles));
  const ignored = new Set((mapping.ignore ?? []).map((l) => columnByLetters(l) as number));
  let components: ComponentSpec[] = [];
  if (mapping.components) {
    components = mapping.components.map((m) => {
      const column = columnByLetters(m.column) as number;
      const header = headerOf(column)?.parts.join(" ") ?? columnLetter(column);
      const fromRow = maxRow !== null ? numberAt(view, maxRow, column) : null;
      const fromHeader = headerMaximum(header);
      return {
        name: m.name ?? labelWithoutMax(headerOf(column)?.parts.at(-1) ?? columnLetter(column)),
        columns: [column],
        max: m.max ?? (m.maxColumn !== undefined ? null : (fromRow ?? fromHeader)),
        maxSource:
          m.max !== undefined
            ? "mapping"
            : m.maxColumn !== undefined
              ? "unit"
              : fromRow !== null
                ? "row"
                : fromHeader !== null
                  ? "header"
                  : null,
        ...mappedMaxColumns(m),
      };
    });
  } else {
    const skip = new Set([...roleColumns, ...ignored, ...read.otherTotals]);
    const sums = [roles.total, roles.index].filter((c): c is number => c !== undefined);
    const fieldsBeforeSums =
      sums.length > 0 && read.fields.some((f) => !skip.has(f.column) && f.column < Math.min(...sums));
    for (const group of groupFields(read.fields, skip)) {
      const maxColumns = group.filter((f) => f.sub === "max").map((f) => f.column);
      const columns = pointColumns(group, maxColumns.length > 0);
      if (columns.length === 0) continue;
      if (!columns.some((c) => columnHasData(view, c, bodyStart, nameColumn))) continue;
      const label = group[0].field;
      const rowMaxima = maxRow === null ? [] : columns.map((c) => numberAt(view, maxRow, c));
      const fromRow =
        rowMaxima.length > 0 && rowMaxima.every((m) => m !== null)
          ? rowMaxima.reduce((a, b) => (a as number) + (b as number), 0)
          : null;
      const fromHeader = headerMaximum(label) ?? headerMaximum(group[0].header);
      const max = fromRow ?? fromHeader;
      // The fields come before the total and the index. A column after both, under a heading of its own that
      // names no field ("Sắp xếp", "Mã đơn vị") and with no maximum, is a helper column: not a field.
      if (
        fieldsBeforeSums &&
        max === null &&
        maxColumns.length === 0 &&
        group.every((f) => f.parent === null) &&
        columns.every((c) => c > Math.max(...sums))
      ) {
        warnings.push(
          problem(
            "helperColumnNotField",
            { column: columnLetter(columns[0]), header: label },
            { sheet: view.sheet, row: top, column: columns[0] },
          ),
        );
        continue;
      }
      components.push({
        name: labelWithoutMax(label),
        columns,
        max,
        maxSource:
          fromRow !== null ? "row" : fromHeader !== null ? "header" : maxColumns.length ? "unit" : null,
        ...(maxColumns.length > 0 ? { maxColumns: [maxColumns[0]] } : {}),
      });
    }
  }
  // Columns that add up the fields to their left are subtotals, not fields.
  const subtotals = mapping.components ? [] : findSubtotals(view, components, bodyStart, nameColumn);
  if (subtotals.length > 0) components = components.filter((c) => !subtotals.includes(c.columns[0]));

  const totalHeader = roles.total !== undefined ? (headerOf(roles.total)?.parts.join(" ") ?? "") : "";
  const totalMax =
    (maxRow !== null && roles.total !== undefined ? numberAt(view, maxRow, roles.total) : null) ??
    (totalHeader ? headerMaximum(totalHeader) : null);

  return {
    value: {
      headerBottom,
      maxRow,
      bodyStart,
      year,
      roles,
      components,
      componentsFrom: mapping.components || (mapping.ignore ?? []).length > 0 ? "mapping" : "detection",
      subtotals: [...read.otherTotals, ...subtotals].sort((a, b) => a - b),
      totalMax,
      recognisedColumns: Object.keys(roles).length + read.fields.length,
    },
    warnings,
  };
}
