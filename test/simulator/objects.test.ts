/** Conditional formats and charts kept as data; the workbook builder and sheet snapshots. */
import { buildWorkbook, createSimulator, snapshotSheet } from "../../src/preview/simulator";
import { caught } from "./helpers";

describe("conditional formats", () => {
  it("adds custom rules at top priority and lists those intersecting a range, other types as null custom", async () => {
    const sim = createSimulator({ S: [[1, 2, 3]] });
    // A rule the user made in Excel (Highlight Cells Rules > Less Than): the add-in only reads it.
    sim.state.sheets[0].conditionalFormats.push({
      id: "{user-rule}",
      type: "CellValue",
      ranges: [{ top: 4, left: 2, bottom: 4, right: 2 }],
      stopIfTrue: false,
      rule: { formula1: "=$E5*0.75", operator: "LessThan" },
      format: { fillColor: "#FFC7CE" },
    });
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B2:D20");
      const below = range.conditionalFormats.add("Custom");
      below.custom.rule.formula = "=$E2<0.75*$F2";
      below.custom.format.fill.color = "#FFC7CE";
      below.custom.format.font.color = "#9C0006";
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$F2<$G2";
      custom.custom.format.font.bold = true;
      custom.custom.format.font.italic = true;
      custom.custom.format.font.underline = "Single";
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("S");
      const atC5 = sheet
        .getRange("C5")
        .conditionalFormats.load("items/type, items/customOrNullObject/rule/formula");
      const elsewhere = sheet.getRange("A1").conditionalFormats.load("items/type");
      await context.sync();
      expect(
        atC5.items.map((cf) => [
          cf.type,
          cf.customOrNullObject.isNullObject,
          cf.customOrNullObject.isNullObject ? null : cf.customOrNullObject.rule.formula,
        ]),
      ).toEqual([
        ["Custom", false, "=$F2<$G2"],
        ["Custom", false, "=$E2<0.75*$F2"],
        ["CellValue", true, null],
      ]);
      expect(elsewhere.items).toEqual([]);
    });
    expect(snapshotSheet(sim.state, "S").conditionalFormats).toEqual([
      {
        type: "Custom",
        ranges: ["B2:D20"],
        rule: { formula: "=$F2<$G2" },
        format: { fontBold: true, fontItalic: true, fontUnderline: "Single" },
        stopIfTrue: false,
      },
      {
        type: "Custom",
        ranges: ["B2:D20"],
        rule: { formula: "=$E2<0.75*$F2" },
        format: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
        stopIfTrue: false,
      },
      {
        type: "CellValue",
        ranges: ["C5"],
        rule: { formula1: "=$E5*0.75", operator: "LessThan" },
        format: { fillColor: "#FFC7CE" },
        stopIfTrue: false,
      },
    ]);
  });

  it("deletes one format, leaving the others", async () => {
    const sim = createSimulator({ S: [] });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A10").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      sheet.getRange("C1").conditionalFormats.add("Custom").custom.rule.formula = "=FALSE";
      const listed = sheet.getRange("A1:C1").conditionalFormats.load("items/customOrNullObject/rule/formula");
      await context.sync();
      listed.items.find((cf) => cf.customOrNullObject.rule.formula === "=TRUE")?.delete();
    });
    expect(snapshotSheet(sim.state, "S").conditionalFormats.map((cf) => [cf.ranges, cf.rule])).toEqual([
      [["C1"], { formula: "=FALSE" }],
    ]);
  });

  it("refuses formulas without '=', the Custom parts of a format of another type, and other types to add", async () => {
    const sim = createSimulator({ S: [] });
    sim.state.sheets[0].conditionalFormats.push({
      id: "{user-rule}",
      type: "CellValue",
      ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
      stopIfTrue: false,
      rule: { formula1: "1", operator: "GreaterThan" },
      format: {},
    });
    const noEquals = await caught(
      sim.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("S").getRange("B1").conditionalFormats.add("Custom");
        cf.custom.rule.formula = "TRUE";
        await context.sync();
      }),
    );
    expect(noEquals).toMatchObject({ code: "InvalidArgument", location: "ConditionalFormatRule.formula" });
    const wrongType = await caught(
      sim.run(async (context) => {
        const rules = context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .conditionalFormats.load("items");
        await context.sync();
        rules.items[0].custom.format.fill.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(wrongType.code).toBe("InvalidOperation");
    const dataBar = await caught(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.add("DataBar");
        await context.sync();
      }),
    );
    expect(dataBar.code).toBe("NotImplemented");
    expect(sim.state.sheets[0].conditionalFormats.map((cf) => cf.type)).toEqual(["Custom", "CellValue"]);
  });
});

describe("charts", () => {
  it("adds a chart as data with type, source, name, title, and a position over cells in points", async () => {
    const sim = createSimulator({
      S: [
        ["Unit", "Index"],
        ["A", 80],
        ["B", 90],
      ],
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Chỉ số CCHC";
      chart.name = "IndexChart";
      chart.setPosition("D2", "J15");
    });
    const [chart] = sim.state.sheets[0].charts;
    expect(chart).toMatchObject({
      name: "IndexChart",
      chartType: "ColumnClustered",
      title: "Chỉ số CCHC",
      source: { top: 0, left: 0, bottom: 2, right: 1 },
      seriesBy: "Columns",
      // D2 is 3 default columns (48 pt) right and one default row (15 pt) down; D2:J15 is 7 × 48 by 14 × 15.
      top: 15,
      left: 144,
      width: 336,
      height: 210,
    });
  });
});

describe("builder and snapshots", () => {
  it("builds sheets from plain data and snapshots what a later write changed", async () => {
    const state = buildWorkbook(
      {
        Scores: {
          values: [
            ["Unit", "Score"],
            ["A", 80],
          ],
          merges: ["A1:B1"],
          numberFormats: { B2: "0.00" },
        },
        Other: [[1]],
      },
      { "cchc.version": 1 },
    );
    const sim = createSimulator(state);
    const before = snapshotSheet(sim.state, "Scores");
    expect(before.cells).toEqual({
      A1: { value: "Unit" },
      B1: { value: "Score" },
      A2: { value: "A" },
      B2: { value: 80, numberFormat: "0.00" },
    });
    expect(before.merges).toEqual(["A1:B1"]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Scores").getRange("B2").format.fill.color = "#FFFF00";
    });
    const after = snapshotSheet(sim.state, "Scores");
    expect(after.cells.B2).toEqual({
      value: 80,
      numberFormat: "0.00",
      style: { fillColor: "#FFFF00", fillPattern: "Solid" },
    });
    expect({ ...after.cells, B2: before.cells.B2 }).toEqual(before.cells);
    expect([...sim.state.settings.keys()]).toEqual(["cchc.version"]);
  });
});
