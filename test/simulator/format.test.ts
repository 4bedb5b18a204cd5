/** Range formats: fill, font, alignment, borders (shared edges), widths and heights in points, autofitRows, layers. */
/* eslint-disable office-addins/load-object-before-read --
   These tests pin the simulator's own behaviour: they read unloaded properties and ClientResults on purpose,
   sync inside loops over cases, and load through other variables than the linter can follow. */
import { createSimulator } from "../../src/preview/simulator";
import { caught } from "./helpers";

describe("fill and font", () => {
  it("writes every cell and reads uniform values or null", async () => {
    const sim = createSimulator({ S: [["a", "b"]] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const font = sheet.getRange("A1:B1").format.font;
      font.name = "Times New Roman";
      font.size = 13;
      font.italic = true;
      font.color = "red";
      font.underline = "Single";
      sheet.getRange("A1").format.fill.color = "#ffff00";
      sheet.getRange("A1").format.font.bold = true;
      const a = sheet.getRange("A1").load("format/fill/color, format/font/bold");
      const both = sheet.getRange("A1:B1").load("format/fill/color, format/font");
      await context.sync();
      expect([a.format.fill.color, a.format.font.bold]).toEqual(["#FFFF00", true]);
      expect(both.format.fill.color).toBeNull();
      expect(both.format.font.bold).toBeNull();
      expect([
        both.format.font.name,
        both.format.font.size,
        both.format.font.italic,
        both.format.font.color,
        both.format.font.underline,
      ]).toEqual(["Times New Roman", 13, true, "#FF0000", "Single"]);
    });
    expect(sim.state.sheets[0].cells.get(1)?.style).toEqual({
      fontName: "Times New Roman",
      fontSize: 13,
      fontItalic: true,
      fontColor: "#FF0000",
      fontUnderline: "Single",
    });
  });

  it("rejects values outside the enumerations on sync", async () => {
    const sim = createSimulator({ S: [] });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.horizontalAlignment =
          "Middle" as Excel.HorizontalAlignment;
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidArgument", location: "RangeFormat.horizontalAlignment" });
  });

  it("keeps formats given to whole columns for cells written later", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B:B").format.font.name = "Times New Roman";
      await context.sync();
      sheet.getRange("B7").values = [["x"]];
      const cell = sheet.getRange("B7").load("format/font/name");
      const column = sheet.getRange("B:B").load("format/font/name");
      await context.sync();
      expect([cell.format.font.name, column.format.font.name]).toEqual([
        "Times New Roman",
        "Times New Roman",
      ]);
    });
  });
});

describe("alignment and wrapping", () => {
  it("round-trips alignment and wrap", async () => {
    const sim = createSimulator({ S: [] });
    const read = await sim.run(async (context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("A1:C2").format;
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Top";
      format.wrapText = true;
      const fresh = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:C2")
        .load("format/horizontalAlignment, format/verticalAlignment, format/wrapText");
      const untouched = context.workbook.worksheets
        .getItem("S")
        .getRange("D1")
        .load("format/horizontalAlignment, format/verticalAlignment, format/wrapText");
      await context.sync();
      return [fresh.format, untouched.format].map((f) => [
        f.horizontalAlignment,
        f.verticalAlignment,
        f.wrapText,
      ]);
    });
    expect(read).toEqual([
      ["Center", "Top", true],
      ["General", "Bottom", false],
    ]);
  });
});

describe("borders", () => {
  it("draws edges by BorderIndex and shares the edge between neighbouring cells", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const box = sheet.getRange("B2:C3");
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = box.format.borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Medium";
        border.color = "#0000FF";
      }
      const below = sheet.getRange("B4").format.borders.getItem("EdgeTop").load("style, weight, color");
      const outside = sheet.getRange("E5").format.borders.getItem("EdgeTop").load("style, color, weight");
      await context.sync();
      expect([below.style, below.weight, below.color]).toEqual(["Continuous", "Medium", "#0000FF"]);
      expect([outside.style, outside.color, outside.weight]).toEqual(["None", "#000000", "Thin"]);
      box.format.borders.getItem("InsideHorizontal").style = "None";
      const inside = box.format.borders.getItem("InsideHorizontal").load("style");
      const top = box.format.borders.getItem("EdgeTop").load("style");
      await context.sync();
      expect([inside.style, top.style]).toEqual(["None", "Continuous"]);
    });
  });

  it("reads null when the edges differ", async () => {
    const sim = createSimulator({ S: [] });
    const style = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.borders.getItem("EdgeBottom").style = "Double";
      const border = sheet.getRange("A1:B1").format.borders.getItem("EdgeBottom").load("style");
      await context.sync();
      return border.style;
    });
    expect(style).toBeNull();
  });
});

describe("column widths and row heights", () => {
  it("are points, default 48 and 15, null when not uniform", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const fresh = sheet.getRange("A1:B2").load("format/columnWidth, format/rowHeight, width");
      sheet.getRange("C:D").format.columnWidth = 120;
      sheet.getRange("3:3").format.rowHeight = 30;
      const mixed = sheet.getRange("B3:C4").load("format/columnWidth, format/rowHeight, left, top");
      const wide = sheet.getRange("C1:D1").load("format/columnWidth");
      await context.sync();
      expect([fresh.format.columnWidth, fresh.format.rowHeight, fresh.width]).toEqual([48, 15, 96]);
      expect([mixed.format.columnWidth, mixed.format.rowHeight, mixed.left, mixed.top]).toEqual([
        null,
        null,
        48,
        30,
      ]);
      expect(wide.format.columnWidth).toBe(120);
    });
  });

  it("autofits rows to their wrapped text, ignoring merged cells", async () => {
    const sim = createSimulator({
      S: {
        values: [["Tên đơn vị rất dài ở đây"], ["ngắn", "a much longer header that is merged"]],
        merges: ["B2:C2"],
      },
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:C2").format.wrapText = true;
      sheet.getRange("A1").format.columnWidth = 40;
      sheet.getRange("1:2").format.autofitRows();
    });
    const sheet = sim.state.sheets[0];
    expect(sheet.rowHeights.get(0)).toBeGreaterThan(30);
    expect(sheet.rowHeights.has(1)).toBe(false);
  });
});
