/**
 * The six layouts of issue 8 in the pane's path on the Excel simulator (what the add-in does in Excel and what
 * the browser preview shows): a) paired "Điểm tối đa" / "Điểm đạt" columns, b) an appraisal subtotal, c) the
 * group in a column with rows sorted by index, d) units across columns (this year against last year's per-unit
 * forms, and last year's file alone), e) one scoring form per unit sheet (against last year's sheet across
 * columns, and last year's forms alone), f) the same workbooks with every formula saved without its result.
 *
 * Each workbook is opened in the simulator as the preview opens a file (src/preview/load.ts) and as the other
 * adapter tests build it (helpers' workbookFromXlsx), read through the pane's gateway (src/excel's
 * readWorkbook), analysed as the pane analyses (analyseView, last year's file read as the pane's picker reads
 * it) and compared with `cchc report --json` on the same files — every unit, rank, previous rank, group,
 * review, explanation, dropped unit, statistic and warning — and with the fixture models (models.json). For d
 * and e the report is written and the highlights applied: the score sheets keep every cell, and the marks land
 * on the units' own cells (in d a unit is a column, in e a form sheet).
 *
 * Formulas saved without results: the simulator computes them as Excel does on opening a file (buildWorkbook,
 * with the core's formula pre-pass), to the very values Excel stored; what the pre-pass cannot compute keeps no
 * value and is listed (formulasNotComputed).
 */
import { FORMULA_PASS } from "../../src/core/analyseWorkbook";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { report } from "../../src/cli/main";
import { toJson, type ReportJson } from "../../src/cli/json";
import { columnLetter, columnNumber } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { formulasNotComputed, workbookFromBytes } from "../../src/preview/load";
import {
  buildWorkbook,
  createSimulator,
  installExcelGlobals,
  snapshotSheet,
  type SheetSnapshot,
  type Simulator,
  type WorkbookState,
} from "../../src/preview/simulator";
import { createExcelGateway, type WorkbookView } from "../../src/taskpane/gateway";
import { DEFAULT_PREFS, type PanePrefs } from "../../src/taskpane/prefs";
import { highlightPlanFor, planReportFor, resolveDecisions } from "../../src/taskpane/reportDraft";
import type { PreviousWorkbook } from "../../src/taskpane/session";
import { analyseView, type AnalysisReady } from "../../src/taskpane/workflow";
import { readWorkbook as readXlsx } from "../../src/xlsx/readWorkbook";
import type { CriteriaTableModel, FixtureModel, TableModel } from "../fixtures/lib/model";
import { unzip, zip } from "../fixtures/lib/hostileFiles";
import { ROOT, installOffice, workbookFromXlsx } from "./helpers";

jest.setTimeout(60_000);

const models = (
  JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/models.json"), "utf8")) as {
    fixtures: FixtureModel[];
  }
).fixtures;
const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-layouts-pane-"));
const NOW = new Date("2025-03-01T08:00:00Z");

interface Case {
  readonly layout: string;
  readonly file: string;
  /** Last year's workbook, picked in the pane as a file. */
  readonly previous?: string;
}

const CASES: readonly Case[] = [
  { layout: "a", file: "test/fixtures/paired-columns.xlsx" },
  { layout: "b", file: "test/fixtures/subtotals.xlsx" },
  { layout: "c", file: "test/fixtures/group-column.xlsx" },
  {
    layout: "d",
    file: "test/fixtures/units-across-columns.xlsx",
    previous: "test/fixtures/unit-forms-2023.xlsx",
  },
  { layout: "d", file: "test/fixtures/units-across-columns-2023.xlsx" },
  {
    layout: "e",
    file: "test/fixtures/unit-forms.xlsx",
    previous: "test/fixtures/units-across-columns-2023.xlsx",
  },
  { layout: "e", file: "test/fixtures/unit-forms-2023.xlsx" },
];

// ---- files, loaders, the CLI and the pane ----------------------------------------------------------------

function bytesOf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.isAbsolute(file) ? file : path.join(ROOT, file)));
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

type Loader = (file: string) => Promise<WorkbookState>;

/** The two ways a file becomes a simulated workbook: the preview's loader and the adapter tests' helper. */
const LOADERS: readonly (readonly [string, Loader])[] = [
  ["the preview's loader", (file) => workbookFromBytes(arrayBuffer(bytesOf(file)), path.basename(file))],
  ["the tests' workbookFromXlsx", (file) => workbookFromXlsx(bytesOf(file))],
];

const cliRuns = new Map<string, Promise<ReportJson>>();

/** `cchc report <file> [--previous <last year>] --json -`, run in this process (memoised). */
function cli(file: string, previous?: string): Promise<ReportJson> {
  const key = `${file}\u0000${previous ?? ""}`;
  let run = cliRuns.get(key);
  if (run === undefined) {
    run = (async () => {
      let stdout = "";
      let stderr = "";
      const absolute = (f: string) => (path.isAbsolute(f) ? f : path.join(ROOT, f));
      const code = await report(
        absolute(file),
        {
          sheet: [],
          previousSheet: [],
          strict: false,
          lang: "vi",
          json: "-",
          previous: previous === undefined ? undefined : absolute(previous),
        },
        { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      );
      if (code !== 0) throw new Error(`cchc report ${file} exited ${code}: ${stderr}`);
      return JSON.parse(stdout) as ReportJson;
    })();
    cliRuns.set(key, run);
  }
  return run;
}

/** Last year's workbook as the pane's picker reads it (src/taskpane/tabs/PreviousFile.tsx). */
async function previousWorkbook(file: string): Promise<PreviousWorkbook> {
  const fileName = path.basename(file);
  const book = await readXlsx(arrayBuffer(bytesOf(file)), { fileName });
  return { fileName, grids: book.sheets.map((s) => book.grid(s.name)), formulas: FORMULA_PASS };
}

interface PaneRun {
  readonly sim: Simulator;
  readonly view: WorkbookView;
  readonly ready: AnalysisReady;
  readonly previous: PreviousWorkbook | null;
  readonly gateway: ReturnType<typeof createExcelGateway>;
}

const uninstall: (() => void)[] = [];
afterEach(() => {
  while (uninstall.length > 0) (uninstall.pop() as () => void)();
});

/** The pane on a simulated workbook: the gateway's read, and the analysis with last year's file when given. */
async function pane(state: WorkbookState, previousFile?: string): Promise<PaneRun> {
  const sim = createSimulator(state);
  uninstall.push(installOffice("1.17"), installExcelGlobals(sim));
  const gateway = createExcelGateway();
  const view = await gateway.readWorkbook();
  const previous = previousFile === undefined ? null : await previousWorkbook(previousFile);
  const prefs: PanePrefs =
    previous === null
      ? DEFAULT_PREFS
      : { ...DEFAULT_PREFS, previous: { source: "file", sheet: null, file: previous.fileName } };
  const state_ = analyseView(view, DEFAULT_SETTINGS, prefs, previous);
  if (!state_.ok) throw state_.error;
  return { sim, view, ready: state_, previous, gateway };
}

function model(file: string): FixtureModel {
  const found = models.find((m) => m.file === file);
  if (found === undefined) throw new Error(`models.json has no ${file}`);
  return found;
}

// ---- what models.json says the analysis must hold ---------------------------------------------------------

interface ExpectedUnit {
  readonly name: string;
  readonly group: string;
  readonly sheet: string;
  readonly row: number;
  readonly index: number;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
}

interface Expected {
  readonly groups: { name: string; units: number }[];
  readonly units: ExpectedUnit[];
  /** "unit/component key" of every component below 75 %. */
  readonly below: string[];
  /** Units whose head rating calls for a review (HTNV, and KHTNV by default). */
  readonly reviews: string[];
  readonly dropped: string[];
  readonly keyOf: (component: string) => string | null | undefined;
}

/** Group headings are shown without their Roman numeral ("I. CÁC SỞ" → "CÁC SỞ"). */
const groupName = (name: string) =>
  name
    .replace(/^[IVXLC]+\.\s*/, "")
    .replace(/\s+/g, " ")
    .trim();

const fixed = (x: number | null) => (x === null ? null : Number(x.toFixed(9)));

function expectedOf(m: FixtureModel): Expected {
  const criteria = m.criteriaTables?.[0];
  if (criteria !== undefined) return expectedOfCriteria(criteria);
  const table = m.tables.find((t) => t.role === "current") as TableModel;
  const units = table.groups.flatMap((g) =>
    g.units.map((u) => ({
      name: u.name,
      group: groupName(g.name),
      sheet: table.sheet,
      row: u.row,
      index: fixed(u.index) as number,
      rank: u.rank,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
      rating: u.rating,
      below75: u.below75,
    })),
  );
  return {
    groups: table.groups.map((g) => ({ name: groupName(g.name), units: g.units.length })),
    units: units.map(({ rating: _r, below75: _b, ...u }) => u),
    below: units.flatMap((u) => u.below75.map((k) => `${u.name}/${k}`)).sort(),
    reviews: units
      .filter((u) => u.rating === "HTNV" || u.rating === "KHTNV")
      .map((u) => u.name)
      .sort(),
    dropped: units
      .filter((u) => u.rankChange !== null && u.rankChange < 0)
      .map((u) => u.name)
      .sort(),
    keyOf: (component) => table.components.find((c) => c.name === component)?.key,
  };
}

function expectedOfCriteria(table: CriteriaTableModel): Expected {
  const units = table.groups.flatMap((g) => g.units.map((u) => ({ ...u, group: g.name })));
  return {
    groups: table.groups.map((g) => ({ name: g.name, units: g.units.length })),
    units: units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: u.sheet,
      row: u.row,
      index: fixed(u.index) as number,
      rank: u.rank,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
    })),
    below: units.flatMap((u) => u.below75.map((k) => `${u.name}/${k}`)).sort(),
    reviews: [],
    dropped: units
      .filter((u) => u.rankChange !== null && u.rankChange < 0)
      .map((u) => u.name)
      .sort(),
    keyOf: (component) => table.fields.find((f) => f.name === component)?.key,
  };
}

const byGroupAndName = (a: { group: string; name: string }, b: { group: string; name: string }) =>
  `${a.group}/${a.name}`.localeCompare(`${b.group}/${b.name}`);

function expectModel(json: ReportJson, m: FixtureModel): void {
  const want = expectedOf(m);
  // In the sheet's order (the CLI comparison holds it); a group column gives them in no order of rows.
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect([...json.groups].sort(byName)).toEqual([...want.groups].sort(byName));
  const got = json.units.map((u) => ({
    name: u.name,
    group: u.group,
    sheet: u.sheet,
    row: u.row,
    index: fixed(u.index) as number,
    rank: u.rank,
    previousRank: u.previousRank,
    rankChange: u.rankChange,
  }));
  expect([...got].sort(byGroupAndName)).toEqual([...want.units].sort(byGroupAndName));
  expect(json.explanations.map((e) => `${e.unit}/${want.keyOf(e.component)}`).sort()).toEqual(want.below);
  expect(json.reviews.map((r) => r.unit).sort()).toEqual(want.reviews);
  expect(json.dropped.map((d) => d.unit).sort()).toEqual(want.dropped);
  // The cells the model says cannot be read as intended (notices about the whole table aside).
  const cells = (list: readonly { sheet: string | null; row: number | null; column: string | null }[]) =>
    list.map((w) => `${w.sheet}!${w.column ?? ""}${w.row}`).sort();
  expect(cells(json.warnings.filter((w) => w.row !== null))).toEqual(cells(m.warnings));
}

// ---- 1. every layout: the pane on the simulator = cchc report = the models ---------------------------------

describe.each(CASES.map((c) => [`${c.layout}) ${path.basename(c.file)}`, c] as const))(
  "%s in the pane on the simulator",
  (_title, c) => {
    test.each(LOADERS)(
      "opened by %s: the pane's analysis is cchc report's, and the model's",
      async (_l, load) => {
        const run = await pane(await load(c.file), c.previous);
        const json = toJson(run.ready.analysis, "vi");
        expect(json).toEqual(await cli(c.file, c.previous));
        expectModel(json, model(c.file));
        if (c.previous !== undefined) {
          expect(run.ready.analysis.previousSource).toBe("table");
          expect(json.unmatchedPrevious.map((u) => u.name)).toEqual(
            model(c.file).previous?.unmatchedPrevious,
          );
          expect(json.units.filter((u) => u.previousRank !== null).length).toBe(
            model(c.file).previous?.matches.length,
          );
        }
      },
    );
  },
);

// ---- 1b. d and e: report written and highlights applied on the simulator ------------------------------------

/** The text of a cell of a snapshot ("" when blank). */
function cellText(snap: SheetSnapshot, address: string): string {
  const value = snap.cells[address]?.value;
  return value === undefined || value === null ? "" : typeof value === "object" ? value.error : String(value);
}

function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0]);
}

function columnOf(address: string): string {
  return /^[A-Z]+/.exec(address)?.[0] as string;
}

/** Every cell address of a range address ("G8:G40" → G8, G9 … G40). */
function cellsIn(range: string): string[] {
  const [from, to = from] = range.split(":");
  const out: string[] = [];
  for (let r = rowOf(from); r <= rowOf(to); r++)
    for (let c = columnNumber(columnOf(from)); c <= columnNumber(columnOf(to)); c++)
      out.push(`${columnLetter(c)}${r}`);
  return out;
}

/** The add-in's conditional formats on a sheet, as { kind, cells }. */
function marks(snap: SheetSnapshot): { kind: string; cells: string[] }[] {
  return snap.conditionalFormats
    .map((cf) => ({ kind: /CCHC:(\w+)/.exec(String(cf.rule.formula ?? ""))?.[1] ?? "", ranges: cf.ranges }))
    .filter((cf) => cf.kind !== "")
    .map((cf) => ({ kind: cf.kind, cells: cf.ranges.flatMap((r) => r.split(",")).flatMap(cellsIn) }));
}

/** Writes the report and applies the highlights as the pane does; returns the sheets before and after. */
async function reportAndHighlight(run: PaneRun) {
  const sheets = run.ready.analysis.sheets;
  const before = new Map(sheets.map((s) => [s, snapshotSheet(run.sim.state, s)]));
  const draft = planReportFor(run.view, run.ready, run.previous, NOW);
  expect(draft.actions.every((a) => a.action === "create")).toBe(true);
  const written = await run.gateway.writeReport(draft.plan, resolveDecisions(draft.actions, {}));
  expect(written.sheets.map((s) => s.name)).toEqual(draft.plan.sheets.map((s) => s.name));
  const plan = highlightPlanFor(run.ready, "vi");
  await run.gateway.applyHighlights(plan);
  const after = new Map(sheets.map((s) => [s, snapshotSheet(run.sim.state, s)]));
  return { sheets, before, after, plan, written };
}

/** The score sheets keep every cell (value, formula, number format, style) and merge. */
function expectUnchanged(result: Awaited<ReturnType<typeof reportAndHighlight>>): void {
  for (const sheet of result.sheets) {
    const before = result.before.get(sheet) as SheetSnapshot;
    const after = result.after.get(sheet) as SheetSnapshot;
    expect([sheet, after.cells]).toEqual([sheet, before.cells]);
    expect([sheet, after.merges]).toEqual([sheet, before.merges]);
  }
}

/** The row of a sheet whose text starts with the field's name (a criterion row of a form or of the sheet). */
function fieldRow(snap: SheetSnapshot, field: string): number {
  const found = Object.keys(snap.cells).find((a) => cellText(snap, a).trim().startsWith(field));
  if (found === undefined) throw new Error(`${snap.name}: no row for ${field}`);
  return rowOf(found);
}

describe("units across columns (d) against last year's forms: report and highlights", () => {
  const c = CASES[3];
  const table = (model(c.file).criteriaTables as CriteriaTableModel[])[0];
  const units = table.groups.flatMap((g) => g.units);

  test("the score sheet keeps every cell; each mark lies in its unit's column, on the cells it names", async () => {
    const run = await pane(await LOADERS[0][1](c.file), c.previous);
    const result = await reportAndHighlight(run);
    expectUnchanged(result);
    const snap = result.after.get(table.sheet) as SheetSnapshot;
    const found = marks(snap);
    // Explanations: the field's row in the unit's column, holding the unit's points for that field.
    const below = found.filter((m) => m.kind === "belowThreshold").flatMap((m) => m.cells);
    const wantBelow = units.flatMap((u) =>
      u.below75.map((key) => {
        const i = table.fields.findIndex((f) => f.key === key);
        const address = `${u.column}${table.fields[i].row}`;
        expect([address, Number(cellText(snap, address))]).toEqual([address, u.scores[i]]);
        return address;
      }),
    );
    expect(below.sort()).toEqual(wantBelow.sort());
    // Dropped units: in the unit's own column only, its name's cell included.
    const dropped = units.filter((u) => u.rankChange !== null && u.rankChange < 0);
    expect(dropped.length).toBeGreaterThan(0);
    const droppedCells = found.filter((m) => m.kind === "droppedRow").flatMap((m) => m.cells);
    expect([...new Set(droppedCells.map(columnOf))].sort()).toEqual(dropped.map((u) => u.column).sort());
    for (const u of dropped) expect(droppedCells).toContain(`${u.column}${u.row}`);
    for (const address of droppedCells)
      expect(dropped.map((u) => u.name)).toContain(
        units.find((u) => u.column === columnOf(address) && cellText(snap, `${u.column}${u.row}`) === u.name)
          ?.name,
      );
  });
});

describe("per-unit forms (e) against last year's sheet across columns: report and highlights", () => {
  const c = CASES[5];
  const table = (model(c.file).criteriaTables as CriteriaTableModel[])[0];
  const units = table.groups.flatMap((g) => g.units);

  test("every form sheet keeps every cell; the plan names the dropped units and the explanations", async () => {
    const run = await pane(await LOADERS[0][1](c.file), c.previous);
    const result = await reportAndHighlight(run);
    expect(result.sheets).toEqual(table.sheets);
    expectUnchanged(result);
    expect(run.ready.analysis.dropped.map((d) => d.unit).sort()).toEqual(
      units
        .filter((u) => u.rankChange !== null && u.rankChange < 0)
        .map((u) => u.name)
        .sort(),
    );
  });

  // Units are matched to their table by the sheet of their own name (a form each), so every form gets its marks.
  test("each mark lies on its unit's own form: the field's points cell, and the dropped unit's sheet", async () => {
    const run = await pane(await LOADERS[0][1](c.file), c.previous);
    const result = await reportAndHighlight(run);
    const explained = units.filter((u) => u.below75.length > 0);
    const dropped = units.filter((u) => u.rankChange !== null && u.rankChange < 0);
    const marked = new Set([...explained, ...dropped].map((u) => u.sheet));
    for (const sheet of result.sheets) {
      const snap = result.after.get(sheet) as SheetSnapshot;
      const found = marks(snap);
      if (!marked.has(sheet)) {
        expect([sheet, found]).toEqual([sheet, []]);
        continue;
      }
      const unit = units.find((u) => u.sheet === sheet) as (typeof units)[number];
      const below = found.filter((m) => m.kind === "belowThreshold").flatMap((m) => m.cells);
      const wantBelow = unit.below75.map((key) => {
        const i = table.fields.findIndex((f) => f.key === key);
        const row = fieldRow(snap, table.fields[i].name);
        const address = below.find((a) => rowOf(a) === row);
        expect([sheet, key, address !== undefined]).toEqual([sheet, key, true]);
        expect([sheet, Number(cellText(snap, address as string))]).toEqual([sheet, unit.scores[i]]);
        return address;
      });
      expect(below.sort()).toEqual(wantBelow.sort());
      const isDropped = dropped.includes(unit);
      expect([sheet, found.some((m) => m.kind === "droppedRow")]).toEqual([sheet, isDropped]);
    }
  });
});

// ---- 2. formulas saved without their results (f) -----------------------------------------------------------

/** Every formula's stored result removed from every sheet, as a file written by a program other than Excel. */
function withoutResults(file: string): string {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let stripped = 0;
  const parts = unzip(bytesOf(file)).map((part) => {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part.name)) return part;
    const xml = decoder.decode(part.data);
    const edited = xml.replace(/(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g, "$1");
    expect(edited).not.toMatch(/<\/f><v>/);
    stripped += (xml.match(/<\/f><v>|\/><v>/g) ?? []).length;
    return { ...part, data: encoder.encode(edited) };
  });
  expect(stripped).toBeGreaterThan(0);
  const out = path.join(tmp, `${path.basename(file, ".xlsx")}-no-results.xlsx`);
  writeFileSync(out, zip(parts));
  return out;
}

/** Every cell of a workbook that holds a value or a formula: "sheet!A1" → its value and formula. */
function cellsOf(state: WorkbookState): Map<string, { value: unknown; formula?: string }> {
  const out = new Map<string, { value: unknown; formula?: string }>();
  for (const sheet of state.sheets)
    for (const [key, cell] of sheet.cells)
      if (cell.value !== null || cell.formula !== undefined)
        out.set(`${sheet.name}!${columnLetter((key % 16_384) + 1)}${Math.floor(key / 16_384) + 1}`, {
          value: cell.value,
          formula: cell.formula,
        });
  return out;
}

/**
 * The same value: bit for bit, or for numbers the same at 15 significant digits when `exact` is false. The
 * fixture generator stores the results the user sees (24.8), where Excel stores the sum's binary value
 * (24.799999999999997); the Hải Dương examples hold Excel's own results.
 */
function same(a: unknown, b: unknown, exact: boolean): boolean {
  if (exact || typeof a !== "number" || typeof b !== "number")
    return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
  return Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

const F_CASES: readonly Case[] = [
  { layout: "f", file: "examples/hai-duong-2021.xlsx", previous: "examples/hai-duong-2020.xlsx" },
  ...CASES,
];

describe.each(F_CASES.map((c) => [path.basename(c.file), c] as const))(
  "f) %s with every formula saved without its result",
  (_title, c) => {
    test.each(LOADERS)(
      "opened by %s: every formula has the value Excel stored (to the last bit where Excel stored it)",
      async (_l, load) => {
        const exact = c.file.startsWith("examples/");
        const original = cellsOf(await load(c.file));
        const state = await load(withoutResults(c.file));
        const computed = cellsOf(state);
        expect([...computed.keys()]).toEqual([...original.keys()]);
        const formulas = [...computed].filter(([, cell]) => cell.formula !== undefined);
        expect(formulas.length).toBeGreaterThanOrEqual(30);
        for (const [at, cell] of computed) {
          const want = original.get(at)?.value;
          if (!same(cell.value, want, exact))
            expect([at, cell.formula, cell.value]).toEqual([at, cell.formula, want]);
        }
        expect(formulasNotComputed(state)).toEqual([]);
      },
    );

    test("the pane's analysis is cchc report's on the file with results (Excel recalculates on opening)", async () => {
      const stripped = withoutResults(c.file);
      const strippedPrevious = c.previous === undefined ? undefined : withoutResults(c.previous);
      const run = await pane(await LOADERS[0][1](stripped), strippedPrevious);
      const expected = await cli(c.file, c.previous);
      const json = toJson(run.ready.analysis, "vi");
      // This year's workbook was recalculated by "Excel"; last year's file is read by the pane as the CLI reads
      // it, so its formulas are computed by the core with a warning naming them, as `cchc report` gives.
      const fromStripped = await cli(stripped, strippedPrevious);
      const formulaWarning = (w: { message: string }) =>
        /công thức được lưu mà không kèm kết quả/.test(w.message);
      expect(json.warnings.filter((w) => !formulaWarning(w))).toEqual(expected.warnings);
      expect(json.warnings.filter(formulaWarning)).toEqual(
        fromStripped.warnings.filter(
          (w) => formulaWarning(w) && !expected.sheets.includes(w.sheet as string),
        ),
      );
      const { warnings: _w, ...results } = json;
      const { warnings: _e, ...expectedResults } = expected;
      expect(results).toEqual(expectedResults);
      const { warnings: _s, ...strippedResults } = fromStripped;
      expect(strippedResults).toEqual(expectedResults);
    });
  },
);

describe("f) formulas without results in the simulator's workbook builder", () => {
  test("are computed over the whole workbook (other sheets, chains in any order); a stored result is kept", () => {
    const state = buildWorkbook({
      Data: {
        values: [
          ["Đơn vị", "TTHC", "CQĐT", "Tổng", "Chỉ số"],
          ["Sở A", 2.03, 4.27, "=B2+C2", "=ROUND(D2/'Tối đa'!A1*100,2)"],
          ["Sở B", 7.35, null, "=SUM(B3:C3)", "=D3/'Tối đa'!A1*100"],
          ["Sở C", 1, 2, "=B4+C4", "=E3+D9"],
        ],
        formulaValues: { D4: 99 },
      },
      "Tối đa": [["=8.4+1.6"]],
    });
    const value = (sheet: number, address: string) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      return state.sheets[sheet].cells.get((Number(digits) - 1) * 16_384 + columnNumber(letters) - 1)?.value;
    };
    expect(value(0, "D2")).toBe(2.03 + 4.27); // 6.299999999999999, as Excel stores it
    expect(value(0, "E2")).toBe(63);
    expect(value(0, "D3")).toBe(7.35);
    expect(value(0, "E3")).toBe(73.5);
    expect(value(0, "D4")).toBe(99); // the stored result, not 3
    expect(value(0, "E4")).toBe(73.5); // a blank cell reads as 0
    expect(value(1, "A1")).toBe(10);
    expect(formulasNotComputed(state)).toEqual([]);
  });

  test("outside the evaluator: no value (an empty cell through the API), listed with the reason", async () => {
    const state = buildWorkbook({
      S: {
        values: [
          ["Sở A", 8, "=VLOOKUP(A1,T!A:B,2,FALSE)", "=C1+1", "=B1^2", "=E1+B1", "=B1*2"],
          ["=A2", null, null, null, null, null, null],
        ],
      },
      T: { values: [["Sở A", 3]], origin: "A1" },
    });
    expect(formulasNotComputed(state)).toEqual([
      { sheet: "S", address: "C1", formula: "=VLOOKUP(A1,T!A:B,2,FALSE)", reason: "VLOOKUP" },
      { sheet: "S", address: "D1", formula: "=C1+1", reason: "VLOOKUP" },
      { sheet: "S", address: "E1", formula: "=B1^2", reason: expect.any(String) },
      { sheet: "S", address: "F1", formula: "=E1+B1", reason: expect.any(String) },
      { sheet: "S", address: "A2", formula: "=A2", reason: "circular" },
    ]);
    const sim = createSimulator(state);
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:G1");
      range.load("values, formulas, valueTypes");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.values).toEqual([["Sở A", 8, "", "", "", "", 16]]);
    expect(read.formulas[0][2]).toBe("=VLOOKUP(A1,T!A:B,2,FALSE)");
  });

  test("with the file's far values left out, a formula that reaches outside the sheet's values is not computed", () => {
    const spec = (valuesLeftOut: boolean) => ({
      S: { values: [[1, 2, "=A1+B1", "=A1+Z99"]], valuesLeftOut },
    });
    const cut = buildWorkbook(spec(true));
    expect(formulasNotComputed(cut)).toEqual([
      { sheet: "S", address: "D1", formula: "=A1+Z99", reason: "outside" },
    ]);
    expect(cut.sheets[0].cells.get(2)?.value).toBe(3);
    expect(cut.sheets[0].cells.get(3)?.value).toBeNull();
    const whole = buildWorkbook(spec(false));
    expect(formulasNotComputed(whole)).toEqual([]);
    expect(whole.sheets[0].cells.get(3)?.value).toBe(1);
  });
});
