/**
 * The column mapping's per-unit maximum column (settings.mapping.components[].maxColumn): in a paired layout
 * that detection did not read, each mapped field takes each unit's own maximum from the named column, so
 * indices and the 75% check use the unit's own maxima; a maximum column outside the table or on another
 * role's column is refused like any mapped column; the field is labelled in words.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { parseSettings, type SettingsInput } from "../../src/core/settings";
import { SettingsError } from "../../src/core/settingsProblems";

/** A: STT, B: name, C/D: field 1 max/points, E/F: field 2 max/points, G: total — headers that say nothing of pairs. */
const grid: Grid = {
  sheet: "Bảng",
  top: 1,
  left: 1,
  merges: [],
  values: [
    ["STT", "Đơn vị", "Cột 1", "Cải cách thủ tục hành chính", "Cột 3", "Cải cách thể chế", "Tổng điểm"],
    [1, "Sở Tư pháp", 20, 18, 10, 9, 27],
    [2, "Sở Y tế", 16, 8, 10, 9, 17],
    [3, "Sở Nội vụ", 20, 15, 8, 8, 23],
  ] as CellValue[][],
};

const run = (settings: SettingsInput) =>
  analyseWorkbook({ grids: [grid], settings: parseSettings(settings) });

const PAIRED = {
  mapping: {
    headerTop: 1,
    name: "B",
    total: "G",
    components: [
      { column: "D", maxColumn: "C" },
      { column: "F", maxColumn: "E" },
    ],
  },
};

describe("mapping.components[].maxColumn", () => {
  it("reads each unit's own field maxima from the named columns", () => {
    const a = run(PAIRED);
    expect(a.refusal).toBeNull();
    const unit = (name: string) => a.units.find((u) => u.name === name)!;
    expect(unit("Sở Y tế").components.map((c) => [c.score, c.max])).toEqual([
      [8, 16],
      [9, 10],
    ]);
    // 17 of 26 points: the unit's maximum is the sum of its own field maxima.
    expect(unit("Sở Y tế").max).toBe(26);
    expect(unit("Sở Y tế").index).toBeCloseTo((17 / 26) * 100, 10);
    expect(unit("Sở Nội vụ").max).toBe(28);
    // 8 of 16 is below 75 % of the unit's own maximum; 18 of 20 is not.
    expect(unit("Sở Y tế").components[0].below).toBe(true);
    expect(unit("Sở Tư pháp").components[0].below).toBe(false);
    expect(a.explanations.map((e) => [e.unit, e.max])).toEqual([["Sở Y tế", 16]]);
  });

  it("is refused outside the table or on another role's column", () => {
    const refusal = (settings: SettingsInput): string => {
      try {
        run(settings);
      } catch (error) {
        if (error instanceof InputError) return error.messageIn("vi");
        throw error;
      }
      throw new Error("accepted");
    };
    expect(
      refusal({ mapping: { ...PAIRED.mapping, components: [{ column: "D", maxColumn: "Z" }] } }),
    ).toContain("Cột Z được chọn làm cột lĩnh vực");
    expect(
      refusal({ mapping: { ...PAIRED.mapping, components: [{ column: "D", maxColumn: "G" }] } }),
    ).toContain("Cột G được chọn cho hai vai trò");
  });

  it("must be a column letter, and says so in words", () => {
    let error: unknown;
    try {
      parseSettings({ mapping: { components: [{ column: "D", maxColumn: "1" }] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).messageIn("vi")).toMatch(/mục thứ 1, điểm tối đa: /);
    expect((error as SettingsError).messageIn("en")).toMatch(/item 1, maximum: /);
  });
});
