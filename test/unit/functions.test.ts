/**
 * Table-driven cases for every custom function, called through its export as Excel would call it.
 */
import { below75, index, rank, rankChange, ranks, rating, TIEMETHOD } from "../../src/functions/functions";

type Outcome = { code: string; message: string };

/** Calls a function and returns its value or the CustomFunctions.Error it threw. */
function call(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message };
    throw error;
  }
}

function expectError(fn: () => unknown, code: string, message?: RegExp): void {
  const outcome = call(fn) as Outcome;
  expect(outcome).toMatchObject({ code });
  if (message) expect(outcome.message).toMatch(message);
}

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe("CCHC.INDEX", () => {
  it.each([
    [91.53, 100, 91.53],
    [68.32, 84, 81.33333333333333],
    [75.6, 84, 90],
    [7.35, 9.8, 75],
    ["85,5", 100, 85.5],
    [0, 16, 0],
    [16, 16, 100],
    [16.000000000000004, 16, 100],
  ])("INDEX(%p, %p) = %p", (score, max, expected) => {
    expect(index(score, max)).toBeCloseTo(expected as number, 12);
  });

  it("returns the index Excel shows, so 75.6 of 84 is 90 and reaches the band", () => {
    expect(index(75.6, 84)).toBe(90);
  });

  it.each([
    [5, 0, "#NUM!"],
    [5, -3, "#NUM!"],
    [17, 16, "#VALUE!"],
    [-1, 16, "#VALUE!"],
    ["KAD", 16, "#N/A"],
    ["-", 16, "#N/A"],
    ["", 16, "#N/A"],
    ["abc", 16, "#VALUE!"],
    [{ error: "#DIV/0!" }, 16, "#DIV/0!"],
    [{ error: "#REF!" }, 16, "#VALUE!"],
    [true, 16, "#VALUE!"],
    ["1.234,5", 2000, "#VALUE!"],
  ])("INDEX(%p, %p) is %p", (score, max, code) => {
    expectError(() => index(score, max), code);
  });

  it("explains in Vietnamese", () => {
    expectError(() => index(17, 16), "#VALUE!", /Điểm 17 lớn hơn điểm tối đa 16/);
    expectError(() => index(5, 0), "#NUM!", /Điểm tối đa phải lớn hơn 0/);
    expectError(() => index("KAD", 16), "#N/A", /không áp dụng/);
    expectError(() => index("abc", 16), "#VALUE!", /“abc” không phải là số/);
  });
});

describe("CCHC.RANK", () => {
  const values = col(91.53, 90.33, 85.86, 85.86, 70, "KAD", "", "text", null);

  it.each([
    [91.53, 1],
    [90.33, 2],
    [85.86, 3],
    [70, 5],
    [95, 1],
    [80, 5],
    [0, 6],
  ])(
    "RANK(%p) among the departments is %p (absent values get the rank they would have)",
    (value, expected) => {
      expect(rank(value, values)).toBe(expected);
    },
  );

  it("ties values that differ only by binary noise, not values that merely look equal", () => {
    expect(rank(85.2, col(85.19999999999999, 85.2, 90))).toBe(2);
    expect(rank(85.19999999999999, col(85.19999999999999, 85.2, 90))).toBe(2);
    // TP Hải Dương and Nam Sách both show 85.86 but are 1st and 2nd.
    expect(rank(85.8571, col(85.8612, 85.8571))).toBe(2);
    expect(rank(2.03 + 4.27, col(6.3, 7))).toBe(2);
  });

  it("ranks text numbers with a decimal comma", () => {
    expect(rank("85,5", col("85,5", "90,1", 80))).toBe(2);
  });

  it("ranks within a group", () => {
    const scores = col(91, 80, 85, 70, 99);
    const groups = col("Sở", "Sở", "Huyện", "huyện ", "Xã");
    expect(rank(80, scores, groups, "Sở")).toBe(2);
    expect(rank(70, scores, groups, "HUYỆN")).toBe(2);
    expect(rank(85, scores, groups, "Huyện")).toBe(1);
    expect(rank(99, scores, groups, "Xã")).toBe(1);
    expect(rank(50, scores, groups, "Khối mới")).toBe(1);
  });

  it("offers dense ranking and rounding as options", () => {
    const scores = col(90, 90, 80, 70);
    expect(rank(80, scores)).toBe(3);
    expect(rank(80, scores, undefined, undefined, TIEMETHOD.DENSE)).toBe(2);
    expect(rank(85.861, col(85.862, 85.861), undefined, undefined, TIEMETHOD.COMPETITION)).toBe(2);
    expect(rank(85.861, col(85.862, 85.861), undefined, undefined, TIEMETHOD.COMPETITION, 2)).toBe(1);
  });

  it("one value, all equal", () => {
    expect(rank(5, col(5))).toBe(1);
    expect(ranks(col(7, 7, 7))).toEqual(col(1, 1, 1));
  });

  it.each([
    [() => rank(5, col(5, { error: "#N/A" }, 3)), "#VALUE!", /#N\/A ở dòng thứ 2, cột thứ 1/],
    [() => rank(5, col(5, 3), col("A", "B")), "#VALUE!", /chưa cho biết khối/],
    [() => rank(5, col(5, 3), undefined, "A"), "#VALUE!", /chưa chọn vùng khối/],
    [() => rank(5, col(5, 3), col("A"), "A"), "#VALUE!", /cùng kích thước/],
    [() => rank("", col(5, 3)), "#N/A", /trống/],
    [() => rank("KAD", col(5, 3)), "#N/A", /không áp dụng/],
    [() => rank(5, col(5, 3), undefined, undefined, 7 as TIEMETHOD), "#VALUE!", /0 = 1, 2, 2, 4/],
    [() => rank(5, col(5, 3), undefined, undefined, undefined, 1.5), "#NUM!", undefined],
  ])("bad input %#", (fn, code, message) => {
    expectError(fn, code, message);
  });
});

describe("CCHC.RANKS", () => {
  it("spills one rank per row, with blanks for rows without a number", () => {
    expect(ranks(col(91.53, "KAD", 90.33, "", 91.53, "x", 80))).toEqual(col(1, "", 3, "", 1, "", 4));
  });

  it("ranks within groups", () => {
    const values = col(85.86, 80, 85.86, 91.53, 90.33, 70);
    const groups = col("Huyện", "Huyện", "Huyện", "Sở", "Sở", "Sở");
    expect(ranks(values, groups)).toEqual(col(1, 3, 1, 1, 2, 3));
  });

  it("keeps a row's orientation", () => {
    expect(ranks([[3, 1, 2]])).toEqual([[1, 3, 2]]);
  });

  it("dense and rounded", () => {
    expect(ranks(col(90, 90, 80), undefined, TIEMETHOD.DENSE)).toEqual(col(1, 1, 2));
    expect(ranks(col(85.861, 85.862), undefined, TIEMETHOD.COMPETITION, 2)).toEqual(col(1, 1));
  });

  it.each([
    [
      () =>
        ranks([
          [1, 2],
          [3, 4],
        ]),
      "#VALUE!",
      /một cột/,
    ],
    [() => ranks(col(1, "#DIV/0!", 3)), "#VALUE!", /#DIV\/0! ở dòng thứ 2/],
    [() => ranks(col(1, 2), col("A")), "#VALUE!", /cùng kích thước/],
  ])("bad input %#", (fn, code, message) => {
    expectError(fn, code, message);
  });
});

describe("CCHC.BELOW75", () => {
  it.each([
    [7.35, 9.8, undefined, false],
    [6.3, 8.4, undefined, false],
    [2.03 + 4.27, 8.4, undefined, false],
    [12, 16, undefined, false],
    [11.99, 16, undefined, true],
    [11.999999999999, 16, undefined, true],
    [7.34, 9.8, undefined, true],
    [6.29, 8.4, undefined, true],
    [0, 16, undefined, true],
    [16, 16, undefined, false],
    ["7,35", "9,8", undefined, false],
    [12, 16, 0.75, false],
    [11.99, 16, 0.75, true],
    [12, 16, 80, true],
    [12.8, 16, 80, false],
    [12.8, 16, 0.8, false],
    [5, 10, 50, false],
    [4.99, 10, "50", true],
    [9.99, 10, 1, true],
    [10, 10, 100, false],
    [7.35, 9.8, "", false],
  ])("BELOW75(%p, %p, %p) is %p", (score, max, threshold, expected) => {
    expect(below75(score, max, threshold)).toBe(expected);
  });

  it("agrees for 75 and 0.75", () => {
    for (const [s, m] of [
      [7.35, 9.8],
      [6.3, 8.4],
      [7.3, 9.8],
    ]) {
      expect(below75(s, m, 75)).toBe(below75(s, m, 0.75));
    }
  });

  it.each([
    [5, 0, 75, "#NUM!"],
    [5, -1, 75, "#NUM!"],
    [17, 16, 75, "#VALUE!"],
    [-0.5, 16, 75, "#VALUE!"],
    [5, 16, 0, "#NUM!"],
    [5, 16, 150, "#NUM!"],
    [5, 16, -75, "#NUM!"],
    ["KAD", 16, 75, "#N/A"],
    ["", 16, 75, "#N/A"],
    ["tám", 16, 75, "#VALUE!"],
    [{ error: "#N/A" }, 16, 75, "#N/A"],
  ])("BELOW75(%p, %p, %p) is %p", (score, max, threshold, code) => {
    expectError(() => below75(score, max, threshold), code);
  });
});

describe("CCHC.RANKCHANGE", () => {
  it.each([
    [3, 1, -2],
    [1, 3, 2],
    [4, 4, 0],
    ["2", "5", 3],
  ])("RANKCHANGE(%p, %p) = %p", (current, previous, expected) => {
    expect(rankChange(current, previous)).toBe(expected);
  });

  it.each([
    [3, "", "#N/A", /năm trước/],
    [3, null, "#N/A", /năm trước/],
    [3, "-", "#N/A", /năm trước/],
    ["", 2, "#N/A", /năm nay/],
    [0, 2, "#VALUE!", /nguyên dương/],
    [2.5, 2, "#VALUE!", /nguyên dương/],
    [2, "mới", "#N/A", /năm trước/],
    [2, "Mới", "#N/A", /năm trước/],
    [2, "hai", "#VALUE!", /không phải là số/],
  ])("RANKCHANGE(%p, %p) is %p", (current, previous, code, message) => {
    expectError(() => rankChange(current, previous), code, message);
  });
});

describe("CCHC.RATING", () => {
  it.each([
    [95, "Xuất sắc"],
    [90, "Xuất sắc"],
    [(75.6 / 84) * 100, "Xuất sắc"],
    [89.99, "Tốt"],
    [80, "Tốt"],
    [79.999, "Khá"],
    [70, "Khá"],
    [50, "Trung bình"],
    [49.9, "Yếu"],
    [0, "Yếu"],
    ["85,5", "Tốt"],
  ])("RATING(%p) = %p", (value, label) => {
    expect(rating(value)).toBe(label);
  });

  it("uses a province's own bands, in any order, skipping blank rows", () => {
    const bands = [
      [80, "Nhóm B"],
      [90, "Nhóm A"],
      ["", ""],
      [0, "Nhóm C"],
    ];
    expect(rating(91, bands)).toBe("Nhóm A");
    expect(rating(85.86, bands)).toBe("Nhóm B");
    expect(rating(79.99, bands)).toBe("Nhóm C");
  });

  it.each([
    [() => rating(101), "#VALUE!", /0–100/],
    [() => rating(-1), "#VALUE!", /0–100/],
    [() => rating(40, [[50, "Đạt"]]), "#N/A", /thấp hơn mọi ngưỡng/],
    [() => rating(60, [["năm mươi", "Đạt"]]), "#VALUE!", /dòng thứ 1/],
    [
      () =>
        rating(60, [
          [50, "A"],
          [50, "B"],
        ]),
      "#VALUE!",
      /cùng cận dưới 50/,
    ],
    [() => rating(60, [[50]]), "#VALUE!", /dòng thứ 1/],
    [() => rating("KAD"), "#N/A", /không áp dụng/],
  ])("bad input %#", (fn, code, message) => {
    expectError(fn, code, message);
  });
});
