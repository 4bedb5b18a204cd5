/**
 * Golden tests: every fixture workbook → what a correct reader must find (test/fixtures/models.json, written
 * by the generator from the model it built each workbook from): the table's structure, every unit's
 * points, index, rank, last year's rank, rating and components below 75 %, the problems the run stops
 * on, and the cell-level warnings. Tables with criteria as rows (units across columns, per-unit forms) are
 * compared with their own model: fields by row, each unit's cells, own field maxima and last year's rank
 * from last year's workbook in the other layout.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse, type Analysis } from "../../src/core/analyse";
import { sourceTables } from "../../src/core/analyseWorkbook";
import { columnLetter } from "../../src/core/grid";
import { cleanText } from "../../src/core/names";
import { InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findTables } from "../../src/core/workbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { XlsxReadError } from "../../src/xlsx/errors";

interface UnitModel {
  name: string;
  row: number;
  scores: (number | null)[];
  max: number | null;
  index: number | null;
  assessed: boolean;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  rating: string | null;
  below75: string[];
  componentMax?: number[];
}
interface TableModel {
  sheet: string;
  role: "current" | "previous";
  year: number | null;
  headerRows: number[];
  maxRow: number | null;
  nameColumn: string;
  components: {
    column: string;
    name: string;
    max: number | null;
    key: string | null;
    maxColumn?: string;
  }[];
  groupColumn?: string;
  subtotalColumns?: string[];
  unitMaxColumn: string | null;
  totalColumn: string | null;
  indexColumn: string | null;
  previousRankColumn: string | null;
  ratingColumn: string | null;
  groups: { name: string; row: number | null; units: UnitModel[] }[];
}
interface CriteriaUnitModel {
  name: string;
  sheet: string;
  row: number;
  column: string;
  scores: (number | null)[];
  componentMax: (number | null)[];
  max: number;
  index: number;
  rank: number;
  previousRank: number | null;
  rankChange: number | null;
  below75: string[];
}
interface CriteriaTableModel {
  layout: "columns" | "forms";
  sheet: string;
  sheets: string[];
  year: number;
  headerRows: number[];
  ttColumn: string;
  criterionColumn: string;
  maxColumn: string;
  pointsColumn: string | null;
  fields: { row: number; name: string; max: number; key: string | null }[];
  rowRoles: { total: number | null; index: number | null; rank: number | null };
  totalMax: number;
  groups: { name: string; units: CriteriaUnitModel[] }[];
}
interface FixtureModel {
  file: string;
  criteriaTables?: CriteriaTableModel[];
  outcome: "table" | "read-error" | "detect-error";
  readError: string | null;
  detectError: { kind: string; sheet: string | null; rows: number[] } | null;
  tables: TableModel[];
  previous: { file: string | null; sheet: string } | null;
  warnings: { sheet: string; row: number; column: string | null; kind: string }[];
}

const root = path.resolve(__dirname, "../..");
const models = (
  JSON.parse(readFileSync(path.join(root, "test/fixtures/models.json"), "utf8")) as {
    fixtures: FixtureModel[];
  }
).fixtures;

async function load(file: string) {
  const book = await readWorkbook(readFileSync(path.join(root, file)), { fileName: path.basename(file) });
  return book.sheets.map((s) => book.grid(s.name));
}

async function run(
  model: FixtureModel,
): Promise<{ analysis: Analysis; tables: ReturnType<typeof findTables> }> {
  const grids = await load(model.file);
  const tables = findTables(grids);
  let previous = sourceTables(tables.previous, grids);
  if (model.previous?.file) {
    const previousGrids = await load(model.previous.file);
    previous = sourceTables(findTables(previousGrids).current, previousGrids);
  }
  const analysis = analyse({
    current: sourceTables(tables.current, grids),
    previous,
    settings: DEFAULT_SETTINGS,
    notices: tables.notices,
  });
  return { analysis, tables };
}

/** Group headings are shown without their Roman numeral ("I. CÁC SỞ" → "CÁC SỞ") wherever the numeral sits. */
const groupName = (name: string) => cleanText(name.replace(/^[IVXLC]+\.\s*/, ""));

/** Group names to compare: in order, except with a group column (then in the order their first unit appears). */
const inOrder = (names: string[], table: TableModel) => (table.groupColumn ? [...names].sort() : names);

const letter = (c: number | undefined) => (c === undefined ? null : columnLetter(c));

const DETECT_ERROR_KEYS: Record<string, string> = {
  "no-units": "noUnits",
  "ambiguous-table": "twoTables",
  "no-table": "noTable",
};

describe.each(models.map((m) => [m.file, m] as const))("%s", (_file, model) => {
  if (model.outcome === "read-error") {
    it(`is refused as ${model.readError}`, async () => {
      const error = await load(model.file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).kind).toBe(model.readError);
    });
    return;
  }
  if (model.outcome === "detect-error") {
    it(`stops with ${model.detectError?.kind}`, async () => {
      const grids = await load(model.file);
      let error: unknown;
      try {
        findTables(grids);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problem.key).toBe(DETECT_ERROR_KEYS[model.detectError!.kind]);
    });
    return;
  }

  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(model);
  });

  if (model.criteriaTables) {
    describeCriteria(model.criteriaTables, () => result);
    return;
  }

  it("finds the table's structure", () => {
    const current = model.tables.filter((t) => t.role === "current");
    expect(result.tables.current.map((t) => t.sheet)).toEqual(current.map((t) => t.sheet));
    current.forEach((expected, i) => {
      const found = result.tables.current[i];
      expect({
        header: [found.headerTop, found.headerBottom],
        maxRow: found.maxRow,
        year: found.year,
        name: letter(found.roles.name),
        unitMax: letter(found.roles.unitMax),
        total: letter(found.roles.total),
        index: letter(found.roles.index),
        previousRank: letter(found.roles.previousRank),
        rating: letter(found.roles.rating),
        group: letter(found.roles.group),
        components: found.components.map((c) => [
          c.columns.map(columnLetter).join("+"),
          c.name,
          c.max,
          c.maxColumns?.map(columnLetter).join("+") ?? null,
        ]),
        subtotals: found.subtotals.map(columnLetter),
        // A group column names groups in the order their first unit appears.
        groups: inOrder(
          found.groups.map((g) => g.name),
          expected,
        ),
      }).toEqual({
        header: [expected.headerRows[0], expected.headerRows[expected.headerRows.length - 1]],
        maxRow: expected.maxRow,
        year: expected.year,
        name: expected.nameColumn,
        unitMax: expected.unitMaxColumn,
        total: expected.totalColumn,
        index: expected.indexColumn,
        previousRank: expected.previousRankColumn,
        rating: expected.ratingColumn,
        group: expected.groupColumn ?? null,
        // Each unit's own field maxima (paired columns) leave the column's maximum unknown.
        components: expected.components.map((c) => [
          c.column,
          c.name,
          c.maxColumn ? null : c.max,
          c.maxColumn ?? null,
        ]),
        subtotals: expected.subtotalColumns ?? [],
        groups: expected.groups
          .map((g) => groupName(g.name))
          .sort(expected.groupColumn ? undefined : () => 0),
      });
    });
  });

  it("reads every unit: points, maximum, index, rank, last year's rank, rating, components below 75 %", () => {
    // In sheet order (with a group column the rows are sorted by index across groups).
    const expected = model.tables
      .filter((t) => t.role === "current")
      .flatMap((t) =>
        t.groups
          .flatMap((g) =>
            g.units.map((u) => ({
              ...u,
              name: cleanText(u.name),
              group: groupName(g.name),
              sheet: t.sheet,
              keys: t.components,
            })),
          )
          .sort((a, b) => a.row - b.row),
      );
    expect(result.analysis.units.map((u) => [u.sheet, u.row, u.name, u.group])).toEqual(
      expected.map((u) => [u.sheet, u.row, u.name, u.group]),
    );
    result.analysis.units.forEach((unit, i) => {
      const want = expected[i];
      const checkedBelow = unit.components
        .map((c, k) => (c.below ? want.keys[k]?.key : null))
        .filter((k): k is string => k !== null && k !== undefined);
      expect({
        name: unit.name,
        assessed: unit.rank !== null,
        max: unit.rank !== null ? unit.max : null,
        index: unit.index === null ? null : Number(unit.index.toFixed(9)),
        rank: unit.rank,
        previousRank: unit.previousRank,
        rankChange: unit.rankChange,
        rating: unit.rating,
        below75: checkedBelow.sort(),
        componentMax: want.componentMax ? unit.components.map((c) => c.max) : null,
      }).toEqual({
        name: want.name,
        assessed: want.assessed && want.index !== null,
        max: want.assessed && want.index !== null ? want.max : null,
        index: want.index === null ? null : Number(want.index.toFixed(9)),
        rank: want.rank,
        previousRank: want.previousRank,
        rankChange: want.rankChange,
        rating: want.rating,
        below75: [...want.below75].sort(),
        componentMax: want.componentMax ?? null,
      });
    });
  });

  it("warns about every cell the model marks, and about no other cell", () => {
    const found = result.analysis.warnings
      .filter((w) => w.row !== null && w.column !== null)
      .map((w) => `${w.sheet}!${columnLetter(w.column as number)}${w.row}`);
    const rowsOnly = result.analysis.warnings.filter((w) => w.row !== null).map((w) => `${w.sheet}!${w.row}`);
    for (const w of model.warnings) {
      if (w.column === null) expect(rowsOnly).toContain(`${w.sheet}!${w.row}`);
      else expect(found).toContain(`${w.sheet}!${w.column}${w.row}`);
    }
    const expectedRows = new Set(model.warnings.map((w) => `${w.sheet}!${w.row}`));
    for (const w of result.analysis.warnings.filter((x) => x.row !== null)) {
      expect(expectedRows).toContain(`${w.sheet}!${w.row}`);
    }
  });
});

/** Golden checks of a table with criteria as rows: units across columns or per-unit forms. */
function describeCriteria(models: CriteriaTableModel[], get: () => Awaited<ReturnType<typeof run>>): void {
  it("finds the table's structure: criteria columns, fields by row, role rows, groups", () => {
    const { tables } = get();
    expect(tables.current).toHaveLength(models.length);
    models.forEach((expected, i) => {
      const found = tables.current[i];
      expect({
        layout: found.layout,
        sheet: found.sheet,
        sheets: found.sheets ?? [found.sheet],
        year: found.year,
        header: [found.headerTop, found.headerBottom],
        criteria: [
          letter(found.criteria?.tt),
          letter(found.criteria?.name),
          letter(found.criteria?.max),
          letter(found.criteria?.points),
        ],
        fields: found.components.map((c) => [c.row, c.name, c.max, c.columns.length]),
        rowRoles: [
          found.rowRoles?.total ?? null,
          found.rowRoles?.index ?? null,
          found.rowRoles?.rank ?? null,
        ],
        totalMax: found.totalMax,
        groups: found.groups.map((g) => g.name),
      }).toEqual({
        layout: expected.layout,
        sheet: expected.sheet,
        sheets: expected.sheets,
        year: expected.year,
        header: [expected.headerRows[0], expected.headerRows[expected.headerRows.length - 1]],
        criteria: [expected.ttColumn, expected.criterionColumn, expected.maxColumn, expected.pointsColumn],
        fields: expected.fields.map((f) => [f.row, f.name, f.max, 0]),
        rowRoles: [expected.rowRoles.total, expected.rowRoles.index, expected.rowRoles.rank],
        totalMax: expected.totalMax,
        groups: expected.groups.map((g) => g.name),
      });
    });
  });

  it("reads every unit from its own cells: points, own field maxima, maximum, index, rank, last year's rank, below 75 %", () => {
    const { analysis } = get();
    const expected = models.flatMap((t) =>
      t.groups.flatMap((g) =>
        g.units.map((u) => ({ ...u, group: g.name, keys: t.fields.map((f) => f.key) })),
      ),
    );
    const key = (u: { sheet: string; name: string }) => `${u.sheet}\u0000${u.name}`;
    expect(analysis.units.map((u) => key(u)).sort()).toEqual(expected.map(key).sort());
    for (const want of expected) {
      const unit = analysis.units.find((u) => key(u) === key(want))!;
      expect({
        group: unit.group,
        sheet: unit.sheet,
        row: unit.row,
        column: columnLetter(unit.cells.name.column),
        scores: unit.components.map((c) => (c.applicable ? c.score : null)),
        componentMax: unit.components.map((c) => (c.applicable ? c.max : null)),
        max: unit.max,
        index: Number((unit.index as number).toFixed(9)),
        rank: unit.rank,
        previousRank: unit.previousRank,
        rankChange: unit.rankChange,
        below75: unit.components
          .map((c, k) => (c.below ? want.keys[k] : null))
          .filter((k): k is string => k !== null)
          .sort(),
      }).toEqual({
        group: want.group,
        sheet: want.sheet,
        row: want.row,
        column: want.column,
        scores: want.scores,
        componentMax: want.componentMax,
        max: want.max,
        index: Number(want.index.toFixed(9)),
        rank: want.rank,
        previousRank: want.previousRank,
        rankChange: want.rankChange,
        below75: [...want.below75].sort(),
      });
    }
    expect(analysis.refusal).toBeNull();
  });

  it("raises no cell warning on a clean table", () => {
    const { analysis } = get();
    expect(analysis.warnings.filter((w) => w.row !== null).map((w) => w.key)).toEqual([]);
  });
}
