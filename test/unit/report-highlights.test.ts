/**
 * Highlights of the score table follow the lists: the dropped units' rows, the component cells the explanation
 * list names, and the other components below the threshold only when settings.highlightAllComponents asks —
 * in absolute 0-based coordinates of the source sheet, adjacent cells of a row merged into one area — with a
 * legend per highlighted sheet.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Analysis, ComponentResult, UnitResult } from "../../src/core/analyse";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { DetectedTable } from "../../src/core/detect";
import type { Grid } from "../../src/core/grid";
import {
  BELOW_OTHER_STYLE,
  BELOW_THRESHOLD_STYLE,
  DROPPED_ROW_STYLE,
  planHighlights,
} from "../../src/core/report";
import { parseSettings } from "../../src/core/settings";
import { findTables } from "../../src/core/workbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const root = path.resolve(__dirname, "../..");

async function grids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.join(root, file)), { fileName: path.basename(file) });
  return book.sheets.map((s) => book.grid(s.name));
}

describe("planHighlights on Hải Dương 2021", () => {
  let analysis: Analysis;
  let table: DetectedTable;
  beforeAll(async () => {
    const settings = parseSettings({});
    const current = await grids("examples/hai-duong-2021.xlsx");
    analysis = analyseWorkbook({
      grids: current,
      previousGrids: await grids("examples/hai-duong-2020.xlsx"),
      settings,
    });
    [table] = findTables(current, {}).current;
  });

  it("marks the row of each of the 10 dropped units across the table's columns", () => {
    const rows = planHighlights(analysis, [table]).areas.filter((a) => a.kind === "droppedRow");
    expect(rows).toHaveLength(10);
    const columns = [
      ...Object.values(table.roles).filter((c): c is number => c !== undefined),
      ...table.components.flatMap((c) => c.columns),
    ];
    for (const area of rows) {
      expect(area.sheet).toBe("Chỉ số CCHC 2021");
      expect(area.area.top).toBe(area.area.bottom);
      expect(area.area.left).toBe(Math.min(...columns) - 1);
      expect(area.area.right).toBe(Math.max(...columns) - 1);
      expect(area.style).toEqual(DROPPED_ROW_STYLE);
    }
    const chiLinh = analysis.units.find((u) => u.name === "TP Chí Linh") as UnitResult;
    const mark = rows.find((a) => a.area.top === chiLinh.row - 1);
    expect(mark?.note).toBe("Tụt 2 bậc so với năm trước (hạng 1 → 3)");
    const dropped = analysis.units.filter((u) => u.comparable && (u.rankChange as number) < 0);
    expect(rows.map((a) => a.area.top + 1).sort((a, b) => a - b)).toEqual(
      dropped.map((u) => u.row).sort((a, b) => a - b),
    );
  });

  /** The 1-based "row:column" cells of the areas of one kind. */
  const cellsOf = (
    areas: readonly { kind: string; area: { top: number; left: number; right: number } }[],
    kind: string,
  ) => {
    const marked = new Set<string>();
    for (const a of areas)
      if (a.kind === kind)
        for (let c = a.area.left; c <= a.area.right; c++) marked.add(`${a.area.top + 1}:${c + 1}`);
    return marked;
  };

  it("marks exactly the cells of the 8 explanations, not every component below the threshold", () => {
    const plan = planHighlights(analysis, [table]);
    const cells = plan.areas.filter((a) => a.kind === "belowThreshold");
    for (const a of cells) expect(a.style).toEqual(BELOW_THRESHOLD_STYLE);
    expect(plan.areas.some((a) => a.kind === "belowOther")).toBe(false);
    const marked = cellsOf(plan.areas, "belowThreshold");
    const expected = new Set<string>();
    for (const e of analysis.explanations) {
      const unit = analysis.units.find((u) => u.name === e.unit && u.group === e.group) as UnitResult;
      const spec = table.components.find((c) => c.name === e.component);
      for (const column of spec?.columns ?? []) expected.add(`${unit.row}:${column}`);
    }
    expect(analysis.explanations).toHaveLength(8);
    expect(marked).toEqual(expected);
    // Other components are below the threshold too; they need no explanation and stay unmarked.
    const below = analysis.units.flatMap((u) => u.components.filter((c) => c.below === true));
    expect(below.length).toBeGreaterThan(analysis.explanations.length);
    const xd = analysis.units.find((u) => u.name === "Sở Xây dựng") as UnitResult;
    const tthc = table.components.find((c) => c.name === "Cải cách thủ tục hành chính");
    const note = cells.find(
      (a) => a.area.top === xd.row - 1 && a.area.left <= (tthc?.columns[0] ?? 0) - 1,
    )?.note;
    expect(note).toContain("Cải cách thủ tục hành chính: 7,2/9,8 điểm = 73,47%, dưới 75% điểm tối đa");
  });

  it("marks the other components below the threshold in a third style only when the settings ask", () => {
    const settings = parseSettings({ highlightAllComponents: true });
    const plan = planHighlights(analysis, [table], { settings });
    const other = cellsOf(plan.areas, "belowOther");
    const expected = new Set<string>();
    for (const u of analysis.units)
      u.components.forEach((c, i) => {
        const explained = analysis.explanations.some(
          (e) => e.unit === u.name && e.group === u.group && e.component === c.name,
        );
        if (c.below === true && !explained)
          for (const column of table.components[i].columns) expected.add(`${u.row}:${column}`);
      });
    expect(expected.size).toBeGreaterThan(0);
    expect(other).toEqual(expected);
    for (const a of plan.areas.filter((x) => x.kind === "belowOther"))
      expect(a.style).toEqual(BELOW_OTHER_STYLE);
    expect(cellsOf(plan.areas, "belowThreshold")).toEqual(
      cellsOf(planHighlights(analysis, [table]).areas, "belowThreshold"),
    );
    // The explicit option wins over the settings.
    expect(
      planHighlights(analysis, [table], { settings, highlightAllComponents: false }).areas.some(
        (a) => a.kind === "belowOther",
      ),
    ).toBe(false);
  });

  it("gives each highlighted sheet a legend at its table's header: one entry per kind marked, in its look", () => {
    const plan = planHighlights(analysis, [table], {
      settings: parseSettings({ highlightAllComponents: true }),
    });
    expect(plan.legends).toHaveLength(1);
    const [legend] = plan.legends ?? [];
    expect(legend.sheet).toBe("Chỉ số CCHC 2021");
    expect(legend.row).toBe(table.headerTop - 1);
    expect(legend.entries.map((e) => [e.kind, e.style])).toEqual([
      ["droppedRow", DROPPED_ROW_STYLE],
      ["belowOther", BELOW_OTHER_STYLE],
      ["belowThreshold", BELOW_THRESHOLD_STYLE],
    ]);
    expect(legend.entries[2].label).toBe(
      "Phải báo cáo giải trình: Cải cách thủ tục hành chính; Xây dựng và phát triển chính quyền điện tử, chính quyền số dưới 75% điểm tối đa",
    );
    expect(planHighlights(analysis, []).legends).toEqual([]);
  });

  it("lists dropped rows first, so a below-threshold cell in a dropped row keeps its own style", () => {
    const kinds = planHighlights(analysis, [table]).areas.map((a) => a.kind);
    expect(kinds.lastIndexOf("droppedRow")).toBeLessThan(kinds.indexOf("belowThreshold"));
    expect(DROPPED_ROW_STYLE.fill).not.toBe(BELOW_THRESHOLD_STYLE.fill);
    // More than colour tells them apart (black-and-white print).
    expect(DROPPED_ROW_STYLE.italic).toBe(true);
    expect(BELOW_THRESHOLD_STYLE.bold).toBe(true);
  });

  it("speaks English on request and marks nothing without the tables", () => {
    const en = planHighlights(analysis, [table], { language: "en" });
    expect(en.areas.some((a) => a.note === "Dropped 2 places since last year (rank 1 → 3)")).toBe(true);
    expect(planHighlights(analysis, []).areas).toEqual([]);
  });
});

describe("planHighlights areas", () => {
  const component = (name: string, below: boolean): ComponentResult => ({
    id: name.charCodeAt(0) - 65,
    name,
    score: below ? 5 : 9,
    max: 10,
    percent: below ? 50 : 90,
    below,
    applicable: true,
  });
  const unit = (row: number, components: ComponentResult[], rankChange: number | null): UnitResult => ({
    name: `Đơn vị ${row}`,
    group: "Khối",
    sheet: "Sở",
    row,
    score: 50,
    max: 100,
    index: 50,
    band: "Trung bình",
    rank: 2,
    previousRank: rankChange === null ? null : 2 + rankChange,
    rankChange,
    comparable: rankChange !== null,
    notComparableReason: rankChange === null ? "notComparableUnmatched" : null,
    rating: null,
    ratingDerived: false,
    components,
    assessed: true,
    cells: {
      name: { sheet: "Sở", row, column: 2 },
      group: null,
      total: { sheet: "Sở", row, column: 8 },
      index: null,
      unitMax: null,
      previousRank: null,
      rank: null,
      rating: null,
      components: [[3, 4], [5], [7]].map((columns) => ({
        points: columns.map((column) => ({ sheet: "Sở", row, column })),
        max: null,
      })),
    },
  });
  // Columns: B name, C–D component A (two parts), E component B, F component C, H total; grid offset irrelevant.
  const table = {
    sheet: "Sở",
    roles: { stt: 1, name: 2, total: 8 },
    components: [
      { name: "A", columns: [3, 4], max: 10, maxSource: "row" },
      { name: "B", columns: [5], max: 10, maxSource: "row" },
      { name: "C", columns: [7], max: 10, maxSource: "row" },
    ],
    units: [
      { row: 12, name: "Đơn vị 12", group: "Khối", cells: { name: { sheet: "Sở", row: 12, column: 2 } } },
      { row: 13, name: "Đơn vị 13", group: "Khối", cells: { name: { sheet: "Sở", row: 13, column: 2 } } },
    ],
  } as unknown as DetectedTable;

  /** An analysis whose explanation list names every component below the threshold, or only `explained`. */
  const analysisOf = (units: UnitResult[], explained?: readonly [number, string][]): Analysis =>
    ({
      units,
      components: ["A", "B", "C"].map((name) => ({ name, max: 10, checked: true })),
      explanations: units.flatMap((u) =>
        u.components
          .filter((c) => c.below === true)
          .filter(
            (c) =>
              explained === undefined || explained.some(([row, name]) => row === u.row && name === c.name),
          )
          .map((c) => ({ unit: u.name, group: u.group, component: c.name, score: 5, max: 10, percent: 50 })),
      ),
    }) as unknown as Analysis;

  it("merges adjacent cells of one unit row and keeps separate runs apart", () => {
    const analysis = analysisOf([
      unit(12, [component("A", true), component("B", true), component("C", true)], -1),
      unit(13, [component("A", false), component("B", true), component("C", false)], null),
    ]);
    const { areas } = planHighlights(analysis, [table]);
    expect(areas.map((a) => [a.kind, a.area])).toEqual([
      ["droppedRow", { top: 11, left: 0, bottom: 11, right: 7 }],
      ["belowThreshold", { top: 11, left: 2, bottom: 11, right: 4 }],
      ["belowThreshold", { top: 11, left: 6, bottom: 11, right: 6 }],
      ["belowThreshold", { top: 12, left: 4, bottom: 12, right: 4 }],
    ]);
    expect(areas[1].note).toBe(
      "A: 5/10 điểm = 50%, dưới 75% điểm tối đa; B: 5/10 điểm = 50%, dưới 75% điểm tối đa",
    );
  });

  it("uses the threshold it is given in the notes", () => {
    const analysis = analysisOf([unit(13, [component("A", true)], 0)]);
    const { areas } = planHighlights(analysis, [table], { threshold: 0.8 });
    expect(areas).toHaveLength(1);
    expect(areas[0].note).toBe("A: 5/10 điểm = 50%, dưới 80% điểm tối đa");
  });

  it("keeps a checked component the list leaves out (the “both” rule) apart from the ones it names", () => {
    const units = [unit(12, [component("A", true), component("B", true), component("C", false)], null)];
    const analysis = analysisOf(units, [[12, "A"]]);
    expect(planHighlights(analysis, [table]).areas.map((a) => [a.kind, a.area])).toEqual([
      ["belowThreshold", { top: 11, left: 2, bottom: 11, right: 3 }],
    ]);
    const all = planHighlights(analysis, [table], { highlightAllComponents: true }).areas;
    expect(all.map((a) => [a.kind, a.area])).toEqual([
      ["belowOther", { top: 11, left: 4, bottom: 11, right: 4 }],
      ["belowThreshold", { top: 11, left: 2, bottom: 11, right: 3 }],
    ]);
  });
});
