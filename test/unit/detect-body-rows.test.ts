/**
 * Rows of the body that are not units, and a group column's spellings (found by the independent unseen-workbook
 * tests, test/unseen): a numbering row with notes ("(11)=(3)+…+(10)"), a spacer row above the maxima, average
 * and grand-total rows ("Điểm bình quân", "Tổng cuối"), and one group written several ways.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const HEADER = ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế", "Cải cách TTHC", "Tổng điểm", "Chỉ số (%)"];
const MAXIMA = [null, "Điểm tối đa", 10, 20, 30, null];

function grid(rows: CellValue[][]): Grid {
  const all: CellValue[][] = [["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"], [], ...rows];
  const width = Math.max(...all.map((r) => r.length));
  return {
    sheet: "KQ",
    top: 1,
    left: 1,
    values: all.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
  };
}

const unit = (n: number, a: number, b: number, extra: CellValue[] = []): CellValue[] => [
  n,
  `Sở số ${n}`,
  a,
  b,
  a + b,
  Math.round(((a + b) / 30) * 10000) / 100,
  ...extra,
];

const analyse = (rows: CellValue[][]) => analyseWorkbook({ grids: [grid(rows)], settings: DEFAULT_SETTINGS });

test("a numbering row whose cells carry notes ('(5)=(3)+(4)') belongs to the header, not the units", () => {
  const a = analyse([
    HEADER,
    ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)", "(6)=(5)/30"],
    MAXIMA,
    unit(1, 8, 15),
    unit(2, 7, 16),
  ]);
  expect(a.units.map((u) => u.name)).toEqual(["Sở số 1", "Sở số 2"]);
  expect(a.warnings.filter((w) => w.key.startsWith("component"))).toEqual([]);
});

test("a spacer row between the header and the maxima does not make the maxima row a unit", () => {
  const a = analyse([HEADER, [], MAXIMA, unit(1, 8, 15), unit(2, 5, 10)]);
  expect(a.units.map((u) => u.name)).toEqual(["Sở số 1", "Sở số 2"]);
  expect(a.components.map((c) => c.max)).toEqual([10, 20]);
  // With the maxima read, the 75 % rule applies to the checked field: 10/20 is below.
  expect(a.explanations.map((e) => [e.unit, e.component])).toEqual([["Sở số 2", "Cải cách TTHC"]]);
});

test("average and grand-total rows are not units", () => {
  const a = analyse([
    HEADER,
    MAXIMA,
    unit(1, 8, 15),
    unit(2, 7, 16),
    [null, "Điểm bình quân", 7.5, 15.5, 23, 76.67],
    [null, "Tổng cuối", 15, 31, 46, null],
    [null, "Chỉ số bình quân", null, null, null, 76.67],
  ]);
  expect(a.units.map((u) => u.name)).toEqual(["Sở số 1", "Sở số 2"]);
});

test("one group written several ways in the group column is one group, with a warning naming the spellings", () => {
  const header = [...HEADER, "Khối"];
  const a = analyse([
    header,
    [...MAXIMA, null],
    unit(1, 8, 15, ["Sở, ngành"]),
    unit(2, 7, 17, ["SỞ, NGÀNH"]),
    unit(3, 6, 14, ["Sở ngành"]),
    unit(4, 9, 18, ["Huyện"]),
  ]);
  expect([...new Set(a.units.map((u) => u.group))]).toEqual(["Sở, ngành", "Huyện"]);
  expect(a.units.filter((u) => u.group === "Sở, ngành").map((u) => u.rank)).toEqual([2, 1, 3]);
  const warning = a.warnings.find((w) => w.key === "groupSpellings");
  expect(warning?.params).toMatchObject({ group: "Sở, ngành", others: "“SỞ, NGÀNH”, “Sở ngành”" });
});

test("different groups stay apart (the kind of unit differs: not one group)", () => {
  const a = analyse([
    [...HEADER, "Khối"],
    [...MAXIMA, null],
    unit(1, 8, 15, ["Khối phường"]),
    unit(2, 7, 16, ["Khối xã"]),
  ]);
  expect(new Set(a.units.map((u) => u.group)).size).toBe(2);
  expect(a.warnings.some((w) => w.key === "groupSpellings")).toBe(false);
});

test("a maxima row under each group's title gives that group's units their maxima", () => {
  const a = analyse([
    HEADER,
    ["I", "CÁC SỞ, BAN, NGÀNH"],
    [null, "Điểm tối đa", 10, 20, 30, null],
    unit(1, 8, 14),
    unit(2, 9, 16),
    ["II", "UBND CÁC HUYỆN"],
    [null, "Điểm tối đa", 14, 16, 30, null],
    [1, "Huyện A", 12, 11, 23, 76.67],
    [2, "Huyện B", 10, 13, 23, 76.67],
  ]);
  const maxima = (name: string) => a.units.find((u) => u.name === name)?.components.map((c) => c.max);
  expect(maxima("Sở số 1")).toEqual([10, 20]);
  expect(maxima("Huyện A")).toEqual([14, 16]);
  // 14/20 (sở) and 11/16 (huyện) are below 75 % of their own group's maximum; 13/16 is not.
  expect(a.explanations.map((e) => [e.unit, e.score, e.max])).toEqual([
    ["Sở số 1", 14, 20],
    ["Huyện A", 11, 16],
  ]);
  expect(a.warnings.filter((w) => w.key === "maxMissing")).toEqual([]);
  expect(a.units.map((u) => u.name)).not.toContain("Điểm tối đa");
});

test("a footnote under the table is not a unit, and a footnote mark is not part of a name", () => {
  const a = analyse([
    HEADER,
    MAXIMA,
    [1, "Sở Y tế (*)", 8, 15, 23, 76.67],
    unit(2, 7, 17),
    [],
    ["(*) Đơn vị có phản ánh, kiến nghị về kết quả thẩm định, đã được xem xét lại."],
  ]);
  expect(a.units.map((u) => u.name)).toEqual(["Sở Y tế", "Sở số 2"]);
});

test("two tables side by side (two name columns) are refused, naming both columns", () => {
  expect(() =>
    analyse([
      [...HEADER, null, "STT", "Tên cơ quan, đơn vị", "Cải cách thể chế", "Cải cách TTHC", "Tổng điểm"],
      [...MAXIMA, null, null, "Điểm tối đa", 10, 20, 30],
      [...unit(1, 8, 15), null, 1, "Huyện A", 9, 16, 25],
      [...unit(2, 7, 16), null, 2, "Huyện B", 8, 17, 25],
    ]),
  ).toThrow(/hai cột tên đơn vị \(cột B và cột I\)/);
});
