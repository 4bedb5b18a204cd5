/**
 * Which sheets hold this year's score table (src/core/workbook.ts findTables): a lookup list beside the score
 * sheet (unit → one number, the source of a VLOOKUP) is not a second score table; two full tables of the same
 * year still need the user's choice.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { findTables } from "../../src/core/workbook";

function grid(sheet: string, rows: CellValue[][]): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet,
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
  };
}

const SCORES = grid("KetQua", [
  ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  [],
  ["STT", "Tên đơn vị", "Cải cách thể chế (10 điểm)", "Cải cách TTHC (12 điểm)", "Tổng điểm"],
  ["I", "CÁC SỞ, BAN, NGÀNH"],
  [1, "Sở Nội vụ", 8, 9, 17],
  [2, "Sở Tư pháp", 7, 10, 17],
  [3, "Sở Y tế", 6, 11, 17],
]);
const LOOKUP = grid("XHH", [
  ["Đơn vị", "Điểm điều tra XHH"],
  ["Sở Nội vụ", 25.96],
  ["Sở Tư pháp", 25.09],
  ["Sở Y tế", 30.56],
]);

test("a lookup list beside the score sheet is left out, with a notice naming it", () => {
  const found = findTables([SCORES, LOOKUP]);
  expect(found.current.map((t) => t.sheet)).toEqual(["KetQua"]);
  expect(found.notices.map((n) => [n.key, n.params.name])).toEqual([["lookupSheetSkipped", "XHH"]]);
});

test("two full score tables of the same year, same groups, still ask which one", () => {
  const other = { ...SCORES, sheet: "KetQua (2)" };
  expect(() => findTables([SCORES, other])).toThrow(InputError);
});

test("a lookup list alone is still read (it may be all the user has)", () => {
  expect(findTables([LOOKUP]).current.map((t) => t.sheet)).toEqual(["XHH"]);
});
