/**
 * `cchc report --out` end to end: the report workbook on the Hải Dương example (the five sheets, the
 * ranking in rank order, the run log saying charts were left out), the inputs untouched, refusals that
 * write nothing (the input itself, last year's file, a missing folder, a file open in Excel), an injected
 * failure that leaves no partial file — and the time of the whole command on 3,321 units, printed.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ReportJson } from "../../src/cli/json";
import { report, type ReportOptions } from "../../src/cli/main";
import { reportSheetNames } from "../../src/core/report";
import { formatMessage } from "../../src/i18n/messages";
import { makeLargeWorkbook } from "../fixtures/lib/large";

const root = path.resolve(__dirname, "../..");
const at = (file: string) => path.join(root, file);
const CURRENT = at("examples/hai-duong-2021.xlsx");
const PREVIOUS = at("examples/hai-duong-2020.xlsx");

async function cchc(workbook: string, options: Partial<ReportOptions> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await report(
    workbook,
    { sheet: [], previousSheet: [], strict: false, lang: "vi", ...options },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { code, stdout, stderr };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every text of a sheet, row by row (merged areas once, by their top-left cell). */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (typeof cell.value === "string") out.push(cell.value);
    }),
  );
  return out;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cchc-cli-out-"));
});
afterEach(() => jest.restoreAllMocks());

describe("cchc report --out on the Hải Dương 2021 example with last year's workbook", () => {
  let result: Awaited<ReturnType<typeof cchc>>;
  let out: string;
  let book: ExcelJS.Workbook;
  let analysis: ReportJson;
  const before = { current: readFileSync(CURRENT), previous: readFileSync(PREVIOUS) };

  beforeAll(async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "cchc-cli-out-"));
    out = path.join(folder, "báo cáo 2021.xlsx");
    result = await cchc(CURRENT, { previous: PREVIOUS, out });
    book = await load(out);
    const json = await cchc(CURRENT, { previous: PREVIOUS, json: "-" });
    analysis = JSON.parse(json.stdout) as ReportJson;
  });

  it("exits 0, says where the report went, and still prints the summary", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Đã ghi báo cáo (5 trang tính) vào “${out}”`);
    expect(result.stdout).toMatch(/Chỉ số CCHC 2021/);
    expect(readdirSync(path.dirname(out))).toEqual([path.basename(out)]);
  });

  it("holds the five report sheets, named with the year, in order", () => {
    const names = reportSheetNames(2021);
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      names.ranking,
      names.actions,
      names.components,
      names.breakthrough,
      names.log,
    ]);
    expect(names.ranking).toBe("Xếp hạng 2021");
  });

  it("lists the 30 units on the ranking sheet in rank order, group by group", () => {
    const ws = book.worksheets[0];
    const rankOf = new Map(analysis.units.map((u) => [u.name, u]));
    const listed: { name: string; rank: number; group: string }[] = [];
    ws.eachRow((row) => {
      const name = row.getCell(2).value;
      const unit = typeof name === "string" ? rankOf.get(name) : undefined;
      if (unit === undefined || typeof row.getCell(1).value !== "number") return;
      listed.push({ name: unit.name, rank: Number(row.getCell(6).value), group: unit.group });
    });
    expect(listed).toHaveLength(30);
    expect(new Set(listed.map((u) => u.name)).size).toBe(30);
    for (const u of listed) expect(u.rank).toBe(rankOf.get(u.name)?.rank);
    const groups = analysis.groups.map((g) => g.name);
    const expected = [...listed].sort(
      (a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.rank - b.rank,
    );
    expect(listed).toEqual(expected);
    expect(listed[0]).toMatchObject({ name: "Sở Giao thông vận tải", rank: 1 });
  });

  it("prints on A4 landscape fitted to width, with the header repeated and frozen", () => {
    const ws = book.worksheets[0];
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(ws.views[0]).toMatchObject({ state: "frozen" });
    expect(ws.getCell("B7").font).toMatchObject({ name: "Times New Roman" });
  });

  it("says in the run log that charts were left out, and carries the source fingerprint", () => {
    const log = texts(book.worksheets[4]);
    expect(log).toContain(formatMessage("rpLogChartsOmitted", {}, "vi"));
    expect(log.some((t) => /^[0-9a-f]{64}$/.test(t))).toBe(true);
    expect(log).toContain("hai-duong-2021.xlsx");
  });

  it("leaves both input files byte for byte as they were", () => {
    expect(readFileSync(CURRENT).equals(before.current)).toBe(true);
    expect(readFileSync(PREVIOUS).equals(before.previous)).toBe(true);
  });
});

describe("cchc report --out writes only where it may", () => {
  it("replaces an existing file only with --force", async () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "an older report");
    const refused = await cchc(CURRENT, { out });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("an older report");
    const result = await cchc(CURRENT, { out, force: true });
    expect(result.code).toBe(0);
    expect((await load(out)).worksheets).toHaveLength(5);
  });

  it("never writes --json onto an input — the workbook, last year's, the settings — even with --force", async () => {
    const copy = path.join(dir, "điểm 2021.xlsx");
    const previous = path.join(dir, "điểm 2020.xlsx");
    const settings = path.join(dir, "thiết lập.json");
    fs.copyFileSync(CURRENT, copy);
    fs.copyFileSync(PREVIOUS, previous);
    writeFileSync(settings, JSON.stringify({ threshold: 75 }));
    const before = [copy, previous, settings].map((f) => readFileSync(f));
    for (const target of [copy, previous, settings]) {
      const result = await cchc(copy, { previous, settings, json: target, force: true });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("tệp đầu vào");
      expect(result.stdout).toBe("");
    }
    // Another spelling of the same file: a hard link.
    const link = path.join(dir, "link.json");
    fs.linkSync(copy, link);
    expect((await cchc(copy, { json: link, force: true })).code).toBe(2);
    [copy, previous, settings].forEach((f, i) => expect(readFileSync(f).equals(before[i])).toBe(true));
  });

  it("checks every output before any work: a --json into a missing folder writes no report", async () => {
    const out = path.join(dir, "report.xlsx");
    const result = await cchc(CURRENT, { out, json: path.join(dir, "missing", "r.json") });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không có thư mục/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes the temporary file a killed run left beside the target", async () => {
    const out = path.join(dir, "report.xlsx");
    const leftover = path.join(dir, ".report.xlsx.4194305.0badf00d.cchc-tmp");
    writeFileSync(leftover, "half a report");
    const result = await cchc(CURRENT, { out });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("tệp tạm");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("writes the report and the JSON file in one run", async () => {
    const out = path.join(dir, "report.xlsx");
    const json = path.join(dir, "report.json");
    expect((await cchc(CURRENT, { out, json })).code).toBe(0);
    expect(existsSync(out) && existsSync(json)).toBe(true);
  });

  it("refuses the input workbook itself, or last year's, and writes nothing", async () => {
    const copy = path.join(dir, "điểm 2021.xlsx");
    fs.copyFileSync(CURRENT, copy);
    const bytes = readFileSync(copy);
    const self = await cchc(copy, { out: copy });
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("tệp đầu vào");
    expect(self.stderr).toContain("Không ghi tệp nào");
    expect(self.stdout).toBe("");
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    const relative = path.relative(process.cwd(), copy);
    expect((await cchc(copy, { out: relative })).code).toBe(2);
    const previous = path.join(dir, "điểm 2020.xlsx");
    fs.copyFileSync(PREVIOUS, previous);
    expect((await cchc(copy, { previous, out: previous })).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["điểm 2020.xlsx", "điểm 2021.xlsx"]);
  });

  it("refuses a missing folder, a name that is not .xlsx, and a file open in Excel", async () => {
    const missing = await cchc(CURRENT, { out: path.join(dir, "nowhere", "report.xlsx") });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Không có thư mục/);
    expect((await cchc(CURRENT, { out: path.join(dir, "report.pdf") })).code).toBe(2);
    const open = path.join(dir, "report.xlsx");
    writeFileSync(open, "a report open in Excel");
    writeFileSync(path.join(dir, "~$report.xlsx"), "owner");
    const locked = await cchc(CURRENT, { out: open, force: true });
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(/đang mở trong Excel/);
    expect(readFileSync(open, "utf8")).toBe("a report open in Excel");
    expect(readdirSync(dir).sort()).toEqual(["report.xlsx", "~$report.xlsx"]);
  });

  it("leaves no partial file when the write fails (injected: the disk refuses the rename)", async () => {
    jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    });
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "an older report");
    const result = await cchc(CURRENT, { out, force: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không ghi được vào/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, "utf8")).toBe("an older report");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (isRoot ? it.skip : it)("leaves no partial file in a read-only folder (not as root)", async () => {
    const folder = path.join(dir, "ro");
    mkdirSync(folder);
    fs.chmodSync(folder, 0o555);
    const result = await cchc(CURRENT, { out: path.join(folder, "report.xlsx") });
    expect(result.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("writes nothing when --strict stops the run", async () => {
    const out = path.join(dir, "report.xlsx");
    const result = await cchc(at("test/fixtures/messy.xlsx"), { out, strict: true });
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe("cchc report --out on 3,321 units (the whole binary; its time is in npm run bench)", () => {
  it("writes the report with every unit", async () => {
    const large = await makeLargeWorkbook(3321);
    const input = path.join(dir, "large.xlsx");
    const out = path.join(dir, "large-report.xlsx");
    writeFileSync(input, large.bytes);
    const run = spawnSync(process.execPath, [at("bin/cchc.js"), "report", input, "--out", out], {
      encoding: "utf8",
    });
    expect(run.stderr).toMatch(/Đã ghi báo cáo/);
    expect(run.status).toBe(0);
    const book = await load(out);
    expect(book.worksheets).toHaveLength(5);
    const listed = texts(book.worksheets[0]).filter((t) => /^(Phường|Xã|Đặc khu) số \d+$/.test(t));
    expect(listed).toHaveLength(3321);
  }, 60_000);
});
