/**
 * Every Excel API src/excel uses is inside the manifest's ExcelApi minimum or behind supportsExcelApi with a
 * fallback — proved from @types/office-js's "[Api set: …]" notes (see apiSets.ts) — and the guards answer
 * what Office.context.requirements says.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseRequirements, programFor } from "./apiSets";
import { installOffice, ROOT } from "./helpers";
import { DECLARED_EXCEL_API, EXCEL_API_FOR, supportsExcelApi } from "../../src/excel/requirements";

const EXCEL_DIR = path.join(ROOT, "src/excel");
const files = readdirSync(EXCEL_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(EXCEL_DIR, f));
const CASES = path.join(__dirname, "fixtures/requirements-cases.ts");
const program = programFor(ROOT, [...files, CASES]);

test("the manifest declares ExcelApi 1.1 as the minimum, as the adapter assumes", () => {
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).toMatch(
    new RegExp(`<Set Name="ExcelApi" MinVersion="${DECLARED_EXCEL_API.replace(".", "\\.")}"`),
  );
});

test("the analysis catches unguarded, under-guarded, indirect and in-callback uses, and accepts guards", () => {
  const { violations } = analyseRequirements(program, [CASES], DECLARED_EXCEL_API);
  expect([...violations].sort()).toEqual(
    [
      "requirements-cases.ts:inCallback → ExcelApi 1.13",
      "requirements-cases.ts:indirect → ExcelApi 1.7",
      "requirements-cases.ts:loadPath → ExcelApi 1.2",
      "requirements-cases.ts:tooLowGuard → ExcelApi 1.6",
      "requirements-cases.ts:unguarded → ExcelApi 1.6",
    ].sort(),
  );
});

test("src/excel: no public function needs more than the declared ExcelApi 1.1 without a guard", () => {
  const { uses, violations, requires } = analyseRequirements(
    program,
    files,
    DECLARED_EXCEL_API,
    path.join(EXCEL_DIR, "index.ts"),
  );
  expect(violations).toEqual([]);
  // The analysis saw the adapter's calls, the newer ones among them, each under a guard at least as high.
  expect(uses.length).toBeGreaterThan(100);
  const above = uses.filter((u) => u.version !== DECLARED_EXCEL_API);
  const seen = new Set(above.map((u) => u.member));
  for (const member of [
    "Range.getMergedAreasOrNullObject",
    "Workbook.settings",
    "Range.conditionalFormats",
    "Application.suspendApiCalculationUntilNextSync",
    "Worksheet.freezePanes",
    "Worksheet.pageLayout",
    "Workbook.protection",
    "Worksheet.protection",
    "Range.merge",
    "RangeFormat.columnWidth",
    // through load paths
    "ConditionalFormat.customOrNullObject",
    "RangeAreas.areas",
  ])
    expect(seen).toContain(member);
  // Every newer set used is one the adapter documents (EXCEL_API_FOR / docs/install-section.md).
  const documented = new Set<string>([DECLARED_EXCEL_API, "1.2", ...Object.values(EXCEL_API_FOR)]);
  for (const use of uses) expect(documented.has(use.version) || use.version === "1.9").toBe(true);
  // The public entry points: reading needs nothing beyond 1.1; writing and highlighting check at run time.
  expect(requires.get("readWorkbook.ts:readWorkbook")).toBe("1.1");
  expect(requires.get("writeReport.ts:writeReport")).toBe("1.1");
  expect(requires.get("highlights.ts:applyHighlights")).toBe("1.1");
  // …while their helpers do need the newer sets (so the guards are what keeps them at 1.1).
  expect(requires.get("sheetSteps.ts:pageSetup")).toBe("1.9");
  expect(requires.get("highlights.ts:loadRules")).toBe("1.6");
  expect(requires.get("sheetSteps.ts:sheetSteps")).toBe("1.2");
}, 60_000);

test("supportsExcelApi answers what Office.context.requirements says, and false outside Office", () => {
  expect(supportsExcelApi("1.4")).toBe(false);
  const restore = installOffice("1.7");
  try {
    expect(supportsExcelApi("1.4")).toBe(true);
    expect(supportsExcelApi("1.7")).toBe(true);
    expect(supportsExcelApi("1.9")).toBe(false);
    expect(supportsExcelApi("1.13")).toBe(false);
  } finally {
    restore();
  }
});
