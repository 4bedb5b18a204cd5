/**
 * Per-unit forms whose title names no group take it from the settings (`unitGroups`, unit or sheet name → group),
 * the keys matched by the rule of last year's names (DOMAIN.md "Unit names"): any spelling, a missing kind prefix
 * tolerated ("Huyện Vị Xuyên", "Vị Xuyên", "H. Vị Xuyên" name "UBND HUYỆN VỊ XUYÊN"), a different kind not
 * ("Quận Lê Chân" is not "Phường Lê Chân"); a key naming two units is applied to neither, with a warning naming both.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { matchUnitGroups } from "../../src/core/detect/forms";

/** The entries naming one unit, closest first (as the pane and the analysis match them). */
const unitGroupKeys = (
  record: Readonly<Record<string, string>>,
  unit: string,
  sheet: string | null = null,
) => [...matchUnitGroups(record, [{ name: unit, sheet }]).keys[0]];
import type { CellValue, Grid } from "../../src/core/grid";
import { describeProblem } from "../../src/core/problems";
import { parseSettings } from "../../src/core/settings";

/** A form on `sheet` titled "… CỦA {unit}" (no group line), its appraisal scoring `points` of 10 and 20. */
function formOf(sheet: string, unit: string, points: [number, number], group: string | null = null): Grid {
  const rows: CellValue[][] = [
    ["UBND TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [`PHIẾU CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA ${unit}`],
    [group === null ? null : `(${group})`],
    ["TT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
    ["1", "Công tác chỉ đạo, điều hành", 10, 10, points[0]],
    ["2", "Cải cách thủ tục hành chính", 20, 20, points[1]],
    [null, "Tổng điểm", 30, 30, points[0] + points[1]],
  ];
  return {
    sheet,
    top: 1,
    left: 1,
    values: rows.map((r) => [...r, null, null, null].slice(0, 5)),
    merges: [],
  };
}

const SO = "Khối sở, ban, ngành";
const HUYEN = "Khối UBND huyện, thành phố";

/** Hà Giang 2024: two departments, three districts, every title in capitals and naming no group. */
const HA_GIANG = [
  formOf("Phieu 1", "SỞ TÀI CHÍNH", [8, 15]),
  formOf("Phieu 2", "SỞ Y TẾ", [9, 16]),
  formOf("Phieu 3", "UBND THÀNH PHỐ HÀ GIANG", [9, 18]),
  formOf("Phieu 4", "UBND HUYỆN MÈO VẠC", [7, 18]),
  formOf("Phieu 5", "UBND HUYỆN VỊ XUYÊN", [10, 19]),
];

const run = (unitGroups: Record<string, string>, grids: Grid[] = HA_GIANG) =>
  analyseWorkbook({ grids, settings: parseSettings({ unitGroups }) });
const warnings = (analysis: ReturnType<typeof run>, key: string, language: "vi" | "en" = "vi") =>
  analysis.warnings.filter((w) => w.key === key).map((w) => describeProblem(w, language));
const groupsOf = (analysis: ReturnType<typeof run>) => analysis.units.map((u) => [u.name, u.group, u.rank]);

describe("unitGroups keys name a form's unit as last year's names are matched", () => {
  it.each([
    "UBND huyện Vị Xuyên",
    "Ủy ban nhân dân huyện Vị Xuyên",
    "Huyện Vị Xuyên",
    "huyện Vị Xuyên",
    "Vị Xuyên",
    "H. Vị Xuyên",
    "UBND H. Vị Xuyên",
    "UBND Vị Xuyên",
  ])("“%s” names “UBND HUYỆN VỊ XUYÊN”", (key) => {
    const analysis = run({
      "Sở Tài chính": SO,
      "Sở Y tế": SO,
      "Thành phố Hà Giang": HUYEN,
      "TP Hà Giang": HUYEN,
      "Mèo Vạc": HUYEN,
      [key]: HUYEN,
    });
    expect(groupsOf(analysis)).toEqual([
      ["SỞ TÀI CHÍNH", SO, 2],
      ["SỞ Y TẾ", SO, 1],
      ["UBND THÀNH PHỐ HÀ GIANG", HUYEN, 2],
      ["UBND HUYỆN MÈO VẠC", HUYEN, 3],
      ["UBND HUYỆN VỊ XUYÊN", HUYEN, 1],
    ]);
    expect(analysis.warnings.map((w) => w.key)).not.toContain("unitGroupsUnmatched");
    expect(analysis.warnings.map((w) => w.key)).not.toContain("formsNoGroup");
  });

  it("never names a unit of another kind: “Thị xã Vị Xuyên” and “Quận Lê Chân” match nothing", () => {
    const analysis = run(
      {
        "Phường Lê Chân": "Khối phường",
        "Quận Lê Chân": "Khối quận",
        "Thị xã Vị Xuyên": HUYEN,
        "Xã Vĩnh Am": "Khối xã, đặc khu",
      },
      [
        formOf("P1", "UBND PHƯỜNG LÊ CHÂN", [8, 15]),
        formOf("P2", "UBND HUYỆN VỊ XUYÊN", [9, 16]),
        formOf("P3", "Ủy ban nhân dân xã Vĩnh Am", [7, 18]),
      ],
    );
    expect(groupsOf(analysis)).toEqual([
      ["UBND PHƯỜNG LÊ CHÂN", "Khối phường", 1],
      ["UBND HUYỆN VỊ XUYÊN", "Các đơn vị", 1],
      ["Ủy ban nhân dân xã Vĩnh Am", "Khối xã, đặc khu", 1],
    ]);
    expect(warnings(analysis, "unitGroupsUnmatched")).toEqual([
      "Thiết lập “Khối của đơn vị” (unitGroups) có 2 tên không khớp với đơn vị hay trang phiếu nào nên không được dùng: “Quận Lê Chân”, “Thị xã Vị Xuyên”.",
    ]);
  });

  it("applies a key naming two units alike (kind left out) to neither, and the warning names both", () => {
    const grids = [
      formOf("Phường", "UBND PHƯỜNG AN DƯƠNG", [8, 15]),
      formOf("Xã", "UBND XÃ AN DƯƠNG", [9, 16]),
      formOf("Khác", "UBND XÃ AN LÃO", [7, 18]),
    ];
    const analysis = run({ "An Dương": "Khối phường", "Xã An Lão": "Khối xã" }, grids);
    expect(groupsOf(analysis)).toEqual([
      ["UBND PHƯỜNG AN DƯƠNG", "Các đơn vị", 2],
      ["UBND XÃ AN DƯƠNG", "Các đơn vị", 1],
      ["UBND XÃ AN LÃO", "Khối xã", 1],
    ]);
    expect(warnings(analysis, "unitGroupsAmbiguous")).toEqual([
      "Trang tính “Phường”: Tên “An Dương” trong thiết lập “Khối của đơn vị” (unitGroups, khối “Khối phường”) khớp với nhiều đơn vị khi không kể phần chỉ loại đơn vị (huyện, thị xã, phường, xã…): “UBND PHƯỜNG AN DƯƠNG”, “UBND XÃ AN DƯƠNG” (trang “Phường”, “Xã”), nên không được dùng cho đơn vị nào. Hãy ghi đủ tên đơn vị như trên phiếu, kể cả loại đơn vị (ví dụ “Huyện …”, “Phường …”).",
    ]);
    expect(warnings(analysis, "unitGroupsAmbiguous", "en")[0]).toContain(
      "matches several units once the word for the unit's kind (huyện, thị xã, phường, xã…) is left aside: “UBND PHƯỜNG AN DƯƠNG”, “UBND XÃ AN DƯƠNG” (sheets “Phường”, “Xã”), so it was used for none of them.",
    );
    // Not "matching nothing": it matched too much.
    expect(warnings(analysis, "unitGroupsUnmatched")).toEqual([]);
    // The two left without a group are named as such.
    expect(warnings(analysis, "formsNoGroup")[0]).toContain("“UBND PHƯỜNG AN DƯƠNG”, “UBND XÃ AN DƯƠNG”");

    // With its kind the key names one unit.
    const kinded = run({ "Phường An Dương": "Khối phường", "Xã An Dương": "Khối xã" }, grids);
    expect(groupsOf(kinded).slice(0, 2)).toEqual([
      ["UBND PHƯỜNG AN DƯƠNG", "Khối phường", 1],
      ["UBND XÃ AN DƯƠNG", "Khối xã", 1],
    ]);
    expect(kinded.warnings.map((w) => w.key)).not.toContain("unitGroupsAmbiguous");
  });

  it("takes a key that spells one unit's name for that unit, though others equal it without their kind", () => {
    const analysis = run({ "Hà Giang": "Khối A" }, [
      formOf("P1", "Hà Giang", [8, 15]),
      formOf("P2", "UBND THÀNH PHỐ HÀ GIANG", [9, 16]),
    ]);
    expect(analysis.units.map((u) => [u.name, u.group])).toEqual([
      ["Hà Giang", "Khối A"],
      ["UBND THÀNH PHỐ HÀ GIANG", "Các đơn vị"],
    ]);
    expect(analysis.warnings.map((w) => w.key)).not.toContain("unitGroupsAmbiguous");
  });

  it("applies none of several entries naming one unit with different groups, and says so", () => {
    const analysis = run({ "UBND huyện Vị Xuyên": HUYEN, "Vị Xuyên": SO, "Mèo Vạc": HUYEN });
    expect(analysis.units.find((u) => u.name === "UBND HUYỆN VỊ XUYÊN")?.group).toBe("Các đơn vị");
    expect(warnings(analysis, "unitGroupsConflict")).toEqual([
      "Trang tính “Phieu 5”, ô A2: Phiếu trang “Phieu 5” (“UBND HUYỆN VỊ XUYÊN”) không ghi khối trong tiêu đề, còn thiết lập “Khối của đơn vị” (unitGroups) có nhiều tên chỉ đơn vị này với các khối khác nhau: “UBND huyện Vị Xuyên” → “Khối UBND huyện, thành phố”, “Vị Xuyên” → “Khối sở, ban, ngành”; chưa dùng tên nào. Hãy giữ lại một tên cho đơn vị này.",
    ]);
    // The same group in other letters is no conflict.
    const same = run({ "UBND huyện Vị Xuyên": HUYEN, "Vị Xuyên": HUYEN.toUpperCase() });
    expect(same.units.find((u) => u.name === "UBND HUYỆN VỊ XUYÊN")?.group).toBe(HUYEN);
    expect(same.warnings.map((w) => w.key)).not.toContain("unitGroupsConflict");
  });

  it("follows the title over a key without the kind prefix that names another group, and says so", () => {
    const analysis = run({ "Vị Xuyên": SO }, [
      formOf("Phieu 1", "UBND HUYỆN VỊ XUYÊN", [8, 15], "Khối UBND cấp huyện"),
      formOf("Phieu 2", "SỞ Y TẾ", [9, 16], "Khối sở, ban, ngành"),
    ]);
    expect(analysis.units.map((u) => [u.name, u.group])).toEqual([
      ["UBND HUYỆN VỊ XUYÊN", "Khối UBND cấp huyện"],
      ["SỞ Y TẾ", "Khối sở, ban, ngành"],
    ]);
    expect(warnings(analysis, "formGroupSettingIgnored")).toHaveLength(1);
    expect(warnings(analysis, "formGroupSettingIgnored")[0]).toContain(
      "xếp “UBND HUYỆN VỊ XUYÊN” vào khối “Khối sở, ban, ngành”: đã theo tiêu đề phiếu",
    );
  });
});

describe("matchUnitGroups", () => {
  const record = {
    "UBND huyện Vị Xuyên": "A",
    "Phieu 5": "A",
    "Huyện Vị Xuyên": "A",
    "Thị xã Vị Xuyên": "B",
    "Vị Xuyên": "A",
    "Bắc Mê": "A",
  };

  it("lists the keys naming a unit, closest first (as typed, then another spelling, then without the kind)", () => {
    expect(unitGroupKeys(record, "UBND huyện Vị Xuyên", "Phieu 5")).toEqual([
      "UBND huyện Vị Xuyên",
      "Phieu 5",
      "Huyện Vị Xuyên",
      "Vị Xuyên",
    ]);
    expect(unitGroupKeys(record, "UBND HUYỆN VỊ XUYÊN")).toEqual([
      "UBND huyện Vị Xuyên",
      "Huyện Vị Xuyên",
      "Vị Xuyên",
    ]);
    expect(unitGroupKeys(record, "Thị xã Vị Xuyên")).toEqual(["Thị xã Vị Xuyên", "Vị Xuyên"]);
    expect(unitGroupKeys(record, "Phường Bắc Mê")).toEqual(["Bắc Mê"]);
    expect(unitGroupKeys(record, "Sở Y tế", "Phieu 2")).toEqual([]);
  });

  it("reports a key that names several units alike as ambiguous, and gives it to none", () => {
    const match = matchUnitGroups(record, [
      { name: "UBND huyện Vị Xuyên", sheet: "P1" },
      { name: "Thị xã Vị Xuyên", sheet: "P2" },
    ]);
    expect(match.keys).toEqual([["UBND huyện Vị Xuyên", "Huyện Vị Xuyên"], ["Thị xã Vị Xuyên"]]);
    expect([...match.ambiguous]).toEqual([["Vị Xuyên", [0, 1]]]);
  });

  it("takes own keys only", () => {
    const own = JSON.parse('{"__proto__": "A"}') as Record<string, string>;
    expect(unitGroupKeys(own, "constructor")).toEqual([]);
    expect(unitGroupKeys(own, "__proto__")).toEqual(["__proto__"]);
  });
});
