/**
 * The analysis under its settings: ratings read, entered or (opt-in, flagged) derived; the review list and
 * its reasons; the explanation rule; checked components found or warned about; tie method and rounding;
 * confirmed new units; last year's table with other groups; several sheets.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { detectTables } from "../../src/core/detect";
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { parseSettings, type SettingsInput } from "../../src/core/settings";

const FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Xây dựng chính quyền điện tử, chính quyền số",
];
const MAX = [10, 8, 12];

/** A small table: title with the year, header, max row, one group row per group, units with scores and a rating. */
function sheet(
  name: string,
  year: number,
  groups: { title: string; units: [string, number[], string?][] }[],
  fields = FIELDS,
): Grid {
  const rows: CellValue[][] = [
    [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`],
    [],
    ["STT", "Tên cơ quan, đơn vị", ...fields, "Tổng điểm", "Xếp loại"],
    [null, "Điểm tối đa", ...MAX, 30, null],
  ];
  let stt = 0;
  groups.forEach((g, i) => {
    rows.push([["I", "II", "III"][i], g.title]);
    for (const [unit, scores, rating] of g.units) {
      rows.push([++stt, unit, ...scores, scores.reduce((a, b) => a + b, 0), rating ?? null]);
    }
  });
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet: name,
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]),
    merges: [],
  };
}

const run = (grids: Grid[], settings: SettingsInput = {}, previousGrids?: Grid[]) =>
  analyseWorkbook({ grids, previousGrids, settings: parseSettings(settings) });

const departments = (year: number) =>
  sheet("Sở", year, [
    {
      title: "CÁC SỞ, BAN, NGÀNH",
      units: [
        ["Sở Tư pháp", [9, 7, 11], "HTXSNV"],
        ["Sở Nội vụ", [8, 5.99, 10], "Hoàn thành nhiệm vụ"],
        ["Sở Y tế", [6, 5, 8.99], "KHTNV"],
        ["Sở Xây dựng", [7, 6, 9], "htnv"],
      ],
    },
  ]);

describe("head ratings and the review list", () => {
  it("reads ratings in any spelling, and lists HTNV and KHTNV with their reasons", () => {
    const a = run([departments(2021)]);
    expect(a.units.map((u) => u.rating)).toEqual(["HTXSNV", "HTNV", "KHTNV", "HTNV"]);
    expect(a.reviews.map((r) => r.unit)).toEqual(["Sở Nội vụ", "Sở Y tế", "Sở Xây dựng"]);
    expect(a.reviews.find((r) => r.unit === "Sở Y tế")!.reasons.map((r) => r.key)).toEqual([
      "reasonRating",
      "reasonLast",
    ]);
    expect(a.reviews[0]).toMatchObject({
      deadline: "2022-03-15",
      sendTo: "Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)",
      ratingDerived: false,
    });
  });

  it("limits the list to HTNV when the settings say so", () => {
    expect(run([departments(2021)], { reviewRatings: ["HTNV"] }).reviews.map((r) => r.unit)).toEqual([
      "Sở Nội vụ",
      "Sở Xây dựng",
    ]);
  });

  it("without ratings the list is empty and says why; deriving them is opt-in and flagged", () => {
    const bare = sheet("Sở", 2021, [
      {
        title: "CÁC SỞ",
        units: [
          ["Sở A", [9, 7, 11]],
          ["Sở B", [5, 4, 6]],
        ],
      },
    ]);
    const none = run([bare]);
    expect(none.reviews).toEqual([]);
    expect(none.reviewsNote).toBe("noRatings");
    const derived = run([bare], { deriveRatings: true });
    expect(derived.units.map((u) => [u.rating, u.ratingDerived])).toEqual([
      ["HTXSNV", true],
      ["KHTNV", true],
    ]);
    expect(derived.reviews[0]).toMatchObject({ unit: "Sở B", ratingDerived: true });
    expect(derived.warnings.map((w) => w.key)).toContain("ratingsDerived");
  });

  it("takes ratings entered per unit, in any spelling of the name, over the sheet's", () => {
    const a = run([departments(2021)], {
      ratings: { "SỞ TƯ PHÁP": "HTNV" },
      attendees: { "sở tư pháp": "Đ/c Phó Chủ tịch" },
    });
    expect(a.reviews[0]).toMatchObject({ unit: "Sở Tư pháp", rating: "HTNV", attendee: "Đ/c Phó Chủ tịch" });
  });
});

describe("explanations", () => {
  it("explain each checked component below 75 % by default, or only when all are, on request", () => {
    const each = run([departments(2021)]);
    expect(each.explanations.map((e) => `${e.unit}: ${e.component}`)).toEqual([
      "Sở Nội vụ: Cải cách thủ tục hành chính",
      "Sở Y tế: Cải cách thủ tục hành chính",
      "Sở Y tế: Xây dựng chính quyền điện tử, chính quyền số",
    ]);
    const both = run([departments(2021)], { explanationRule: "both" });
    expect(both.explanations.map((e) => e.unit)).toEqual(["Sở Y tế", "Sở Y tế"]);
  });

  it("warns when a checked component is not in the table, never an empty list in silence", () => {
    const a = run([departments(2021)], {
      checkedComponents: ["Cải cách thể chế", "Cải cách tài chính công"],
    });
    expect(
      a.warnings.filter((w) => w.key === "checkedComponentMissing").map((w) => w.params.component),
    ).toEqual(["Cải cách tài chính công"]);
    expect(a.components.filter((c) => c.checked).map((c) => c.name)).toEqual(["Cải cách thể chế"]);
  });
});

describe("ranking options", () => {
  const tied = sheet("Sở", 2021, [
    {
      title: "CÁC SỞ",
      units: [
        ["A", [9, 7, 11.001]],
        ["B", [9, 7, 11.004]],
        ["C", [9, 7, 10]],
        ["D", [9, 7, 10]],
        ["E", [1, 1, 1]],
      ],
    },
  ]);
  it("competition by default, dense and rounded on request", () => {
    expect(run([tied]).units.map((u) => u.rank)).toEqual([2, 1, 3, 3, 5]);
    expect(run([tied], { tieMethod: "dense" }).units.map((u) => u.rank)).toEqual([2, 1, 3, 3, 4]);
    expect(run([tied], { rankDecimals: 1 }).units.map((u) => u.rank)).toEqual([1, 1, 3, 3, 5]);
  });
});

describe("last year", () => {
  it("says 'mới' only for units the user confirms are new", () => {
    const before = sheet("Sở", 2020, [
      {
        title: "CÁC SỞ, BAN, NGÀNH",
        units: [
          ["Sở Tư pháp", [9, 7, 10]],
          ["Sở Y tế", [9, 7, 11]],
        ],
      },
    ]);
    const a = run([departments(2021)], { newUnits: ["Sở Xây dựng"] }, [before]);
    const reason = (name: string) => a.units.find((u) => u.name === name)!.notComparableReason;
    expect(reason("Sở Xây dựng")).toBe("notComparableNew");
    expect(reason("Sở Nội vụ")).toBe("notComparableUnmatched");
    expect(a.units.find((u) => u.name === "Sở Y tế")).toMatchObject({
      previousRank: 1,
      rankChange: -3,
      comparable: true,
    });
    expect(a.dropped).toEqual([{ unit: "Sở Y tế", group: "CÁC SỞ, BAN, NGÀNH", from: 1, to: 4 }]);
  });

  it("warns when last year's table has other groups", () => {
    const before = sheet("Cũ", 2020, [
      { title: "CÁC SỞ", units: [["Sở Tư pháp", [9, 7, 10]]] },
      { title: "CÁC HUYỆN", units: [["Huyện Nam Sách", [9, 7, 10]]] },
    ]);
    const a = run([departments(2021)], {}, [before]);
    expect(a.warnings.map((w) => w.key)).toContain("previousGroupsDiffer");
    expect(a.unmatchedPrevious).toEqual([{ name: "Huyện Nam Sách", group: "CÁC HUYỆN" }]);
  });
});

describe("several sheets", () => {
  it("refuses two unrelated tables of the same year, naming the sheets", () => {
    const other = sheet(
      "Bảng 2",
      2021,
      [{ title: "CÁC SỞ, BAN, NGÀNH", units: [["Sở Tư pháp", [1, 1, 1]]] }],
      ["Khác 1", "Khác 2", "Khác 3"],
    );
    let error: unknown;
    try {
      run([departments(2021), other]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/“Sở”, “Bảng 2”.*--sheet/);
  });

  it("takes an earlier year's sheet of the same workbook as last year's", () => {
    const before = sheet("Năm 2020", 2020, [
      { title: "CÁC SỞ, BAN, NGÀNH", units: [["Sở Y tế", [9, 7, 11]]] },
    ]);
    const a = run([departments(2021), before]);
    expect(a.sheets).toEqual(["Sở"]);
    expect(a.previousSource).toBe("table");
    expect(a.warnings.map((w) => w.key)).toContain("previousSheetUsed");
  });
});

describe("maxima and the column mapping", () => {
  it("warns when a component's maximum is missing or a unit's maximum is 0, and goes on", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Điểm tối đa", "Tổng điểm"],
      [1, "Sở A", 8, 6, 20, 14],
      [2, "Sở B", 7, 5, 0, 12],
      [3, "Sở C", 6, 7, 20, 13],
    ];
    const a = run([{ sheet: "Sở", top: 1, left: 1, values: rows, merges: [] }]);
    expect(a.warnings.filter((w) => w.key === "maxMissing").map((w) => w.params.component)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
    ]);
    const zero = a.warnings.find((w) => w.key === "unitMaxNotPositive")!;
    expect([zero.row, zero.column]).toEqual([3, 5]);
    expect(a.units.map((u) => u.rank)).toEqual([1, null, 2]);
    expect(a.notAssessed.map((n) => n.unit)).toEqual(["Sở B"]);
  });

  it("clears a role detection found when the settings say the table has none", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Cải cách thể chế", "Tổng điểm", "Xếp hạng năm 2020"],
      [null, "Điểm tối đa", 10, 10, null],
      [1, "Sở A", 8, 8, 1],
      [2, "Sở B", 9, 9, 2],
    ];
    const grid: Grid = { sheet: "Sở", top: 1, left: 1, values: rows, merges: [] };
    expect(run([grid], { year: 2021 }).dropped.map((d) => d.unit)).toEqual(["Sở A"]);
    const cleared = run([grid], { year: 2021, mapping: { clear: ["previousRank"] } });
    expect(cleared.previousSource).toBeNull();
    expect(cleared.dropped).toEqual([]);
  });

  it("lets the settings correct the detected columns: names, maxima, ignored columns", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Lĩnh vực 1", "Lĩnh vực 2", "Cột phụ", "Tổng"],
      [1, "Sở A", 8, 6, 99, 14],
      [2, "Sở B", 7, 5, 98, 12],
    ];
    const grid: Grid = { sheet: "Sở", top: 1, left: 1, values: rows, merges: [] };
    expect(detectTables(grid)[0].components.map((c) => c.name)).toEqual([
      "Lĩnh vực 1",
      "Lĩnh vực 2",
      "Cột phụ",
    ]);
    // "Cột phụ" taken for a field: the total is not the fields' sum for any unit, and the run stops saying so.
    expect(() => run([grid])).toThrow(/Cột F được hiểu là tổng điểm, nhưng ở 2\/2 đơn vị/);
    const corrected = run([grid], {
      checkedComponents: ["Thủ tục hành chính"],
      mapping: {
        components: [
          { column: "C", name: "Cải cách thể chế", max: 10 },
          { column: "D", name: "Cải cách thủ tục hành chính", max: 8 },
        ],
      },
    });
    expect(corrected.components.map((c) => [c.name, c.max, c.checked])).toEqual([
      ["Cải cách thể chế", 10, false],
      ["Cải cách thủ tục hành chính", 8, true],
    ]);
    expect(corrected.units.map((u) => u.max)).toEqual([18, 18]);
    expect(corrected.explanations.map((e) => [e.unit, e.percent])).toEqual([["Sở B", 62.5]]);
  });
});

describe("units named like the properties of every object", () => {
  // Names from a workbook and keys from a settings file: "__proto__" survives JSON.parse as an own key.
  const odd = (year: number, names: string[]) =>
    sheet("Sở", year, [
      {
        title: "CÁC SỞ, BAN, NGÀNH",
        units: names.map((name, i): [string, number[], string?] => [
          name,
          [9 - i, 7, 11 - i],
          name === "valueOf" ? "HTXSNV" : undefined,
        ]),
      },
    ]);
  const settings = JSON.parse(`{
    "ratings": { "__proto__": "HTNV", "constructor": "KHTNV" },
    "attendees": { "__proto__": "Đ/c Phó Chủ tịch", "toString": "Đ/c Chủ tịch" },
    "aliases": { "__proto__": "hasOwnProperty" }
  }`) as SettingsInput;

  it("keeps every settings entry, a key named __proto__ included", () => {
    const parsed = parseSettings(settings);
    expect(Object.keys(parsed.ratings)).toEqual(["__proto__", "constructor"]);
    expect(Object.keys(parsed.attendees)).toEqual(["__proto__", "toString"]);
    expect(Object.keys(parsed.aliases)).toEqual(["__proto__"]);
  });

  it("reads their ratings, attendees and last year's ranks like any other unit's", () => {
    const names = ["__proto__", "toString", "constructor", "valueOf"];
    const before = odd(2020, ["valueOf", "hasOwnProperty", "constructor", "toString"]);
    const a = run([odd(2021, names)], settings, [before]);
    const unit = (name: string) => a.units.find((u) => u.name === name)!;
    expect(names.map((n) => [unit(n).rating, unit(n).ratingDerived])).toEqual([
      ["HTNV", false],
      [null, false],
      ["KHTNV", false],
      ["HTXSNV", false],
    ]);
    expect(a.reviews.map((r) => [r.unit, r.attendee])).toEqual([
      ["__proto__", "Đ/c Phó Chủ tịch"],
      ["constructor", "Lãnh đạo UBND tỉnh"],
    ]);
    // "__proto__" was "hasOwnProperty" last year (2nd): now 1st.
    expect(names.map((n) => [unit(n).previousRank, unit(n).rankChange])).toEqual([
      [2, 1],
      [4, 2],
      [3, 0],
      [1, -3],
    ]);
    expect(a.unmatchedPrevious).toEqual([]);
  });
});

describe("a table in which no unit can be ranked", () => {
  const table = (rows: CellValue[][]): Grid => ({
    sheet: "Sở",
    top: 1,
    left: 1,
    merges: [],
    values: [
      ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế (10 điểm)", "Cải cách TTHC (20 điểm)", "Tổng điểm"],
      ...rows,
    ],
  });
  const refusal = (grid: Grid): InputError => {
    try {
      run([grid]);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error("accepted");
  };

  it("stops, saying every score cell is blank and how to get formulas' results saved", () => {
    // What a file written by a script holds when its formulas carry no stored result: blanks.
    const error = refusal(
      table([
        [1, "Sở Tư pháp", null, null, null],
        [2, "Sở Y tế", null, null, null],
        [3, "Sở Nội vụ", "", null, null],
      ]),
    );
    expect(error.problem.key).toBe("noScores");
    expect(error.messageIn("vi")).toMatch(
      /^Trang tính “Sở”: Không xếp hạng được đơn vị nào: mọi ô điểm của 3 đơn vị đều trống\. .*mở tệp bằng Excel và lưu lại/,
    );
    expect(error.messageIn("en")).toMatch(
      /every score cell of the 3 units is blank.*open the file in Excel and save it/,
    );
  });

  it("stops when no unit's index can be computed", () => {
    const error = refusal(
      table([
        [1, "Sở Tư pháp", { error: "#VALUE!" }, 18, { error: "#VALUE!" }],
        [2, "Sở Y tế", "tám", 12, null],
      ]),
    );
    expect(error.problem.key).toBe("noIndices");
    expect(error.messageIn("vi")).toMatch(/^Trang tính “Sở”: Không xếp hạng được đơn vị nào trong 2 đơn vị/);
  });

  it("goes on when one unit can be ranked, the others warned about", () => {
    const a = run([
      table([
        [1, "Sở Tư pháp", 9, 18, 27],
        [2, "Sở Y tế", null, null, null],
      ]),
    ]);
    expect(a.units.map((u) => u.rank)).toEqual([1, null]);
    expect(a.warnings.map((w) => w.key)).toContain("notAssessed");
  });
});
