/**
 * Scale on the simulator: 3,321 units (every commune-level unit of Vietnam) and a workbook of 200 sheets
 * cost the same syncs as 30 units; past the request limit the write spreads over more requests, each under it.
 */
import { makeLargeWorkbook } from "../fixtures/lib/large";
import {
  SimulatorCore,
  createSimulator,
  snapshotSheet,
  type SimulatorOptions,
  type WorkbookState,
} from "../../src/preview/simulator";
import { applyHighlights, clearHighlights, readWorkbook, writeReport } from "../../src/excel";
import { installOffice, readAndPlan, sheetNames, workbookFromXlsx } from "./helpers";

let restore: () => void;
beforeEach(() => {
  restore = installOffice();
});
afterEach(() => restore());

let large: WorkbookState;
beforeAll(async () => {
  large = await workbookFromXlsx((await makeLargeWorkbook(3321)).bytes);
}, 60_000);

/** A simulator on a deep copy of the large workbook (built once: generating it takes a while). */
function largeSimulator(options?: SimulatorOptions): SimulatorCore {
  return new SimulatorCore(structuredClone(large), options);
}

test("3,321 units: read 1, write 2, highlight 2, clear 2; every request under 5 MB; the score sheet unchanged", async () => {
  const sim = largeSimulator();
  const score = sim.state.sheets[0].name;
  const before = snapshotSheet(sim.state, score);
  const { readSyncs, analysis, plan, decisions, highlights } = await readAndPlan(sim, undefined);
  expect(analysis.units.length).toBe(3321);
  expect(readSyncs).toBe(1);
  const written = await sim.run((context) => writeReport(context, plan, decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(written.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(sim.syncLog.every((s) => s.requestBytes < 5 * 1024 * 1024)).toBe(true);
  const ranking = sim.state.sheets.find((s) => s.name === plan.sheets[0].name);
  expect(ranking?.cells.size).toBeGreaterThan(3321);
  expect(snapshotSheet(sim.state, score)).toEqual(before);

  if (highlights.areas.length > 0) {
    await sim.run((context) => applyHighlights(context, highlights));
    expect(sim.lastRunSyncCount).toBe(2);
    expect(snapshotSheet(sim.state, score).cells).toEqual(before.cells);
    await sim.run((context) => clearHighlights(context, [score]));
    expect(sim.lastRunSyncCount).toBe(2);
  }
  expect(snapshotSheet(sim.state, score)).toEqual(before);
}, 60_000);

test("a request limit the report passes: more requests, each under the limit, the same sheets", async () => {
  const limit = 1536 * 1024;
  const reference = largeSimulator();
  const { plan, decisions } = await readAndPlan(reference, undefined);
  await reference.run((context) => writeReport(context, plan, decisions));

  const sim = largeSimulator({ payloadLimitBytes: limit });
  sim.resetCounters();
  const result = await sim.run((context) =>
    writeReport(context, plan, decisions, { payloadLimitBytes: limit }),
  );
  expect(result.syncs).toBeGreaterThan(2);
  expect(sim.lastRunSyncCount).toBe(result.syncs);
  expect(sim.syncLog.every((s) => s.requestBytes <= limit && s.error === undefined)).toBe(true);
  for (const sheet of plan.sheets) {
    const a = snapshotSheet(reference.state, sheet.name);
    const b = snapshotSheet(sim.state, sheet.name);
    expect(b.cells).toEqual(a.cells);
    expect(b.merges).toEqual(a.merges);
  }
}, 60_000);

test("without packing, the same report in one request would pass that limit (the packing is what keeps it under)", async () => {
  const limit = 1536 * 1024;
  const { plan, decisions } = await readAndPlan(largeSimulator(), undefined);
  const sim = largeSimulator({ payloadLimitBytes: limit });
  await expect(
    sim.run((context) => writeReport(context, plan, decisions, { payloadLimitBytes: 100 * 1024 * 1024 })),
  ).rejects.toMatchObject({ failure: "tooLarge" });
  expect(sheetNames(sim.state)).toHaveLength(1);
}, 60_000);

test("a workbook of 200 sheets: first read 2 syncs, re-read 1, write 2", async () => {
  const state = await workbookFromXlsx("examples/hai-duong-2021.xlsx");
  const spare = structuredClone(state.sheets[0]);
  for (let i = 1; i < 200; i++) {
    const sheet = structuredClone(spare);
    sheet.id = `{00000000-${(1000 + i).toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
    sheet.name = `Ghi chú ${i}`;
    sheet.cells = new Map(i % 2 === 0 ? [[0, { value: `ghi chú ${i}` }]] : []);
    sheet.merges = [];
    if (i % 50 === 0) sheet.visibility = "Hidden";
    state.sheets.push(sheet);
  }
  const sim = createSimulator(state);
  const { snapshot, readSyncs, plan, decisions } = await readAndPlan(sim, undefined);
  expect(readSyncs).toBe(2);
  expect(snapshot.sheets).toHaveLength(200);
  expect(snapshot.grids).toHaveLength(200);
  expect(snapshot.sheets.filter((s) => s.empty)).toHaveLength(100);
  expect(snapshot.sheets.filter((s) => s.visibility === "hidden")).toHaveLength(3);
  await sim.run((context) => readWorkbook(context, { previous: snapshot }));
  expect(sim.lastRunSyncCount).toBe(1);
  await sim.run((context) => writeReport(context, plan, decisions));
  expect(sim.lastRunSyncCount).toBe(2);
  expect(sheetNames(sim.state)).toHaveLength(200 + plan.sheets.length);
}, 60_000);
