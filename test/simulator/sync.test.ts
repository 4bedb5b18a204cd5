/** Sync counting, Excel.run's final flush, failure injection, cell-edit mode and the 5 MB payload limits. */
import { createSimulator } from "../../src/preview/simulator";
import { caught } from "./helpers";

const data = {
  Data: [
    ["a", 1],
    ["b", 2],
  ],
};

describe("sync counter", () => {
  it("counts syncs in total and per run, including the flush of pending writes at the end of run", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["x"]];
    });
    await sim.run(async () => undefined);
    expect(sim.syncCount).toBe(3);
    expect(sim.runSyncCounts).toEqual([2, 1, 0]);
    expect(sim.lastRunSyncCount).toBe(0);
    expect(sim.state.sheets[0].cells.get(2)?.value).toBe("x");
    sim.resetCounters();
    expect(sim.syncCount).toBe(0);
  });

  it("logs each sync's operations and whether calculation was suspended", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["x"]];
      await context.sync();
      await context.sync();
    });
    const [first, second] = sim.syncLog;
    expect(first.calculationSuspended).toBe(true);
    expect(first.operations.map((o) => o.location)).toEqual([
      "Application.suspendApiCalculationUntilNextSync",
      "Range.values",
    ]);
    expect(second.calculationSuspended).toBe(false);
  });
});

describe("failure injection", () => {
  it("fails the next sync before anything is applied", async () => {
    const sim = createSimulator(data);
    sim.injectFailure({ code: "InvalidOperation", message: "the user is editing a cell" });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("C1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidOperation", message: "the user is editing a cell" });
    expect(sim.state.sheets[0].cells.get(2)).toBeUndefined();
    expect(sim.syncLog[0].error?.code).toBe("InvalidOperation");
  });

  it("at the Nth operation applies the earlier operations only and delivers no loads", async () => {
    const sim = createSimulator(data);
    sim.injectFailure({ code: "GeneralException", atOperation: 3 });
    let loaded: Excel.Range | undefined;
    const error = await caught(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        loaded = sheet.getRange("A1").load("values");
        sheet.getRange("C1").values = [["first"]];
        sheet.getRange("C2").values = [["second"]];
        sheet.getRange("C3").values = [["third"]];
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "GeneralException", location: "Range.values" });
    const cells = sim.state.sheets[0].cells;
    expect(cells.get(2)?.value).toBe("first");
    expect(cells.get(16_384 + 2)).toBeUndefined();
    expect(cells.get(2 * 16_384 + 2)).toBeUndefined();
    expect(() => loaded?.values).toThrow();
  });

  it("can target a later sync or the first operation matching a predicate", async () => {
    const sim = createSimulator(data);
    sim.injectFailure({ code: "InvalidOperation", afterSyncs: 1 });
    sim.injectFailure({ code: "AccessDenied", match: (op) => op.location === "Worksheet.delete" });
    await sim.run(async (context) => context.sync());
    expect((await caught(sim.run(async (context) => context.sync()))).code).toBe("InvalidOperation");
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.add("Extra").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(sim.state.sheets.map((s) => s.name)).toEqual(["Data", "Extra"]);
  });

  it("fails every sync in cell-edit mode, unless the run asks to wait for the edit", async () => {
    const sim = createSimulator(data);
    sim.setCellEditMode(true);
    expect((await caught(sim.run(async (context) => context.sync()))).code).toBe(
      "InvalidOperationInCellEditMode",
    );
    await expect(
      sim.run({ delayForCellEdit: true }, async (context) => context.sync()),
    ).resolves.toBeUndefined();
    sim.clearFailures();
    await expect(sim.run(async (context) => context.sync())).resolves.toBeUndefined();
  });
});

describe("payload limits (Excel on the web: 5 MB)", () => {
  const bigColumn = (rows: number, text: string) => Array.from({ length: rows }, () => [text]);

  it("rejects a sync whose queued writes exceed the limit and applies none of them", async () => {
    const sim = createSimulator(data);
    const error = await caught(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("D1").values = [["small"]];
        sheet.getRange("E1:E60000").values = bigColumn(60_000, "x".repeat(90));
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.state.sheets[0].cells.get(3)).toBeUndefined();
  });

  it("accepts the same data split over two syncs", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("E1:E30000").values = bigColumn(30_000, "x".repeat(90));
      await context.sync();
      sheet.getRange("E30001:E60000").values = bigColumn(30_000, "x".repeat(90));
      await context.sync();
    });
    expect(sim.syncLog.every((s) => s.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(sim.state.sheets[0].cells.size).toBe(60_004);
  });

  it("counts multi-byte text in UTF-8 and honours a custom limit", async () => {
    const sim = createSimulator(data, { payloadLimitBytes: 100 });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1").values = [
          ["Đăng ký công việc đột phá".repeat(3)],
        ];
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("rejects a response over the limit", async () => {
    const sim = createSimulator(data, { payloadLimitBytes: 1_000 });
    sim.state.sheets[0].cells.set(3, { value: "y".repeat(2_000) });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:D2").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
