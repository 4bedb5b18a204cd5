/**
 * Criteria as rows (issue 8 d, e), case by case: the vocabulary of TT numbers and form titles, where each unit's
 * cells and area are, "no table found" saying what was tried (and that units seem to lie across columns or one
 * sheet per unit), the gates' refusal in rows, and formulas saved without results inside such a table.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { unitArea } from "../../src/core/detect";
import type { CellValue, Grid, MergedArea } from "../../src/core/grid";
import { describeProblem, InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/core/settings";
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
    ["Khối: Sở, ban, ngành", "Sở, ban, ngành"],
    ["KHỐI: UBND CẤP HUYỆN", "UBND CẤP HUYỆN"],
    ["(Thuộc khối: UBND cấp xã)", "UBND cấp xã"],
    ["Khối lượng công việc: 12", null],
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

describe("per-unit forms: the group from the title, the settings or neither", () => {
  /** A form whose title names `group` (none when null); `selfOnly`: no appraisal column. */
  const formOf = (
    sheet: string,
    unit: string,
    group: string | null,
    points: number[],
    selfOnly = false,
  ): Grid =>
    grid(sheet, [
      ["UBND TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [`PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 của ${unit}`],
      [group === null ? null : `(${group})`],
      [
        "TT",
        "Lĩnh vực, tiêu chí",
        "Điểm tối đa",
        "Điểm tự đánh giá",
        ...(selfOnly ? [] : ["Điểm thẩm định"]),
      ],
      ["1", "Công tác chỉ đạo, điều hành", 10, ...(selfOnly ? [] : [10]), points[0]],
      ["2", "Cải cách thủ tục hành chính", 20, ...(selfOnly ? [] : [20]), points[1]],
      [null, "Tổng điểm", 30, ...(selfOnly ? [] : [30]), points[0] + points[1]],
    ]);
  const forms = [
    formOf("STP", "Sở Tư pháp", null, [8, 15]),
    formOf("SYT", "Sở Y tế", null, [9, 16]),
    formOf("GL", "UBND huyện Gia Lộc", null, [7, 18]),
    formOf("TH", "UBND huyện Thanh Hà", "Khối UBND cấp huyện", [6, 14]),
  ];
  const run = (unitGroups: Record<string, string>, grids = forms) =>
    analyseWorkbook({ grids, settings: parseSettings({ unitGroups }) });
  const warning = (analysis: ReturnType<typeof run>, key: string) =>
    analysis.warnings.filter((w) => w.key === key).map((w) => describeProblem(w));

  it("ranks forms whose title names no group together, and the warning names them and says how to set their group", () => {
    const analysis = run({});
    expect(analysis.units.map((u) => [u.name, u.group, u.rank])).toEqual([
      ["Sở Tư pháp", "Các đơn vị", 3],
      ["Sở Y tế", "Các đơn vị", 1],
      ["UBND huyện Gia Lộc", "Các đơn vị", 1],
      ["UBND huyện Thanh Hà", "Khối UBND cấp huyện", 1],
    ]);
    const [vi] = warning(analysis, "formsNoGroup");
    expect(vi).toContain(
      "3 phiếu chấm điểm không ghi khối trong tiêu đề và chưa được chọn khối trong thiết lập",
    );
    expect(vi).toContain("“Sở Tư pháp”, “Sở Y tế”, “UBND huyện Gia Lộc” (trang “STP”, “SYT”, “GL”)");
    expect(vi).toContain("xếp hạng chung với nhau trong khối “Các đơn vị”");
    expect(vi).toContain("mục “Khối của đơn vị” (tệp thiết lập: unitGroups");
    const en = describeProblem(
      analysis.warnings.find((w) => w.key === "formsNoGroup")!,
      "en",
    );
    expect(en).toContain("under “Unit groups” (settings file: unitGroups, unit name → group name");
  });

  it("takes the group of a form whose title names none from the settings, by the unit's name in any spelling or its sheet's name", () => {
    const analysis = run({
      "Sở Tư pháp": "Khối sở, ban, ngành",
      SYT: "Khối sở, ban, ngành",
      // Another spelling of the unit's name; the group as a title writes it, in other letters.
      "Ủy ban nhân dân huyện Gia Lộc": "khối ubnd cấp huyện",
    });
    expect(analysis.units.map((u) => [u.name, u.group, u.rank])).toEqual([
      ["Sở Tư pháp", "Khối sở, ban, ngành", 2],
      ["Sở Y tế", "Khối sở, ban, ngành", 1],
      ["UBND huyện Gia Lộc", "Khối UBND cấp huyện", 1],
      ["UBND huyện Thanh Hà", "Khối UBND cấp huyện", 2],
    ]);
    expect(analysis.groups.map((g) => [g.name, g.units])).toEqual([
      ["Khối sở, ban, ngành", 2],
      ["Khối UBND cấp huyện", 2],
    ]);
    expect(analysis.warnings.map((w) => w.key)).not.toContain("formsNoGroup");
    // A group from the settings has no cell; one from the title is its line.
    expect(analysis.units[0].cells.group).toBeNull();
    expect(analysis.units[3].cells.group).toEqual({ sheet: "TH", row: 3, column: 1 });
  });

  it("follows the form's title over a setting that names another group, and says so", () => {
    const analysis = run({
      "Sở Tư pháp": "Khối sở, ban, ngành",
      "Sở Y tế": "Khối sở, ban, ngành",
      "UBND huyện Gia Lộc": "Khối UBND cấp huyện",
      "UBND huyện Thanh Hà": "Khối sở, ban, ngành",
    });
    expect(analysis.units.find((u) => u.name === "UBND huyện Thanh Hà")?.group).toBe("Khối UBND cấp huyện");
    expect(warning(analysis, "formGroupSettingIgnored")).toEqual([
      "Trang tính “TH”, ô A3: Phiếu trang “TH” ghi khối “Khối UBND cấp huyện” trong tiêu đề, còn thiết lập “Khối của đơn vị” (unitGroups) xếp “UBND huyện Thanh Hà” vào khối “Khối sở, ban, ngành”: đã theo tiêu đề phiếu. Thiết lập chỉ dùng cho phiếu không ghi khối, để khối của năm trước còn lưu trong thiết lập không lặng lẽ chuyển đơn vị sang khối khác; nếu tiêu đề phiếu ghi sai khối, hãy sửa tiêu đề.",
    ]);
    // The same group in other letters is no disagreement.
    const same = run({ "UBND huyện Thanh Hà": "KHỐI UBND CẤP HUYỆN" });
    expect(warning(same, "formGroupSettingIgnored")).toEqual([]);
  });

  it("names the settings' entries that match no unit or form sheet", () => {
    const analysis = run({ "Sở Tư pháp": "Khối sở, ban, ngành", "Sở Tư Pháp cũ": "Khối sở, ban, ngành" });
    expect(warning(analysis, "unitGroupsUnmatched")).toEqual([
      "Thiết lập “Khối của đơn vị” (unitGroups) có 1 tên không khớp với đơn vị hay trang phiếu nào nên không được dùng: “Sở Tư Pháp cũ”.",
    ]);
  });

  it("takes unit names such as “constructor” and “__proto__” as names (own entries only)", () => {
    const grids = [
      formOf("A", "constructor", null, [8, 15]),
      formOf("B", "__proto__", null, [9, 16]),
      formOf("C", "toString", null, [7, 18]),
    ];
    const analysis = run(
      JSON.parse('{"__proto__": "Khối A", "constructor": "Khối A"}') as Record<string, string>,
      grids,
    );
    expect(analysis.units.map((u) => [u.name, u.group])).toEqual([
      ["constructor", "Khối A"],
      ["__proto__", "Khối A"],
      ["toString", "Các đơn vị"],
    ]);
  });

  it("reads a form with only a self-assessment column, and warns that its score is the unit's own", () => {
    const grids = [
      formOf("STP", "Sở Tư pháp", "Khối sở, ban, ngành", [8, 15]),
      formOf("SYT", "Sở Y tế", "Khối sở, ban, ngành", [9, 16], true),
      formOf("SNV", "Sở Nội vụ", "Khối sở, ban, ngành", [7, 17], true),
    ];
    const analysis = run({}, grids);
    expect(analysis.units.map((u) => [u.name, u.score, u.rank])).toEqual([
      ["Sở Tư pháp", 23, 3],
      ["Sở Y tế", 25, 1],
      ["Sở Nội vụ", 24, 2],
    ]);
    const self = analysis.warnings.filter((w) => w.key === "formSelfAssessmentOnly");
    expect(self).toHaveLength(1);
    expect(describeProblem(self[0])).toBe(
      "Trang tính “SYT”, ô D4: 2 phiếu chỉ có cột điểm tự đánh giá, không có cột điểm thẩm định: “SYT”, “SNV”. Điểm của các đơn vị này là điểm đơn vị tự chấm, chưa được thẩm định, nhưng vẫn được xếp hạng cùng các đơn vị khác.",
    );
    expect(describeProblem(self[0], "en")).toContain(
      "2 form(s) have only a self-assessment column (“Điểm tự đánh giá”) and no appraisal column (“Điểm thẩm định”): “SYT”, “SNV”.",
    );
    // Forms that have an appraisal column: no such warning.
    expect(run({}, grids.slice(0, 1)).warnings.map((w) => w.key)).not.toContain("formSelfAssessmentOnly");
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
