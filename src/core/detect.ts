/**
 * Detection: finds the score table in a sheet by itself — the header band (1–4 rows, merged or not), the
 * role of every column, the component columns and their maxima, the group rows and the unit rows — and
 * says what it could not read as intended. It never guesses silently: ambiguity is an InputError or a
 * warning, and the settings' column mapping corrects what it chose.
 */
import { readCell } from "./cellValue";
import { columnLetter, columnNumber, type Grid } from "./grid";
import { cleanText, foldText, isRomanNumeral } from "./names";
import { InputError, problem, type Problem } from "./problems";
import type { ColumnMapping } from "./settings";
import { MAPPING_LABELS } from "./settingsProblems";
import { SheetView, textOf } from "./sheetView";
import {
  columnRole,
  headerMaximum,
  headerYear,
  isEndOfTable,
  isFooterLabel,
  isMaxRowLabel,
  looksLikeGroupTitle,
  MAX_HEADER_TEXT,
  subRole,
  type ColumnRole,
} from "./vocabulary";

export interface ComponentSpec {
  /** The field's label as written, without its maximum ("Cải cách thủ tục hành chính"). */
  readonly name: string;
  /** Columns whose numbers make the field's points (one, or the parts of a field without a total column). */
  readonly columns: readonly number[];
  readonly max: number | null;
  readonly maxSource: "row" | "header" | "mapping" | null;
}

export interface BodyRow {
  readonly row: number;
  readonly name: string;
  readonly group: string;
}

export interface DetectedTable {
  readonly sheet: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly maxRow: number | null;
  readonly year: number | null;
  readonly title: string | null;
  /** 1-based sheet columns by role. */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
  readonly components: readonly ComponentSpec[];
  /** Whether the components are the settings' list (which may name only some fields) or detection's. */
  readonly componentsFrom: "detection" | "mapping";
  /** Maximum of the total from the max row or the total's header, when given. */
  readonly totalMax: number | null;
  readonly units: readonly BodyRow[];
  /** Groups in sheet order, with the row of their heading (null when the group comes from a column or the sheet). */
  readonly groups: readonly { readonly name: string; readonly row: number | null }[];
  readonly warnings: readonly Problem[];
  /** How many header columns were recognised (roles and fields): a header without units still counts. */
  readonly recognisedColumns: number;
}

const MAX_HEADER_ROWS = 4;

interface Candidate {
  readonly row: number;
  readonly column: number;
}

/** Cells whose text names the unit column ("Tên cơ quan, đơn vị", "Đơn vị"…): where header bands start. */
function nameHeaderCells(view: SheetView, fromRow: number, toRow: number): Candidate[] {
  const found: Candidate[] = [];
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string" || value.length > 60) continue;
      const first = value.trimStart().charAt(0).toLowerCase();
      if (!"tđdc".includes(first)) continue;
      if (columnRole(value, null) === "name") found.push({ row: r, column: c });
    }
  }
  return found;
}

/** Finds every table of a sheet; an empty list when there is none. */
export function detectTables(
  grid: Grid,
  options: { year?: number | null; mapping?: ColumnMapping } = {},
): DetectedTable[] {
  const view = new SheetView(grid);
  if (options.mapping?.headerTop !== undefined) {
    const top = options.mapping.headerTop;
    const bottom = options.mapping.headerBottom ?? top;
    return [readTable(view, top, bottom, options)];
  }
  const tables: DetectedTable[] = [];
  let from = view.top;
  while (from <= view.bottom) {
    const candidates = nameHeaderCells(view, from, view.bottom);
    if (candidates.length === 0) break;
    const first = candidates[0];
    const band = headerBand(view, first);
    const table = readTable(view, band.top, band.bottom, options);
    if (table.units.length > 0 || table.components.length > 0 || table.recognisedColumns >= 3)
      tables.push(table);
    const last = table.units.length > 0 ? table.units[table.units.length - 1].row : band.bottom;
    from = Math.max(last, band.bottom) + 1;
  }
  return tables;
}

/** The rows of the header band that starts at a name header cell. */
function headerBand(view: SheetView, at: Candidate): { top: number; bottom: number } {
  const own = view.mergeAt(at.row, at.column);
  const top = own ? own.top : at.row;
  let bottom = own ? own.bottom : at.row;
  let grown = true;
  while (grown) {
    grown = false;
    for (const merge of view.merges) {
      if (
        merge.top >= top &&
        merge.top <= bottom &&
        merge.bottom > bottom &&
        merge.bottom - top < MAX_HEADER_ROWS
      ) {
        bottom = merge.bottom;
        grown = true;
      }
    }
  }
  while (bottom - top + 1 < MAX_HEADER_ROWS && isSubHeaderRow(view, bottom + 1, at.column)) bottom++;
  return { top, bottom };
}

/** A row under the header that continues it: labels only, no unit name, no numbers. */
function isSubHeaderRow(view: SheetView, row: number, nameColumn: number): boolean {
  if (row > view.bottom) return false;
  const merge = view.mergeAt(row, nameColumn);
  if (view.value(row, nameColumn) !== null && !(merge && merge.top < row)) return false;
  // A group heading merged across the table ("I. CÁC SỞ, BAN, NGÀNH") starts the body.
  const width = view.right - view.left + 1;
  if (view.merges.some((m) => m.top === row && m.right - m.left + 1 >= Math.max(3, width / 2))) return false;
  let labels = 0;
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    if (typeof value !== "string") return false;
    const reading = readCell(value);
    if (reading.kind === "number" || isNumberingToken(value) || /^\s*[IVXLC]+\s*[.)]\s/.test(value))
      return false;
    labels++;
  }
  return labels > 0;
}

function isNumberingToken(text: string): boolean {
  return /^\(?\s*([0-9]{1,2}|[A-Z])\s*\)?$|^\(?\s*\d+\s*[=+\-*/x]/.test(cleanText(text));
}

/** A row of column numbers under the header: "(1) (2) (3)…" or "A B 1 2 3". */
function isNumberingRow(view: SheetView, row: number): boolean {
  let tokens = 0;
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (value === null || value === "") continue;
    const text = textOf(value);
    if (text === "") continue;
    if (!isNumberingToken(text)) return false;
    tokens++;
  }
  return tokens >= 3;
}

interface ColumnHeader {
  readonly column: number;
  readonly parts: readonly string[];
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

/** The year of a table from its title rows ("… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"). */
function titleOf(view: SheetView, headerTop: number): { title: string | null; year: number | null } {
  let title: string | null = null;
  let year: number | null = null;
  for (let r = Math.max(view.top, headerTop - 12); r < headerTop; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const value = view.value(r, c);
      if (typeof value !== "string") continue;
      const folded = foldText(value);
      if (/chi so|ket qua/.test(folded) && title === null) title = cleanText(value);
      if (/ngay|quyet dinh|kem theo|so \d/.test(folded)) continue;
      const match = /\bnam (\d{4})\b/.exec(folded);
      if (match && (year === null || /chi so|ket qua|xep hang/.test(folded))) year = Number(match[1]);
    }
  }
  return { title, year };
}

function numberAt(view: SheetView, row: number, column: number): number | null {
  const reading = readCell(view.value(row, column));
  return reading.kind === "number" ? reading.value : null;
}

function columnByLetters(letters: string | undefined): number | undefined {
  return letters === undefined ? undefined : columnNumber(letters);
}

/** The columns the settings' mapping names, each with the field that names it (for messages). */
function mappedColumns(mapping: ColumnMapping): { column: number; field: string }[] {
  const found: { column: number; field: string }[] = [];
  for (const field of ["name", "group", "total", "index", "unitMax", "previousRank", "rating"] as const) {
    const letters = mapping[field];
    if (letters !== undefined) found.push({ column: columnNumber(letters), field });
  }
  for (const c of mapping.components ?? [])
    found.push({ column: columnNumber(c.column), field: "components" });
  for (const letters of mapping.ignore ?? []) found.push({ column: columnNumber(letters), field: "ignore" });
  return found;
}

const labelOf = (field: string): string => MAPPING_LABELS.get(field) ?? "settingMapping";

/**
 * The mapping checked against the sheet before it is used: rows of the header inside the sheet's data,
 * every named column inside the table, no column named for two roles. Each is an InputError naming the
 * setting in words ("Cột P được chọn làm cột tổng điểm…").
 */
function checkMapping(view: SheetView, mapping: ColumnMapping): void {
  const sheet = view.sheet;
  if (mapping.headerTop !== undefined) {
    const top = mapping.headerTop;
    const bottom = mapping.headerBottom ?? top;
    for (const [row, field] of [
      [top, "headerTop"],
      [bottom, "headerBottom"],
    ] as const) {
      if (row < view.top || row > view.bottom) {
        throw new InputError(
          problem(
            "mappedRowOutside",
            { row, role: labelOf(field), first: view.top, last: view.bottom },
            { sheet },
          ),
        );
      }
    }
    if (bottom < top) throw new InputError(problem("mappedHeaderUpsideDown", { top, bottom }, { sheet }));
  }
  const claimed = new Map<number, string>();
  for (const { column, field } of mappedColumns(mapping)) {
    if (column < view.left || column > view.right) {
      throw new InputError(
        problem(
          "mappedColumnOutside",
          {
            column: columnLetter(column),
            role: labelOf(field),
            first: columnLetter(view.left),
            last: columnLetter(view.right),
          },
          { sheet },
        ),
      );
    }
    // Ignoring a column (not a component) contradicts no role.
    if (field === "ignore") continue;
    const other = claimed.get(column);
    if (other !== undefined) {
      throw new InputError(
        problem(
          "mappedColumnsCollide",
          { column: columnLetter(column), role: labelOf(other), other: labelOf(field) },
          { sheet },
        ),
      );
    }
    claimed.set(column, field);
  }
}

/** Reads one table whose header band is known. */
function readTable(
  view: SheetView,
  headerTop: number,
  bandBottom: number,
  options: { year?: number | null; mapping?: ColumnMapping },
): DetectedTable {
  const warnings: Problem[] = [];
  const mapping = options.mapping ?? {};
  checkMapping(view, mapping);
  const titled = titleOf(view, headerTop);
  const headers = columnHeaders(view, headerTop, bandBottom);
  let headerBottom = bandBottom;
  let year = options.year ?? titled.year;
  if (year === null) {
    // An index column that names its year ("Chỉ số năm 2021") dates the table.
    for (const h of headers) {
      const joined = h.parts.join(" ");
      if (columnRole(joined, null) === "index" && headerYear(foldText(joined)) !== null)
        year = headerYear(foldText(joined));
    }
  }

  // Roles and field candidates, column by column.
  const roles: Partial<Record<ColumnRole, number>> = {};
  interface FieldColumn {
    column: number;
    field: string;
    parent: string | null;
    sub: "points" | "percent" | "part" | "field";
    header: string;
  }
  const fieldColumns: FieldColumn[] = [];
  const setRole = (role: ColumnRole, column: number): void => {
    if (roles[role] === undefined) roles[role] = column;
  };
  for (const h of headers) {
    if (h.parts.length === 0) continue;
    const leaf = h.parts[h.parts.length - 1];
    const joined = h.parts.join(" ");
    if (h.parts.length === 1) {
      const role = columnRole(leaf, year);
      if (role) setRole(role, h.column);
      else fieldColumns.push({ column: h.column, field: leaf, parent: null, sub: "field", header: leaf });
      continue;
    }
    const joinedRole = columnRole(joined, year);
    if (joinedRole) {
      setRole(joinedRole, h.column);
      continue;
    }
    // A header with its own maximum ("Khảo sát người dân (20đ)") is a field, whatever its words.
    const sub = headerMaximum(leaf) !== null ? "field" : subRole(leaf);
    const parent = h.parts[h.parts.length - 2];
    if (sub === "field") {
      const role = columnRole(leaf, year);
      if (role) setRole(role, h.column);
      else fieldColumns.push({ column: h.column, field: leaf, parent, sub, header: joined });
      continue;
    }
    const parentRole = columnRole(parent, year);
    if (parentRole) {
      if (sub === "points") setRole(parentRole, h.column);
      else if (sub === "percent" && parentRole === "total") setRole("index", h.column);
      continue;
    }
    fieldColumns.push({ column: h.column, field: parent, parent, sub, header: joined });
  }
  // Under an umbrella that holds fields ("Điểm các lĩnh vực" → "Cải cách thể chế", "Điều tra XHH"…), every
  // child is a field of its own, parts-like names included.
  const umbrellas = new Set(
    fieldColumns.filter((f) => f.sub === "field" && f.parent !== null).map((f) => f.parent),
  );
  for (const f of fieldColumns) {
    if (f.sub !== "field" && f.parent !== null && umbrellas.has(f.parent)) {
      const h = headers[f.column - view.left];
      f.field = h.parts[h.parts.length - 1];
      f.sub = "field";
    }
  }

  // Mapping overrides of roles.
  const roleOverrides: [ColumnRole, string | undefined][] = [
    ["name", mapping.name],
    ["group", mapping.group],
    ["total", mapping.total],
    ["index", mapping.index],
    ["unitMax", mapping.unitMax],
    ["previousRank", mapping.previousRank],
    ["rating", mapping.rating],
  ];
  for (const [role, letters] of roleOverrides) {
    const column = columnByLetters(letters);
    if (column !== undefined) roles[role] = column;
  }
  for (const role of mapping.clear ?? []) delete roles[role];
  const nameColumn = roles.name;
  if (nameColumn === undefined) {
    throw new InputError(problem("noNameColumn", {}, { sheet: view.sheet, row: headerTop }));
  }

  // Where the body starts: after an optional numbering row and an optional max row.
  let bodyStart = bandBottom + 1;
  let maxRow: number | null = null;
  for (let r = bandBottom + 1; r <= Math.min(bandBottom + 3, view.bottom); r++) {
    const label =
      [view.text(r, nameColumn), roles.stt ? view.text(r, roles.stt) : ""].find((t) => t !== "") ?? "";
    if (isMaxRowLabel(label) || rowLabels(view, r).some(isMaxRowLabel)) {
      maxRow = r;
      bodyStart = r + 1;
      break;
    }
    if (isNumberingRow(view, r)) {
      bodyStart = r + 1;
      headerBottom = r; // the column numbers belong to the header (repeated on printed pages)
    } else break;
  }

  // Group the field columns into components.
  const roleColumns = new Set(Object.values(roles));
  const ignored = new Set((mapping.ignore ?? []).map((l) => columnByLetters(l)));
  let components: ComponentSpec[] = [];
  if (mapping.components) {
    components = mapping.components.map((m) => {
      const column = columnByLetters(m.column) as number;
      const header = headers[column - view.left]?.parts.join(" ") ?? columnLetter(column);
      const fromRow = maxRow !== null ? numberAt(view, maxRow, column) : null;
      const fromHeader = headerMaximum(header);
      const max = m.max ?? fromRow ?? fromHeader;
      return {
        name: m.name ?? labelWithoutMax(headers[column - view.left]?.parts.at(-1) ?? columnLetter(column)),
        columns: [column],
        max,
        maxSource:
          m.max !== undefined ? "mapping" : fromRow !== null ? "row" : fromHeader !== null ? "header" : null,
      };
    });
  } else {
    const groups: FieldColumn[][] = [];
    for (const f of fieldColumns) {
      if (roleColumns.has(f.column) || ignored.has(f.column)) continue;
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
    for (const group of groups) {
      const points = group.find((f) => f.sub === "points" || f.sub === "field");
      const parts = group.filter((f) => f.sub === "part");
      const columns = points ? [points.column] : parts.map((f) => f.column);
      if (columns.length === 0) continue;
      if (!columns.some((c) => columnHasData(view, c, bodyStart, nameColumn))) continue;
      const label = group[0].field;
      const rowMaxima = maxRow === null ? [] : columns.map((c) => numberAt(view, maxRow as number, c));
      const fromRow =
        rowMaxima.length > 0 && rowMaxima.every((m) => m !== null)
          ? rowMaxima.reduce((a, b) => (a as number) + (b as number), 0)
          : null;
      const fromHeader = headerMaximum(label) ?? headerMaximum(group[0].header);
      components.push({
        name: labelWithoutMax(label),
        columns,
        max: fromRow ?? fromHeader,
        maxSource: fromRow !== null ? "row" : fromHeader !== null ? "header" : null,
      });
    }
  }

  const totalHeader = roles.total !== undefined ? headers[roles.total - view.left].parts.join(" ") : "";
  const totalMax =
    (maxRow !== null && roles.total !== undefined ? numberAt(view, maxRow, roles.total) : null) ??
    (totalHeader ? headerMaximum(totalHeader) : null);

  // The body: groups and units, until the notes and signatures.
  const dataColumns = [
    ...components.flatMap((c) => c.columns),
    ...(["total", "index", "unitMax"] as const)
      .map((r) => roles[r])
      .filter((c): c is number => c !== undefined),
  ];
  const units: BodyRow[] = [];
  const groupList: { name: string; row: number | null }[] = [];
  let group: string | null = null;
  const addUnit = (row: number, name: string): void => {
    let unitGroup = group ?? view.sheet;
    if (roles.group !== undefined) {
      const g = view.text(row, roles.group);
      if (g !== "") unitGroup = g;
    }
    if (!groupList.some((g) => g.name === unitGroup)) groupList.push({ name: unitGroup, row: null });
    units.push({ row, name, group: unitGroup });
  };
  for (let r = bodyStart; r <= view.bottom; r++) {
    const name = view.value(r, nameColumn);
    // The common case first: a numbered row with a name and a number in a data column is a unit.
    if (
      typeof name === "string" &&
      roles.stt !== undefined &&
      typeof view.value(r, roles.stt) === "number" &&
      dataColumns.some((c) => typeof view.value(r, c) === "number") &&
      !view.mergeAt(r, nameColumn)
    ) {
      const clean = cleanText(name);
      if (clean !== "" && !isFooterLabel(clean)) {
        addUnit(r, clean);
        continue;
      }
    }
    const nameText = typeof name === "string" ? cleanText(name) : "";
    const sttText = roles.stt !== undefined ? view.text(r, roles.stt) : "";
    const labels = rowLabels(view, r);
    if (labels.length === 0 && !dataColumns.some((c) => view.value(r, c) !== null)) continue;
    const label = nameText || labels[0] || "";
    if (isEndOfTable(label)) break;
    if (nameText !== "" && columnRole(nameText, null) === "name") break; // the next table's header
    const hasData = dataColumns.some((c) => {
      const kind = readCell(view.value(r, c)).kind;
      return kind !== "blank";
    });
    const merged = view.mergeAt(r, nameColumn);
    const mergedAcross = merged !== undefined && merged.right - merged.left >= 2;
    if (
      !hasData &&
      (isRomanNumeral(sttText) || mergedAcross || (looksLikeGroupTitle(label) && !/^\d+$/.test(sttText))) &&
      label !== ""
    ) {
      group = groupName(label);
      groupList.push({ name: group, row: r });
      continue;
    }
    if (isRomanNumeral(sttText) && !hasData) continue;
    if (isFooterLabel(label) || (sttText !== "" && isFooterLabel(sttText))) continue;
    if (nameText === "" || readCell(name).kind === "number") {
      if (hasData)
        warnings.push(problem("rowWithoutName", {}, { sheet: view.sheet, row: r, column: nameColumn }));
      continue;
    }
    addUnit(r, nameText);
  }

  return {
    sheet: view.sheet,
    headerTop,
    headerBottom,
    maxRow,
    year,
    title: titled.title,
    roles,
    components,
    componentsFrom: mapping.components ? "mapping" : "detection",
    totalMax,
    units,
    groups: groupList.filter((g) => units.some((u) => u.group === g.name)),
    warnings,
    recognisedColumns: Object.keys(roles).length + fieldColumns.length,
  };
}

/** The non-empty text cells of a row. */
function rowLabels(view: SheetView, row: number): string[] {
  const labels: string[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const value = view.value(row, c);
    if (typeof value === "string" && value.trim() !== "") labels.push(cleanText(value));
  }
  return labels;
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

/** "I. CÁC SỞ, BAN, NGÀNH" → "CÁC SỞ, BAN, NGÀNH". */
function groupName(label: string): string {
  return cleanText(label.replace(/^\s*([IVXLC]+|[A-Z]|\d+)\s*[.)/-]\s*/u, "")) || cleanText(label);
}
