/**
 * The plausibility gates: numbers that cannot be true are refused (an InputError naming the column and what
 * it was taken for, pointing at the column mapping), isolated slips stay warnings; the CLI exits 2 and
 * writes nothing. Each gate has a case here that fails when the gate is switched off.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { largeShare, several } from "../../src/core/analysis/plausibility";
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { report } from "../../src/cli/main";
import { gridWorkbookBytes } from "../fixtures/lib/gridBook";

const FIELDS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Chính quyền điện tử, chính quyền số"];

function grid(header: string[], rows: CellValue[][], extra: CellValue[][] = []): Grid {
  const all: CellValue[][] = [["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"], [], header, ...extra, ...rows];
  const width = Math.max(...all.map((r) => r.length));
  return {
    sheet: "KQ",
    top: 1,
    left: 1,
    values: all.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: [],
  };
}

/** Units with three fields (maxima 10, 8, 12 in a max row), total and index columns. */
function table(units: UnitRow[], options: { maxRow?: boolean } = {}): Grid {
  const rows = units.map((u, i) => {
    const sum = Math.round(u.scores.reduce((a, b) => a + b, 0) * 100) / 100;
    return [
      i + 1,
      `Sở số ${i + 1}`,
      ...u.scores,
      u.total ?? sum,
      u.index ?? Math.round((sum / 30) * 10000) / 100,
    ];
  });
  const maxRow = options.maxRow === false ? [] : [[null, "Điểm tối đa", 10, 8, 12, 30, null]];
  return grid(["STT", "Tên cơ quan, đơn vị", ...FIELDS, "Tổng điểm", "Chỉ số (%)"], rows, maxRow);
}

type UnitRow = { scores: number[]; total?: CellValue; index?: CellValue };

const plausible = (n: number): UnitRow[] =>
  Array.from({ length: n }, (_, i) => ({ scores: [8 - (i % 3) * 0.5, 6, 9 + (i % 4) * 0.25] }));

function refusal(grids: Grid[]): InputError {
  try {
    analyseWorkbook({ grids, settings: DEFAULT_SETTINGS });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("thresholds", () => {
  it("several = two or more, three in a table of three or more; a large share = several and a quarter", () => {
    expect([several(1, 35), several(2, 35), several(3, 35), several(2, 2), several(1, 1)]).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
    expect([largeShare(3, 35), largeShare(9, 35), largeShare(3, 8), largeShare(2, 10)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe("a plausible table is not refused", () => {
  it("analyses, with no refusal", () => {
    const a = analyseWorkbook({ grids: [table(plausible(8))], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.units.every((u) => u.rank !== null)).toBe(true);
  });
});

describe("any index outside 0–100", () => {
  it("a unit-maximum column that holds a field's maximum: names the column, the count and an example", () => {
    const rows = Array.from({ length: 6 }, (_, i) => [i + 1, `Sở số ${i + 1}`, 9, 8, 10, 9, 27, 90]);
    const g = grid(["STT", "Tên cơ quan, đơn vị", "Điểm tối đa", ...FIELDS, "Tổng điểm", "Chỉ số (%)"], rows);
    const error = refusal([g]);
    expect(error.problem.key).toBe("gateAboveUnitMax");
    expect(error.problem.params).toMatchObject({ column: "C", count: 6, units: 6, max: 9, score: 27 });
    expect(error.message).toContain("Cột C được hiểu là điểm tối đa của đơn vị");
    expect(error.message).toContain("6/6 đơn vị");
    expect(error.message).toContain("Sửa cột");
    expect(error.messageIn("en")).toContain("Column C was taken for the unit's maximum");
  });

  it("one unit whose total is above the table's maximum is enough", () => {
    const units = plausible(8);
    units[3] = { ...units[3], total: 31, index: 95 };
    const error = refusal([table(units)]);
    expect(error.problem.key).toBe("gateAboveMax");
    expect(error.problem.params).toMatchObject({
      column: "F",
      count: 1,
      unit: "Sở số 4",
      score: 31,
      max: 30,
    });
  });

  it("a negative total", () => {
    const units = plausible(5);
    units[1] = { ...units[1], total: -3, index: 5 };
    expect(refusal([table(units)]).problem).toMatchObject({
      key: "gateTotalNegative",
      params: { column: "F", count: 1 },
    });
  });

  it("fields summing above the maximum when the total column is blank", () => {
    const rows = [1, 2, 3].map((i) => [i, `Sở số ${i}`, 9, 7, 11, null]);
    const g = grid(["STT", "Tên cơ quan, đơn vị", ...FIELDS, "Tổng điểm (20 điểm)"], rows);
    expect(refusal([g]).problem).toMatchObject({
      key: "gateFieldsAboveMax",
      params: { columns: "C, D, E", count: 3, max: 20 },
    });
  });

  it("an index column outside 0–100 when nothing else gives the index", () => {
    const rows = [1, 2, 3, 4].map((i) => [i, `Sở số ${i}`, 850 + i]);
    const error = refusal([grid(["STT", "Tên cơ quan, đơn vị", "Chỉ số (%)"], rows)]);
    expect(error.problem).toMatchObject({
      key: "gateSheetIndexOutOfRange",
      params: { column: "C", count: 4 },
    });
  });
});

describe("a field above its maximum for several units", () => {
  it("is refused for three units, naming the field's column", () => {
    // 9 of at most 8, totals under 30: only the field gate can see it.
    const units = plausible(10).map((u, i) => (i < 3 ? { scores: [8, 9, 11] } : u));
    const error = refusal([table(units)]);
    expect(error.problem).toMatchObject({
      key: "gateFieldAboveMax",
      params: { column: "D", component: "Cải cách thủ tục hành chính", count: 3, units: 10, max: 8 },
    });
  });

  it("stays a warning for one unit", () => {
    const units = plausible(10);
    units[0] = { scores: [8, 9, 9] };
    const a = analyseWorkbook({ grids: [table(units)], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.warnings.map((w) => w.key)).toContain("componentAboveMax");
  });
});

describe("the total disagreeing with the fields for a large share", () => {
  const mangled = (count: number) =>
    plausible(8).map((u, i) => {
      if (i >= count) return u;
      const total = Math.round((u.scores.reduce((a, b) => a + b, 0) - 4) * 100) / 100;
      return { ...u, total, index: Math.round((total / 30) * 10000) / 100 };
    });

  it("is refused when 3 of 8 disagree", () => {
    const error = refusal([table(mangled(3))]);
    expect(error.problem).toMatchObject({
      key: "gateTotalDisagrees",
      params: { column: "F", columns: "C, D, E", count: 3, units: 8 },
    });
  });

  it("stays a warning for one unit", () => {
    const a = analyseWorkbook({ grids: [table(mangled(1))], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.warnings.filter((w) => w.key === "totalDisagrees")).toHaveLength(1);
  });
});

describe("the same unit on many rows (a long list: one row per unit and field)", () => {
  const FIELD_ROWS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Chính quyền số"];
  const longList = (units: string[]) =>
    grid(
      ["STT", "Tên đơn vị", "Lĩnh vực", "Điểm tối đa", "Điểm đạt"],
      units.flatMap((name, u) =>
        FIELD_ROWS.map((field, f) => [u * 3 + f + 1, name, field, [10, 8, 12][f], [8, 6, 9][f] - u * 0.25]),
      ),
    );

  it("is refused, naming the repeated unit and its rows, not ranked as so many units", () => {
    const error = refusal([longList(["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Tài chính"])]);
    expect(error.problem).toMatchObject({
      key: "gateRepeatedUnits",
      params: { count: 8, units: 12, unit: "Sở Nội vụ", times: 3, places: "4, 5, 6" },
    });
    expect(error.message).toContain("“Sở Nội vụ” xuất hiện 3 lần: dòng 4, 5, 6");
    expect(error.messageIn("en")).toContain("“Sở Nội vụ” appears 3 times: rows 4, 5, 6");
  });

  it("one name typed twice stays a warning", () => {
    const t = table(plausible(8));
    const values = t.values.map((r, i) => (i === t.values.length - 1 ? [r[0], "Sở số 1", ...r.slice(2)] : r));
    const g: Grid = { ...t, values };
    const a = analyseWorkbook({ grids: [g], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.warnings.filter((w) => w.key === "duplicateUnit")).toHaveLength(1);
  });
});

describe("each unit with a number in exactly one of the fields (a PivotTable: one column per group)", () => {
  it("is refused, naming the columns taken for fields", () => {
    const rows = [
      ["Huyện A", null, 80.5],
      ["Huyện B", null, 78.48],
      ["Sở C", 87.11, null],
      ["Sở D", 85.61, null],
    ].map((r) => [...r, Math.max(...(r.slice(1) as (number | null)[]).map((v) => v ?? 0))]);
    const error = refusal([grid(["Tên đơn vị", "Sở, ban, ngành", "UBND cấp huyện", "Tổng cuối"], rows)]);
    expect(error.problem).toMatchObject({
      key: "gateOneFieldPerUnit",
      params: { columns: "B, C", count: 4 },
    });
    expect(error.message).toContain("PivotTable");
  });

  it("one unit with a single field filled stays readable", () => {
    const t = table(plausible(8));
    const values = t.values.map((r, i) =>
      i === t.values.length - 1 ? [r[0], r[1], r[2], null, null, ...r.slice(5)] : r,
    );
    const a = analyseWorkbook({ grids: [{ ...t, values }], settings: DEFAULT_SETTINGS, allowUnranked: true });
    expect(a.refusal?.key).not.toBe("gateOneFieldPerUnit");
  });
});

describe("a helper column after the total and the index", () => {
  it("is not a field (with a warning naming it), so the total agrees with the fields", () => {
    const rows = plausible(6).map((u, i) => {
      const sum = Math.round(u.scores.reduce((a, b) => a + b, 0) * 100) / 100;
      return [i + 1, `Sở số ${i + 1}`, ...u.scores, sum, Math.round((sum / 30) * 10000) / 100, 900 - i * 10];
    });
    const g = grid(["STT", "Tên cơ quan, đơn vị", ...FIELDS, "Tổng điểm", "Chỉ số (%)", "Sắp xếp"], rows, [
      [null, "Điểm tối đa", 10, 8, 12, 30, null, null],
    ]);
    const a = analyseWorkbook({ grids: [g], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.components.map((c) => c.name)).toEqual(FIELDS);
    expect(a.warnings.find((w) => w.key === "helperColumnNotField")?.params).toMatchObject({
      column: "H",
      header: "Sắp xếp",
    });
  });

  it("a field after the total that has its maximum stays a field", () => {
    const rows = plausible(6).map((u, i) => {
      const sum = Math.round(u.scores.reduce((a, b) => a + b, 0) * 100) / 100;
      return [i + 1, `Sở số ${i + 1}`, u.scores[0], u.scores[1], sum, u.scores[2]];
    });
    const g = grid(["STT", "Tên cơ quan, đơn vị", FIELDS[0], FIELDS[1], "Tổng điểm", FIELDS[2]], rows, [
      [null, "Điểm tối đa", 10, 8, 30, 12],
    ]);
    const a = analyseWorkbook({ grids: [g], settings: DEFAULT_SETTINGS });
    expect(a.components.map((c) => c.name)).toEqual(FIELDS);
    expect(a.warnings.some((w) => w.key === "helperColumnNotField")).toBe(false);
  });
});

describe("the sheet's index disagreeing with the computed one for a large share", () => {
  const mangled = (count: number) => plausible(8).map((u, i) => (i < count ? { ...u, index: 50 } : u));

  it("is refused when 4 of 8 disagree", () => {
    const error = refusal([table(mangled(4))]);
    expect(error.problem).toMatchObject({
      key: "gateIndexDisagrees",
      params: { column: "G", count: 4, units: 8, sheetValue: 50 },
    });
  });

  it("stays a warning for one unit", () => {
    const a = analyseWorkbook({ grids: [table(mangled(1))], settings: DEFAULT_SETTINGS });
    expect(a.refusal).toBeNull();
    expect(a.warnings.filter((w) => w.key === "indexDisagrees")).toHaveLength(1);
  });
});

describe("every shell obeys the refusal", () => {
  const units = plausible(6).map((u) => ({ ...u, index: 12 }));

  it("analyseWorkbook throws; with allowUnranked the pane gets the analysis and the refusal to show", () => {
    expect(() => analyseWorkbook({ grids: [table(units)], settings: DEFAULT_SETTINGS })).toThrow(InputError);
    const shown = analyseWorkbook({ grids: [table(units)], settings: DEFAULT_SETTINGS, allowUnranked: true });
    expect(shown.refusal?.key).toBe("gateIndexDisagrees");
  });

  it("last year's table is held to the same gates", () => {
    expect(() =>
      analyseWorkbook({
        grids: [table(plausible(6))],
        previousGrids: [table(units)],
        settings: DEFAULT_SETTINGS,
      }),
    ).toThrow(InputError);
  });

  it("the CLI exits 2 with the message and writes nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-gate-"));
    const file = path.join(dir, "in.xlsx");
    writeFileSync(file, await gridWorkbookBytes([table(units)]));
    let stderr = "";
    const code = await report(
      file,
      {
        sheet: [],
        previousSheet: [],
        strict: false,
        lang: "vi",
        json: path.join(dir, "out.json"),
        out: path.join(dir, "out.xlsx"),
      },
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("Cột G được hiểu là chỉ số (%)");
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });
});
