/**
 * createExcelGateway on the Excel simulator (global Excel / Office stand-ins), on Hải Dương 2021: read →
 * write the report → highlight → clear, each within the adapter's sync figures, with the score sheet's values
 * and formulas untouched; settings saved in the document; go to a unit's row; the ribbon's one-click report.
 */
import {
  createSimulator,
  installExcelGlobals,
  snapshotSheet,
  type Simulator,
} from "../../src/preview/simulator";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
import { createExcelGateway, PANE_STATE_KEY, SETTINGS_KEY } from "../../src/taskpane/gateway";
import { DEFAULT_PREFS } from "../../src/taskpane/prefs";
import { highlightPlanFor, planReportFor, resolveDecisions } from "../../src/taskpane/reportDraft";
import { analyseView, oneClickReport, type AnalysisReady } from "../../src/taskpane/workflow";
import { installOffice, workbookFromXlsx } from "../excel/helpers";

const SCORE = "Chỉ số CCHC 2021";
const NOW = new Date("2022-03-01T08:00:00Z");

let sim: Simulator;
const restore: (() => void)[] = [];

beforeEach(async () => {
  sim = createSimulator(await workbookFromXlsx("examples/hai-duong-2021.xlsx"));
  restore.push(installOffice("1.17"), installExcelGlobals(sim));
});

afterEach(() => {
  while (restore.length > 0) (restore.pop() as () => void)();
});

/**
 * Requests of the last Excel.run that carried operations. The simulator also counts Excel.run's closing
 * flush when only its own bookkeeping is queued (reading a loaded rule's customOrNullObject queues a
 * null-object resolve), which sends nothing.
 */
function requests(): number {
  const log = sim.syncLog;
  const run = log[log.length - 1]?.run;
  return log.filter((r) => r.run === run && r.operations.length > 0).length;
}

function ready(state: ReturnType<typeof analyseView>): AnalysisReady {
  if (!state.ok) throw state.error;
  return state;
}

describe("createExcelGateway on the simulator", () => {
  test("read → write the report → highlight → clear, within the adapter's syncs", async () => {
    const gateway = createExcelGateway();
    const before = snapshotSheet(sim.state, SCORE);

    const view = await gateway.readWorkbook();
    expect(requests()).toBe(1);
    expect(view.syncs).toBe(1);
    expect(view.activeSheet).toBe(SCORE);
    expect(view.saved).toBeNull();
    expect(view.can).toEqual({ saveSettings: true, writeReport: true, highlight: true });
    const state = ready(analyseView(view, DEFAULT_SETTINGS, DEFAULT_PREFS, null));
    expect(state.analysis.groups.map((g) => g.units)).toEqual([18, 12]);

    const draft = planReportFor(view, state, null, NOW);
    expect(draft.actions.map((a) => a.action)).toEqual(Array(5).fill("create"));
    const progress: string[] = [];
    const written = await gateway.writeReport(draft.plan, resolveDecisions(draft.actions, {}), (p) =>
      progress.push(`${p.stage}:${p.sheets}`),
    );
    expect(progress).toEqual(["writing:5", "done:5"]);
    expect(requests()).toBeLessThanOrEqual(2);
    expect(written.syncs).toBe(requests());
    expect(written.sheets.map((s) => s.name)).toEqual(draft.plan.sheets.map((s) => s.name));
    expect(sim.state.sheets.map((s) => s.name)).toEqual([SCORE, ...draft.plan.sheets.map((s) => s.name)]);

    // A re-read knows the add-in's sheets: a second report replaces them without asking.
    const again = await gateway.readWorkbook();
    expect(requests()).toBeLessThanOrEqual(2);
    expect(again.reportSheets.map((r) => [r.name, r.edited])).toEqual(
      draft.plan.sheets.map((s) => [s.name, false]),
    );
    expect(again.grids.map((g) => g.sheet)).toEqual([SCORE]);
    const redo = planReportFor(
      again,
      ready(analyseView(again, DEFAULT_SETTINGS, DEFAULT_PREFS, null)),
      null,
      NOW,
    );
    expect(redo.actions.map((a) => a.action)).toEqual(Array(5).fill("replace"));

    const plan = highlightPlanFor(state, "vi");
    const highlighted = await gateway.applyHighlights(plan);
    expect(requests()).toBeLessThanOrEqual(2);
    expect(highlighted.added).toBeGreaterThan(0);
    const marked = await gateway.readWorkbook();
    expect(requests()).toBe(1);
    expect(marked.highlightedSheets).toEqual([SCORE]);

    const cleared = await gateway.clearHighlights(marked.highlightedSheets);
    expect(requests()).toBeLessThanOrEqual(2);
    expect(cleared.removed).toBe(highlighted.added);
    expect((await gateway.readWorkbook()).highlightedSheets).toEqual([]);

    // Not one value, formula or format of the score sheet changed.
    expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
  });

  test("settings are kept in the document and read back with the workbook, at no extra sync", async () => {
    const gateway = createExcelGateway();
    await gateway.readWorkbook();
    const settings = parseSettings({ threshold: 80, attendees: { "Sở Y tế": "Chủ tịch UBND tỉnh" } });
    await gateway.saveSettings({ settings, pane: { ...DEFAULT_PREFS, language: "en" } });
    expect(requests()).toBe(1);
    expect(JSON.parse(sim.state.settings.get(SETTINGS_KEY) as string)).toMatchObject({ threshold: 80 });
    expect(JSON.parse(sim.state.settings.get(PANE_STATE_KEY) as string)).toMatchObject({ language: "en" });

    const fresh = createExcelGateway();
    const view = await fresh.readWorkbook();
    expect(requests()).toBe(1);
    expect(parseSettings(view.saved?.settings)).toEqual(settings);
    expect(view.saved?.pane).toMatchObject({ language: "en" });
  });

  test("goTo activates the sheet and selects the unit's row across the table, or its area", async () => {
    const gateway = createExcelGateway();
    sim.state.sheets.push({ ...sim.state.sheets[0], id: "other", name: "Khác", cells: new Map() } as never);
    sim.state.activeSheetId = "other";
    await gateway.goTo({ sheet: SCORE, row: 12, column: 2, toColumn: 12 });
    const score = sim.state.sheets.find((s) => s.name === SCORE);
    expect(sim.state.activeSheetId).toBe(score?.id);
    expect(sim.state.selection).toEqual({
      sheetId: score?.id,
      rect: { top: 11, left: 1, bottom: 11, right: 11 },
    });
    await gateway.goTo({ sheet: SCORE, row: 7, column: 3 });
    expect(sim.state.selection.rect).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
    // A unit's column (units across columns) or its scoring form: an area over several rows.
    await gateway.goTo({ sheet: SCORE, row: 8, toRow: 51, column: 5, toColumn: 5 });
    expect(sim.state.selection.rect).toEqual({ top: 7, left: 4, bottom: 50, right: 4 });
    await gateway.goTo({ sheet: SCORE, row: 5, toRow: 50, column: 1, toColumn: 5 });
    expect(sim.state.selection.rect).toEqual({ top: 4, left: 0, bottom: 49, right: 4 });
  });

  test("a failure comes back as the adapter's Vietnamese message", async () => {
    const gateway = createExcelGateway();
    await expect(gateway.goTo({ sheet: "Không có", row: 1 })).rejects.toMatchObject({
      name: "ExcelAdapterError",
      message: expect.stringMatching(/Excel/),
    });
    sim.injectFailure({ code: "InvalidOperationInCellEditMode" });
    await expect(gateway.readWorkbook()).rejects.toMatchObject({
      name: "ExcelAdapterError",
      message: expect.stringMatching(/chế độ sửa ô/),
    });
  });

  test("the ribbon's one-click report writes the 5 sheets with the saved settings, and asks nothing of the user", async () => {
    const gateway = createExcelGateway();
    await gateway.saveSettings({
      settings: parseSettings({ sendTo: "Văn phòng UBND tỉnh" }),
      pane: DEFAULT_PREFS,
    });
    const result = await oneClickReport(gateway, NOW);
    expect(result.kind).toBe("written");
    if (result.kind !== "written") return;
    expect(result.outcome.sheets).toHaveLength(5);
    expect(result.analysis.reviews.every((r) => r.sendTo === "Văn phòng UBND tỉnh")).toBe(true);
  });
});

describe("createExcelGateway on Excel without ExcelApi 1.4 (Office 2016 and older builds)", () => {
  test("settings go to Office.context.document.settings; the pane is told what this Excel cannot do", async () => {
    while (restore.length > 0) (restore.pop() as () => void)();
    const stored = new Map<string, unknown>();
    const saveAsync = jest.fn((done?: (r: { status: string }) => void) => done?.({ status: "succeeded" }));
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && Number(version ?? "1.1") <= 1.3,
        },
        document: {
          settings: {
            get: (key: string) => (stored.has(key) ? stored.get(key) : null),
            set: (key: string, value: unknown) => stored.set(key, value),
            saveAsync,
          },
        },
      },
    };
    restore.push(() => delete (globalThis as Record<string, unknown>).Office, installExcelGlobals(sim));
    const gateway = createExcelGateway();
    const view = await gateway.readWorkbook();
    expect(view.saved).toBeNull();
    expect(view.can).toEqual({ saveSettings: true, writeReport: false, highlight: false });
    await gateway.saveSettings({ settings: parseSettings({ threshold: 70 }), pane: DEFAULT_PREFS });
    expect(saveAsync).toHaveBeenCalledTimes(1);
    expect(stored.get(SETTINGS_KEY)).toMatchObject({ threshold: 70 });
    const again = await createExcelGateway().readWorkbook();
    expect(parseSettings(again.saved?.settings).threshold).toBe(70);
    // The report needs ExcelApi 1.4: the adapter says so in Vietnamese, and nothing is written.
    const state = ready(analyseView(again, DEFAULT_SETTINGS, DEFAULT_PREFS, null));
    const draft = planReportFor(again, state, null, NOW);
    await expect(gateway.writeReport(draft.plan, resolveDecisions(draft.actions, {}))).rejects.toMatchObject({
      message: expect.stringMatching(/ExcelApi 1\.4/),
    });
    expect(sim.state.sheets).toHaveLength(1);
  });
});
