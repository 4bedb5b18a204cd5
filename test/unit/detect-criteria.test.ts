/**
 * Criteria as rows (issue 8 d, e), case by case: the vocabulary of TT numbers and form titles, where each unit's
 * cells and area are, "no table found" saying what was tried (and that units seem to lie across columns or one
 * sheet per unit), the gates' refusal in rows, and formulas saved without results inside such a table.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { unitArea } from "../../src/core/detect";
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";
import { describeProblem, InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { findTables } from "../../src/core/workbook";
import { criterionDepth, formGroupName, formUnitName } from "../../src/core/vocabulary";

function grid(sheet: string, rows: CellValue[][], merges: MergedArea[] = []): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    sheet,
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges,
  };
}

/** Units across columns: two departments under a merged header, one district; Sở B marks 1.1 "KAD". */
const ACROSS: CellValue[][] = [
  ["KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  [],
  ["TT", "Tiêu chí", "Điểm tối đa", "CÁC SỞ", null, "CẤP HUYỆN"],
  [null, null, null, "Sở A", "Sở B", "Huyện C"],
  ["1", "Công tác chỉ đạo, điều hành", 10, 8, 6, 9],
  ["1.1", "Kế hoạch", 4, 3, "KAD", 4],
  ["1.2", "Báo cáo", 6, 5, 6, 5],
  [2, "Cải cách thủ tục hành chính", 20, 15, 19, 14],
  ["2.1", "Công khai", 20, 15, 19, 14],
  [null, "Tổng điểm", 30, 23, 25, 23],
  [null, "Chỉ số (%)", null, 76.67, 96.15, 76.67],
  [null, "Xếp hạng", null, 2, 1, 1],
];
const ACROSS_MERGES: MergedArea[] = [
  { top: 3, left: 4, bottom: 3, right: 5 },
  { top: 3, left: 1, bottom: 4, right: 1 },
];

function form(sheet: string, unit: string | null, points: (number | string)[]): Grid {
  return grid(sheet, [
    ["UBND TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [`PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024${unit ? ` của ${unit}` : ""}`],
    ["(Khối sở, ban, ngành)"],
    ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
    ["1", "Công tác chỉ đạo, điều hành", 10, 10, points[0]],
    ["1.1", "Kế hoạch", 4, 4, points[1]],
    ["1.2", "Báo cáo", 6, 6, points[2]],
    ["2", "Cải cách thủ tục hành chính", 20, 20, points[3]],
    [null, "Tổng điểm", 30, 30, points[4]],
  ]);
}

describe("vocabulary of criteria as rows", () => {
  it.each([
    ["1", 1],
    [1, 1],
    ["2.", 1],
    ["1.1", 2],
    [1.1, 2],
    ["1.1.1", 3],
    ["II", 0],
    ["a)", 9],
    ["Tổng", null],
    ["(1)", null],
    [null, null],
  ])("criterionDepth(%p) = %p", (value, depth) => {
    expect(criterionDepth(value)).toBe(depth);
  });

  it.each([
    ["PHIẾU CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024 của Sở Tư pháp", "Sở Tư pháp"],
    ["của UBND huyện Gia Lộc", "UBND huyện Gia Lộc"],
    ["Đơn vị: Sở Y tế", "Sở Y tế"],
    ["Tên cơ quan, đơn vị: Ban Dân tộc", "Ban Dân tộc"],
    ["(Kèm theo Quyết định số 12/QĐ-UBND ngày 1/2/2025 của UBND tỉnh)", null],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null],
  ])("formUnitName(%p) = %p", (line, name) => {
    expect(formUnitName(line)).toBe(name);
  });

  it.each([
    ["(Khối sở, ban, ngành)", "Khối sở, ban, ngành"],
    ["KHỐI UBND CẤP HUYỆN", "KHỐI UBND CẤP HUYỆN"],
    ["Áp dụng đối với các phường", "Các phường"],
    ["PHIẾU CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024", null],
  ])("formGroupName(%p) = %p", (line, group) => {
    expect(formGroupName(line)).toBe(group);
  });
});

describe("units across columns", () => {
  const analysis = analyseWorkbook({
    grids: [grid("TH", ACROSS, ACROSS_MERGES)],
    settings: DEFAULT_SETTINGS,
  });

  it("reads a unit per column, its group from the merged header, KAD lowering its maximum", () => {
    expect(analysis.units.map((u) => [u.name, u.group, u.max, u.rank])).toEqual([
      ["Sở A", "CÁC SỞ", 30, 2],
      ["Sở B", "CÁC SỞ", 26, 1],
      ["Huyện C", "CẤP HUYỆN", 30, 1],
    ]);
    expect(analysis.units[1].components.map((c) => c.max)).toEqual([6, 20]);
  });

  it("gives each unit the header row naming it as its row, and its column down to the last role row as its area", () => {
    const b = analysis.units[1];
    expect([b.sheet, b.row, b.cells.name.column]).toEqual(["TH", 4, 5]);
    expect(unitArea(b.cells)).toEqual({ sheet: "TH", top: 4, left: 5, bottom: 12, right: 5 });
  });

  it("refuses totals that disagree with the fields in words about rows", () => {
    const wrong = ACROSS.map((row) =>
      row[1] === "Tổng điểm" ? row.map((v, c) => (c >= 3 ? (v as number) - 5 : v)) : row,
    );
    let error: unknown;
    try {
      analyseWorkbook({ grids: [grid("TH", wrong, ACROSS_MERGES)], settings: DEFAULT_SETTINGS });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const text = describeProblem((error as InputError).problem);
    expect(text).toContain("Dòng 10 được hiểu là tổng điểm");
    expect(text).toContain("(“Sở A”, cột D: 18 so với 23)");
    expect(text).toContain("dòng 5, 8");
  });

  it("stops on a formula saved without its result inside the table", () => {
    const saved: Grid = {
      ...grid("TH", ACROSS, ACROSS_MERGES),
      formulas: new Map([["E5", "VLOOKUP(A1,Z1:Z9,2,FALSE)"]]),
    };
    const values = saved.values.map((row, r) => (r === 4 ? row.map((v, c) => (c === 4 ? null : v)) : row));
    expect(() => analyseWorkbook({ grids: [{ ...saved, values }], settings: DEFAULT_SETTINGS })).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ key: "formulasNotEvaluable" }) }),
    );
  });
});

describe("units across columns: where the group headers are", () => {
  /** ACROSS with its two header rows as given, criteria and totals as they are. */
  const across = (
    header: CellValue[][],
    merges: MergedArea[],
    title: CellValue[] = ["KẾT QUẢ CHẤM ĐIỂM NĂM 2024"],
  ) => grid("TH", [title, ...header, ...ACROSS.slice(4)], merges);
  const groups = (g: Grid) => analyseWorkbook({ grids: [g], settings: DEFAULT_SETTINGS });
  const unitsOf = (g: Grid) => groups(g).units.map((u) => [u.name, u.group, u.rank]);
  const TT: CellValue[] = ["TT", "Tiêu chí", "Điểm tối đa"];
  const NAMES: CellValue[] = ["Sở A", "Sở B", "Huyện C"];
  const TWO_GROUPS = [
    ["Sở A", "CÁC SỞ", 2],
    ["Sở B", "CÁC SỞ", 1],
    ["Huyện C", "CẤP HUYỆN", 1],
  ];

  it("reads group headers merged on the row above the TT row, which names the units", () => {
    const g = across(
      [
        [null, null, null, "CÁC SỞ", null, "CẤP HUYỆN"],
        [...TT, ...NAMES],
      ],
      [{ top: 2, left: 4, bottom: 2, right: 5 }],
    );
    expect(unitsOf(g)).toEqual(TWO_GROUPS);
    const analysis = groups(g);
    expect(analysis.tables[0].groups).toEqual([
      { name: "CÁC SỞ", row: 2 },
      { name: "CẤP HUYỆN", row: 2 },
    ]);
    // The group's header is not the unit's: its area starts at its name.
    expect(unitArea(analysis.units[1].cells)).toEqual({ sheet: "TH", top: 3, left: 5, bottom: 11, right: 5 });
  });

  it("reads a group header written, unmerged, over the first of its units — above the band or inside it", () => {
    const above = across(
      [
        [null, null, null, "Khối sở, ban, ngành", null, "Khối UBND cấp huyện"],
        [...TT, ...NAMES],
      ],
      [],
    );
    expect(unitsOf(above).map((u) => u[1])).toEqual([
      "Khối sở, ban, ngành",
      "Khối sở, ban, ngành",
      "Khối UBND cấp huyện",
    ]);
    const inside = across(
      [
        [...TT, "CÁC SỞ", null, "CẤP HUYỆN"],
        [null, null, null, ...NAMES],
      ],
      [1, 2, 3].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    );
    expect(unitsOf(inside)).toEqual(TWO_GROUPS);
  });

  it("takes no group from a title, a date line or a label of all the unit columns right above the header", () => {
    for (const line of [
      "BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "Hải Dương, ngày 10 tháng 3 năm 2025",
      "Điểm của các đơn vị",
      "Đơn vị tính: điểm",
    ]) {
      const g = across(
        [
          [null, null, null, line],
          [...TT, ...NAMES],
        ],
        [{ top: 2, left: 4, bottom: 2, right: 6 }],
      );
      expect([line, unitsOf(g).map((u) => u[1])]).toEqual([line, ["TH", "TH", "TH"]]);
    }
    // Text over the criteria columns: a title line, not a group row.
    const titled = across(
      [
        ["KẾT QUẢ", null, null, "CÁC SỞ", null, "CẤP HUYỆN"],
        [...TT, ...NAMES],
      ],
      [],
    );
    expect(unitsOf(titled).map((u) => u[1])).toEqual(["TH", "TH", "TH"]);
    // A label of all units inside the band names no group; the group row above it does.
    const labelled = across(
      [
        [null, null, null, "CÁC SỞ", null, "CẤP HUYỆN"],
        [...TT, "Điểm của các đơn vị"],
        [null, null, null, ...NAMES],
      ],
      [
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 3, left: 4, bottom: 3, right: 6 },
        ...[1, 2, 3].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
      ],
    );
    expect(unitsOf(labelled)).toEqual(TWO_GROUPS);
  });

  it("leaves the row above alone when a unit column stands under no group header", () => {
    const g = across(
      [
        [null, null, null, "CÁC SỞ", null, null],
        [...TT, ...NAMES],
      ],
      [{ top: 2, left: 4, bottom: 2, right: 5 }],
    );
    expect(unitsOf(g).map((u) => u[1])).toEqual(["TH", "TH", "TH"]);
  });
});

describe("per-unit scoring forms", () => {
  const grids = [
    grid("Hướng dẫn", [["Hướng dẫn chấm điểm"]]),
    form("STP", "Sở Tư pháp", [8, 3, 5, 15, 23]),
    form("Sở Y tế", null, [6, "KAD", 6, 19, 25]),
    form("P3", "Sở Nội vụ", [9, 4, 5, 14, 23]),
  ];

  it("assembles one table from the appraisal column, the unit named by the title or the sheet", () => {
    const analysis = analyseWorkbook({ grids, settings: DEFAULT_SETTINGS });
    expect(analysis.sheets).toEqual(["STP", "Sở Y tế", "P3"]);
    expect(analysis.units.map((u) => [u.name, u.group, u.sheet, u.row, u.score, u.max])).toEqual([
      ["Sở Tư pháp", "Khối sở, ban, ngành", "STP", 2, 23, 30],
      ["Sở Y tế", "Khối sở, ban, ngành", "Sở Y tế", 4, 25, 26],
      ["Sở Nội vụ", "Khối sở, ban, ngành", "P3", 2, 23, 30],
    ]);
    expect(unitArea(analysis.units[1].cells)).toEqual({
      sheet: "Sở Y tế",
      top: 4,
      left: 2,
      bottom: 9,
      right: 5,
    });
  });

  it("reads only the sheets named with --sheet", () => {
    const found = findTables(grids, { sheets: ["STP", "P3"] });
    expect(found.current[0].sheets).toEqual(["STP", "P3"]);
    expect(found.current[0].units.map((u) => u.name)).toEqual(["Sở Tư pháp", "Sở Nội vụ"]);
  });
});

it("takes a blank appraisal column as not assessed, never the self-assessment beside it", () => {
  const blank = [
    form("STP", "Sở Tư pháp", ["", "", "", "", ""]),
    form("SYT", "Sở Y tế", ["", "", "", "", ""]),
  ];
  expect(() => analyseWorkbook({ grids: blank, settings: DEFAULT_SETTINGS })).toThrow(
    expect.objectContaining({ problem: expect.objectContaining({ key: "noScores" }) }),
  );
});

describe("no table found", () => {
  const refusal = (grids: Grid[]) => {
    try {
      findTables(grids);
    } catch (e) {
      return e as InputError;
    }
    throw new Error("a table was found");
  };

  it("lists the three layouts tried", () => {
    const text = describeProblem(refusal([grid("Ghi chú", [["Danh sách"], ["a", "b"]])]).problem);
    expect(text).toContain("mỗi đơn vị một dòng");
    expect(text).toContain("mỗi đơn vị một cột");
    expect(text).toContain("mỗi đơn vị một phiếu chấm điểm");
    expect(text).not.toContain("có vẻ");
  });

  it("says when units seem to lie across columns", () => {
    // Criteria as rows, but no "Điểm tối đa" column.
    const rows = ACROSS.map((row) => [row[0], row[1], ...row.slice(3)]);
    const text = describeProblem(refusal([grid("TH", rows)]).problem);
    expect(text).toContain("Trang “TH” có vẻ xếp tiêu chí theo dòng và mỗi đơn vị một cột");
  });

  it("says when the workbook seems to be a form per unit", () => {
    // Forms without a "Điểm tối đa" column.
    const unlabelled = (g: Grid): Grid => ({
      ...g,
      values: g.values.map((row) => row.map((v) => (v === "Điểm tối đa" ? "Mức điểm" : v))),
    });
    const problem = refusal([
      unlabelled(form("STP", "Sở Tư pháp", [8, 3, 5, 15, 23])),
      unlabelled(form("SYT", "Sở Y tế", [8, 3, 5, 15, 23])),
    ]).problem;
    expect(describeProblem(problem)).toContain(
      "Có 2 trang có vẻ là phiếu chấm điểm của từng đơn vị (“STP”, “SYT”)",
    );
    expect(describeProblem(problem, "en")).toContain("2 sheet(s) seem to be a scoring form per unit");
  });
});
