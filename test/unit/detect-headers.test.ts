/**
 * Header text of any length: the maximum written in a header is found in real headers, and a hostile header
 * (32,000 digits in each of eight cells) is read like any other (a quadratic reading took 48 s on this).
 */
import { detectTables } from "../../src/core/detect";
import type { CellValue, Grid } from "../../src/core/grid";
import { headerMaximum, MAX_HEADER_TEXT } from "../../src/core/vocabulary";

const grid = (values: CellValue[][]): Grid => ({ sheet: "Sở", top: 1, left: 1, values, merges: [] });

describe("the maximum written in a header", () => {
  it.each([
    ["Cải cách TTHC (16 điểm)", 16],
    ["Điều tra XHH (30đ)", 30],
    ["Tổng điểm tối đa: 16,5", 16.5],
    ["Chế độ công vụ - 12.5 điểm", 12.5],
    ["Năm 2021", null],
  ])("%s → %s", (header, max) => {
    expect(headerMaximum(header)).toBe(max);
  });

  it("reads nothing from a header of 32,000 digits, and only the start of a long header", () => {
    expect(headerMaximum("1".repeat(32_000))).toBeNull();
    expect(headerMaximum("1".repeat(32_000) + " điểm")).toBeNull();
    expect(headerMaximum("7" + ".7".repeat(16_000) + " điểm")).toBeNull();
    expect(headerMaximum(`Cải cách TTHC (16 điểm) ${"x".repeat(32_000)}`)).toBe(16);
  });
});

describe("a table whose header cells hold 32,000 digits", () => {
  it("is detected with its field columns, their labels cut to the examined length", () => {
    const digits = "1".repeat(32_000);
    const header = ["STT", "Tên cơ quan, đơn vị", ...new Array<string>(8).fill(digits), "Tổng điểm"];
    const tables = detectTables(
      grid([
        header,
        [1, "Sở Tư pháp", 1, 2, 3, 4, 5, 6, 7, 8, 36],
        [2, "Sở Y tế", 1, 1, 1, 1, 1, 1, 1, 1, 8],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].units.map((u) => u.name)).toEqual(["Sở Tư pháp", "Sở Y tế"]);
    expect(tables[0].roles.total).toBe(11);
    expect(tables[0].components).toHaveLength(8);
    for (const c of tables[0].components) {
      expect(c.name).toBe("1".repeat(MAX_HEADER_TEXT));
      expect(c.max).toBeNull();
    }
  });
});
