/** Worksheets (add, delete, rename, collisions, visibility), protection, freeze panes, page layout, settings. */
/* eslint-disable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop --
   These tests pin the simulator's own behaviour: they read unloaded properties and ClientResults on purpose,
   sync inside loops over cases, and load through other variables than the linter can follow. */
import { createSimulator } from "../../src/preview/simulator";
import { caught } from "./helpers";

describe("worksheet collection", () => {
  it("adds sheets at the end, named or Excel-named, and lists them", async () => {
    const sim = createSimulator({ Data: [] });
    const listed = await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const named = sheets.add("Xếp hạng 2021").load("name, position, id");
      sheets.add();
      sheets.load("items/name");
      await context.sync();
      expect(named.id).toMatch(/^\{[0-9A-F-]+\}$/);
      return [named.position, sheets.items.map((s) => s.name)];
    });
    expect(listed).toEqual([1, ["Data", "Xếp hạng 2021", "Sheet3"]]);
  });

  it("refuses a name in use (any case) with ItemAlreadyExists, and invalid names with InvalidArgument", async () => {
    const sim = createSimulator({ Data: [] });
    const clash = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.add("data");
        await context.sync();
      }),
    );
    expect(clash).toMatchObject({ code: "ItemAlreadyExists", location: "WorksheetCollection.add" });
    for (const bad of ["a/b", "x".repeat(32), "", "History", "[x]"]) {
      const error = await caught(
        sim.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
    expect(sim.state.sheets).toHaveLength(1);
  });

  it("renames, moves, hides and deletes; the last visible sheet stays", async () => {
    const sim = createSimulator({ A: [], B: [], C: [] });
    const read = await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("C").position = 0;
      sheets.getItem("A").name = "Renamed";
      sheets.getItem("B").visibility = "Hidden";
      const renamed = sheets.getItem("renamed").load("name, position, visibility");
      await context.sync();
      return [renamed.name, renamed.position, renamed.visibility];
    });
    expect(read).toEqual(["Renamed", 1, "Visible"]);
    expect(sim.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["C", "Visible"],
      ["Renamed", "Visible"],
      ["B", "Hidden"],
    ]);
    const renameClash = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("C").name = "renamed";
        await context.sync();
      }),
    );
    expect(renameClash.code).toBe("ItemAlreadyExists");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("C").delete();
      await context.sync();
    });
    const lastVisible = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Renamed").delete();
        await context.sync();
      }),
    );
    expect(lastVisible.code).toBe("InvalidOperation");
    expect(sim.state.sheets.map((s) => s.name)).toEqual(["Renamed", "B"]);
  });

  it("activates a sheet; the active sheet moves on when it is deleted", async () => {
    const sim = createSimulator({ A: [], B: [] });
    const names = await sim.run(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      const first = active.name;
      context.workbook.worksheets.getItem("B").delete();
      const after = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [first, after.name];
    });
    expect(names).toEqual(["B", "A"]);
  });
});

describe("protection", () => {
  it("refuses writes to a protected sheet's locked cells with AccessDenied, on sync", async () => {
    const sim = createSimulator({ Scores: { values: [[1, 2]], protected: true } });
    for (const write of [
      (s: Excel.Worksheet) => (s.getRange("A1").values = [[9]]),
      (s: Excel.Worksheet) => (s.getRange("A1").format.fill.color = "#FF0000"),
      (s: Excel.Worksheet) => s.getRange("A1:B1").merge(),
      (s: Excel.Worksheet) => s.getRange("A1").conditionalFormats.add("Custom"),
    ]) {
      const error = await caught(
        sim.run(async (context) => {
          write(context.workbook.worksheets.getItem("Scores"));
          await context.sync();
        }),
      );
      expect(error.code).toBe("AccessDenied");
    }
    expect(sim.state.sheets[0].cells.get(0)).toEqual({ value: 1 });
  });

  it("reads the protection the user set; allows unlocked cells, allowed formatting, and everything once lifted", async () => {
    const sim = createSimulator({ S: { values: [[1]], styles: { B1: { locked: false } } } });
    sim.state.sheets[0].protection = { protected: true, options: { allowFormatCells: true } };
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.protection.load("protected, options");
      await context.sync();
      expect([sheet.protection.protected, sheet.protection.options]).toEqual([
        true,
        { allowFormatCells: true },
      ]);
      sheet.getRange("B1").values = [["ok"]];
      sheet.getRange("A1").format.font.bold = true;
      await context.sync();
    });
    const locked = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
        await context.sync();
      }),
    );
    expect(locked).toMatchObject({ code: "AccessDenied", location: "Range.values" });
    sim.state.sheets[0].protection = { protected: false, options: {} };
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
    });
    expect(sim.state.sheets[0].cells.get(0)).toMatchObject({ value: 2, style: { fontBold: true } });
    expect(sim.state.sheets[0].cells.get(1)).toMatchObject({ value: "ok" });
  });
});

describe("freeze panes", () => {
  it("freezes rows, columns, or the rows and columns of a range", async () => {
    const sim = createSimulator({ S: [] });
    const frozen: unknown[] = [];
    await sim.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("S").freezePanes;
      panes.freezeRows(3);
      await context.sync();
      frozen.push({ ...sim.state.sheets[0].freeze });
      panes.freezeAt("B2");
      await context.sync();
      frozen.push({ ...sim.state.sheets[0].freeze });
      panes.freezeColumns(1);
      await context.sync();
      frozen.push({ ...sim.state.sheets[0].freeze });
      panes.freezeAt("A:C");
    });
    frozen.push({ ...sim.state.sheets[0].freeze });
    expect(frozen).toEqual([
      { rows: 3, columns: 0 },
      { rows: 2, columns: 2 },
      { rows: 0, columns: 1 },
      { rows: 0, columns: 3 },
    ]);
  });
});
describe("page layout", () => {
  it("keeps orientation, paper, fit-to-width zoom, margins, print titles and the footer", async () => {
    const sim = createSimulator({ S: [] });
    const read = await sim.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintMargins("Centimeters", { left: 2.54, right: 1.27 });
      layout.setPrintTitleRows("$1:$4");
      layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P";
      await context.sync();
      // A fresh proxy, so the values come from the sheet, not from the assignments kept in `layout`.
      const fresh = context.workbook.worksheets.getItem("S").pageLayout.load("orientation, paperSize, zoom");
      const footer = context.workbook.worksheets
        .getItem("S")
        .pageLayout.headersFooters.defaultForAllPages.load("centerFooter");
      await context.sync();
      return [fresh.orientation, fresh.paperSize, fresh.zoom, footer.centerFooter];
    });
    expect(read).toEqual(["Landscape", "A4", { horizontalFitToPages: 1, verticalFitToPages: 0 }, "Trang &P"]);
    const layout = sim.state.sheets[0].pageLayout;
    // Points: 2.54 cm = 72 pt, 1.27 cm = 36 pt; margins not given keep Excel's default (top 54 pt).
    expect([layout.leftMargin, layout.rightMargin, layout.topMargin]).toEqual([72, 36, 54]);
    expect(layout.printTitleRows).toEqual({ top: 0, bottom: 3, left: 0, right: 16_383 });
    expect(layout.centerFooter).toBe("Trang &P");
  });

  it("zoom cannot be changed through its sub-properties (it is not loaded)", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("S").pageLayout;
      expect(() => {
        layout.zoom.scale = 200;
      }).toThrow();
      await context.sync();
    });
  });
});

describe("settings", () => {
  it("adds, reads, lists, updates and deletes document settings", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("cchc.settings", { year: 2021, threshold: 75 });
      settings.add("cchc.version", 1);
      const missing = settings.getItemOrNullObject("nope");
      const item = settings.getItemOrNullObject("cchc.settings").load("key, value");
      settings.load("items/key");
      await context.sync();
      expect([
        missing.isNullObject,
        item.isNullObject,
        item.key,
        item.value,
        settings.items.map((s) => s.key),
      ]).toEqual([
        true,
        false,
        "cchc.settings",
        { year: 2021, threshold: 75 },
        ["cchc.settings", "cchc.version"],
      ]);
      item.value = { year: 2022 };
      settings.add("cchc.version", 2);
      await context.sync();
      const version = settings.getItemOrNullObject("cchc.version").load("value");
      await context.sync();
      expect(version.value).toBe(2);
      version.delete();
      await context.sync();
    });
    expect([...sim.state.settings]).toEqual([["cchc.settings", '{"year":2022}']]);
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.settings.getItemOrNullObject("gone").value = 1;
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(sim.state.settings.has("gone")).toBe(false);
  });
});
