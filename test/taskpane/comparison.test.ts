/**
 * Last year's comparison kept in the workbook: the kept ranks, read back as a table, give the same analysis as
 * the file they came from (Hải Dương 2021 against 2020, Hải Phòng 2025 against itself, last year's per-unit
 * forms and units across columns, last year's formulas without results); what cannot be read
 * counts as nothing kept; the pane's number and date fields read "9,5" and "15/3/2022".
 */
import { analyseWorkbook, FORMULA_PASS } from "../../src/core/analyseWorkbook";
import { parseSettings } from "../../src/core/settings";
import {
  COMPARISON_LIMIT_BYTES,
  fitsInDocument,
  keepComparison,
  keptTable,
  parseComparison,
} from "../../src/taskpane/comparison";
import { dateFromText, dateShown, numberFromText } from "../../src/taskpane/input";
import type { Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { editPart } from "../fixtures/lib/hostileFiles";
import { fixtureBytes, fixtureGrids } from "./fakeGateway";

// Reading fixture workbooks takes a while on a busy machine.
jest.setTimeout(30_000);

const settings = parseSettings({});

/** Last year's file with every formula's cached result removed, as a program other than Excel writes it. */
async function withoutResults(file: string, edit: (xml: string) => string = (xml) => xml): Promise<Grid[]> {
  const bytes = editPart(fixtureBytes(file), "xl/worksheets/sheet1.xml", (xml) =>
    edit(xml.replace(/(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g, "$1")),
  );
  const book = await readWorkbook(bytes, { fileName: "nam-truoc.xlsx" });
  return book.sheets.map((s) => book.grid(s.name));
}

test.each([
  ["examples/hai-duong-2021.xlsx", "examples/hai-duong-2020.xlsx"],
  ["test/fixtures/hai-phong-2025.xlsx", "test/fixtures/hai-phong-2025.xlsx"],
  ["test/fixtures/four-groups.xlsx", "test/fixtures/four-groups.xlsx"],
  // Last year's table in another layout: a scoring form per unit on its own sheet, units across columns.
  ["test/fixtures/units-across-columns.xlsx", "test/fixtures/unit-forms-2023.xlsx"],
  ["test/fixtures/unit-forms.xlsx", "test/fixtures/units-across-columns-2023.xlsx"],
  // Formulas saved without their results: computed first, as the analysis does
  // (its fields are sums of their criteria).
  ["test/fixtures/unit-forms.xlsx", "no results: test/fixtures/units-across-columns-2023.xlsx"],
])("%s against %s: the kept ranks compare as the file does", async (current, previous) => {
  const grids = await fixtureGrids(current);
  const previousGrids = previous.startsWith("no results: ")
    ? await withoutResults(previous.slice("no results: ".length))
    : await fixtureGrids(previous);
  const fromFile = analyseWorkbook({ grids, previousGrids, settings });
  expect(fromFile.units.filter((u) => u.previousRank !== null).length).toBeGreaterThan(0);
  const kept = keepComparison(
    { fileName: "nam-truoc.xlsx", grids: previousGrids, formulas: FORMULA_PASS },
    settings,
  );
  // Through JSON, as the document keeps it.
  const back = parseComparison(JSON.parse(JSON.stringify({ version: 1, previous: kept, lastReport: null })));
  expect(back.previous).toEqual(kept);
  const fromKept = analyseWorkbook({ grids, previousGrids: [keptTable(kept)], settings });
  const view = (a: typeof fromFile) =>
    a.units.map((u) => [u.name, u.rank, u.previousRank, u.rankChange, u.comparable]);
  expect(view(fromKept)).toEqual(view(fromFile));
  expect(fromKept.dropped).toEqual(fromFile.dropped);
  expect(fromKept.unmatchedPrevious).toEqual(fromFile.unmatchedPrevious);
  expect(fitsInDocument(back)).toBe(true);
});

test("last year's table with formulas that have no result and cannot be computed is refused, not kept", async () => {
  const grids = await fixtureGrids("test/fixtures/unit-forms.xlsx");
  const previousGrids = await withoutResults("test/fixtures/units-across-columns-2023.xlsx", (xml) =>
    xml.replace(/<f>SUM\(/g, "<f>SUMPRODUCT("),
  );
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof InputError ? error.problem.key : error;
    }
    return null;
  };
  expect(refusal(() => analyseWorkbook({ grids, previousGrids, settings }))).toBe("formulasNotEvaluable");
  expect(
    refusal(() =>
      keepComparison({ fileName: "nam-truoc.xlsx", grids: previousGrids, formulas: FORMULA_PASS }, settings),
    ),
  ).toBe("formulasNotEvaluable");
});

test("last year's forms without a group in their title take it from the unitGroups setting, as the analysis does", async () => {
  // The form on "Phiếu 2" (Sở Tư pháp) loses its "(Khối …)" line.
  const previousGrids = (await fixtureGrids("test/fixtures/unit-forms-2023.xlsx")).map((g) =>
    g.sheet !== "Phiếu 2"
      ? g
      : {
          ...g,
          values: g.values.map((line) =>
            line.map((v) => (typeof v === "string" && /^\(Khối/.test(v) ? null : v)),
          ),
        },
  );
  const groupOf = (s: typeof settings) =>
    keepComparison(
      { fileName: "nam-truoc.xlsx", grids: previousGrids, formulas: FORMULA_PASS },
      s,
    ).units.find((u) => u[0] === "Sở Tư pháp")?.[1];
  expect(groupOf(settings)).toBe("Các đơn vị");
  expect(groupOf(parseSettings({ unitGroups: { "Phiếu 2": "Khối sở, ban, ngành" } }))).toBe(
    "Khối sở, ban, ngành",
  );
});

test("anything unreadable in the document counts as nothing kept", () => {
  expect(parseComparison(undefined)).toEqual({ version: 1, previous: null, lastReport: null });
  expect(parseComparison({ previous: { file: "a.xlsx", units: [["x", "g", "1"]] } }).previous).toBeNull();
  expect(
    parseComparison({ lastReport: { at: "t", comparedWith: { kind: "disk", name: "x" } } }).lastReport,
  ).toEqual({ at: "t", comparedWith: null });
});

test("a comparison beyond the room kept for it is not kept", () => {
  const units = Array.from(
    { length: 20_000 },
    (_, i) => [`Đơn vị số ${i} ${"x".repeat(20)}`, "KHỐI", i + 1] as const,
  );
  const state = {
    version: 1 as const,
    previous: { file: "f.xlsx", sheets: [], fingerprint: "0", year: null, readAt: "t", units },
    lastReport: null,
  };
  expect(JSON.stringify(state).length).toBeGreaterThan(COMPARISON_LIMIT_BYTES);
  expect(fitsInDocument(state)).toBe(false);
});

test.each([
  ["9,5", 9.5],
  ["9.5", 9.5],
  [" 72,5% ", 72.5],
  ["", null],
])("the number field reads %j as %j", (text, value) => {
  expect(numberFromText(text)).toEqual({ ok: true, value });
});

test("text that is not one number is refused with the reason", () => {
  expect(numberFromText("chín")).toEqual({ ok: false, problem: "inputNotNumber" });
  expect(numberFromText("1.234,5")).toEqual({ ok: false, problem: "inputAmbiguousNumber" });
});

test("dates are written dd/mm/yyyy and kept as yyyy-mm-dd", () => {
  expect(dateFromText("15/3/2022")).toEqual({ ok: true, value: "2022-03-15" });
  expect(dateFromText("05/04/2022")).toEqual({ ok: true, value: "2022-04-05" });
  expect(dateFromText("2022-03-15")).toEqual({ ok: true, value: "2022-03-15" });
  expect(dateFromText("")).toEqual({ ok: true, value: null });
  expect(dateFromText("March 15")).toEqual({ ok: false, problem: "inputNotDate" });
  expect(dateShown("2022-03-15")).toBe("15/03/2022");
});
