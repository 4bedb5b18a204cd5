/** Proxy semantics: load + sync before read, queued writes, local echo of assignments, load paths, null objects. */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   These tests pin the simulator's own behaviour: they read unloaded properties and ClientResults on purpose,
   sync inside loops over cases, and load through other variables than the linter can follow. */
import { createSimulator } from "../../src/preview/simulator";
import { caught, caughtSync } from "./helpers";

const data = {
  Data: [
    ["Unit", "Score"],
    ["Xã A", 80],
    ["Xã B", 70],
  ],
};

describe("reading properties", () => {
  it("throws PropertyNotLoaded before load, and after load until the sync", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(caughtSync(() => range.values)).toMatchObject({
        code: "PropertyNotLoaded",
        location: "Range.values",
      });
      range.load("values");
      expect(caughtSync(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["Unit", "Score"],
        ["Xã A", 80],
        ["Xã B", 70],
      ]);
      expect(caughtSync(() => range.address).code).toBe("PropertyNotLoaded");
    });
  });

  it("reads an assigned property back at once, as office.js keeps it in the proxy", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C1");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      expect(sim.state.sheets[0].cells.size).toBe(6);
      await context.sync();
    });
  });

  it("loads nested paths, a whole child object, and nothing else", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load("address, format/font/name");
      const b = sheet.getRange("A1:B2").load("address, format/font");
      await context.sync();
      expect(a.address).toBe("Data!A1");
      expect(a.format.font.name).toBe("Calibri");
      expect(caughtSync(() => a.format.font.bold).code).toBe("PropertyNotLoaded");
      expect([b.address, b.format.font.size, b.format.font.bold]).toEqual(["Data!A1:B2", 11, false]);
      expect(caughtSync(() => b.values).code).toBe("PropertyNotLoaded");
    });
  });

  it("fails the sync for a property that does not exist", async () => {
    const sim = createSimulator(data);
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Data").load("nosuchthing");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("rejects objects of a finished run", async () => {
    const sim = createSimulator(data);
    const kept = await sim.run(async (context) => context.workbook.worksheets.getItem("Data"));
    expect(caughtSync(() => kept.getRange("A1").load("values")).code).toBe("InvalidObjectPath");
  });
});

describe("queued writes", () => {
  it("leaves the workbook untouched until sync, then applies writes in order", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("B2");
      cell.values = [[1]];
      cell.values = [[2]];
      expect(sim.state.sheets[0].cells.get(16_384 + 1)?.value).toBe(80);
      await context.sync();
      expect(sim.state.sheets[0].cells.get(16_384 + 1)?.value).toBe(2);
    });
  });

  it("serves a load the state as of its place in the queue", async () => {
    const sim = createSimulator(data);
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("B2");
      const before = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      cell.values = [[5]];
      const after = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await context.sync();
      expect(before.values).toEqual([[80]]);
      expect(after.values).toEqual([[5]]);
    });
  });
});

describe("*OrNullObject", () => {
  it("reports isNullObject after sync without an explicit load", async () => {
    const sim = createSimulator(data);
    sim.state.settings.set("cchc.marker", '{"version":1}');
    await sim.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("Nope");
      const present = context.workbook.settings.getItemOrNullObject("cchc.marker");
      expect(caughtSync(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const sim = createSimulator(data);
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "ItemNotFound", location: "WorksheetCollection.getItem" });
  });

  it("refuses writes through a null object", async () => {
    const sim = createSimulator({ ...data, Empty: [] });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject().values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(sim.state.sheets[1].cells.size).toBe(0);
  });
});
