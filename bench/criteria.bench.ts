/**
 * Figures of criteria as rows (issue 8 d, e): detect + analyse a sheet with 3,000 unit columns (units across
 * columns, 36 criteria rows) and a workbook of 30 per-unit scoring forms, from grids as the .xlsx reader gives them.
 */
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { makeCriteriaWorkbook } from "../test/fixtures/lib/criteria";
import { report, time } from "./measure";

async function gridsOf(layout: "columns" | "forms", units: number) {
  const book = await readWorkbook(await makeCriteriaWorkbook(layout, units));
  return book.sheets.map((s) => book.grid(s.name));
}

export async function benchCriteria(): Promise<void> {
  const across = await gridsOf("columns", 3_000);
  const n = analyseWorkbook({ grids: across, settings: DEFAULT_SETTINGS }).units.length;
  const acrossMs = time(() => analyseWorkbook({ grids: across, settings: DEFAULT_SETTINGS }), 15);
  report({
    name: `Detect + analyse units across columns, ${n.toLocaleString("en")} unit columns`,
    medianMs: acrossMs,
    target: "≤ 200 ms",
    ok: acrossMs <= 200,
  });
  const forms = await gridsOf("forms", 30);
  const f = analyseWorkbook({ grids: forms, settings: DEFAULT_SETTINGS }).units.length;
  const formsMs = time(() => analyseWorkbook({ grids: forms, settings: DEFAULT_SETTINGS }), 15);
  report({
    name: `Detect + analyse a workbook of ${f} per-unit scoring forms`,
    medianMs: formsMs,
    target: "≤ 300 ms",
    ok: formsMs <= 300,
  });
}
