/**
 * D6: text such as "7.500" is 7,5 to whoever typed it on an English keyboard and 7 500 to a Vietnamese reader (the
 * point groups thousands). The cell alone cannot tell; the sheet can. In a sheet whose other text numbers write
 * decimals with a comma ("7,5", "6,25") the cell is never read silently: the reading the cell's maximum allows is
 * taken and said, or — when both readings could be — the cell is not used and both readings are said. A sheet that
 * writes decimals with a point everywhere reads "7.500" as 7,5 without a word.
 */
import { readCell } from "../../src/core/cellValue";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { describeProblem, type Problem } from "../../src/core/problems";
import { parseSettings } from "../../src/core/settings";

describe("readCell: a lone separator before three digits carries its other reading", () => {
  it.each([
    ["7.500", 7.5, ".", 7500],
    ["7,500", 7.5, ",", 7500],
    ["12.000", 12, ".", 12000],
    ["-1.250", -1.25, ".", -1250],
    ["85.500%", 85.5, ".", 85500],
  ])("%p reads %p, and %p could group thousands: %p", (input, value, separator, grouped) => {
    expect(readCell(input)).toMatchObject({ kind: "number", value, separator, grouped });
  });

  it.each([
    ["7,5", ","],
    ["6,25", ","],
    ["0,500", ","],
    ["0.500", "."],
    ["1234.5", "."],
    ["7.50", "."],
    ["7.5000", "."],
    ["85,5%", ","],
  ])("%p can only have a decimal mark (%p)", (input, separator) => {
    const reading = readCell(input);
    expect(reading).toMatchObject({ kind: "number", separator });
    expect(reading).not.toHaveProperty("grouped");
  });

  it("numbers typed as numbers and text without a separator carry neither", () => {
    expect(readCell(7.5)).toEqual({ kind: "number", value: 7.5, fromText: false, percent: false });
    expect(readCell("12")).toEqual({ kind: "number", value: 12, fromText: true, percent: false });
  });
});

const FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Xây dựng chính quyền điện tử, chính quyền số",
];

/**
 * A sheet: header, max row, one group, units with their cells as given (text or numbers), a total column, and an
 * index column when a unit gives its index.
 */
function sheet(
  units: [string, CellValue[], CellValue, CellValue?][],
  maxima: CellValue[] = [10, 8, 12],
  totalMax: CellValue = 30,
): Grid {
  const index = units.some((u) => u[3] !== undefined);
  const rows: CellValue[][] = [
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    [],
    ["STT", "Tên cơ quan, đơn vị", ...FIELDS, "Tổng điểm", ...(index ? ["Chỉ số (%)"] : [])],
    [null, "Điểm tối đa", ...maxima, totalMax],
    ["I", "CÁC SỞ, BAN, NGÀNH"],
    ...units.map(([unit, scores, total, i], n) => [
      n + 1,
      unit,
      ...scores,
      total,
      ...(index ? [i ?? null] : []),
    ]),
  ];
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet: "Bảng điểm",
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
  };
}

const run = (...grids: Grid[]) => analyseWorkbook({ grids, settings: parseSettings({}) });
const about = (warnings: readonly Problem[]) =>
  warnings.filter((w) => w.key.startsWith("separator") || w.key === "componentAmbiguous");
const scoreOf = (a: ReturnType<typeof run>, unit: string, component = 0) =>
  a.units.find((u) => u.name === unit)!.components[component].score;

describe("a sheet that writes decimals with a comma", () => {
  const comma = () =>
    sheet([
      ["Sở Tư pháp", ["7.500", "6,25", "10,5"], "24,25"],
      ["Sở Nội vụ", ["8,5", "7,25", "11"], "26,75"],
      ["Sở Y tế", ["9", "6.250", "12.000"], "27,25"],
    ]);

  it("takes the reading the maximum allows (7,5 — 7 500 is above 10) and says so, naming the cell", () => {
    const a = run(comma());
    expect(scoreOf(a, "Sở Tư pháp")).toBe(7.5);
    expect(scoreOf(a, "Sở Y tế", 1)).toBe(6.25);
    expect(scoreOf(a, "Sở Y tế", 2)).toBe(12);
    expect(a.units.map((u) => u.index)).toEqual([80.83, 89.17, 90.83].map((x) => expect.closeTo(x, 2)));
    const warnings = about(a.warnings);
    expect(warnings.map((w) => [w.key, w.row, w.column])).toEqual([
      ["separatorReadingTaken", 6, 3],
      ["separatorReadingTaken", 8, 4],
      ["separatorReadingTaken", 8, 5],
    ]);
    expect(describeProblem(warnings[0], "vi")).toBe(
      "Trang tính “Bảng điểm”, ô C6: Ô điểm lĩnh vực “Cải cách thể chế” là “7.500”: đọc là 7,5 (“.” là dấu " +
        "thập phân), vì cách đọc kia, 7 500, vượt quá 10 là mức cao nhất của ô này; nhưng các số khác trong trang " +
        "viết dấu thập phân bằng “,”, nên hãy kiểm tra và gõ lại ô là “7,5”.",
    );
    expect(describeProblem(warnings[2], "en")).toBe(
      "Sheet “Bảng điểm”, cell E8: The “Xây dựng chính quyền điện tử, chính quyền số” cell holds “12.000”: read " +
        "as 12 (“.” as the decimal mark), since the other reading, 12 000, exceeds 12, the most this cell can hold; " +
        "but the sheet's other numbers write decimals with “,”, so check it and retype it as “12”.",
    );
  });

  it("does not use a cell both readings fit (no maximum known) and says both readings and how to retype it", () => {
    const grid = sheet(
      [
        ["Sở Tư pháp", ["7.500", "6,25", "10,5"], "24,25", "80,83"],
        ["Sở Nội vụ", ["8,5", "7,25", "11"], "26,75", "89,17"],
      ],
      [null, 8, 12],
      null,
    );
    const a = run(grid);
    expect(scoreOf(a, "Sở Tư pháp")).toBeNull();
    const warnings = about(a.warnings);
    expect(warnings.map((w) => [w.key, w.row, w.column])).toEqual([["separatorAmbiguous", 6, 3]]);
    expect(describeProblem(warnings[0], "vi")).toBe(
      "Trang tính “Bảng điểm”, ô C6: Ô điểm lĩnh vực “Cải cách thể chế” là “7.500”, đọc được hai cách: 7,5 (nếu " +
        "“.” là dấu thập phân) hoặc 7 500 (nếu “.” phân cách hàng nghìn), vì các số khác trong trang viết dấu thập " +
        "phân bằng “,”. Ô này không được dùng; hãy gõ lại ô: “7,5” hoặc “7500”.",
    );
    expect(describeProblem(warnings[0], "en")).toContain(
      "reads two ways: 7.5 (“.” as the decimal mark) or 7 500",
    );
  });

  it("does not use a cell neither reading fits (12,5 and 12 500 both above 10)", () => {
    const a = run(
      sheet([
        ["Sở Tư pháp", ["12.500", "6,25", "10,5"], null],
        ["Sở Nội vụ", ["8,5", "7,25", "11"], null],
      ]),
    );
    expect(scoreOf(a, "Sở Tư pháp")).toBeNull();
    expect(about(a.warnings).map((w) => w.key)).toEqual(["separatorAmbiguous"]);
  });

  it("settles the total and the index cells too, against the table's maximum and 100", () => {
    const grid = sheet([
      ["Sở Tư pháp", ["7,5", "6,25", "10,5"], "24.250", "80,83"],
      ["Sở Nội vụ", ["8,5", "7,25", "11"], "26,75", "89.170"],
    ]);
    const a = run(grid);
    expect(a.units.map((u) => u.score)).toEqual([24.25, 26.75]);
    // 89,17 is checked against the index computed (89,1667): no disagreement, nothing unread.
    expect(a.warnings.map((w) => w.key)).not.toContain("indexDisagrees");
    expect(a.warnings.map((w) => w.key)).not.toContain("indexNotNumber");
    const warnings = about(a.warnings);
    expect(warnings.map((w) => [w.key, w.params.subject, w.row, w.column])).toEqual([
      ["separatorReadingTaken", "separatorSubjectTotal", 6, 6],
      ["separatorReadingTaken", "separatorSubjectIndex", 7, 7],
    ]);
    expect(describeProblem(warnings[0], "vi")).toContain(
      "Ô tổng điểm của “Sở Tư pháp” là “24.250”: đọc là 24,25",
    );
    expect(describeProblem(warnings[1], "vi")).toContain("vì cách đọc kia, 89 170, vượt quá 100");
  });

  it("reads a comma before three digits ('7,500') as the sheet does, without a word", () => {
    const a = run(
      sheet([
        ["Sở Tư pháp", ["7,500", "6,25", "10,5"], "24,25"],
        ["Sở Nội vụ", ["8,5", "7,25", "11"], "26,75"],
      ]),
    );
    expect(scoreOf(a, "Sở Tư pháp")).toBe(7.5);
    expect(about(a.warnings)).toEqual([]);
  });

  it("takes the convention from the table's other sheets (per-unit forms) when the cell's own sheet shows none", () => {
    const form = (sheet: string, unit: string, points: [CellValue, CellValue]): Grid => ({
      sheet,
      top: 1,
      left: 1,
      values: [
        [`PHIẾU CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA ${unit}`, null, null, null, null],
        ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
        ["1", "Công tác chỉ đạo, điều hành", 10, 10, points[0]],
        ["2", "Cải cách thủ tục hành chính", 20, 20, points[1]],
      ],
      merges: [],
    });
    const a = run(
      form("Phieu 1", "SỞ TÀI CHÍNH", ["8,5", "15,25"]),
      form("Phieu 2", "SỞ Y TẾ", [9, "16.500"]),
      form("Phieu 3", "SỞ NỘI VỤ", [9.5, 17]),
    );
    expect(a.units.find((u) => u.name === "SỞ Y TẾ")!.score).toBe(25.5);
    expect(about(a.warnings).map((w) => [w.key, w.sheet, w.row, w.column])).toEqual([
      ["separatorReadingTaken", "Phieu 2", 4, 5],
    ]);
  });
});

describe("a sheet that writes decimals with a point (English style)", () => {
  it("reads a whole column of '7.500' as 7,5 without a word", () => {
    const a = run(
      sheet([
        ["Sở Tư pháp", ["7.500", "6.25", "10.5"], "24.25"],
        ["Sở Nội vụ", ["8.250", "7.25", "11"], "26.5"],
        ["Sở Y tế", ["9.125", "6.250", "12.000"], "27.375"],
      ]),
    );
    expect(scoreOf(a, "Sở Tư pháp")).toBe(7.5);
    expect(scoreOf(a, "Sở Nội vụ")).toBe(8.25);
    expect(scoreOf(a, "Sở Y tế", 2)).toBe(12);
    expect(about(a.warnings)).toEqual([]);
    expect(a.warnings.map((w) => w.key)).not.toContain("totalDisagrees");
  });

  it("says when a comma before three digits ('7,500') could be 7 500 there", () => {
    const a = run(
      sheet([
        ["Sở Tư pháp", ["7,500", "6.25", "10.5"], "24.25"],
        ["Sở Nội vụ", ["8.5", "7.25", "11"], "26.75"],
      ]),
    );
    expect(scoreOf(a, "Sở Tư pháp")).toBe(7.5);
    expect(about(a.warnings).map((w) => [w.key, w.params.decimalMark, w.params.asDecimal])).toEqual([
      ["separatorReadingTaken", ".", "7.5"],
    ]);
  });

  it("reads '7.500' in a sheet of numbers typed as numbers (no text shows a decimal mark) as before", () => {
    const a = run(
      sheet([
        ["Sở Tư pháp", ["7.500", 6.25, 10.5], 24.25],
        ["Sở Nội vụ", [8.5, 7.25, 11], 26.75],
      ]),
    );
    expect(scoreOf(a, "Sở Tư pháp")).toBe(7.5);
    expect(about(a.warnings)).toEqual([]);
  });
});
