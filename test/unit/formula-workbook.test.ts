/**
 * The formula pre-pass inside the whole reading (analyseWorkbook): totals and indices saved as formulas
 * without results are computed, not rebuilt from the fields behind the user's back; last year's workbook
 * too; a formula that cannot be computed stops the run; a total cell that is really blank is said.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { parseSettings } from "../../src/core/settings";

const UNITS: [string, number[]][] = [
  ["Sở Tư pháp", [9, 7, 11]],
  ["Sở Nội vụ", [8, 5.99, 10]],
  ["Sở Y tế", [6, 5, 8.99]],
];

/**
 * A table on rows 3–7 (header, max row, group row, units from row 6): fields in C–E, "Tổng điểm" in F and
 * "Chỉ số (%)" in G, both formulas saved without results unless `total` says otherwise.
 */
function sheet(
  name: string,
  year: number,
  total: (row: number) => string | null | number = (r) => `SUM(C${r}:E${r})`,
): Grid {
  const rows: CellValue[][] = [
    [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`, null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    [
      "STT",
      "Tên cơ quan, đơn vị",
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Chính quyền số",
      "Tổng điểm",
      "Chỉ số (%)",
    ],
    [null, "Điểm tối đa", 10, 8, 12, 30, 100],
    ["I", "CÁC SỞ, BAN, NGÀNH", null, null, null, null, null],
  ];
  const formulas = new Map<string, string>();
  UNITS.forEach(([unit, scores], i) => {
    const row = 6 + i;
    const t = total(row);
    rows.push([i + 1, unit, ...scores, typeof t === "number" ? t : null, null]);
    if (typeof t === "string") formulas.set(`F${row}`, t);
    formulas.set(`G${row}`, `ROUND(F${row}/$F$4*100,2)`);
  });
  return { sheet: name, top: 1, left: 1, values: rows, merges: [], formulas };
}

const settings = parseSettings({});

describe("analyseWorkbook with formulas saved without their results", () => {
  it("computes the totals as written and says so, naming the columns", () => {
    const analysis = analyseWorkbook({ grids: [sheet("Sở", 2021)], settings });
    expect(analysis.units.map((u) => [u.name, u.score])).toEqual([
      ["Sở Tư pháp", 27],
      ["Sở Nội vụ", 23.99], // 23.990000000000002 in binary, as Excel stores it; the analysis shows 15 digits
      ["Sở Y tế", 19.99],
    ]);
    expect(analysis.warnings[0]).toMatchObject({
      key: "formulasEvaluated",
      sheet: "Sở",
      params: { columns: "F, G", count: 6, functions: "SUM, ROUND" },
    });
    expect(analysis.warnings.map((w) => w.key)).not.toContain("totalBlankComputed");
  });

  it("computes a total the way its formula says, not as the sum of the fields", () => {
    // The sheet's own total leaves out the third field: the product must not "correct" it; the
    // plausibility gate then refuses the table, naming the total column.
    const grids = [sheet("Sở", 2021, (r) => `C${r}+D${r}`)];
    const analysis = analyseWorkbook({ grids, settings, allowUnranked: true });
    expect(analysis.units.map((u) => u.score)).toEqual([16, 13.99, 11]);
    expect(analysis.refusal).not.toBeNull();
  });

  it("does the same for last year's workbook, whose warning names its own sheet", () => {
    const analysis = analyseWorkbook({
      grids: [sheet("Năm 2021", 2021)],
      previousGrids: [sheet("Năm 2020", 2020)],
      settings,
    });
    expect(analysis.units.every((u) => u.previousRank !== null)).toBe(true);
    expect(analysis.warnings.filter((w) => w.key === "formulasEvaluated").map((w) => w.sheet)).toEqual([
      "Năm 2021",
      "Năm 2020",
    ]);
  });

  it("stops, naming the cell, when a formula in the table is not plain arithmetic", () => {
    const grids = [
      sheet("Sở", 2021, (r) => (r === 7 ? `VLOOKUP(B${r},Khác!A:B,2,FALSE)` : `SUM(C${r}:E${r})`)),
    ];
    expect(() => analyseWorkbook({ grids, settings })).toThrow(InputError);
    expect(() => analyseWorkbook({ grids, settings, allowUnranked: true })).toThrow(
      /F7, G7 — ô F7 là “=VLOOKUP/,
    );
  });

  it("says when a blank total cell is replaced by the sum of the fields", () => {
    const grids = [sheet("Sở", 2021, (r) => (r === 6 ? null : `SUM(C${r}:E${r})`))];
    const analysis = analyseWorkbook({ grids, settings });
    expect(analysis.units[0].score).toBe(27);
    expect(analysis.warnings.filter((w) => w.key === "totalBlankComputed")).toEqual([
      expect.objectContaining({
        sheet: "Sở",
        row: 6,
        column: 6,
        params: { name: "Sở Tư pháp", computed: 27 },
      }),
    ]);
  });
});
