/**
 * Highlights on the simulator, Hải Dương 2021: one conditional-format rule per kind over many areas (ExcelApi
 * 1.9), the same cells as the fallback's one rule per area, addresses cut into pieces; the legend as text boxes
 * beside the table (ExcelApi 1.10), removed exactly by Clear, left out (and said) where Excel or the sheet's
 * protection cannot take it; the score sheet's cells never change.
 */
import { createSimulator, snapshotSheet, type Simulator } from "../../src/preview/simulator";
import type { HighlightArea } from "../../src/core/plan";
import { applyHighlights, clearHighlights } from "../../src/excel";
import { highlightRules } from "../../src/excel/highlights";
import { installOffice, loadHaiDuong2020, readAndPlan, workbookFromXlsx } from "./helpers";

const SCORE = "Chỉ số CCHC 2021";

beforeAll(async () => {
  await loadHaiDuong2020();
});

async function simulator(): Promise<Simulator> {
  return createSimulator(await workbookFromXlsx("examples/hai-duong-2021.xlsx"));
}

/** Every cell a kind of rule covers, as "row:column". */
function covered(sim: Simulator, kind: string): Set<string> {
  const cells = new Set<string>();
  for (const cf of sim.state.sheets[0].conditionalFormats) {
    if (!String(cf.rule.formula).includes(`CCHC:${kind}`)) continue;
    for (const r of cf.ranges)
      for (let row = r.top; row <= r.bottom; row++)
        for (let column = r.left; column <= r.right; column++) cells.add(`${row}:${column}`);
  }
  return cells;
}

function planned(areas: readonly HighlightArea[], kind: string): Set<string> {
  const cells = new Set<string>();
  for (const { area, kind: k } of areas) {
    if (k !== kind) continue;
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++) cells.add(`${row}:${column}`);
  }
  return cells;
}

describe.each([
  ["1.17", 2],
  ["1.8", null],
])("ExcelApi %s", (version, rulesExpected) => {
  let restore: () => void;
  beforeEach(() => {
    restore = installOffice(version);
  });
  afterEach(() => restore());

  test("the planned cells and no others are covered, by one rule per kind where multi-area ranges exist", async () => {
    const sim = await simulator();
    const before = snapshotSheet(sim.state, SCORE);
    const { highlights } = await readAndPlan(sim);
    const result = await sim.run((context) => applyHighlights(context, highlights));
    expect(sim.lastRunSyncCount).toBe(2);
    for (const kind of ["droppedRow", "belowThreshold"])
      expect(covered(sim, kind)).toEqual(planned(highlights.areas, kind));
    // Without multi-area ranges: one rule per area, areas of one kind joined down a column span.
    const fallback = highlightRules(highlights.areas, false).length;
    expect(fallback).toBeGreaterThan(10);
    expect(result.added).toBe(rulesExpected ?? fallback);
    expect(sim.state.sheets[0].conditionalFormats).toHaveLength(result.added);
    expect(snapshotSheet(sim.state, SCORE).cells).toEqual(before.cells);
    const cleared = await sim.run((context) => clearHighlights(context, [SCORE]));
    expect(cleared.removed).toBe(result.added);
    expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
  });
});

describe("the legend", () => {
  let restore: () => void;
  afterEach(() => restore());

  test("text boxes right of the used range at the table's header, in the look of the cells; Clear removes them", async () => {
    restore = installOffice("1.17");
    const sim = await simulator();
    const before = snapshotSheet(sim.state, SCORE);
    const { highlights } = await readAndPlan(sim);
    const legend = highlights.legends?.[0];
    expect(legend?.entries.map((e) => e.kind)).toEqual(["droppedRow", "belowThreshold"]);
    const result = await sim.run((context) => applyHighlights(context, highlights));
    expect(result).toMatchObject({ legends: 1, legendSkipped: null, syncs: 2 });
    const shapes = sim.state.sheets[0].shapes;
    expect(shapes.map((s) => s.name)).toEqual(["CCHC.legend.0", "CCHC.legend.1", "CCHC.legend.2"]);
    expect(shapes[0].text).toContain("Chú giải");
    expect(shapes[1]).toMatchObject({
      text: "Đơn vị tụt hạng so với năm trước",
      fill: "#FFEB9C",
      font: { color: "#9C5700", italic: true },
    });
    expect(shapes[2].text).toContain("Cải cách thủ tục hành chính");
    expect(shapes[2]).toMatchObject({ fill: "#FFC7CE", font: { color: "#9C0006", bold: true } });
    // Beside the table: right of every used column, stacked downward without overlapping.
    let right = 0;
    for (const key of sim.state.sheets[0].cells.keys()) right = Math.max(right, key % 16_384);
    const widths = [...Array(right + 1).keys()].reduce(
      (sum, c) => sum + (sim.state.sheets[0].columnWidths.get(c) ?? 48),
      0,
    );
    expect(shapes[0].left).toBeGreaterThan(widths);
    expect(shapes[1].top).toBeGreaterThanOrEqual(shapes[0].top + shapes[0].height);
    // Applying again replaces the legend; Clear leaves the sheet as it was.
    await sim.run((context) => applyHighlights(context, highlights));
    expect(sim.state.sheets[0].shapes).toHaveLength(3);
    expect(snapshotSheet(sim.state, SCORE).cells).toEqual(before.cells);
    await sim.run((context) => clearHighlights(context, [SCORE]));
    expect(snapshotSheet(sim.state, SCORE)).toEqual(before);
  });

  test("a user's own shape stays; a sheet protected against objects gets the highlights without a legend", async () => {
    restore = installOffice("1.17");
    const sim = await simulator();
    sim.state.sheets[0].shapes.push({
      id: "{mine}",
      name: "Logo",
      type: "TextBox",
      text: "Sở Nội vụ",
      left: 0,
      top: 0,
      width: 50,
      height: 20,
      fill: null,
      font: {},
    });
    sim.state.sheets[0].protection = { protected: true, options: { allowFormatCells: true } };
    const { highlights } = await readAndPlan(sim);
    const result = await sim.run((context) => applyHighlights(context, highlights));
    expect(result).toMatchObject({ legends: 0, legendSkipped: "protected" });
    expect(result.added).toBeGreaterThan(0);
    expect(sim.state.sheets[0].shapes.map((s) => s.name)).toEqual(["Logo"]);
    sim.state.sheets[0].protection = { protected: false, options: {} };
    await sim.run((context) => applyHighlights(context, highlights));
    await sim.run((context) => clearHighlights(context, [SCORE]));
    expect(sim.state.sheets[0].shapes.map((s) => s.name)).toEqual(["Logo"]);
  });

  test("an Excel without Range.left (below ExcelApi 1.10) highlights without the legend and says so", async () => {
    restore = installOffice("1.9");
    const sim = await simulator();
    const { highlights } = await readAndPlan(sim);
    const result = await sim.run((context) => applyHighlights(context, highlights));
    expect(result).toMatchObject({ legends: 0, legendSkipped: "unsupported", added: 2 });
    expect(sim.state.sheets[0].shapes).toEqual([]);
  });
});

test("multi-area addresses are cut into pieces of at most the given length, each area once", () => {
  const areas: HighlightArea[] = Array.from({ length: 300 }, (_, i) => ({
    sheet: "S",
    area: { top: 10 + 2 * i, left: 1, bottom: 10 + 2 * i, right: 9 },
    kind: "droppedRow",
    style: { fill: "#FFEB9C" },
    note: "",
  }));
  const rules = highlightRules(areas, true, 500);
  expect(rules.length).toBeGreaterThan(1);
  for (const rule of rules) expect(rule.address.length).toBeLessThanOrEqual(500);
  expect(rules.flatMap((r) => r.address.split(","))).toHaveLength(300);
  // Adjacent rows of one kind and column span join into one area first.
  const rows = areas.map((a, i) => ({ ...a, area: { ...a.area, top: 10 + i, bottom: 10 + i } }));
  expect(highlightRules(rows, true)).toEqual([
    { sheet: "S", address: "B11:J310", multiArea: false, kind: "droppedRow", style: { fill: "#FFEB9C" } },
  ]);
});
