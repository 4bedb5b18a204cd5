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

// ---------------------------------------------------------------------------------------------------------
// A summary beside the sheets it sums up (Vĩnh Phúc 2024: "Tổng hợp" with totals only, a sheet per group with the
// fields), and the sheets a score table is computed from (Bắc Kạn 2024: "Chi tiết TTHC", "Điểm XHH").

const SO: [string, number, number][] = [
  ["Sở Nội vụ", 8, 9],
  ["Sở Tư pháp", 7, 10],
  ["Sở Y tế", 6, 11],
];
const HUYEN: [string, number, number][] = [
  ["Huyện Tam Đảo", 9, 8],
  ["Huyện Lập Thạch", 5, 12],
];

/** A group sheet: two fields with their maxima, the total and the index. */
function groupSheet(sheet: string, title: string, units: [string, number, number][]): Grid {
  return grid(sheet, [
    [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 ${title}`],
    [],
    [
      "STT",
      "Tên cơ quan, đơn vị",
      "Cải cách thể chế (10 điểm)",
      "Cải cách TTHC (12 điểm)",
      "Tổng điểm",
      "Chỉ số (%)",
    ],
    ...units.map(([name, a, b], i) => [i + 1, name, a, b, a + b, ((a + b) / 22) * 100]),
  ]);
}

/** The summary: every unit once under its group's heading, total and index only. */
function summary(total: (name: string, sum: number) => number = (_, sum) => sum): Grid {
  const rows = (units: [string, number, number][]) =>
    units.map(([name, a, b], i) => [i + 1, name, total(name, a + b), ((a + b) / 22) * 100]);
  return grid("Tổng hợp", [
    ["TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    [],
    ["STT", "Tên cơ quan, đơn vị", "Tổng điểm", "Chỉ số CCHC (%)"],
    ["I", "KHỐI SỞ, BAN, NGÀNH"],
    ...rows(SO),
    ["II", "KHỐI UBND CẤP HUYỆN"],
    ...rows(HUYEN),
  ]);
}

const KHOI_SO = groupSheet("Khối Sở", "CỦA CÁC SỞ, BAN, NGÀNH", SO);
const KHOI_HUYEN = groupSheet("Khối Huyện", "CỦA UBND CÁC HUYỆN", HUYEN);

function refusal(run: () => unknown): { key: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return { key: error.problem.key, params: { ...error.problem.params } };
    throw error;
  }
  throw new Error("not refused");
}

describe("a summary beside the group sheets it sums up", () => {
  test("the group sheets (which carry the fields) are read; the summary is left out with a notice naming it", () => {
    const found = findTables([summary(), KHOI_SO, KHOI_HUYEN]);
    expect(found.current.map((t) => t.sheet)).toEqual(["Khối Sở", "Khối Huyện"]);
    expect(found.notices.map((n) => [n.key, n.sheet, n.params.skipped, n.params.read])).toEqual([
      ["sameUnitsSheetSkipped", "Tổng hợp", "“Tổng hợp”", "“Khối Sở”, “Khối Huyện”"],
    ]);
  });

  test("in any sheet order, and with binary noise in a total (17 and 16.99999999999999 agree)", () => {
    const noisy = summary((name, sum) => (name === "Sở Tư pháp" ? sum - 1e-14 : sum));
    const found = findTables([KHOI_HUYEN, noisy, KHOI_SO]);
    expect(found.current.map((t) => t.sheet).sort()).toEqual(["Khối Huyện", "Khối Sở"]);
  });

  test("a unit whose total differs between the summary and its group sheet stops the run, naming both", () => {
    const wrong = summary((name, sum) => (name === "Huyện Lập Thạch" ? sum + 0.5 : sum));
    expect(refusal(() => findTables([wrong, KHOI_SO, KHOI_HUYEN]))).toEqual({
      key: "sheetsDisagree",
      params: {
        what: "rpColScore",
        unit: "Huyện Lập Thạch",
        wholeSheet: "Tổng hợp",
        wholeRow: 10,
        wholeValue: 17.5,
        partSheet: "Khối Huyện",
        partRow: 5,
        partValue: 17,
      },
    });
  });

  test("a summary of indices only is checked on the index, at the 2 decimals shown, fractions included", () => {
    const indices = (index: (name: string, value: number) => number) =>
      grid("Tổng hợp", [
        ["TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
        ["STT", "Tên cơ quan, đơn vị", "Chỉ số CCHC (%)", "Xếp hạng"],
        ...[...SO, ...HUYEN].map(([name, a, b], i) => [
          i + 1,
          name,
          index(name, ((a + b) / 22) * 100),
          i + 1,
        ]),
      ]);
    // Rounded to 2 decimals (77.27 for 77.2727…), one written as a fraction (0.7727): the same indices.
    const rounded = indices((name, v) =>
      name === "Sở Y tế" ? Math.round(v * 100) / 10000 : Math.round(v * 100) / 100,
    );
    expect(findTables([rounded, KHOI_SO, KHOI_HUYEN]).current.map((t) => t.sheet)).toEqual([
      "Khối Sở",
      "Khối Huyện",
    ]);
    const off = indices((name, v) => Math.round(v * 100) / 100 + (name === "Sở Tư pháp" ? 0.01 : 0));
    expect(refusal(() => findTables([off, KHOI_SO, KHOI_HUYEN]))).toMatchObject({
      key: "sheetsDisagree",
      params: { what: "rpColIndex", unit: "Sở Tư pháp", wholeSheet: "Tổng hợp", partSheet: "Khối Sở" },
    });
  });

  test("a summary that lists a unit no group sheet has is not a summary of them: still ambiguous", () => {
    const extra = summary();
    const withExtra = { ...extra, values: [...extra.values, [4, "Sở Xây dựng", 15, (15 / 22) * 100]] };
    expect(refusal(() => findTables([withExtra, KHOI_SO, KHOI_HUYEN])).key).toBe("ambiguousSheets");
  });

  test("the reverse: a summary with more fields than the group sheets is read, the group sheets left out", () => {
    // Group sheets with one field only, a summary with both.
    const thin = (sheet: string, units: [string, number, number][]) =>
      grid(sheet, [
        ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
        ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (10 điểm)", "Tổng điểm", "Chỉ số (%)"],
        ...units.map(([name, a, b], i) => [i + 1, name, a, a + b, ((a + b) / 22) * 100]),
      ]);
    const full = grid("Tổng hợp", [
      ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
      ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (10 điểm)", "Cải cách TTHC (12 điểm)", "Tổng điểm"],
      ["I", "KHỐI SỞ, BAN, NGÀNH"],
      ...SO.map(([name, a, b], i) => [i + 1, name, a, b, a + b]),
      ["II", "KHỐI UBND CẤP HUYỆN"],
      ...HUYEN.map(([name, a, b], i) => [i + 1, name, a, b, a + b]),
    ]);
    const found = findTables([thin("Sở", SO), thin("Huyện", HUYEN), full]);
    expect(found.current.map((t) => t.sheet)).toEqual(["Tổng hợp"]);
    expect(found.notices.map((n) => [n.key, n.sheet, n.params.skipped, n.params.read])).toEqual([
      ["sameUnitsSheetSkipped", null, "“Sở”, “Huyện”", "“Tổng hợp”"],
    ]);
  });

  test("the same fields on both sides: no choice is made and the sheets are not read together (each unit twice)", () => {
    const same = grid("Tổng hợp", [
      ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
      [
        "STT",
        "Tên cơ quan, đơn vị",
        "Cải cách thể chế (10 điểm)",
        "Cải cách TTHC (12 điểm)",
        "Tổng điểm",
        "Chỉ số (%)",
      ],
      ["I", "KHỐI SỞ, BAN, NGÀNH"],
      ...SO.map(([name, a, b], i) => [i + 1, name, a, b, a + b, ((a + b) / 22) * 100]),
      ["II", "KHỐI UBND CẤP HUYỆN"],
      ...HUYEN.map(([name, a, b], i) => [i + 1, name, a, b, a + b, ((a + b) / 22) * 100]),
    ]);
    expect(refusal(() => findTables([same, KHOI_SO, KHOI_HUYEN])).key).toBe("ambiguousSheets");
  });
});

describe("the sheets a score table is computed from", () => {
  const UNITS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"];
  /** Criteria points per unit, no total, no index, no maximum ("Chi tiết TTHC": 3.1 … 3.3). */
  const detail = (names: readonly string[]) =>
    grid("Chi tiết TTHC", [
      ["CHI TIẾT ĐIỂM CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      [],
      [],
      ["STT", "Đơn vị", "3.1", "3.2", "3.3"],
      ...names.map((name, i) => [i + 1, name, 3, 4, 2]),
    ]);
  /** The score table; its TTHC column is =SUM('Chi tiết TTHC'!C5:E5) …, computed, with the formula text kept. */
  const scores = (formula: (row: number) => string): Grid => ({
    ...SCORES,
    formulas: new Map(SO.map((_, i) => [`D${5 + i}`, formula(5 + i)])),
  });
  const sumOf = (row: number) => `SUM('Chi tiết TTHC'!C${row}:E${row})`;

  test("a sheet the score table's formulas read is its source, left out with a notice naming both", () => {
    // One unit more than the score table: only the formulas say the sheet is a source.
    const found = findTables([scores(sumOf), detail([...UNITS, "Sở Xây dựng"])]);
    expect(found.current.map((t) => t.sheet)).toEqual(["KetQua"]);
    expect(found.notices.map((n) => [n.key, n.params.name, n.params.table])).toEqual([
      ["sourceSheetSkipped", "Chi tiết TTHC", "KetQua"],
    ]);
  });

  test("the sheet's name inside a text literal, or another workbook's sheet of that name, is no reference", () => {
    const notReferences = (row: number) =>
      `IF(B${row}="'Chi tiết TTHC'!C${row}",0,[1]'Chi tiết TTHC'!C${row}+'[2]Chi tiết TTHC'!D${row})`;
    expect(refusal(() => findTables([scores(notReferences), detail([...UNITS, "Sở Xây dựng"])])).key).toBe(
      "ambiguousSheets",
    );
  });

  test("without formula text (results stored, as Excel gives them): a sheet of points without total, index or maximum whose units all lie in the score table is a detail sheet", () => {
    const found = findTables([SCORES, detail(["Sở Y tế", "Sở Nội vụ", "Sở Tư pháp"])]);
    expect(found.current.map((t) => t.sheet)).toEqual(["KetQua"]);
    expect(found.notices.map((n) => [n.key, n.params.name, n.params.table])).toEqual([
      ["detailSheetSkipped", "Chi tiết TTHC", "KetQua"],
    ]);
  });

  test("a sheet of points with units the score table does not have, and no formula reading it, still asks", () => {
    expect(refusal(() => findTables([SCORES, detail([...UNITS, "Sở Xây dựng"])])).key).toBe(
      "ambiguousSheets",
    );
  });

  test("a sheet read by formulas but able to score on its own (its own maxima) is not set aside as a source", () => {
    const withMaxima = grid("Chi tiết TTHC", [
      ["STT", "Đơn vị", "3.1 (4 điểm)", "3.2 (4 điểm)", "3.3 (4 điểm)"],
      ...[...UNITS, "Sở Xây dựng"].map((name, i) => [i + 1, name, 3, 4, 2]),
    ]);
    expect(refusal(() => findTables([scores(sumOf), withMaxima])).key).toBe("ambiguousSheets");
  });
});
