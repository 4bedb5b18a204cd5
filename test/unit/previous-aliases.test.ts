/**
 * Last year's ranks through aliases across groups (DOMAIN.md "Unit names", "Rank change"), as the analysis
 * reports them: a ward aliased to a former district of last year's district group — which split into this
 * year's wards and communes — is compared with its rank among the districts; a unit aliased into a group that
 * corresponds to another of this year's is accounted for (not in last year's unmatched list, never "dropped")
 * but not comparable, with a warning naming the alias, last year's group and rank; an alias that cannot be
 * followed is named in a warning.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { describeProblem } from "../../src/core/problems";
import { parseSettings, type SettingsInput } from "../../src/core/settings";
import type { Analysis } from "../../src/core/analysis/model";

const FIELDS = [
  "Cải cách thể chế",
  "Cải cách thủ tục hành chính",
  "Xây dựng chính quyền điện tử, chính quyền số",
];
const MAX = [10, 8, 12];

/** A small table: title with the year, header, max row, one group row per group, units with their scores. */
function sheet(name: string, year: number, groups: { title: string; units: [string, number[]][] }[]): Grid {
  const rows: CellValue[][] = [
    [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`],
    [],
    ["STT", "Tên cơ quan, đơn vị", ...FIELDS, "Tổng điểm"],
    [null, "Điểm tối đa", ...MAX, 30],
  ];
  let stt = 0;
  groups.forEach((g, i) => {
    rows.push([["I", "II", "III"][i], g.title]);
    for (const [unit, scores] of g.units)
      rows.push([++stt, unit, ...scores, scores.reduce((a, b) => a + b, 0)]);
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

const run = (grids: Grid[], settings: SettingsInput, previousGrids: Grid[]) =>
  analyseWorkbook({ grids, previousGrids, settings: parseSettings(settings) });

const unit = (a: Analysis, name: string) => {
  const u = a.units.find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return {
    rank: u.rank,
    previousRank: u.previousRank,
    rankChange: u.rankChange,
    comparable: u.comparable,
    reason: u.notComparableReason,
  };
};
const warningsOf = (a: Analysis, key: string) =>
  a.warnings.filter((w) => w.key === key).map((w) => describeProblem(w));

// Hải Phòng, 2025 against 2024: departments / wards / communes and special zones against departments / districts.
const thisYear = sheet("2025", 2025, [
  {
    title: "KHỐI SỞ, BAN, NGÀNH",
    units: [
      ["Sở Tư pháp", [9, 7, 11]],
      ["Sở Y tế", [8, 6, 10]],
    ],
  },
  {
    title: "KHỐI PHƯỜNG",
    units: [
      ["Phường Ngô Quyền", [9, 7, 11]],
      ["Phường Hồng Bàng", [8, 7, 11]],
      ["Phường Lê Chân", [7, 6, 10]],
    ],
  },
  {
    title: "KHỐI XÃ, ĐẶC KHU",
    units: [
      ["Xã An Lão", [9, 7, 11]],
      ["Xã Kiến Thụy", [8, 7, 10]],
      ["Đặc khu Cát Hải", [7, 6, 10]],
    ],
  },
]);
const lastYear = sheet("2024", 2024, [
  {
    title: "CÁC SỞ, BAN, NGÀNH",
    units: [
      ["Sở Tư pháp", [9, 7, 11]],
      ["Sở Y tế", [9, 7, 12]],
    ],
  },
  {
    title: "UBND CÁC QUẬN, HUYỆN",
    units: [
      ["UBND huyện An Lão", [10, 8, 12]],
      ["UBND quận Lê Chân", [9, 8, 12]],
      ["UBND quận Hồng Bàng", [9, 7, 12]],
      ["UBND huyện Kiến Thụy", [9, 7, 11]],
      ["UBND huyện Cát Hải", [8, 7, 11]],
    ],
  },
]);
const communes = { "Xã An Lão": "Huyện An Lão", "Xã Kiến Thụy": "UBND huyện Kiến Thụy" };

describe("a ward aliased to a former district (the district group split into wards and communes)", () => {
  it.each([["Quận Hồng Bàng"], ["UBND quận Hồng Bàng"]])(
    "is compared with its rank among last year's districts (alias %p)",
    (target) => {
      const a = run([thisYear], { aliases: { ...communes, "Phường Hồng Bàng": target } }, [lastYear]);
      // 3rd of 5 districts in 2024, 2nd of 3 wards in 2025: up one.
      expect(unit(a, "Phường Hồng Bàng")).toEqual({
        rank: 2,
        previousRank: 3,
        rankChange: 1,
        comparable: true,
        reason: null,
      });
      expect(unit(a, "Xã An Lão")).toMatchObject({ previousRank: 1, rankChange: 0, comparable: true });
      expect(unit(a, "Xã Kiến Thụy")).toMatchObject({ previousRank: 4, rankChange: 2, comparable: true });
      // Other kinds without an alias: not found (the group is there), never a drop.
      expect(unit(a, "Phường Lê Chân")).toMatchObject({
        comparable: false,
        reason: "notComparableUnmatched",
      });
      expect(a.unmatchedPrevious.map((u) => u.name).sort()).toEqual([
        "UBND huyện Cát Hải",
        "UBND quận Lê Chân",
      ]);
      // The warning says which group of last year each group of this year is compared with.
      const [groups] = warningsOf(a, "previousGroupsDiffer");
      expect(groups).toContain("“KHỐI PHƯỜNG” ↔ “UBND CÁC QUẬN, HUYỆN”");
      expect(groups).toContain("“KHỐI XÃ, ĐẶC KHU” ↔ “UBND CÁC QUẬN, HUYỆN”");
      expect(a.warnings.filter((w) => w.key.startsWith("alias"))).toEqual([]);
    },
  );
});

describe("an alias into a group that corresponds to another of this year's", () => {
  const now = sheet("2025", 2025, [
    {
      title: "CÁC THÀNH PHỐ, THỊ XÃ",
      units: [
        ["Thành phố Hải Dương", [9, 7, 11]],
        ["Thành phố Thủy Nguyên", [9, 7, 12]],
      ],
    },
    {
      title: "CÁC HUYỆN",
      units: [
        ["Huyện Nam Sách", [9, 7, 11]],
        ["Huyện Ninh Giang", [8, 7, 11]],
      ],
    },
  ]);
  const before = sheet("2024", 2024, [
    { title: "CÁC THÀNH PHỐ, THỊ XÃ", units: [["Thành phố Hải Dương", [9, 7, 11]]] },
    {
      title: "CÁC HUYỆN",
      units: [
        ["Huyện Nam Sách", [9, 7, 11]],
        ["Huyện Thủy Nguyên", [9, 7, 12]],
        ["Huyện Ninh Giang", [8, 7, 11]],
      ],
    },
  ]);

  it("is not comparable, is not last year's leftover, and the warning names the alias, group and rank", () => {
    const a = run([now], { aliases: { "Thành phố Thủy Nguyên": "Huyện Thủy Nguyên" } }, [before]);
    expect(unit(a, "Thành phố Thủy Nguyên")).toEqual({
      rank: 1,
      previousRank: null,
      rankChange: null,
      comparable: false,
      reason: "notComparableOtherGroup",
    });
    expect(a.unmatchedPrevious).toEqual([]);
    // Hải Dương was 1st of one city and is 2nd now; the city that moved in is no drop.
    expect(a.dropped.map((d) => d.unit)).toEqual(["Thành phố Hải Dương"]);
    const [why] = warningsOf(a, "aliasOtherGroup");
    expect(why).toMatch(/“Thành phố Thủy Nguyên” → “Huyện Thủy Nguyên”/);
    expect(why).toMatch(/hạng 1 trong khối “CÁC HUYỆN”/);
    expect(why).toMatch(/khối “CÁC THÀNH PHỐ, THỊ XÃ” năm nay/);
    expect(a.warnings.find((w) => w.key === "aliasOtherGroup")?.row).toBe(7);
  });
});

describe("an alias that cannot be followed is named in a warning", () => {
  it("when last year has no such unit (the unit is compared by its own name)", () => {
    const a = run([thisYear], { aliases: { ...communes, "Sở Y tế": "Sở Y tế dự phòng" } }, [lastYear]);
    expect(unit(a, "Sở Y tế")).toMatchObject({ previousRank: 1, rankChange: -1, comparable: true });
    expect(warningsOf(a, "aliasTargetMissing")).toEqual([
      expect.stringMatching(/“Sở Y tế” → “Sở Y tế dự phòng”.*không có đơn vị “Sở Y tế dự phòng”/),
    ]);
  });

  it("when this year has no unit of that name", () => {
    const a = run([thisYear], { aliases: { ...communes, "Phường Hồng Bang": "Quận Hồng Bàng" } }, [lastYear]);
    expect(unit(a, "Phường Hồng Bàng")).toMatchObject({ comparable: false });
    expect(warningsOf(a, "aliasUnitMissing")).toEqual([
      expect.stringContaining("“Phường Hồng Bang” → “Quận Hồng Bàng”"),
    ]);
  });

  it("when two of this year's units are aliased to one of last year's", () => {
    const a = run(
      [thisYear],
      {
        aliases: { ...communes, "Phường Hồng Bàng": "Quận Hồng Bàng", "Phường Ngô Quyền": "Quận Hồng Bàng" },
      },
      [lastYear],
    );
    expect(unit(a, "Phường Hồng Bàng")).toMatchObject({
      comparable: false,
      reason: "notComparableAmbiguous",
    });
    expect(unit(a, "Phường Ngô Quyền")).toMatchObject({
      comparable: false,
      reason: "notComparableAmbiguous",
    });
    expect(warningsOf(a, "matchContested")).toEqual([
      expect.stringMatching(/“Phường Ngô Quyền” và “Phường Hồng Bàng” cùng khớp .*“UBND quận Hồng Bàng”/),
      expect.stringMatching(/“Phường Hồng Bàng” và “Phường Ngô Quyền” cùng khớp/),
    ]);
  });
});
