/** Range values, formulas, number formats, value types; size checks; used range; merges; selection. */
import { buildSheetView } from "../../src/preview/sheetView";
import { WorkbookState, createSimulator, sheetValues } from "../../src/preview/simulator";
import { caught } from "./helpers";

/** A sheet's cells as the preview shows them: each value's text under its number format (the API's `text`). */
function shownText(state: WorkbookState, sheet = 0): string[][] {
  return buildSheetView(state, state.sheets[sheet]).lines.map((line) => line.map((cell) => cell.text));
}

const scores = {
  Data: {
    values: [
      ["Đơn vị", "Điểm", "Tỷ lệ"],
      ["Xã A", 85.5, 0.855],
      ["Xã B", "#N/A", "=B3/100"],
    ],
    formulaValues: { C3: { error: "#N/A" } },
    numberFormats: { "C2:C3": "0.00%" },
  },
};

describe("values, formulas, number formats, text and value types", () => {
  it("reads cell data as the API returns it, errors as their text", async () => {
    const sim = createSimulator(scores);
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C3");
      range.load("values, formulas, numberFormat, valueTypes");
      await context.sync();
      return {
        values: range.values,
        formulas: range.formulas,
        numberFormat: range.numberFormat,
        valueTypes: range.valueTypes,
      };
    });
    expect(read.values).toEqual([
      ["Đơn vị", "Điểm", "Tỷ lệ"],
      ["Xã A", 85.5, 0.855],
      ["Xã B", "#N/A", "#N/A"],
    ]);
    expect(read.formulas).toEqual([
      ["Đơn vị", "Điểm", "Tỷ lệ"],
      ["Xã A", 85.5, 0.855],
      ["Xã B", "#N/A", "=B3/100"],
    ]);
    expect(read.numberFormat).toEqual([
      ["General", "General", "General"],
      ["General", "General", "0.00%"],
      ["General", "General", "0.00%"],
    ]);
    expect(shownText(sim.state)).toEqual([
      ["Đơn vị", "Điểm", "Tỷ lệ"],
      ["Xã A", "85.5", "85.50%"],
      ["Xã B", "#N/A", "#N/A"],
    ]);
    expect(read.valueTypes).toEqual([
      ["String", "String", "String"],
      ["String", "Double", "Double"],
      ["String", "Error", "Error"],
    ]);
  });

  it("stores input the way typing it would: numbers, booleans, errors, formulas, forced text", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:F1").values = [
        ["12.5", "1,234", "50%", "true", "#DIV/0!", "'007"],
      ];
      context.workbook.worksheets.getItem("S").getRange("A2").formulas = [["=SUM(A1:B1)"]];
    });
    const cells = sim.state.sheets[0].cells;
    expect([0, 1, 2, 3, 4, 5].map((c) => cells.get(c)?.value)).toEqual([
      12.5,
      1234,
      0.5,
      true,
      { error: "#DIV/0!" },
      "007",
    ]);
    expect(cells.get(16_384)).toMatchObject({ formula: "=SUM(A1:B1)", value: null });
  });

  it("formats text through the number format", async () => {
    const sim = createSimulator({ S: [[1234.567, 0.756, 3, -2, 45000]] });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:E1");
      range.numberFormat = [["#,##0.00", "0.0%", '0" điểm"', "0.00;(0.00)", "dd/mm/yyyy"]];
      await context.sync();
    });
    expect(shownText(sim.state)).toEqual([["1,234.57", "75.6%", "3 điểm", "(2.00)", "15/03/2023"]]);
  });

  it("rejects a 2-D array whose size differs from the range (InvalidArgument on sync)", async () => {
    const sim = createSimulator({ S: [] });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(error).toEqual({
      code: "InvalidArgument",
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location: "Range.values",
    });
    expect(sim.state.sheets[0].cells.size).toBe(0);
  });

  it("broadcasts a single value, skips null entries and clears with an empty string", async () => {
    const sim = createSimulator({ S: [[1, 2, 3]] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A2:C3").values = "x" as unknown as unknown[][];
      sheet.getRange("A2:C3").numberFormat = "@" as unknown as unknown[][];
      sheet.getRange("A1:C1").values = [[null, 9, ""]];
    });
    expect(sheetValues(sim.state, "S")).toEqual([
      [1, 9, ""],
      ["x", "x", "x"],
      ["x", "x", "x"],
    ]);
    expect(sim.state.sheets[0].cells.get(16_384)?.numberFormat).toBe("@");
  });

  it("reads null cell data for whole rows / columns and refuses to write it", async () => {
    const sim = createSimulator({ S: [[1]] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const column = sheet.getRange("A:A").load("values, numberFormat, valueTypes, address");
      const row = sheet.getRange("1:1").load("formulas, address");
      await context.sync();
      expect([column.values, column.numberFormat, column.valueTypes, column.address]).toEqual([
        null,
        null,
        null,
        "S!A:A",
      ]);
      expect([row.formulas, row.address]).toEqual([null, "S!1:1"]);
    });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A:B").values =
          "Due Date" as unknown as unknown[][];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("used range", () => {
  it("is A1 on an empty sheet, and a null object with getUsedRangeOrNullObject", async () => {
    const sim = createSimulator({ Empty: [] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Empty!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("spans values and formatting; valuesOnly ignores formatting", async () => {
    const sim = createSimulator({
      S: {
        values: [
          [null, null],
          [null, 5],
        ],
        styles: { D7: { fillColor: "#FF0000" } },
      },
      Formatted: { values: [], styles: { B2: { fillColor: "#FF0000" } } },
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      const valuesOnlyOrNull = sheet.getUsedRangeOrNullObject(true).load("address");
      const formatted = context.workbook.worksheets.getItem("Formatted");
      const formattedAll = formatted.getUsedRangeOrNullObject().load("address");
      const formattedValuesOnly = formatted.getUsedRangeOrNullObject(true);
      await context.sync();
      expect([all.address, valuesOnly.address, valuesOnlyOrNull.address]).toEqual([
        "S!B2:D7",
        "S!B2",
        "S!B2",
      ]);
      expect([formattedAll.address, formattedValuesOnly.isNullObject]).toEqual(["Formatted!B2", true]);
    });
  });
});

describe("merges", () => {
  it("merges (keeping the top-left value), merges across and lists merged areas", async () => {
    const sim = createSimulator({
      S: [
        ["title", "lost"],
        [1, 2],
        [3, 4],
      ],
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").merge();
      sheet.getRange("A2:B3").merge(true);
      const areas = sheet.getRange("A1:C3").getMergedAreasOrNullObject().load("areas/items/address");
      const none = sheet.getRange("D1:E5").getMergedAreasOrNullObject();
      await context.sync();
      expect([areas.areas.items.map((r) => r.address), none.isNullObject]).toEqual([
        ["S!A1:B1", "S!A2:B2", "S!A3:B3"],
        true,
      ]);
    });
    expect(sheetValues(sim.state, "S")).toEqual([["title"], [1], [3]]);
    expect(sim.state.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
  });
});

describe("selection", () => {
  it("selects a range, activating its sheet; a hidden sheet's range cannot be selected", async () => {
    const sim = createSimulator({ A: [], B: [], Hidden: { visibility: "Hidden" } });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("B").getRange("C2:D4").select();
    });
    expect(sim.state.activeSheetId).toBe(sim.state.sheets[1].id);
    expect(sim.state.selection).toEqual({
      sheetId: sim.state.sheets[1].id,
      rect: { top: 1, left: 2, bottom: 3, right: 3 },
    });
    const error = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hidden").getRange("A1").select();
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidOperation", location: "Range.select" });
    expect(sim.state.activeSheetId).toBe(sim.state.sheets[1].id);
  });
});
