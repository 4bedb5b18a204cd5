/**
 * Choosing the score table(s) of a workbook: the one sheet that holds a table, the sheets named by the
 * user, or several sheets when each group sits on its own sheet, or a scoring form per unit (one sheet
 * each) when no sheet holds a table — and last year's table when a sheet of the same workbook holds an
 * earlier year. Anything else is reported, never guessed; "no table found" says what was tried.
 */
import type { Grid } from "./grid";
import { detectTables, looksLikeForm, looksTransposed, readForms, type DetectedTable } from "./detect";
import { SheetView } from "./sheetView";
import { foldText } from "./names";
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
  // Each group on its own sheet: same components, different groups.
  const groupNames = current.flatMap((t) => t.groups.map((g) => foldText(g.name)));
  const distinctGroups = new Set(groupNames).size === groupNames.length;
  if (current.every((t) => sameLayout(t, current[0])) && distinctGroups)
    return { current, previous, notices };
  throw new InputError(problem("ambiguousSheets", { sheets: current.map((t) => `“${t.sheet}”`).join(", ") }));
}
