/**
 * `cchc report` end to end (the real command, a process per run) on the layouts with criteria as rows (issue 8
 * d, e): a sheet with a column per unit compared with last year's per-unit forms, and per-unit forms compared
 * with last year's sheet across columns — the JSON against the fixtures' models (test/fixtures/models.json), the
 * report workbook written; groups read from headers above the TT row; forms naming no group ranked together with
 * a warning saying how to set their group (settings `unitGroups`, the title winning), a form with only a
 * self-assessment named; an impossible table refused in words about rows, nothing written; "no table found"
 * naming the three layouts tried.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ReportJson } from "../../src/cli/json";
import type { CellValue, Grid } from "../../src/core/grid";
import type { CriteriaTableModel, FixtureModel } from "../fixtures/lib/model";
import { gridWorkbookBytes } from "../fixtures/lib/gridBook";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/cchc.js");
const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-layouts-"));
const models = (
  JSON.parse(readFileSync(path.join(root, "test/fixtures/models.json"), "utf8")) as {
    fixtures: FixtureModel[];
  }
).fixtures;

function cchc(...args: string[]) {
  return spawnSync(process.execPath, [bin, "report", ...args], { encoding: "utf8", timeout: 60_000 });
}

const compared = models.filter((m) => m.criteriaTables !== undefined && m.previous?.file);

describe.each(compared.map((m) => [m.file, m] as const))("cchc report %s --previous …", (file, model) => {
  const table = (model.criteriaTables as CriteriaTableModel[])[0];
  const base = path.join(tmp, path.basename(file, ".xlsx"));
  let out: ReportJson;
  let run: ReturnType<typeof cchc>;
  beforeAll(() => {
    run = cchc(
      path.join(root, file),
      "--previous",
      path.join(root, model.previous?.file as string),
      "--json",
      `${base}.json`,
      "--out",
      `${base}-report.xlsx`,
    );
    out = JSON.parse(readFileSync(`${base}.json`, "utf8")) as ReportJson;
  });

  it("exits 0 and writes the JSON and the report workbook", () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    expect(existsSync(`${base}-report.xlsx`)).toBe(true);
    expect(out.sheets).toEqual(table.sheets);
    expect(out.groups).toEqual(table.groups.map((g) => ({ name: g.name, units: g.units.length })));
  });

  it("reports every unit as the model says: its sheet and row, index, rank, last year's rank from the other layout", () => {
    const want = table.groups.flatMap((g) =>
      g.units.map((u) => ({
        name: u.name,
        group: g.name,
        sheet: u.sheet,
        row: u.row,
        max: u.max,
        index: Number(u.index.toFixed(9)),
        rank: u.rank,
        previousRank: u.previousRank,
        rankChange: u.rankChange,
      })),
    );
    const got = out.units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: u.sheet,
      row: u.row,
      max: u.max,
      index: Number((u.index as number).toFixed(9)),
      rank: u.rank,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
    }));
    const key = (u: { group: string; name: string }) => `${u.group}/${u.name}`;
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...want].sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(out.unmatchedPrevious.map((u) => u.name)).toEqual(model.previous?.unmatchedPrevious);
  });

  it("lists the explanations against each unit's own field maximum", () => {
    const below = table.groups.flatMap((g) => g.units.flatMap((u) => u.below75.map((k) => `${u.name}/${k}`)));
    const keyOf = (component: string) => table.fields.find((f) => f.name === component)?.key;
    expect(out.explanations.map((e) => `${e.unit}/${keyOf(e.component)}`).sort()).toEqual(below.sort());
  });
});

describe("cchc report: groups of units across columns", () => {
  it("reads the groups' headers on the row above the TT row (last year's fixture)", () => {
    const model = models.find(
      (m) => m.file === "test/fixtures/units-across-columns-2023.xlsx",
    ) as FixtureModel;
    const table = (model.criteriaTables as CriteriaTableModel[])[0];
    expect(table.headerRows).toHaveLength(1);
    const run = cchc(path.join(root, model.file), "--json", "-");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as ReportJson;
    expect(out.groups).toEqual(table.groups.map((g) => ({ name: g.name, units: g.units.length })));
    const ranks = (units: { name: string; group: string; rank: number | null }[]) =>
      units.map((u) => `${u.group}/${u.name}/${u.rank}`).sort();
    expect(ranks(out.units)).toEqual(
      ranks(table.groups.flatMap((g) => g.units.map((u) => ({ name: u.name, group: g.name, rank: u.rank })))),
    );
  });
});

describe("cchc report: per-unit forms without a group in the title, or without an appraisal", () => {
  /** A form whose title names `group` (none when null); `selfOnly`: no appraisal column. */
  const formOf = (sheet: string, unit: string, group: string | null, p: number[], selfOnly = false): Grid => {
    const rows: CellValue[][] = [
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
      ["1", "Công tác chỉ đạo, điều hành", 10, ...(selfOnly ? [] : [10]), p[0]],
      ["2", "Cải cách thủ tục hành chính", 20, ...(selfOnly ? [] : [20]), p[1]],
      [null, "Tổng điểm", 30, ...(selfOnly ? [] : [30]), p[0] + p[1]],
    ];
    return {
      sheet,
      top: 1,
      left: 1,
      values: rows.map((r) => [...r, ...new Array<CellValue>(5 - r.length).fill(null)]),
      merges: [],
    };
  };
  const input = path.join(tmp, "forms-no-group.xlsx");
  beforeAll(async () => {
    writeFileSync(
      input,
      await gridWorkbookBytes([
        formOf("STP", "Sở Tư pháp", null, [8, 15]),
        formOf("SYT", "Sở Y tế", null, [9, 16], true),
        formOf("GL", "UBND huyện Gia Lộc", null, [7, 18]),
        formOf("TH", "UBND huyện Thanh Hà", "Khối UBND cấp huyện", [6, 14]),
      ]),
    );
  });
  const report = (...args: string[]) => {
    const run = cchc(input, "--json", "-", ...args);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    return { out: JSON.parse(run.stdout) as ReportJson, summary: run.stderr };
  };

  it("ranks forms naming no group together, and the warning (Vietnamese first) names them and says how to set their group", () => {
    const { out, summary } = report();
    expect(out.groups).toEqual([
      { name: "Các đơn vị", units: 3 },
      { name: "Khối UBND cấp huyện", units: 1 },
    ]);
    const messages = out.warnings.map((w) => w.message);
    expect(messages).toContainEqual(
      expect.stringContaining(
        "3 phiếu chấm điểm không ghi khối trong tiêu đề và chưa được chọn khối trong thiết lập: “Sở Tư pháp”, “Sở Y tế”, “UBND huyện Gia Lộc” (trang “STP”, “SYT”, “GL”)",
      ),
    );
    expect(summary).toContain("mục “Khối của đơn vị” (tệp thiết lập: unitGroups");
    // The form with only a self-assessment column is read, and named.
    expect(out.units.find((u) => u.name === "Sở Y tế")?.score).toBe(25);
    expect(out.warnings).toContainEqual({
      sheet: "SYT",
      row: 4,
      column: "D",
      message:
        "1 phiếu chỉ có cột điểm tự đánh giá, không có cột điểm thẩm định: “SYT”. Điểm của các đơn vị này là điểm đơn vị tự chấm, chưa được thẩm định, nhưng vẫn được xếp hạng cùng các đơn vị khác.",
    });
  });

  it("takes the groups from --settings (unitGroups); the title wins over a disagreeing entry, with a warning", () => {
    const settings = path.join(tmp, "unit-groups.json");
    writeFileSync(
      settings,
      JSON.stringify({
        unitGroups: {
          "Sở Tư pháp": "Khối sở, ban, ngành",
          SYT: "Khối sở, ban, ngành",
          "UBND huyện Gia Lộc": "Khối UBND cấp huyện",
          "UBND huyện Thanh Hà": "Khối sở, ban, ngành",
        },
      }),
    );
    const { out } = report("--settings", settings, "--lang", "en");
    expect(out.units.map((u) => [u.name, u.group, u.rank])).toEqual([
      ["Sở Tư pháp", "Khối sở, ban, ngành", 2],
      ["Sở Y tế", "Khối sở, ban, ngành", 1],
      ["UBND huyện Gia Lộc", "Khối UBND cấp huyện", 1],
      ["UBND huyện Thanh Hà", "Khối UBND cấp huyện", 2],
    ]);
    const messages = out.warnings.map((w) => w.message);
    expect(messages.some((m) => m.includes("scoring form(s) name no group"))).toBe(false);
    expect(out.warnings).toContainEqual(
      expect.objectContaining({
        sheet: "TH",
        row: 3,
        column: "A",
        message: expect.stringContaining("the form's title was followed") as string,
      }),
    );
  });
});

describe("cchc report refuses what cannot be true, in rows", () => {
  it("exits 2 naming the total row, nothing written", async () => {
    const rows: CellValue[][] = [
      ["KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
      [],
      ["TT", "Tiêu chí", "Điểm tối đa", "Sở A", "Sở B", "Sở C"],
      ["1", "Công tác chỉ đạo, điều hành", 10, 8, 6, 9],
      ["2", "Cải cách thủ tục hành chính", 20, 15, 19, 14],
      [null, "Tổng điểm", 30, 33, 35, 33],
    ];
    const grid: Grid = {
      sheet: "TH",
      top: 1,
      left: 1,
      values: rows.map((r) => [...r, ...new Array<CellValue>(6 - r.length).fill(null)]),
      merges: [],
    };
    const input = path.join(tmp, "wrong-totals.xlsx");
    writeFileSync(input, await gridWorkbookBytes([grid]));
    const json = path.join(tmp, "wrong-totals.json");
    const result = cchc(input, "--json", json);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Dòng 6 được hiểu là tổng điểm");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(json)).toBe(false);
  });

  it("says what was tried when no table is found", () => {
    const result = cchc(path.join(root, "test/fixtures/no-table.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("mỗi đơn vị một cột");
    expect(result.stderr).toContain("mỗi đơn vị một phiếu chấm điểm");
  });
});
