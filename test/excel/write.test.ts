/**
 * writeReport on hand-built plans (what each plan feature becomes in Excel), the request's shape (whole
 * arrays, one range per style area: operations grow with areas, not cells), and the full flow on every
 * fixture workbook with the score sheets' cells unchanged.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ReportPlan, SheetPlan } from "../../src/core/plan";
import { createSimulator, snapshotSheet } from "../../src/preview/simulator";
import { applyHighlights, writeReport } from "../../src/excel";
import { columnWidthPoints, formulaCell } from "../../src/excel/sheetSteps";
import { ROOT, installOffice, loadHaiDuong2020, readAndPlan, workbookFromXlsx } from "./helpers";

let restore: () => void;
beforeEach(() => {
  restore = installOffice();
});
afterEach(() => restore());

function sheetPlan(rows: number, overrides: Partial<SheetPlan> = {}): SheetPlan {
  const values: SheetPlan["values"] = [
    ["Mã", "Tên", "Điểm", "Ghi chú"],
    ...Array.from({ length: rows }, (_, i) => [
      `0${i + 1}`,
      `Đơn vị ${i + 1}`,
      80 + (i % 10),
      i === 0 ? { formula: "=C2*2", result: 160 } : i === 1 ? "=không phải công thức" : null,
    ]),
  ];
  return {
    kind: "ranking",
    name: "Xếp hạng 2021",
    values,
    styles: [
      {
        area: { top: 0, left: 0, bottom: 0, right: 3 },
        style: { bold: true, fill: "#F2F2F2", border: "thin" },
      },
      {
        area: { top: 1, left: 0, bottom: rows, right: 0 },
        style: { numberFormat: "@", horizontal: "center" },
      },
      { area: { top: 1, left: 2, bottom: rows, right: 2 }, style: { numberFormat: "0.00", border: "thin" } },
    ],
    merges: [],
    columnWidths: [6, 30, 10, 10],
    rowHeights: [{ row: 0, height: 30 }],
    font: { name: "Times New Roman", size: 12 },
    freeze: { rows: 1, columns: 2 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { top: 0, bottom: 0 },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      breaksBefore: [],
    },
    charts: [
      {
        name: "Điểm",
        type: "columnClustered",
        title: "Điểm theo đơn vị",
        data: { top: 0, left: 1, bottom: Math.min(rows, 10), right: 2 },
        position: { top: 1, left: 5, bottom: 15, right: 12 },
      },
    ],
    ...overrides,
  };
}

function plan(rows: number): ReportPlan {
  return { year: 2021, sheets: [sheetPlan(rows)], marker: "CCHC.report.v1:test" };
}

test("a hand-built plan: text stays text, formulas are formulas, formats, widths, print setup, chart", async () => {
  const sim = createSimulator({ "Bảng điểm": [["x"]] });
  const result = await sim.run((context) =>
    writeReport(context, plan(3), { "Xếp hạng 2021": { action: "create" } }),
  );
  expect(result.syncs).toBe(2);
  const snap = snapshotSheet(sim.state, "Xếp hạng 2021");
  expect(snap.cells.A2).toMatchObject({ value: "01", numberFormat: "@" });
  expect(snap.cells.D2).toMatchObject({ formula: "=C2*2" });
  expect(snap.cells.D3.value).toBe("=không phải công thức");
  expect(snap.cells.D3.formula).toBeUndefined();
  expect(snap.cells.C2).toMatchObject({ value: 80, numberFormat: "0.00" });
  expect(snap.cells.A1.style).toMatchObject({ fontBold: true, fillColor: "#F2F2F2" });
  expect(snap.borders).toBeGreaterThan(0);
  expect(snap.columnWidths).toEqual({
    "0": columnWidthPoints(6),
    "1": columnWidthPoints(30),
    "2": 56.25,
    "3": 56.25,
  });
  expect(snap.rowHeights).toEqual({ "0": 30 });
  expect(snap.freeze).toEqual({ rows: 1, columns: 2 });
  expect(snap.charts).toBe(1);
  const sheet = sim.state.sheets[1];
  expect(sheet.charts[0]).toMatchObject({
    name: "Điểm",
    chartType: "ColumnClustered",
    title: "Điểm theo đơn vị",
  });
  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    topMargin: 54,
    leftMargin: 36,
    printTitleRows: { top: 0, bottom: 0 },
  });
  expect(result.skipped).toEqual([]);
});

test("page breaks by group where Excel has them (ExcelApi 1.9), said as left out only where it has not", async () => {
  const withBreaks: ReportPlan = {
    year: 2021,
    sheets: [{ ...sheetPlan(12), print: { ...sheetPlan(12).print, breaksBefore: [5, 9, 5, 0] } }],
    marker: "CCHC.report.v1:test",
  };
  const decisions = { "Xếp hạng 2021": { action: "create" } } as const;
  const sim = createSimulator({ "Bảng điểm": [["x"]] });
  const result = await sim.run((context) => writeReport(context, withBreaks, decisions));
  expect(result.syncs).toBe(2);
  expect(result.skipped).toEqual([]);
  // Before 0-based rows 5 and 9 (row 0 cannot take a break; a repeated row is one break).
  expect(snapshotSheet(sim.state, "Xếp hạng 2021").horizontalPageBreaks).toEqual([5, 9]);
  restore();
  restore = installOffice("1.8");
  const old = createSimulator({ "Bảng điểm": [["x"]] });
  const older = await old.run((context) => writeReport(context, withBreaks, decisions));
  expect(older.skipped).toEqual(["pageLayout", "pageBreaks"]);
  expect(snapshotSheet(old.state, "Xếp hạng 2021").horizontalPageBreaks).toEqual([]);
  // Without breaks in the plan, nothing about them is said even on an older Excel.
  const none = await createSimulator({ "Bảng điểm": [["x"]] }).run((context) =>
    writeReport(context, plan(3), decisions),
  );
  expect(none.skipped).toEqual(["pageLayout"]);
});

test("row heights: the estimate everywhere, then Excel's autofit on rows without merged wrapped text; the footer", async () => {
  const sim = createSimulator({ "Bảng điểm": [["x"]] });
  const long = "Người đứng đầu xếp loại “Hoàn thành nhiệm vụ”; Tụt 4 bậc so với năm trước; Đứng cuối khối";
  const sheet = sheetPlan(2, {
    values: [
      ["Tiêu đề rất dài được gộp qua bốn cột để kiểm tra chiều cao ước tính của dòng", null, null, null],
      ["01", long, 80, null],
      ["02", "Đơn vị 2", 81, null],
    ],
    styles: [{ area: { top: 0, left: 0, bottom: 1, right: 3 }, style: { wrap: true } }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [6, 12, 10, 10],
    rowHeights: [
      { row: 0, height: 40, autofit: false },
      { row: 1, height: 80, autofit: true },
    ],
    print: { ...sheetPlan(1).print, footer: "Trang &P/&N" },
    charts: [],
  });
  await sim.run((context) =>
    writeReport(
      context,
      { year: 2021, sheets: [sheet], marker: "CCHC.report.v1:test" },
      {
        "Xếp hạng 2021": { action: "create" },
      },
    ),
  );
  const snap = snapshotSheet(sim.state, "Xếp hạng 2021");
  // The merged title keeps its estimate; the unit row is measured by (simulated) Excel, not left at 80.
  expect(snap.rowHeights["0"]).toBe(40);
  expect(snap.rowHeights["1"]).toBeGreaterThan(15);
  expect(snap.rowHeights["1"]).not.toBe(80);
  const operations = sim.syncLog.flatMap((s) => s.operations.map((o) => JSON.stringify(o)));
  expect(operations.filter((o) => o.includes("autofitRows"))).toHaveLength(1);
  expect(sim.state.sheets[1].pageLayout.centerFooter).toBe("Trang &P/&N");
});

test("column widths: characters to points through 7-px digits and 5 px padding (8.43 → 48 pt, Excel's default)", () => {
  expect(columnWidthPoints(8.43)).toBe(48);
  expect(columnWidthPoints(10)).toBe(56.25);
  expect(columnWidthPoints(0)).toBe(0);
  expect(formulaCell("12")).toBe("'12");
  expect(formulaCell("TRUE")).toBe("'TRUE");
  expect(formulaCell("Phường 1")).toBe("Phường 1");
  expect(formulaCell({ formula: "SUM(A1:A2)", result: 3 })).toBe("=SUM(A1:A2)");
  expect(formulaCell(Number.NaN)).toBeNull();
});

test("operations grow with style areas, not with cells: 30 rows and 3,000 rows cost the same number", async () => {
  const count = async (rows: number) => {
    const sim = createSimulator({ "Bảng điểm": [["x"]] });
    await sim.run((context) => writeReport(context, plan(rows), { "Xếp hạng 2021": { action: "create" } }));
    return sim.syncLog.reduce((n, s) => n + s.operations.length, 0);
  };
  expect(await count(3000)).toBe(await count(30));
});

test("decisions as a function; an undecided sheet writes nothing", async () => {
  const sim = createSimulator({ "Bảng điểm": [["x"]] });
  await expect(sim.run((context) => writeReport(context, plan(3), {}))).rejects.toMatchObject({
    failure: "consentNeeded",
  });
  expect(sim.syncCount).toBe(0);
  await sim.run((context) =>
    writeReport(context, plan(3), () => ({ action: "rename", name: "Xếp hạng (mới)" })),
  );
  expect(sim.state.sheets.map((s) => s.name)).toEqual(["Bảng điểm", "Xếp hạng (mới)"]);
});

test("the whole flow on every fixture that holds a score table: report written in 2 syncs, score sheets unchanged", async () => {
  await loadHaiDuong2020();
  const dir = path.join(ROOT, "test/fixtures");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".xlsx"));
  let written = 0;
  for (const file of files) {
    let state;
    try {
      state = await workbookFromXlsx(`test/fixtures/${file}`);
    } catch {
      continue; // not a readable workbook
    }
    const sim = createSimulator(state);
    const names = sim.state.sheets.map((s) => s.name);
    const before = names.map((name) => snapshotSheet(sim.state, name));
    let flow;
    try {
      flow = await readAndPlan(sim, undefined);
    } catch {
      continue; // no score table (the core's own tests cover why)
    }
    await sim.run((context) => writeReport(context, flow.plan, flow.decisions));
    expect(sim.lastRunSyncCount).toBe(2);
    expect(names.map((name) => snapshotSheet(sim.state, name))).toEqual(before);
    if (flow.highlights.areas.length > 0) {
      const highlights = flow.highlights;
      await sim.run((context) => applyHighlights(context, highlights));
      expect(sim.lastRunSyncCount).toBe(2);
      expect(names.map((name) => snapshotSheet(sim.state, name).cells)).toEqual(before.map((b) => b.cells));
    }
    written++;
  }
  expect(written).toBeGreaterThanOrEqual(8);
}, 120_000);
