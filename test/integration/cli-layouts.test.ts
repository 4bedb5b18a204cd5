/**
 * `cchc report` end to end (the real command, a process per run) on the layouts with criteria as rows (issue 8
 * d, e): a sheet with a column per unit compared with last year's per-unit forms, and per-unit forms compared
 * with last year's sheet across columns — the JSON against the fixtures' models (test/fixtures/models.json), the
 * report workbook written; an impossible table refused in words about rows, nothing written; "no table found"
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
