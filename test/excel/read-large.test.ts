/**
 * Reading past Excel's response limit: the simulator refuses an answer above its limit
 * (ResponsePayloadSizeLimitExceeded) as Excel on the web does above 5 MB; readWorkbook then reads the cells in
 * row chunks, each answer under the limit, and gets the same Grids; a re-read whose last size passes the limit
 * chunks at once; a single row beyond the limit ends in a clear message naming the sheet.
 */
import { SimulatorCore, createSimulator, type WorkbookState } from "../../src/preview/simulator";
import { ExcelAdapterError, readWorkbook, writeReport } from "../../src/excel";
import { installOffice, readAndPlan, workbookFromXlsx } from "./helpers";

let restore: () => void;
beforeEach(() => {
  restore = installOffice();
});
afterEach(() => restore());

const LIMIT = 6 * 1024;

async function haiDuong(): Promise<WorkbookState> {
  return workbookFromXlsx("examples/hai-duong-2021.xlsx");
}

test("an answer past the limit: the cells in row chunks, every answer under it, the same grids", async () => {
  const reference = await createSimulator(await haiDuong()).run((context) => readWorkbook(context));
  expect(reference.syncs).toBe(1);

  const sim = createSimulator(await haiDuong(), { payloadLimitBytes: LIMIT });
  const snapshot = await sim.run((context) => readWorkbook(context, { payloadLimitBytes: LIMIT }));
  expect(snapshot.grids).toEqual(reference.grids);
  expect(snapshot.sheets).toEqual(reference.sheets);
  const log = sim.syncLog;
  // The first request was refused as too large; every later one was answered.
  expect(log[0].error?.code).toBe("ResponsePayloadSizeLimitExceeded");
  expect(log.slice(1).every((s) => s.error === undefined)).toBe(true);
  expect(snapshot.syncs).toBe(log.length);
  expect(snapshot.syncs).toBeGreaterThan(3);

  // A re-read knows the size from the last read: straight to chunks, no refused request.
  sim.resetCounters();
  const again = await sim.run((context) =>
    readWorkbook(context, { previous: snapshot, payloadLimitBytes: LIMIT }),
  );
  expect(sim.syncLog.every((s) => s.error === undefined)).toBe(true);
  expect(again.grids).toEqual(reference.grids);
});

test("the add-in's report sheets are read in chunks too (formulas, for their fingerprints)", async () => {
  const sim = createSimulator(await haiDuong());
  const { plan, decisions } = await readAndPlan(sim);
  await sim.run((context) => writeReport(context, plan, decisions));
  const reference = await sim.run((context) => readWorkbook(context));
  const limited = new SimulatorCore(sim.state, { payloadLimitBytes: LIMIT });
  const snapshot = await limited.run((context) => readWorkbook(context, { payloadLimitBytes: LIMIT }));
  expect(snapshot.reportSheets).toEqual(reference.reportSheets);
  expect(snapshot.reportSheets.every((r) => !r.edited)).toBe(true);
  expect(snapshot.grids).toEqual(reference.grids);
});

test("one row beyond the limit: a clear message naming the sheet, nothing changed", async () => {
  const long = "x".repeat(4_000);
  const sim = createSimulator({ "Bảng dài": [["Tên", long, long, long]] }, { payloadLimitBytes: 8_000 });
  let error: unknown;
  try {
    await sim.run((context) => readWorkbook(context, { payloadLimitBytes: 8_000 }));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect((error as ExcelAdapterError).failure).toBe("readTooLarge");
  expect((error as ExcelAdapterError).message).toContain("“Bảng dài”");
  expect((error as ExcelAdapterError).message).toContain("5 MB");
});
