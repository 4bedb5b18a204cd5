/**
 * Choosing the score table(s) of a workbook: the one sheet that holds a table, the sheets named by the
 * user, or several sheets when each group sits on its own sheet, or a scoring form per unit (one sheet
 * each) when no sheet holds a table — and last year's table when a sheet of the same workbook holds an
 * earlier year. Anything else is reported, never guessed; "no table found" says what was tried.
 */
import { columnNumber, type Grid } from "./grid";
import { readCell } from "./cellValue";
import {
  detectTables,
  looksLikeForm,
  looksTransposed,
  readForms,
  type BodyRow,
  type CellRef,
  type DetectedTable,
} from "./detect";
import { SheetView } from "./sheetView";
import { foldText, unitKey } from "./names";
import { compare15, roundHalfAwayFromZero } from "./precision";
import { InputError, problem, type Problem } from "./problems";
import type { ColumnMapping } from "./settings";

export interface WorkbookTables {
  /** This year's tables (several when each group sits on its own sheet). */
  readonly current: readonly DetectedTable[];
  /** Last year's table found in the same workbook, if any. */
  readonly previous: readonly DetectedTable[];
  readonly notices: readonly Problem[];
}

export interface FindOptions {
  /** Sheets chosen by the user (`--sheet`, repeatable). */
  readonly sheets?: readonly string[];
  /** Last year's sheets in the same workbook (`--previous-sheet`). */
  readonly previousSheets?: readonly string[];
  readonly year?: number | null;
  readonly mapping?: ColumnMapping;
  /** The settings' groups of units whose scoring form names none (per-unit forms). */
  readonly unitGroups?: Readonly<Record<string, string>>;
  /** Take an earlier year's table of the same workbook as last year's (default); false leaves it out. */
  readonly autoPrevious?: boolean;
}

function isEmpty(grid: Grid): boolean {
  return grid.values.every((row) =>
    row.every((v) => v === null || (typeof v === "string" && v.trim() === "")),
  );
}

/** The tables of one sheet; two tables on one sheet stop the run. */
function tablesOf(grid: Grid, options: FindOptions): DetectedTable | null {
  const tables = detectTables(grid, { year: options.year, mapping: options.mapping });
  if (tables.length === 0) return null;
  if (tables.length > 1) {
    throw new InputError(
      problem(
        "twoTables",
        { first: tables[0].headerTop, second: tables[1].headerTop },
        { sheet: grid.sheet },
      ),
    );
  }
  const table = tables[0];
  if (table.units.length === 0) {
    throw new InputError(
      problem("noUnits", { row: table.headerTop }, { sheet: grid.sheet, row: table.headerTop }),
    );
  }
  return table;
}

function byName(grids: readonly Grid[], name: string): Grid {
  const wanted = foldText(name);
  const grid = grids.find((g) => g.sheet === name) ?? grids.find((g) => foldText(g.sheet) === wanted);
  if (!grid) {
    throw new InputError(
      problem("sheetNotFound", { name, sheets: grids.map((g) => `“${g.sheet}”`).join(", ") }),
    );
  }
  return grid;
}

function required(grid: Grid, options: FindOptions): DetectedTable {
  const table = tablesOf(grid, options);
  if (!table) throw new InputError(problem("noTableInSheet", { name: grid.sheet }, { sheet: grid.sheet }));
  return table;
}

/** The tables of the sheets the user named: a table on each, or the per-unit forms they are. */
function namedTables(
  grids: readonly Grid[],
  names: readonly string[],
  options: FindOptions,
): DetectedTable[] {
  const named = names.map((name) => byName(grids, name));
  const tables = named.map((grid) => tablesOf(grid, options));
  if (tables.every((t) => t === null)) {
    const forms = readForms(named, options.year ?? null, options.unitGroups);
    if (forms.length > 0 && forms.every((t) => t.units.length > 0)) return forms;
  }
  return named.map((grid, i) => tables[i] ?? required(grid, options));
}

/** "No table found", saying what was tried and whether units seem to lie across columns or one sheet per unit. */
function noTable(grids: readonly Grid[]): InputError {
  const quoted = (list: readonly Grid[]) => list.map((g) => `“${g.sheet}”`).join(", ");
  const across = grids.filter((g) => !isEmpty(g) && looksTransposed(new SheetView(g)));
  const forms = grids.filter((g) => !isEmpty(g) && looksLikeForm(g));
  return new InputError(
    problem("noTable", {
      sheets: quoted(grids),
      acrossHint: across.length > 0 ? "noTableAcross" : "",
      acrossSheets: quoted(across),
      formsHint: forms.length > 0 ? "noTableForms" : "",
      formSheets: quoted(forms.slice(0, 5)) + (forms.length > 5 ? ", …" : ""),
      formCount: forms.length,
    }),
  );
}

/** Same components (by folded name), so the sheets are parts of one table. */
function sameLayout(a: DetectedTable, b: DetectedTable): boolean {
  const names = (t: DetectedTable) =>
    t.components
      .map((c) => foldText(c.name))
      .sort()
      .join("|");
  return names(a) === names(b);
}

/** A table with a single number per unit and nothing else: one field, no total, no index, no unit maximum. */
function isLookupList(table: DetectedTable): boolean {
  const { roles } = table;
  return (
    table.layout === "rows" &&
    table.components.length <= 1 &&
    roles.total === undefined &&
    roles.index === undefined &&
    roles.unitMax === undefined
  );
}

/**
 * Whether a table gives its units an index on its own: an index column, or a maximum (of the total, of each
 * unit, of a field). A sheet of criteria points without any of these ("Chi tiết TTHC": 3.1 … 3.4) cannot be
 * ranked by itself.
 */
function scoresOnItsOwn(table: DetectedTable): boolean {
  return (
    table.roles.index !== undefined ||
    table.roles.unitMax !== undefined ||
    table.rowRoles?.index !== undefined ||
    table.totalMax !== null ||
    table.components.some((c) => c.max !== null || (c.maxColumns?.length ?? 0) > 0)
  );
}

/** A quoted sheet prefix ('Chi tiết TTHC'!), an unquoted one (XHH!), or a text literal (skipped). */
const SHEET_PREFIX = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([\p{L}_\\][\p{L}\p{N}_.]*)!/gu;

/**
 * The sheets a formula's references name, outside its text literals; another workbook's ([1]Sheet!) are not,
 * nor an error literal (#REF!, #VALUE!).
 */
function sheetsNamedIn(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(SHEET_PREFIX)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const before = formula.charAt((m.index ?? 0) - 1);
    if (name === undefined || name.startsWith("[") || before === "]" || before === "#") continue;
    out.push(name.toLowerCase());
  }
  return out;
}

/**
 * The sheets (lower case) that formulas inside a table read: the formulas saved without results the .xlsx
 * reader keeps (Grid.formulas), on the table's rows from its header to its last unit (its areas, for criteria
 * as rows). Excel's grids carry no formulas: there, the other rules decide.
 */
function sheetsReadBy(table: DetectedTable, grids: readonly Grid[]): Set<string> {
  const areas =
    table.areas ??
    (table.layout === "rows"
      ? [
          {
            sheet: table.sheet,
            top: table.headerTop,
            bottom: Math.max(table.headerBottom, table.maxRow ?? 0, ...table.units.map((u) => u.row)),
            left: 1,
            right: Number.MAX_SAFE_INTEGER,
          },
        ]
      : []);
  const read = new Set<string>();
  for (const area of areas) {
    const formulas = grids.find((g) => g.sheet === area.sheet)?.formulas;
    if (formulas === undefined) continue;
    for (const [address, text] of formulas) {
      const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
      if (m === null) continue;
      const column = columnNumber(m[1]);
      const row = Number(m[2]);
      if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
      for (const sheet of sheetsNamedIn(text)) if (sheet !== area.sheet.toLowerCase()) read.add(sheet);
    }
  }
  return read;
}

/** A unit of one table paired with the same unit of another. */
interface Pair {
  readonly part: DetectedTable;
  readonly unit: BodyRow;
  readonly other: BodyRow;
}

/**
 * Each unit of `parts` paired with the unit of `whole` of the same normalised name (DOMAIN's name rule); null
 * unless every unit of both sides is paired exactly once.
 */
function pairUnits(whole: DetectedTable, parts: readonly DetectedTable[]): Pair[] | null {
  const keys = whole.units.map((u) => unitKey(u.name));
  const own = parts.flatMap((part) => part.units.map((unit) => ({ part, unit, key: unitKey(unit.name) })));
  // Names unique on each side, as many on both, each found: one to one.
  if (own.length !== keys.length || new Set(keys).size !== keys.length) return null;
  if (new Set(own.map((u) => u.key)).size !== own.length) return null;
  const pairs = own.map(({ part, unit, key }) => ({ part, unit, other: whole.units[keys.indexOf(key)] }));
  return pairs.every((p) => p.other !== undefined) ? pairs : null;
}

/** The number a cell holds (text with a decimal comma included); null for anything else. */
function numberAt(grids: readonly Grid[], ref: CellRef | null): number | null {
  if (ref === null) return null;
  const grid = grids.find((g) => g.sheet === ref.sheet);
  const reading = readCell(grid?.values[ref.row - grid.top]?.[ref.column - grid.left] ?? null);
  return reading.kind === "number" ? reading.value : null;
}

/**
 * Two indices agree at the 2 decimals published tables show (one side may be rounded with =ROUND(…;2)), either
 * of them possibly written as a fraction (0,8586 for 85,86 %).
 */
function indicesAgree(a: number, b: number): boolean {
  const r = (x: number) => roundHalfAwayFromZero(x, 2);
  return r(a) === r(b) || r(a * 100) === r(b) || r(a) === r(b * 100);
}

/**
 * A unit whose total (or, when a side has no total, index) differs between the whole table and its part:
 * the two cannot both be right, and neither is picked silently.
 */
function disagreement(whole: DetectedTable, pairs: readonly Pair[], grids: readonly Grid[]): Problem | null {
  for (const { part, unit, other } of pairs) {
    const byTotal = unit.cells.total !== null && other.cells.total !== null;
    const mine = numberAt(grids, byTotal ? unit.cells.total : unit.cells.index);
    const theirs = numberAt(grids, byTotal ? other.cells.total : other.cells.index);
    if (mine === null || theirs === null) continue;
    const agree = byTotal ? compare15(mine, theirs) === 0 : indicesAgree(mine, theirs);
    if (agree) continue;
    return problem("sheetsDisagree", {
      what: byTotal ? "rpColScore" : "rpColIndex",
      unit: other.name,
      wholeSheet: whole.sheet,
      wholeRow: other.row,
      wholeValue: theirs,
      partSheet: part.sheet,
      partRow: unit.row,
      partValue: mine,
    });
  }
  return null;
}

/** Whether `a` carries more fields than `b`, some of which `b` lacks: the richer reading of the same units. */
function richer(a: DetectedTable, b: DetectedTable): boolean {
  const fields = (t: DetectedTable) => new Set(t.components.map((c) => foldText(c.name)));
  const theirs = fields(b);
  return a.components.length > b.components.length && [...fields(a)].some((f) => !theirs.has(f));
}

const quotedSheets = (tables: readonly DetectedTable[]) => tables.map((t) => `“${t.sheet}”`).join(", ");

/**
 * Sheets that are not score tables of their own beside one that is, each left out with a notice naming it:
 * a source the score table's formulas read (names and criteria points, "Chi tiết TTHC"), and a sheet of
 * points without total, index or maximum whose units all lie in a score table (the same source whose
 * formulas were saved with their results, so no formula text is known).
 */
function withoutSources(
  current: readonly DetectedTable[],
  grids: readonly Grid[],
  notices: Problem[],
): DetectedTable[] {
  const scoring = current.filter(scoresOnItsOwn);
  if (scoring.length === 0) return [...current];
  const reads = new Map(scoring.map((t) => [t, sheetsReadBy(t, grids)]));
  return current.filter((t) => {
    if (scoresOnItsOwn(t)) return true;
    const reader = scoring.find((s) => s !== t && reads.get(s)?.has(t.sheet.toLowerCase()));
    if (reader !== undefined) {
      notices.push(problem("sourceSheetSkipped", { name: t.sheet, table: reader.sheet }, { sheet: t.sheet }));
      return false;
    }
    const keys = t.units.map((u) => unitKey(u.name));
    const holder = scoring.find((s) => {
      const theirs = new Set(s.units.map((u) => unitKey(u.name)));
      return s !== t && keys.every((k) => theirs.has(k));
    });
    if (holder !== undefined) {
      notices.push(problem("detailSheetSkipped", { name: t.sheet, table: holder.sheet }, { sheet: t.sheet }));
      return false;
    }
    return true;
  });
}

/**
 * A summary and the sheets it sums up: one table ("Tổng hợp") whose units are exactly those of other tables
 * together (each group on its own sheet, "Khối Sở", "Khối Huyện"), each unit once. The richer reading is
 * kept — the side whose fields the other lacks (the group sheets carry the fields the 75 % check needs; a
 * summary of totals does not) — and the other left out with a notice naming it. A unit whose total differs
 * between the two stops the run, naming it and both sheets. Same fields on both sides: no choice is made, and
 * the sheets are not read together either (each unit would be ranked twice) — the user chooses.
 */
function summaryAndParts(
  current: readonly DetectedTable[],
  grids: readonly Grid[],
  notices: Problem[],
): { kept: DetectedTable[]; rest: DetectedTable[] } | null {
  const bySize = [...current].sort((a, b) => b.units.length - a.units.length);
  for (const whole of bySize) {
    const keys = new Set(whole.units.map((u) => unitKey(u.name)));
    const parts = current.filter((t) => t !== whole && t.units.every((u) => keys.has(unitKey(u.name))));
    if (parts.length === 0) continue;
    const pairs = pairUnits(whole, parts);
    if (pairs === null) continue;
    const refusal = disagreement(whole, pairs, grids);
    if (refusal !== null) throw new InputError(refusal);
    const rest = current.filter((t) => t !== whole && !parts.includes(t));
    const kept = parts.every((p) => richer(p, whole))
      ? parts
      : parts.every((p) => richer(whole, p))
        ? [whole]
        : null;
    if (kept !== null) {
      const skipped = kept === parts ? [whole] : parts;
      notices.push(
        problem(
          "sameUnitsSheetSkipped",
          { skipped: quotedSheets(skipped), read: quotedSheets(kept) },
          { sheet: skipped.length === 1 ? skipped[0].sheet : null },
        ),
      );
      return { kept, rest };
    }
    // The same units with the same fields on both sides: reading both would rank each unit twice.
    throw new InputError(problem("ambiguousSheets", { sheets: quotedSheets([whole, ...parts]) }));
  }
  return null;
}

export function findTables(grids: readonly Grid[], options: FindOptions = {}): WorkbookTables {
  if (grids.length === 0 || grids.every(isEmpty)) throw new InputError(problem("emptyWorkbook"));
  const notices: Problem[] = [];
  const previous = namedTables(grids, options.previousSheets ?? [], { ...options, mapping: undefined });
  const excluded = new Set(previous.flatMap((t) => t.sheets ?? [t.sheet]));

  if (options.sheets && options.sheets.length > 0) {
    const current = namedTables(grids, options.sheets, options);
    const both = current.flatMap((t) => t.sheets ?? [t.sheet]).find((s) => excluded.has(s));
    if (both) throw new InputError(problem("previousSheetIsCurrent", { name: both }, { sheet: both }));
    return { current, previous, notices };
  }

  const found: DetectedTable[] = [];
  for (const grid of grids) {
    if (excluded.has(grid.sheet) || isEmpty(grid)) continue;
    const table = tablesOf(grid, options);
    if (table) found.push(table);
  }
  if (found.length === 0 && previous.length > 0 && !previous.some((t) => t.layout === "forms")) {
    // The only table was named as last year's: this year and last year cannot be one sheet.
    throw new InputError(
      problem("previousSheetIsCurrent", { name: previous[0].sheet }, { sheet: previous[0].sheet }),
    );
  }
  if (found.length === 0) {
    // No sheet holds a table: a scoring form per unit, one sheet each, assembled into one table per template.
    const forms = readForms(
      grids.filter((g) => !excluded.has(g.sheet) && !isEmpty(g)),
      options.year ?? null,
      options.unitGroups,
    );
    if (forms.length > 0) return { current: forms, previous, notices };
    throw noTable(grids);
  }
  if (found.length === 1) return { current: found, previous, notices };

  // An earlier year's table in the same workbook is last year's, not a second current table.
  const years = found.map((t) => t.year).filter((y): y is number => y !== null);
  const latest = years.length > 0 ? Math.max(...years) : null;
  let current = found;
  if (latest !== null) {
    const older = found.filter((t) => t.year !== null && t.year < latest);
    current = found.filter((t) => !older.includes(t));
    if (
      options.autoPrevious !== false &&
      previous.length === 0 &&
      older.length > 0 &&
      older.every((t) => t.year === latest - 1)
    ) {
      previous.push(...older);
      for (const t of older)
        notices.push(problem("previousSheetUsed", { name: t.sheet }, { sheet: t.sheet }));
    }
  }
  if (current.length === 1) return { current, previous, notices };
  // A sheet of one scored column beside names (a lookup list the score sheet's formulas read, "XHH": unit →
  // survey points) is a source of the score table, not a second one, when another sheet holds a full table.
  const full = current.filter((t) => !isLookupList(t));
  if (full.length > 0 && full.length < current.length) {
    for (const t of current.filter(isLookupList))
      notices.push(problem("lookupSheetSkipped", { name: t.sheet }, { sheet: t.sheet }));
    current = full;
    if (current.length === 1) return { current, previous, notices };
  }
  // Sheets the score table is computed from, then a summary beside the sheets it sums up (see each rule).
  current = withoutSources(current, grids, notices);
  if (current.length === 1) return { current, previous, notices };
  const summed = summaryAndParts(current, grids, notices);
  // The sheets a summary sums up are one table's groups, whatever fields each group has.
  if (summed !== null && summed.rest.length === 0) return { current: summed.kept, previous, notices };
  if (summed !== null) current = [...summed.kept, ...summed.rest];
  if (current.length === 1) return { current, previous, notices };
  // Each group on its own sheet: same components, different groups.
  const groupNames = current.flatMap((t) => t.groups.map((g) => foldText(g.name)));
  const distinctGroups = new Set(groupNames).size === groupNames.length;
  if (current.every((t) => sameLayout(t, current[0])) && distinctGroups)
    return { current, previous, notices };
  throw new InputError(problem("ambiguousSheets", { sheets: current.map((t) => `“${t.sheet}”`).join(", ") }));
}
