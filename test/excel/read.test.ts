/**
 * readWorkbook on the simulator: the same Grids as the .xlsx reader for every fixture workbook (values,
 * error cells, merges, number formats, top-left), sync counts for first reads and re-reads, hidden and empty
 * sheets, and what an Excel with only ExcelApi 1.1 gets.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { createSimulator } from "../../src/preview/simulator";
import { ExcelAdapterError, applyHighlights, readWorkbook, writeReport } from "../../src/excel";
import { readWorkbook as readXlsx } from "../../src/xlsx/readWorkbook";
import type { Grid } from "../../src/core/grid";
import { ROOT, installOffice, readAndPlan, sheetNames, workbookFromXlsx } from "./helpers";

let restore: () => void = () => undefined;
afterEach(() => restore());

const byPosition = (a: { top: number; left: number }, b: { top: number; left: number }) =>
  a.top - b.top || a.left - b.left;

function comparable(grid: Grid) {
  return { ...grid, merges: [...grid.merges].sort(byPosition) };
}

async function xlsxGrids(file: string): Promise<Grid[] | null> {
  try {
    const book = await readXlsx(await readFile(path.join(ROOT, file)));
    return book.sheets.map((s) => book.grid(s.name));
  } catch {
    return null; // not a readable workbook: the .xlsx reader's own tests cover it
  }
}

test("every fixture workbook reads into the same Grids as the .xlsx reader gives", async () => {
  restore = installOffice();
  const dir = path.join(ROOT, "test/fixtures");
  const files = [
    "examples/hai-duong-2020.xlsx",
    "examples/hai-duong-2021.xlsx",
    ...(await readdir(dir)).filter((f) => f.endsWith(".xlsx")).map((f) => `test/fixtures/${f}`),
  ];
  let compared = 0;
  for (const file of files) {
    const expected = await xlsxGrids(file);
    if (expected === null) continue;
    const sim = createSimulator(await workbookFromXlsx(file));
    const snapshot = await sim.run((context) => readWorkbook(context));
    expect(sim.lastRunSyncCount).toBe(expected.length > 1 ? 2 : 1);
    expect(snapshot.syncs).toBe(sim.lastRunSyncCount);
    expect(snapshot.grids.map(comparable)).toEqual(expected.map(comparable));
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(12);
}, 60_000);

test("error cells, booleans, hidden and empty sheets; a re-read with the last read costs one sync", async () => {
  restore = installOffice();
  const sim = createSimulator({
    "Bảng điểm": {
      values: [
        ["Đơn vị", "Điểm", "Chỉ số", "Đạt"],
        ["Phường A", 80, "#N/A", true],
        ["Phường B", "#DIV/0!", 0.9, false],
      ],
      numberFormats: { "C2:C3": "0.00%" },
      merges: ["A5:B5"],
    },
    Trống: [],
    Ẩn: { values: [["năm trước"]], visibility: "Hidden" },
  });
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Bảng điểm").getRange("A5").values = [["ghi chú"]];
    await context.sync();
  });
  const snapshot = await sim.run((context) => readWorkbook(context));
  expect(sim.lastRunSyncCount).toBe(2);
  const [score, empty, hidden] = snapshot.grids;
  expect(score.values).toEqual([
    ["Đơn vị", "Điểm", "Chỉ số", "Đạt"],
    ["Phường A", 80, { error: "#N/A" }, true],
    ["Phường B", { error: "#DIV/0!" }, 0.9, false],
    [null, null, null, null],
    ["ghi chú", null, null, null],
  ]);
  expect(score.numberFormats?.[1][2]).toBe("0.00%");
  expect(score.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 2 }]);
  expect(empty).toEqual({ sheet: "Trống", top: 1, left: 1, values: [], merges: [], numberFormats: [] });
  expect(hidden.values).toEqual([["năm trước"]]);
  expect(snapshot.sheets.map((s) => [s.name, s.visibility, s.empty])).toEqual([
    ["Bảng điểm", "visible", false],
    ["Trống", "visible", true],
    ["Ẩn", "hidden", false],
  ]);
  expect(snapshot.activeSheet).toBe("Bảng điểm");
  expect(snapshot).toMatchObject({ structureProtected: false, mergesKnown: true, markersKnown: true });

  const again = await sim.run((context) => readWorkbook(context, { previous: snapshot }));
  expect(sim.lastRunSyncCount).toBe(1);
  expect(again.grids).toEqual(snapshot.grids);

  // A sheet renamed since the last read: read afresh.
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem("Ẩn").name = "Năm trước";
    await context.sync();
  });
  const renamed = await sim.run((context) => readWorkbook(context, { previous: snapshot }));
  expect(renamed.grids.map((g) => g.sheet)).toEqual(["Bảng điểm", "Trống", "Năm trước"]);
});

test("a sheet the user added since the last read is read in a second sync", async () => {
  restore = installOffice();
  const sim = createSimulator({ A: [[1]] });
  const first = await sim.run((context) => readWorkbook(context));
  expect(sim.lastRunSyncCount).toBe(1);
  await sim.run(async (context) => {
    context.workbook.worksheets.add("B").getRange("B2").values = [[2]];
    await context.sync();
  });
  const second = await sim.run((context) => readWorkbook(context, { previous: first }));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(second.grids.map((g) => [g.sheet, g.top, g.left, g.values])).toEqual([
    ["A", 1, 1, [[1]]],
    ["B", 2, 2, [[2]]],
  ]);
});

test("ExcelApi 1.1 only: reading works without merges, markers or protection; writing and highlighting say what they need", async () => {
  restore = installOffice("1.1");
  const sim = createSimulator(await workbookFromXlsx("examples/hai-duong-2021.xlsx"));
  const snapshot = await sim.run((context) => readWorkbook(context));
  expect(sim.lastRunSyncCount).toBe(1);
  expect(snapshot).toMatchObject({ mergesKnown: false, markersKnown: false, structureProtected: null });
  expect(snapshot.sheets[0].protected).toBeNull();
  expect(snapshot.grids[0].merges).toEqual([]);
  const expected = (await xlsxGrids("examples/hai-duong-2021.xlsx")) as Grid[];
  expect(snapshot.grids[0].values).toEqual(expected[0].values);
  // Nothing above ExcelApi 1.1 was called: the simulator logged no such operation.
  const locations = new Set(sim.syncLog.flatMap((s) => s.operations.map((o) => o.location)));
  for (const location of locations)
    expect(location).not.toMatch(/OrNullObject|conditionalFormats|protection/i);

  restore();
  restore = installOffice();
  const { plan, decisions, highlights } = await readAndPlan(sim);
  restore();
  restore = installOffice("1.3");
  const before = sim.syncCount;
  const write = await sim.run((context) => writeReport(context, plan, decisions)).catch((e: unknown) => e);
  expect(write).toBeInstanceOf(ExcelAdapterError);
  expect((write as ExcelAdapterError).message).toContain("ExcelApi 1.4");
  expect((write as ExcelAdapterError).messageIn("en")).toContain("writing the report sheets");
  const highlight = await sim.run((context) => applyHighlights(context, highlights)).catch((e: unknown) => e);
  expect((highlight as ExcelAdapterError).message).toContain("ExcelApi 1.6");
  expect(sim.syncCount).toBe(before);
  expect(sheetNames(sim.state)).toHaveLength(1);
});

test("ExcelApi 1.6: the report is written without freeze panes and print setup, and says so", async () => {
  restore = installOffice();
  const sim = createSimulator(await workbookFromXlsx("examples/hai-duong-2021.xlsx"));
  const { plan, decisions } = await readAndPlan(sim);
  restore();
  restore = installOffice("1.6");
  const result = await sim.run((context) => writeReport(context, plan, decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(result.skipped).toEqual(expect.arrayContaining(["freezePanes", "pageLayout"]));
  const ranking = sim.state.sheets.find((s) => s.name === plan.sheets[0].name);
  expect(ranking?.pageLayout.orientation).toBe("Portrait");
  expect(ranking?.freeze).toEqual({ rows: 0, columns: 0 });
});
