/**
 * The whole pane path on the Excel simulator, on the Hải Dương 2021 example (30 units): read → analyse →
 * plan → write the report sheets → highlight → clear, with the syncs each step costs and the score sheet's
 * values and formulas unchanged throughout; re-runs, consent, roll-back, protection and name collisions.
 */
import { createSimulator, snapshotSheet, type Simulator } from "../../src/preview/simulator";
import {
  ExcelAdapterError,
  applyHighlights,
  clearHighlights,
  readWorkbook,
  writeReport,
  type SheetDecision,
} from "../../src/excel";
import { installOffice, loadHaiDuong2020, readAndPlan, sheetNames, workbookFromXlsx } from "./helpers";

beforeAll(async () => {
  await loadHaiDuong2020();
});

const SCORE = "Chỉ số CCHC 2021";
let restore: () => void;
beforeEach(() => {
  restore = installOffice();
});
afterEach(() => restore());

async function simulator(): Promise<Simulator> {
  return createSimulator(await workbookFromXlsx("examples/hai-duong-2021.xlsx"));
}

async function failure(promise: Promise<unknown>): Promise<ExcelAdapterError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExcelAdapterError) return error;
    throw error;
  }
  throw new Error("expected an ExcelAdapterError");
}

test("30 units: read 1 sync, write 2, highlight 2, clear 2; the score sheet's cells never change", async () => {
  const sim = await simulator();
  const before = snapshotSheet(sim.state, SCORE);
  const { readSyncs, analysis, plan, highlights, decisions } = await readAndPlan(sim);
  expect(readSyncs).toBe(1);
  expect(analysis.units.length).toBe(30);
  expect(decisions.every((d) => d.action === "create")).toBe(true);

  const result = await sim.run((context) => writeReport(context, plan, decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(result.syncs).toBe(2);
  expect(sim.syncLog[sim.syncLog.length - 2].calculationSuspended).toBe(true);
  expect(sheetNames(sim.state)).toEqual([SCORE, ...plan.sheets.map((s) => s.name)]);
  expect(snapshotSheet(sim.state, SCORE)).toEqual(before);

  expect(highlights.areas.some((a) => a.kind === "droppedRow")).toBe(true);
  expect(highlights.areas.some((a) => a.kind === "belowThreshold")).toBe(true);
  await sim.run((context) => applyHighlights(context, highlights));
  expect(sim.lastRunSyncCount).toBe(2);
  const highlighted = snapshotSheet(sim.state, SCORE);
  expect(highlighted.cells).toEqual(before.cells);
  expect(highlighted.conditionalFormats.length).toBeGreaterThan(0);

  const cleared = await sim.run((context) => clearHighlights(context, [SCORE]));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(cleared.removed).toBe(highlighted.conditionalFormats.length);
  expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
});

test("the written sheets: values, fonts, widths in points, merges, freeze panes, A4 landscape fit to width, charts, marker", async () => {
  const sim = await simulator();
  const { plan, decisions } = await readAndPlan(sim);
  const result = await sim.run((context) => writeReport(context, plan, decisions));
  for (const [i, sheetPlan] of plan.sheets.entries()) {
    const sheet = sim.state.sheets.find((s) => s.name === sheetPlan.name);
    if (sheet === undefined) throw new Error(`missing ${sheetPlan.name}`);
    expect(sheet.id).toBe(result.sheets[i].id);
    expect(sheet.sheetStyle.fontName).toBe(sheetPlan.font.name);
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.pageLayout.paperSize).toBe("A4");
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    if (sheetPlan.print.titleRows)
      expect(sheet.pageLayout.printTitleRows?.top).toBe(sheetPlan.print.titleRows.top);
    expect(sheet.freeze).toEqual(sheetPlan.freeze);
    expect(sheet.merges.length).toBe(sheetPlan.merges.length);
    expect(sheet.charts.length).toBe(sheetPlan.charts.length);
    sheetPlan.columnWidths.forEach((width, column) => {
      if (width > 0) expect(sheet.columnWidths.get(column)).toBe((Math.round(width * 7 + 5) * 3) / 4);
    });
    // Every plain value of the plan is in its cell (merged-away cells aside).
    sheetPlan.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || typeof value === "object") return;
        if (
          sheetPlan.merges.some(
            (m) =>
              r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
          )
        )
          return;
        // Excel stores "" as an empty cell.
        expect(sheet.cells.get(r * 16_384 + c)?.value ?? null).toEqual(value === "" ? null : value);
      }),
    );
  }
  const marker = JSON.parse(sim.state.settings.get("CCHC.reportSheets") as string);
  expect(marker.sheets.map((m: { name: string }) => m.name)).toEqual(plan.sheets.map((s) => s.name));
  expect(marker.sheets.every((m: { marker: string }) => m.marker === plan.marker)).toBe(true);
});

test("a re-run replaces the add-in's unedited sheets in 2 syncs; the read sees them as its own", async () => {
  const sim = await simulator();
  const first = await readAndPlan(sim);
  await sim.run((context) => writeReport(context, first.plan, first.decisions));
  const names = sheetNames(sim.state);
  const second = await readAndPlan(sim);
  expect(second.snapshot.reportSheets.map((r) => [r.name, r.edited])).toEqual(
    first.plan.sheets.map((s) => [s.name, false]),
  );
  expect(second.snapshot.grids.map((g) => g.sheet)).toEqual([SCORE]);
  expect(second.decisions.every((d) => d.action === "replace")).toBe(true);
  // The re-read knows the sheets from the last read: one sync.
  await sim.run((context) => readWorkbook(context, { previous: second.snapshot }));
  expect(sim.lastRunSyncCount).toBe(1);
  const result = await sim.run((context) => writeReport(context, second.plan, second.decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(result.sheets.every((s) => s.replaced)).toBe(true);
  expect(sheetNames(sim.state)).toEqual(names);
  const marker = JSON.parse(sim.state.settings.get("CCHC.reportSheets") as string);
  expect(marker.sheets).toHaveLength(first.plan.sheets.length);
});

test("an edited report sheet needs consent: 'ask' writes nothing; the user's answer is honoured", async () => {
  const sim = await simulator();
  const first = await readAndPlan(sim);
  await sim.run((context) => writeReport(context, first.plan, first.decisions));
  const ranking = first.plan.sheets[0].name;
  sim.state.sheets.find((s) => s.name === ranking)?.cells.set(5 * 16_384 + 1, { value: "sửa tay" });
  const second = await readAndPlan(sim);
  expect(second.snapshot.reportSheets.find((r) => r.name === ranking)?.edited).toBe(true);
  const ask = second.decisions.find((d) => d.planned === ranking);
  expect(ask?.action).toBe("ask");
  const before = sim.syncCount;
  const refused = await failure(sim.run((context) => writeReport(context, second.plan, second.decisions)));
  expect(refused.failure).toBe("consentNeeded");
  expect(refused.message).toContain(ranking);
  expect(sim.syncCount).toBe(before);
  // The user declines: the edited sheet stays, the new one goes beside it.
  const declined = second.decisions.map((d): SheetDecision & { planned: string } =>
    d.action === "ask" ? { planned: d.planned, action: "rename", name: d.alternative } : d,
  );
  await sim.run((context) => writeReport(context, second.plan, declined));
  expect(sheetNames(sim.state)).toContain(`${ranking} (2)`);
  expect(sim.state.sheets.find((s) => s.name === ranking)?.cells.get(5 * 16_384 + 1)?.value).toBe("sửa tay");
});

test("Excel refusing a write mid-way (the user is editing a cell): no report sheet is left, the message says to retry", async () => {
  const sim = await simulator();
  const { plan, decisions } = await readAndPlan(sim);
  const names = sheetNames(sim.state);
  const settings = new Map(sim.state.settings);
  sim.injectFailure({ code: "InvalidOperationInCellEditMode", atOperation: 60 });
  const error = await failure(sim.run((context) => writeReport(context, plan, decisions)));
  expect(error.failure).toBe("cellEditMode");
  expect(error.outcome).toBe("rolledBack");
  expect(error.retryable).toBe(true);
  expect(error.message).toMatch(/sửa ô.*Enter.*bấm lại/);
  expect(error.messageIn("en")).toMatch(/finish editing the cell/);
  expect(sheetNames(sim.state)).toEqual(names);
  expect(sim.state.settings).toEqual(settings);
  // Retrying works.
  await sim.run((context) => writeReport(context, plan, decisions));
  expect(sheetNames(sim.state)).toHaveLength(names.length + plan.sheets.length);
});

test("a failure in the final request of a re-run restores the old report sheets under their names", async () => {
  const sim = await simulator();
  const first = await readAndPlan(sim);
  await sim.run((context) => writeReport(context, first.plan, first.decisions));
  const ranking = first.plan.sheets[0].name;
  const oldRanking = snapshotSheet(sim.state, ranking);
  const names = sheetNames(sim.state);
  const second = await readAndPlan(sim);
  sim.injectFailure({ code: "GeneralException", afterSyncs: 1, atOperation: 3 });
  const error = await failure(sim.run((context) => writeReport(context, second.plan, second.decisions)));
  expect(error.failure).toBe("excel");
  expect(error.outcome).toBe("rolledBack");
  expect(sheetNames(sim.state).sort()).toEqual([...names].sort());
  expect(snapshotSheet(sim.state, ranking)).toEqual(oldRanking);
});

test("a protected workbook structure: a clear message, nothing half-written", async () => {
  const sim = await simulator();
  sim.state.structureProtection = { protected: true };
  const { snapshot, plan, decisions } = await readAndPlan(sim);
  expect(snapshot.structureProtected).toBe(true);
  const error = await failure(sim.run((context) => writeReport(context, plan, decisions)));
  expect(error.failure).toBe("structureProtected");
  expect(error.outcome).toBe("nothingWritten");
  expect(error.message).toContain("bảo vệ cấu trúc");
  expect(sheetNames(sim.state)).toEqual([SCORE]);
});

test("a protected score sheet: reports are written; highlighting says so and changes nothing", async () => {
  const sim = await simulator();
  const score = sim.state.sheets[0];
  score.protection = { protected: true, options: {} };
  const before = snapshotSheet(sim.state, SCORE);
  const { snapshot, plan, decisions, highlights } = await readAndPlan(sim);
  expect(snapshot.sheets[0].protected).toBe(true);
  await sim.run((context) => writeReport(context, plan, decisions));
  expect(sheetNames(sim.state)).toHaveLength(1 + plan.sheets.length);
  const error = await failure(sim.run((context) => applyHighlights(context, highlights)));
  expect(error.failure).toBe("sheetProtected");
  expect(error.message).toContain(SCORE);
  expect(sim.lastRunSyncCount).toBe(1);
  expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
});

test("a user's sheet with a report sheet's name is never touched: the report goes beside it", async () => {
  const state = await workbookFromXlsx("examples/hai-duong-2021.xlsx");
  const sim = createSimulator(state);
  const { plan } = await readAndPlan(sim);
  const taken = plan.sheets[0].name;
  await sim.run(async (context) => {
    context.workbook.worksheets.add(taken).getRange("A1:B2").values = [
      ["của tôi", 1],
      [2, 3],
    ];
    await context.sync();
  });
  const mine = snapshotSheet(sim.state, taken);
  const { plan: again, decisions } = await readAndPlan(sim);
  expect(decisions[0]).toMatchObject({ action: "rename", name: `${taken} (2)` });
  await sim.run((context) => writeReport(context, again, decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(snapshotSheet(sim.state, taken)).toEqual(mine);
  expect(sheetNames(sim.state)).toContain(`${taken} (2)`);
});

test("highlighting twice equals once; clearing restores exactly, the user's own rules included", async () => {
  const sim = await simulator();
  // A rule of the user's (D8:D12 below 5 in green), which must survive.
  sim.state.sheets[0].conditionalFormats.push({
    id: "{user-rule}",
    type: "CellValue",
    ranges: [{ top: 7, left: 3, bottom: 11, right: 3 }],
    stopIfTrue: false,
    rule: { formula1: "5", operator: "LessThan" },
    format: { fillColor: "#00FF00" },
  });
  const before = snapshotSheet(sim.state, SCORE);
  const { highlights } = await readAndPlan(sim);
  await sim.run((context) => applyHighlights(context, highlights));
  const once = snapshotSheet(sim.state, SCORE);
  const again = await sim.run((context) => applyHighlights(context, highlights));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(again.removed).toBe(again.added);
  expect(snapshotSheet(sim.state, SCORE)).toEqual(once);
  const read = await readAndPlan(sim);
  expect(read.snapshot.highlightedSheets).toEqual([SCORE]);
  expect(read.snapshot.sheets[0].highlightRules).toBe(again.added);
  // Clear without names: the marker says where (one more sync).
  await sim.run((context) => clearHighlights(context));
  expect(sim.lastRunSyncCount).toBe(3);
  expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
  expect(sim.state.settings.has("CCHC.highlights")).toBe(false);
});

test("the two highlight styles differ, and below-threshold cells take precedence inside dropped rows", async () => {
  const sim = await simulator();
  const { highlights } = await readAndPlan(sim);
  await sim.run((context) => applyHighlights(context, highlights));
  const rules = sim.state.sheets[0].conditionalFormats;
  const kinds = rules.map((r) => String(r.rule.formula).match(/CCHC:(\w+)/)?.[1]);
  expect(new Set(kinds)).toEqual(new Set(["droppedRow", "belowThreshold"]));
  // Top priority first: every below-threshold rule ranks above every dropped-row rule.
  expect(kinds.lastIndexOf("belowThreshold")).toBeLessThan(kinds.indexOf("droppedRow"));
  const looks = new Set(rules.map((r) => JSON.stringify(r.format)));
  expect(looks.size).toBe(2);
});

test("a protected structure is recognised by asking the workbook, whatever code Excel's refusal carries", async () => {
  const sim = await simulator();
  sim.state.structureProtection = { protected: true };
  const { plan, decisions } = await readAndPlan(sim);
  sim.injectFailure({ code: "InvalidOperation", match: (op) => op.location === "WorksheetCollection.add" });
  const error = await failure(sim.run((context) => writeReport(context, plan, decisions)));
  expect(error.failure).toBe("structureProtected");
  expect(error.code).toBe("InvalidOperation");
  expect(sheetNames(sim.state)).toEqual([SCORE]);
});
