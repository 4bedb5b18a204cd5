/**
 * The `cchc report` command end to end on the fixture workbooks: exit codes, the JSON contract of
 * DESIGN.md, the summary on stdout or stderr, and a clear message (never a stack) for input problems.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { report, type ReportOptions } from "../../src/cli/main";
import type { ReportJson } from "../../src/cli/json";

const root = path.resolve(__dirname, "../..");
const at = (file: string) => path.join(root, file);
const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-cli-"));

async function cchc(workbook: string, options: Partial<ReportOptions> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await report(
    path.isAbsolute(workbook) ? workbook : at(workbook),
    { sheet: [], previousSheet: [], strict: false, lang: "vi", ...options },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { code, stdout, stderr };
}

async function json(workbook: string, options: Partial<ReportOptions> = {}): Promise<ReportJson> {
  const result = await cchc(workbook, { ...options, json: "-" });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReportJson;
}

describe("cchc report on the Hải Dương 2021 example with last year's workbook", () => {
  let out: ReportJson;
  beforeAll(async () => {
    out = await json("examples/hai-duong-2021.xlsx", { previous: at("examples/hai-duong-2020.xlsx") });
  });

  it("writes exactly the contract's keys", () => {
    expect(Object.keys(out)).toEqual([
      "sheets",
      "groups",
      "units",
      "dropped",
      "reviews",
      "explanations",
      "componentStats",
      "notAssessed",
      "unmatchedPrevious",
      "warnings",
    ]);
    expect(Object.keys(out.units[0])).toEqual([
      "name",
      "group",
      "sheet",
      "row",
      "score",
      "max",
      "index",
      "band",
      "rank",
      "previousRank",
      "rankChange",
      "comparable",
      "rating",
      "ratingDerived",
      "components",
    ]);
    expect(Object.keys(out.units[0].components[0])).toEqual(["name", "score", "max", "percent", "below"]);
    expect(Object.keys(out.reviews[0])).toEqual([
      "unit",
      "group",
      "index",
      "rank",
      "rankChange",
      "rating",
      "ratingDerived",
      "reasons",
      "attendee",
      "deadline",
      "sendTo",
    ]);
    expect(Object.keys(out.explanations[0])).toEqual([
      "unit",
      "group",
      "component",
      "score",
      "max",
      "percent",
    ]);
    expect(Object.keys(out.componentStats[0])).toEqual(["component", "group", "mean", "min", "max", "below"]);
    expect(Object.keys(out.dropped[0])).toEqual(["unit", "group", "from", "to"]);
    expect(Object.keys(out.unmatchedPrevious[0])).toEqual(["name", "group"]);
  });

  it("ranks as the province published: GTVT 1st, KH&CN 2nd, Y tế last; TP Hải Dương and Nam Sách 1st and 2nd at 85.86", () => {
    const unit = (name: string) => out.units.find((u) => u.name === name)!;
    expect(out.groups).toEqual([
      { name: "CÁC SỞ, BAN, NGÀNH", units: 18 },
      { name: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", units: 12 },
    ]);
    expect(unit("Sở Giao thông vận tải")).toMatchObject({
      rank: 1,
      previousRank: 1,
      rankChange: 0,
      index: 91.53,
    });
    expect(unit("Sở Khoa học và Công nghệ").rank).toBe(2);
    expect(unit("Sở Y tế").rank).toBe(18);
    expect(unit("TP Hải Dương").rank).toBe(1);
    expect(unit("Huyện Nam Sách").rank).toBe(2);
    expect(unit("TP Hải Dương").index!.toFixed(2)).toBe(unit("Huyện Nam Sách").index!.toFixed(2));
    expect(unit("Huyện Ninh Giang").rank).toBe(12);
    expect(out.dropped).toEqual(
      expect.arrayContaining([
        { unit: "TP Chí Linh", group: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", from: 1, to: 3 },
        { unit: "TX Kinh Môn", group: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", from: 2, to: 4 },
      ]),
    );
  });

  it("never calls a unit missing from last year dropped or new", () => {
    const bql = out.units.find((u) => u.name === "Ban Quản lý các khu công nghiệp tỉnh")!;
    expect(bql).toMatchObject({ comparable: false, previousRank: null, rankChange: null });
    expect(out.dropped.map((d) => d.unit)).not.toContain(bql.name);
    expect(out.unmatchedPrevious).toEqual([{ name: "Sở Ngoại vụ", group: "CÁC SỞ, BAN, NGÀNH" }]);
  });

  it("lists reviews with the deadline 15/3 of the next year and explanations below 75 % — not the exact-75 % cells", () => {
    expect(out.reviews.map((r) => [r.unit, r.rating])).toEqual(
      expect.arrayContaining([
        ["Sở Y tế", "KHTNV"],
        ["Huyện Ninh Giang", "HTNV"],
      ]),
    );
    for (const r of out.reviews)
      expect(r).toMatchObject({
        deadline: "2022-03-15",
        sendTo: "Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)",
        ratingDerived: false,
      });
    const explained = out.explanations.map((e) => `${e.unit}|${e.score}/${e.max}`);
    expect(explained).toContain("Huyện Bình Giang|7.34/9.8");
    expect(explained).toContain("Huyện Thanh Miện|6.29/8.4");
    for (const e of out.explanations) expect(e.percent).toBeLessThan(75);
    const exact = out.units.flatMap((u) =>
      u.components.filter((c) => c.percent !== null && Math.abs(c.percent - 75) < 1e-9).map((c) => c.below),
    );
    expect(exact.length).toBeGreaterThanOrEqual(3);
    expect(exact.every((below) => below === false)).toBe(true);
  });

  it("prints the summary to stderr when the JSON goes to stdout", async () => {
    const result = await cchc("examples/hai-duong-2021.xlsx", { json: "-" });
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toMatch(/Phải kiểm điểm/);
  });

  it("speaks English with --lang en", async () => {
    const result = await cchc("examples/hai-duong-2021.xlsx", {
      previous: at("examples/hai-duong-2020.xlsx"),
      lang: "en",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Must hold a review meeting \(7\)/);
    expect(result.stdout).toMatch(/Dropped in rank since last year/);
  });
});

describe("other layouts", () => {
  it("reads the post-2025 workbook with its previous-rank column", async () => {
    const out = await json("test/fixtures/hai-phong-2025.xlsx");
    expect(out.groups.map((g) => g.units)).toEqual([14, 45, 68]);
    const unit = (name: string) => out.units.find((u) => u.name === name)!;
    expect(unit("Thanh tra thành phố")).toMatchObject({ rank: 1, index: 94.71 });
    expect(unit("Phường Bắc An Phụ").rank).toBe(45);
    expect(unit("Xã Vĩnh Am").rank).toBe(68);
    expect(out.reviews).toEqual([]);
    expect(out.warnings.map((w) => w.message)).toContain(
      "Không có xếp loại người đứng đầu (bảng không có cột xếp loại và thiết lập chưa nhập): danh sách đơn vị phải kiểm điểm để trống.",
    );
  });

  it("joins groups kept on their own sheets, with or without --sheet", async () => {
    const auto = await json("test/fixtures/groups-on-sheets.xlsx");
    expect(auto.sheets).toEqual(["Sở", "Huyện"]);
    const chosen = await json("test/fixtures/groups-on-sheets.xlsx", { sheet: ["Huyện"] });
    expect(chosen.sheets).toEqual(["Huyện"]);
  });

  it("uses last year's sheet of the same workbook, found by itself or named", async () => {
    const auto = await json("test/fixtures/with-previous-sheet.xlsx");
    expect(auto.units.some((u) => u.comparable)).toBe(true);
    const named = await json("test/fixtures/with-previous-sheet.xlsx", {
      previousSheet: ["Năm 2023"],
      sheet: ["Năm 2024"],
    });
    expect(named.units.map((u) => u.previousRank)).toEqual(auto.units.map((u) => u.previousRank));
  });

  it("takes settings from a file: ratings entered per unit, attendees, a threshold, a mapping override", async () => {
    const settingsFile = path.join(tmp, "settings.json");
    writeFileSync(
      settingsFile,
      JSON.stringify({
        threshold: 80,
        ratings: { "Thanh tra thành phố": "HTNV" },
        attendees: { "Thanh tra thành phố": "Đ/c Phó Chủ tịch UBND thành phố" },
        reviewDeadline: "2026-03-20",
        mapping: { ignore: ["J"] },
      }),
    );
    const out = await json("test/fixtures/hai-phong-2025.xlsx", { settings: settingsFile });
    expect(out.reviews).toEqual([
      expect.objectContaining({
        unit: "Thanh tra thành phố",
        rating: "HTNV",
        attendee: "Đ/c Phó Chủ tịch UBND thành phố",
        deadline: "2026-03-20",
      }),
    ]);
    expect(out.units[0].components.map((c) => c.name)).not.toContain("Điểm điều tra xã hội học");
    expect(out.explanations.length).toBeGreaterThan(0);
    for (const e of out.explanations) expect(e.percent).toBeLessThan(80);
  });
});

describe("bad input stops the run with a clear message and writes nothing", () => {
  it.each([
    ["test/fixtures/legacy.xls", /định dạng Excel cũ \(\.xls\)/],
    ["test/fixtures/encrypted.xlsx", /mật khẩu|mã hóa/],
    ["test/fixtures/corrupt.xlsx", /hỏng|không đọc được|bị cắt/i],
    ["test/fixtures/empty.xlsx", /không có dữ liệu/],
    ["test/fixtures/no-table.xlsx", /Không tìm thấy bảng điểm/],
    [
      "test/fixtures/two-tables.xlsx",
      /Trang tính “Tổng hợp”: có hai bảng điểm \(tiêu đề ở dòng 7 và dòng 19\)/,
    ],
    ["test/fixtures/header-only.xlsx", /dòng 7.*không có dòng đơn vị/],
    ["does-not-exist.xlsx", /Không tìm thấy tệp/],
  ])("%s → exit 2", async (file, message) => {
    const jsonFile = path.join(tmp, `${path.basename(file)}.json`);
    const result = await cchc(file, { json: jsonFile });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(jsonFile)).toBe(false);
  });

  it("names the sheets when --sheet names none of them", async () => {
    const result = await cchc("examples/hai-duong-2021.xlsx", { sheet: ["Sheet9"] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không có trang tính “Sheet9”; các trang có trong tệp: “Chỉ số CCHC 2021”/);
  });

  it("refuses invalid settings, naming the field", async () => {
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, JSON.stringify({ threshold: 150, ratings: { X: "GIỎI" } }));
    const result = await cchc("examples/hai-duong-2021.xlsx", { settings: bad });
    expect(result.code).toBe(2);
    // Named in words, never by settings keys.
    expect(result.stderr).toMatch(/Ngưỡng giải trình: không được lớn hơn 100/);
    expect(result.stderr).toMatch(/Xếp loại người đứng đầu nhập theo đơn vị, “X”/);
    expect(result.stderr).not.toMatch(/threshold|ratings/);
    writeFileSync(bad, "{ not json");
    expect((await cchc("examples/hai-duong-2021.xlsx", { settings: bad })).stderr).toMatch(
      /không phải JSON hợp lệ/,
    );
  });

  it("warns and goes on for cell-level problems, and stops on them with --strict", async () => {
    const out = await json("test/fixtures/messy.xlsx");
    const places = out.warnings.map((w) => `${w.column}${w.row}`);
    expect(places).toEqual(expect.arrayContaining(["E12", "D13", "G14", "H15", "B22", "B24"]));
    expect(out.notAssessed.map((n) => n.unit)).toContain("Huyện Thọ Xuân");
    const strict = await cchc("test/fixtures/messy.xlsx", { strict: true });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/--strict/);
  });

  it("never modifies the input file", async () => {
    const before = readFileSync(at("examples/hai-duong-2021.xlsx"));
    await cchc("examples/hai-duong-2021.xlsx", {
      previous: at("examples/hai-duong-2020.xlsx"),
      json: path.join(tmp, "x.json"),
    });
    expect(readFileSync(at("examples/hai-duong-2021.xlsx")).equals(before)).toBe(true);
  });
});

describe("the cchc binary", () => {
  it("exits 0 with the summary, 2 with a message and no stack for a bad file or a bad option", () => {
    const bin = at("bin/cchc.js");
    const ok = execFileSync(process.execPath, [bin, "report", at("examples/hai-duong-2021.xlsx")], {
      encoding: "utf8",
    });
    expect(ok).toMatch(/Chỉ số CCHC 2021/);
    const bad = spawnSync(process.execPath, [bin, "report", at("test/fixtures/legacy.xls")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.xls/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const option = spawnSync(process.execPath, [bin, "report", "--bogus"], { encoding: "utf8" });
    expect(option.status).toBe(2);
  }, 60_000);
});

describe("hostile and mistaken input (issue 13)", () => {
  const HAI_DUONG = "examples/hai-duong-2021.xlsx";

  /** The Hải Dương example with one unit renamed and, optionally, its sheet hidden. */
  async function doctored(name: string, options: { hidden?: boolean; stray?: string } = {}): Promise<string> {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at(HAI_DUONG));
    const sheet = book.worksheets[0];
    let renamed = false;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!renamed && cell.value === "Sở Y tế") {
          cell.value = name;
          renamed = true;
        }
      }),
    );
    expect(renamed).toBe(true);
    if (options.stray) sheet.getCell(options.stray).value = 1;
    if (options.hidden) {
      book.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
      sheet.state = "hidden";
    }
    const file = path.join(tmp, `doctored-${Math.random().toString(16).slice(2)}.xlsx`);
    await book.xlsx.writeFile(file);
    return file;
  }

  it("shows control and bidi-override characters of a unit name escaped, and keeps them exact in JSON", async () => {
    // Cell text as the file stores it: Excel's _xHHHH_ escapes, which the reader decodes.
    const file = await doctored("Sở Y tế_x001B_]0;pwned_x0007__x001B_[2J_x000A_Tổng: 0 đơn vị\u202e");
    // The core collapses the line break to a space, as in every name; the rest is kept exact.
    const name = "Sở Y tế\u001b]0;pwned\u0007\u001b[2J Tổng: 0 đơn vị\u202e";
    const human = await cchc(file);
    expect(human.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(human.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(human.stdout).toContain("Sở Y tế\\x1b]0;pwned\\x07\\x1b[2J Tổng: 0 đơn vị\\u202e");
    expect(human.stdout.split("\n").some((line) => line.startsWith("Tổng: 0 đơn vị"))).toBe(false);
    const out = await json(file);
    expect(out.units.map((u) => u.name)).toContain(name);
  });

  it("reads a sheet with a stray value at XFD1048576 and names it in a warning", async () => {
    const out = await json(await doctored("Sở Y tế", { stray: "XFD1048576" }));
    expect(out.units).toHaveLength(30);
    expect(out.warnings.map((w) => w.message).join(" ")).toContain("XFD1048576");
  });

  it("says when the table is on a hidden sheet", async () => {
    const result = await cchc(await doctored("Sở Y tế", { hidden: true }));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/trang tính đang ẩn \(“Chỉ số CCHC 2021”\)/);
  });

  it("prints indices with the core's ROUND, as the sheets and the pane do (82,345 → 82,35)", async () => {
    const result = await cchc(HAI_DUONG);
    expect(result.stdout).toMatch(/Huyện Thanh Hà\D+82,35/);
    expect(result.stdout).not.toMatch(/82,34\b/);
  });

  it("refuses a folder or a device as the workbook or last year's, before reading it", async () => {
    for (const options of [{}, { previous: "/dev/zero" }, { previous: tmp }]) {
      const input = Object.keys(options).length === 0 ? tmp : at(HAI_DUONG);
      const result = await report(
        input,
        { sheet: [], previousSheet: [], strict: false, lang: "vi", ...options },
        { stdout: () => undefined, stderr: (t) => void (stderrs += t) },
      );
      expect(result).toBe(2);
    }
    expect(stderrs).toMatch(/là một thư mục/);
    expect(stderrs).toMatch(/“\/dev\/zero” không phải là một tệp thông thường/);
  });
  let stderrs = "";

  it("warns when --previous names this year's file, and compares within it instead", async () => {
    const result = await cchc(HAI_DUONG, { previous: at(HAI_DUONG) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--previous chỉ vào chính tệp năm nay/);
    expect(result.stdout).toMatch(/So sánh với năm trước: không có dữ liệu năm trước/);
  });

  it("says this year and last year cannot be one sheet when --previous-sheet names this year's", async () => {
    const result = await cchc(HAI_DUONG, { previousSheet: ["Chỉ số CCHC 2021"] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bảng năm trước \(--previous-sheet\), nhưng đó cũng là bảng điểm năm nay/);
    expect(result.stderr).not.toMatch(/Không tìm thấy bảng điểm/);
  });
});

describe("legacy .xls workbooks (Excel 97–2003)", () => {
  it("gives the same JSON for the Hải Dương examples saved as .xls as for their .xlsx originals", async () => {
    const fromXls = await json("test/fixtures/xls/hai-duong-2021.xls", {
      previous: at("test/fixtures/xls/hai-duong-2020.xls"),
    });
    const fromXlsx = await json("examples/hai-duong-2021.xlsx", {
      previous: at("examples/hai-duong-2020.xlsx"),
    });
    expect(fromXls).toEqual(fromXlsx);
  });
});
