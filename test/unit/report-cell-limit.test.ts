/**
 * No report cell holds more than Excel's 32,767 characters (a longer one makes Excel "repair" the file): a
 * unit name and a warning of 40,000 characters reach the ranking and log sheets cut, with a marker.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import type { PlanValue, ReportPlan } from "../../src/core/plan";
import { planReport } from "../../src/core/report";
import { fitCellText, MAX_CELL_TEXT } from "../../src/core/report/builder";
import { parseSettings } from "../../src/core/settings";

const LONG_NAME = "Sở " + "Tư pháp ".repeat(5_000);
const LONG_TEXT = "điểm ".repeat(8_000);

function grid(): Grid {
  const values: CellValue[][] = [
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021", null, null, null, null],
    ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Tổng điểm"],
    [null, "Điểm tối đa", 10, 20, 30],
    [1, LONG_NAME, 9, 18, 27],
    [2, "Sở Y tế", 8, LONG_TEXT, 8],
    [3, "Sở Nội vụ", 7, 12, 19],
  ];
  return { sheet: "Sở", top: 1, left: 1, values, merges: [] };
}

function plan(language: "vi" | "en"): ReportPlan {
  const settings = parseSettings({ language });
  const analysis = analyseWorkbook({ grids: [grid()], settings });
  return planReport(analysis, {
    settings,
    file: "bang-diem.xlsx",
    fingerprint: "0".repeat(64),
    generatedAt: "2022-02-25T08:30:00.000Z",
    chartsSupported: false,
  });
}

const texts = (p: ReportPlan): string[] =>
  p.sheets.flatMap((s) =>
    s.values.flat().flatMap((v: PlanValue) => {
      if (typeof v === "string") return [v];
      if (v !== null && typeof v === "object" && typeof v.result === "string") return [v.result];
      return [];
    }),
  );

describe("report cells longer than Excel allows", () => {
  it.each([
    ["vi", "… (đã cắt bớt)"],
    ["en", "… (cut short)"],
  ] as const)("are cut to 32,767 characters with a marker on every sheet (%s)", (language, marker) => {
    const all = texts(plan(language));
    for (const t of all) expect(t.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const cut = all.filter((t) => t.endsWith(marker));
    // The name on the ranking and the actions sheets, the warning about the long text in the log.
    expect(cut.length).toBeGreaterThanOrEqual(2);
    for (const t of cut) expect(t).toHaveLength(MAX_CELL_TEXT);
    expect(cut.some((t) => t.startsWith(LONG_NAME.trim().slice(0, 100)))).toBe(true);
    expect(cut.some((t) => t.includes("điểm điểm") && !t.startsWith("Sở"))).toBe(true);
  });

  it("keeps short text as it is and never splits a surrogate pair", () => {
    expect(fitCellText("Sở Y tế", "…")).toBe("Sở Y tế");
    expect(fitCellText("x".repeat(MAX_CELL_TEXT), "…")).toBe("x".repeat(MAX_CELL_TEXT));
    const emoji = "😀".repeat(20_000);
    const fitted = fitCellText(emoji, "…");
    expect(fitted.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(fitted.endsWith("😀…")).toBe(true);
  });
});
