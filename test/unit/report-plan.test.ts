/**
 * The report planner on the Hải Dương 2021 example (with the 2020 workbook) and on 3,321 generated units:
 * what each sheet lists, its format for print, the invariants every renderer relies on (rectangular values,
 * areas inside them, a number of styled areas that does not grow with the units), determinism.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Analysis, UnitResult } from "../../src/core/analyse";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { Grid } from "../../src/core/grid";
import type { Area, PlanValue, ReportPlan, SheetPlan } from "../../src/core/plan";
import { problem } from "../../src/core/problems";
import { isReportMarker, isValidSheetName, planReport, type ReportContext } from "../../src/core/report";
import { parseSettings, type Settings } from "../../src/core/settings";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { makeLargeWorkbook } from "../fixtures/generate";

const root = path.resolve(__dirname, "../..");

async function grids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.join(root, file)), { fileName: path.basename(file) });
  return book.sheets.map((s) => book.grid(s.name));
}

function contextFor(settings: Settings, overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    settings,
    file: "hai-duong-2021.xlsx",
    previous: { file: "hai-duong-2020.xlsx", sheets: ["Chỉ số CCHC 2020"] },
    fingerprint: "5f0c".padEnd(64, "0"),
    generatedAt: "2022-02-25T08:30:00.000Z",
    chartsSupported: true,
    ...overrides,
  };
}

const sheetOf = (plan: ReportPlan, kind: SheetPlan["kind"]): SheetPlan => {
  const sheet = plan.sheets.find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet`);
  return sheet;
};

const text = (v: PlanValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? String(v.result) : String(v);

/** The first row whose cells include `value` exactly. */
function rowWith(sheet: SheetPlan, value: string, from = 0): number {
  const r = sheet.values.findIndex((row, i) => i >= from && row.some((v) => v === value));
  if (r < 0) throw new Error(`“${value}” not in ${sheet.name}`);
  return r;
}

/** The column whose header (in `headerRow`) is `header`. */
function column(sheet: SheetPlan, headerRow: number, header: string): number {
  const c = sheet.values[headerRow].findIndex((v) => v === header);
  if (c < 0) throw new Error(`no column “${header}” in row ${headerRow} of ${sheet.name}`);
  return c;
}

const inside = (a: Area, sheet: SheetPlan): boolean =>
  a.top >= 0 &&
  a.left >= 0 &&
  a.top <= a.bottom &&
  a.left <= a.right &&
  a.bottom < sheet.values.length &&
  a.right < sheet.values[0].length;

const overlaps = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The style properties in force at a cell (later areas win). */
function styleAt(sheet: SheetPlan, row: number, col: number): Record<string, unknown> {
  const style: Record<string, unknown> = {};
  for (const s of sheet.styles) {
    const a = s.area;
    if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) Object.assign(style, s.style);
  }
  return style;
}

/** What every renderer relies on, for every sheet of a plan. */
function expectWellFormed(plan: ReportPlan): void {
  expect(plan.sheets.map((s) => s.kind)).toEqual(["ranking", "actions", "components", "breakthrough", "log"]);
  const names = plan.sheets.map((s) => s.name.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  for (const sheet of plan.sheets) {
    expect(isValidSheetName(sheet.name)).toBe(true);
    const width = sheet.values[0].length;
    expect(width).toBeGreaterThan(0);
    for (const row of sheet.values) expect(row.length).toBe(width);
    expect(sheet.columnWidths).toHaveLength(width);
    for (const s of sheet.styles) expect(inside(s.area, sheet)).toBe(true);
    for (const m of sheet.merges) expect(inside(m, sheet)).toBe(true);
    for (let i = 0; i < sheet.merges.length; i++) {
      for (let j = i + 1; j < sheet.merges.length; j++)
        expect(overlaps(sheet.merges[i], sheet.merges[j])).toBe(false);
    }
    for (const chart of sheet.charts) {
      expect(inside(chart.data, sheet)).toBe(true);
      expect(inside(chart.position, sheet)).toBe(true);
      // The data area's header row names its series; its first column holds the categories.
      for (let c = chart.data.left + 1; c <= chart.data.right; c++)
        expect(typeof sheet.values[chart.data.top][c]).toBe("string");
    }
    for (const h of sheet.rowHeights) expect(h.row).toBeLessThan(sheet.values.length);
    for (const b of sheet.print.breaksBefore) expect(b).toBeLessThan(sheet.values.length);
    expect(sheet.font).toEqual({ name: "Times New Roman", size: 12 });
    expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    // Every printed page repeats rows: the table's header, or the title where sections have their own headers.
    expect(sheet.print.titleRows).not.toBeNull();
    const repeated = sheet.print.titleRows as { top: number; bottom: number };
    if (sheet.freeze.rows > 0) expect(sheet.freeze.rows).toBe(repeated.bottom + 1);
    else
      expect(sheet.merges).toContainEqual({
        top: repeated.top,
        left: 0,
        bottom: repeated.top,
        right: width - 1,
      });
  }
}

describe("planReport on Hải Dương 2021 with last year's workbook", () => {
  let analysis: Analysis;
  let settings: Settings;
  let plan: ReportPlan;
  beforeAll(async () => {
    settings = parseSettings({ attendees: { "Sở Y tế": "Đồng chí Phó Chủ tịch UBND tỉnh" } });
    analysis = analyseWorkbook({
      grids: await grids("examples/hai-duong-2021.xlsx"),
      previousGrids: await grids("examples/hai-duong-2020.xlsx"),
      settings,
    });
    plan = planReport(analysis, contextFor(settings));
  });

  it("is well formed: rectangular values, every area inside them, valid unique names", () => {
    expectWellFormed(plan);
    expect(plan.year).toBe(2021);
    expect(isReportMarker(plan.marker)).toBe(true);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Xếp hạng 2021",
      "Kiểm điểm-giải trình 2021",
      "Phân tích lĩnh vực 2021",
      "Đăng ký đột phá 2022",
      "Nhật ký 2021",
    ]);
  });

  describe("the ranking sheet", () => {
    let sheet: SheetPlan;
    let header: number;
    beforeAll(() => {
      sheet = sheetOf(plan, "ranking");
      header = rowWith(sheet, "Tên cơ quan, đơn vị");
    });

    const unitRows = (from: number, to: number) =>
      sheet.values.slice(from, to).filter((row) => typeof row[0] === "number");

    it("lists 18 departments then 12 districts, each group under its heading, in rank order", () => {
      const departments = rowWith(sheet, "I. CÁC SỞ, BAN, NGÀNH");
      const districts = rowWith(sheet, "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ");
      expect(departments).toBe(header + 1);
      const rankCol = column(sheet, header, "Xếp hạng năm 2021");
      const first = unitRows(departments + 1, districts);
      const second = unitRows(districts + 1, sheet.values.length);
      expect(first).toHaveLength(18);
      expect(second).toHaveLength(12);
      expect(first.map((r) => r[rankCol])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
      expect(second.map((r) => r[rankCol])).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(first[0][1]).toBe("Sở Giao thông vận tải");
      expect(first[1][1]).toBe("Sở Khoa học và Công nghệ");
      expect(first[17][1]).toBe("Sở Y tế");
      expect(second.map((r) => r[1]).slice(0, 4)).toEqual([
        "TP Hải Dương",
        "Huyện Nam Sách",
        "TP Chí Linh",
        "TX Kinh Môn",
      ]);
      expect(second[11][1]).toBe("Huyện Ninh Giang");
      // The group headings are merged across the table.
      for (const r of [departments, districts])
        expect(sheet.merges).toContainEqual({
          top: r,
          left: 0,
          bottom: r,
          right: sheet.values[0].length - 1,
        });
    });

    it("shows the change in symbols, with the reason when it is not comparable", () => {
      const change = column(sheet, header, "Tăng (▲) / giảm (▼) bậc");
      const previous = column(sheet, header, "Xếp hạng năm 2020");
      const note = column(sheet, header, "Ghi chú");
      const row = (name: string) => sheet.values[rowWith(sheet, name)];
      expect(row("TP Chí Linh")[change]).toBe("▼2");
      expect(row("TP Chí Linh")[previous]).toBe(1);
      expect(row("TP Hải Dương")[change]).toBe("▲4");
      expect(row("Sở Giao thông vận tải")[change]).toBe("=");
      expect(row("Sở Y tế")[change]).toBe("▼4");
      const bql = row("Ban Quản lý các khu công nghiệp tỉnh");
      expect(bql[change]).toBe("—");
      expect(bql[previous]).toBeNull();
      expect(bql[note]).toBe("không tìm thấy trong bảng năm trước");
      // The change column is text, so "=" and "▲4" stay literal in Excel.
      expect(styleAt(sheet, rowWith(sheet, "TP Chí Linh"), change).numberFormat).toBe("@");
    });

    it("keeps the index at full precision, shows two decimals, and explains equal-looking indices", () => {
      const index = column(sheet, header, "Chỉ số (%)");
      const note = column(sheet, header, "Ghi chú");
      const hd = rowWith(sheet, "TP Hải Dương");
      const ns = rowWith(sheet, "Huyện Nam Sách");
      const unit = analysis.units.find((u) => u.name === "TP Hải Dương") as UnitResult;
      expect(sheet.values[hd][index]).toBe(unit.index);
      expect(styleAt(sheet, hd, index).numberFormat).toBe("0.00");
      expect(styleAt(sheet, ns, index).numberFormat).toBe("0.00");
      expect((sheet.values[hd][index] as number).toFixed(2)).toBe(
        (sheet.values[ns][index] as number).toFixed(2),
      );
      expect(text(sheet.values[hd][note])).toContain("Chỉ số đầy đủ 85,864");
      expect(text(sheet.values[ns][note])).toContain("Chỉ số đầy đủ 85,857");
      expect(sheet.values[rowWith(sheet, "Sở Y tế")][note]).toBeNull();
    });

    it("is ready to publish: agency, national motto, title, signature, header repeated, frozen", () => {
      const flat = sheet.values.flat().map(text);
      expect(sheet.values[0][0]).toBe("UBND TỈNH …");
      expect(sheet.values[1][0]).toBe("SỞ NỘI VỤ");
      expect(flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(flat).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(flat).toContain("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021");
      expect(flat).toContain("GIÁM ĐỐC");
      expect(flat).toContain("Nơi nhận:");
      expect(flat.some((v) => v.includes("ngày") && v.includes("năm 2022"))).toBe(true);
      expect(sheet.print.titleRows).toEqual({ top: header, bottom: header });
      expect(sheet.freeze.rows).toBe(header + 1);
      expect(styleAt(sheet, header, 1)).toMatchObject({ bold: true, border: "thin", wrap: true });
      expect(styleAt(sheet, rowWith(sheet, "Sở Y tế"), 2)).toMatchObject({ border: "thin" });
      // 30 units and two headings do not fit one page: the second group starts a new page.
      expect(sheet.print.breaksBefore).toEqual([rowWith(sheet, "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ")]);
    });

    it("uses the agency lines, place and signer of the settings", () => {
      const custom = parseSettings({
        report: {
          agency: ["UBND TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"],
          place: "Hải Dương",
          signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
          signerName: "Nguyễn Văn A",
        },
      });
      const s = sheetOf(planReport(analysis, contextFor(custom)), "ranking");
      const flat = s.values.flat().map(text);
      expect(s.values[0][0]).toBe("UBND TỈNH HẢI DƯƠNG");
      expect(flat).toEqual(expect.arrayContaining(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]));
      expect(flat.some((v) => v.startsWith("Hải Dương, ngày"))).toBe(true);
    });
  });

  describe("the actions sheet", () => {
    let sheet: SheetPlan;
    beforeAll(() => {
      sheet = sheetOf(plan, "actions");
    });

    /** The rows of the table under the section heading that starts with `prefix`. */
    function sectionRows(prefix: string): { header: number; rows: (readonly PlanValue[])[] } {
      const heading = sheet.values.findIndex((row) => text(row[0]).startsWith(prefix));
      expect(heading).toBeGreaterThan(0);
      const header = heading + 1;
      const rows: (readonly PlanValue[])[] = [];
      for (let r = header + 1; r < sheet.values.length && typeof sheet.values[r][0] === "number"; r++)
        rows.push(sheet.values[r]);
      return { header, rows };
    }

    it("A: the 7 units that must hold a review, with rating, reasons, attendee, deadline and where results go", () => {
      const { header, rows } = sectionRows("A. ");
      expect(rows.map((r) => r[1])).toEqual([
        "Sở Tài nguyên và Môi trường",
        "Ban Quản lý các khu công nghiệp tỉnh",
        "Sở Xây dựng",
        "Sở Y tế",
        "Huyện Bình Giang",
        "Huyện Thanh Miện",
        "Huyện Ninh Giang",
      ]);
      const at = (name: string, col: string) => rows.find((r) => r[1] === name)?.[column(sheet, header, col)];
      expect(at("Sở Y tế", "Xếp loại người đứng đầu")).toBe("Không hoàn thành nhiệm vụ");
      expect(at("Sở Xây dựng", "Xếp loại người đứng đầu")).toBe("Hoàn thành nhiệm vụ");
      expect(text(at("Sở Y tế", "Lý do"))).toContain("Tụt 4 bậc so với năm trước");
      expect(text(at("Sở Y tế", "Lý do"))).toContain("Đứng cuối khối");
      expect(at("Sở Y tế", "Thành phần dự họp kiểm điểm")).toBe("Đồng chí Phó Chủ tịch UBND tỉnh");
      // Without a person named for the unit, the seed's default for its kind.
      expect(at("Sở Xây dựng", "Thành phần dự họp kiểm điểm")).toBe("Lãnh đạo UBND tỉnh");
      expect(at("Huyện Ninh Giang", "Thành phần dự họp kiểm điểm")).toBe(
        "Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn",
      );
      expect(at("Sở Y tế", "Thời hạn")).toBe("15/03/2022");
      expect(at("Sở Y tế", "Gửi kết quả về")).toBe("Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)");
      expect(at("Sở Y tế", "Tăng (▲) / giảm (▼) bậc")).toBe("▼4");
      expect(at("Ban Quản lý các khu công nghiệp tỉnh", "Tăng (▲) / giảm (▼) bậc")).toBe("—");
      expect(sheet.values.flat().map(text)).toContain(
        "(Thời hạn kiểm điểm: 15/03/2022; kết quả kiểm điểm và báo cáo giải trình gửi về Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ))",
      );
    });

    it("B: the 8 explanatory reports with component, points, maximum and percentage", () => {
      const { header, rows } = sectionRows("B. ");
      expect(rows).toHaveLength(8);
      const component = column(sheet, header, "Lĩnh vực");
      const points = column(sheet, header, "Điểm đạt");
      const max = column(sheet, header, "Điểm tối đa");
      const percent = column(sheet, header, "Tỷ lệ (% điểm tối đa)");
      const key = (unit: unknown, c: unknown) => `${String(unit)} / ${String(c)}`;
      expect(rows.map((r) => key(r[1], r[component])).sort()).toEqual(
        analysis.explanations.map((e) => key(e.unit, e.component)).sort(),
      );
      const xd = rows.find((r) => r[1] === "Sở Xây dựng") as PlanValue[];
      expect([xd[component], xd[points], xd[max]]).toEqual(["Cải cách thủ tục hành chính", 7.2, 9.8]);
      expect(xd[percent]).toBeCloseTo(73.4693877551, 8);
      expect(styleAt(sheet, rowWith(sheet, "Sở Xây dựng", header), percent).numberFormat).toBe('0.00"%"');
      expect(text(sheet.values[header - 1][0])).toContain("DƯỚI 75% ĐIỂM TỐI ĐA (8)");
    });

    it("C: the 10 units that dropped, from → to", () => {
      const { header, rows } = sectionRows("C. ");
      expect(rows).toHaveLength(10);
      const from = column(sheet, header, "Xếp hạng năm 2020");
      const to = column(sheet, header, "Xếp hạng năm 2021");
      const change = column(sheet, header, "Số bậc thay đổi");
      const chiLinh = rows.find((r) => r[1] === "TP Chí Linh") as PlanValue[];
      expect([chiLinh[from], chiLinh[to], chiLinh[change]]).toEqual([1, 3, "▼2"]);
      expect(rows.map((r) => r[1]).sort()).toEqual(analysis.dropped.map((d) => d.unit).sort());
    });

    it("says why the review list is empty, and marks derived ratings", () => {
      const empty = planReport({ ...analysis, reviews: [], reviewsNote: "noRatings" }, contextFor(settings));
      const flat = sheetOf(empty, "actions").values.flat().map(text);
      expect(flat).toContain(
        "Không có xếp loại người đứng đầu (bảng không có cột xếp loại và thiết lập chưa nhập): danh sách đơn vị phải kiểm điểm để trống.",
      );
      expect(flat).toContain(
        "A. CƠ QUAN, ĐƠN VỊ PHẢI TỔ CHỨC KIỂM ĐIỂM, LÀM RÕ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU (0)",
      );
      const derived = planReport(
        { ...analysis, reviews: analysis.reviews.map((r) => ({ ...r, ratingDerived: true })) },
        contextFor(settings),
      );
      expect(sheetOf(derived, "actions").values.flat().map(text)).toContain(
        "Hoàn thành nhiệm vụ (suy ra từ chỉ số)",
      );
    });
  });

  describe("the component analysis sheet", () => {
    let sheet: SheetPlan;
    beforeAll(() => {
      sheet = sheetOf(plan, "components");
    });

    it("gives each component and group its mean, lowest, highest and units below the threshold", () => {
      const header = rowWith(sheet, "Điểm trung bình");
      const rows = sheet.values.slice(header + 1, header + 1 + analysis.componentStats.length);
      expect(rows).toHaveLength(16);
      const below = column(sheet, header, "Số đơn vị dưới 75%");
      const weakest = column(sheet, header, "Đơn vị thấp nhất (% điểm tối đa)");
      rows.forEach((row, i) => {
        const stat = analysis.componentStats[i];
        expect([row[1], row[3], row[below]]).toEqual([stat.component, stat.group, stat.below]);
        expect(row[column(sheet, header, "Điểm trung bình")]).toBe(stat.mean);
      });
      const tthc = rows.find((r) => r[1] === "Cải cách thủ tục hành chính" && r[3] === "CÁC SỞ, BAN, NGÀNH");
      expect(text(tthc?.[weakest])).toMatch(/^Sở Y tế \(70,41%\); Sở Xây dựng \(73,47%\)/);
    });

    it("names every unit's two weakest components relative to its group's mean percentage", () => {
      const unit = analysis.units.find((u) => u.name === "Sở Xây dựng") as UnitResult;
      const peers = analysis.units.filter((u) => u.group === unit.group);
      const gaps = unit.components.map((c, i) => {
        const values = peers.map((p) => p.components[i].percent as number);
        return {
          name: c.name,
          gap: (c.percent as number) - values.reduce((a, b) => a + b, 0) / values.length,
        };
      });
      gaps.sort((a, b) => a.gap - b.gap);
      const row = sheet.values[rowWith(sheet, "Sở Xây dựng")];
      expect(row[3]).toBe(gaps[0].name);
      expect(row[4] as number).toBeCloseTo(gaps[0].gap, 9);
      expect(row[5]).toBe(gaps[1].name);
      expect(row[6] as number).toBeCloseTo(gaps[1].gap, 9);
      expect(row[2]).toBe(unit.index);
    });

    it("plans a component-means chart and an index chart per group on data in the sheet", () => {
      expect(sheet.charts.map((c) => c.type)).toEqual(["barClustered", "barClustered", "barClustered"]);
      const [means, departments, districts] = sheet.charts;
      expect(sheet.values[means.data.top].slice(means.data.left, means.data.right + 1)).toEqual([
        "Lĩnh vực",
        "CÁC SỞ, BAN, NGÀNH",
        "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
      ]);
      expect(means.data.bottom - means.data.top).toBe(8);
      expect(departments.data.bottom - departments.data.top).toBe(18);
      expect(districts.data.bottom - districts.data.top).toBe(12);
      expect(sheet.values[departments.data.top + 1][departments.data.left]).toBe("Sở Giao thông vận tải");
      expect(sheet.values[districts.data.top][districts.data.left + 1]).toBe("Chỉ số (%)");
      // Charts sit on rows left blank for them.
      for (const chart of sheet.charts) {
        const covered = sheet.values.slice(chart.position.top, chart.position.bottom + 1);
        expect(covered.every((row) => row.every((v) => v === null))).toBe(true);
      }
      expect(new Set(sheet.charts.map((c) => c.name)).size).toBe(3);
    });

    it("leaves charts out when the renderer cannot write them, and the run log says so", () => {
      const noCharts = planReport(analysis, contextFor(settings, { chartsSupported: false }));
      expect(noCharts.sheets.every((s) => s.charts.length === 0)).toBe(true);
      expect(sheetOf(noCharts, "log").values.flat()).toContain(
        "Không có biểu đồ: tệp .xlsx do lệnh cchc tạo không chứa biểu đồ; tạo báo cáo bằng add-in trong Excel để có biểu đồ",
      );
      expect(sheetOf(plan, "log").values.flat()).toContain("3 biểu đồ");
      expectWellFormed(noCharts);
    });
  });

  describe("the breakthrough registration sheet", () => {
    it("has a row per unit with its two weakest components prefilled and blank columns to fill in", () => {
      const sheet = sheetOf(plan, "breakthrough");
      const components = sheetOf(plan, "components");
      const header = rowWith(sheet, "Công việc đột phá, sáng tạo đăng ký");
      const rows = sheet.values.slice(header + 1).filter((r) => typeof r[0] === "number");
      expect(rows).toHaveLength(30);
      expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(rows.map((r) => r[1])).toEqual(analysis.units.map((u) => u.name));
      const task = column(sheet, header, "Công việc đột phá, sáng tạo đăng ký");
      const person = column(sheet, header, "Người chịu trách nhiệm");
      const deadline = column(sheet, header, "Thời hạn hoàn thành");
      for (const row of rows) {
        expect([row[task], row[person], row[deadline]]).toEqual([null, null, null]);
        const analysed =
          components.values[rowWith(components, row[1] as string, rowWith(components, "Lĩnh vực yếu nhất"))];
        expect([row[4], row[5]]).toEqual([analysed[3], analysed[5]]);
        expect(typeof row[4]).toBe("string");
      }
      expect(styleAt(sheet, header + 2, task).fill).toBeDefined();
      expect(sheet.values.flat()).toContain("ĐĂNG KÝ CÔNG VIỆC ĐỘT PHÁ, SÁNG TẠO NĂM 2022");
      expect(sheet.print.titleRows).toEqual({ top: header, bottom: header });
    });
  });

  describe("the run log", () => {
    it("records when, which file and sheets, the fingerprint, the counts and every setting", () => {
      const sheet = sheetOf(plan, "log");
      const value = (label: string) => sheet.values[rowWith(sheet, label)][2];
      // 08:30 UTC is 15:30 in Viet Nam.
      expect(value("Thời điểm lập")).toBe("25/02/2022 15:30");
      expect(value("Tệp bảng điểm")).toBe("hai-duong-2021.xlsx");
      expect(value("Trang tính bảng điểm")).toBe("“Chỉ số CCHC 2021”");
      expect(value("Tệp năm trước")).toBe("hai-duong-2020.xlsx");
      expect(value("Dấu vân tay dữ liệu nguồn (SHA-256)")).toBe("5f0c".padEnd(64, "0"));
      expect(value("Số đơn vị")).toBe(30);
      expect(value("Số khối")).toBe(2);
      expect(value("Số đơn vị tụt hạng")).toBe(10);
      expect(value("Số đơn vị phải kiểm điểm")).toBe(7);
      expect(value("Số lượt phải báo cáo giải trình (đơn vị × lĩnh vực)")).toBe(8);
      expect(value("Số đơn vị không xếp hạng")).toBe(0);
      expect(value("Số cảnh báo")).toBe(0);
      // Settings in words: no keys, no JSON.
      expect(value("Ngưỡng giải trình")).toBe("75");
      expect(value("Nơi gửi kết quả")).toBe("Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)");
      expect(value("Suy ra xếp loại từ chỉ số")).toBe("không");
      expect(value("Nơi nhận")).toBe("- Như trên;; - Lưu: VT.");
      const labels = sheet.values.map((row) => text(row[1]));
      for (const key of Object.keys(settings)) expect(labels).not.toContain(key);
      expect(sheet.values.flat().map(text).join("\n")).not.toMatch(/[{}]/);
      expect(sheet.values.flat()).toContain("Không có cảnh báo.");
    });

    it("lists every warning with its place", () => {
      const warned = {
        ...analysis,
        warnings: [
          problem(
            "componentNotNumber",
            { component: "Cải cách thể chế", text: "x" },
            { sheet: "Sở", row: 12, column: 6 },
          ),
          problem("checkedComponentMissing", { component: "chính quyền số" }),
        ],
      };
      const sheet = sheetOf(planReport(warned, contextFor(settings)), "log");
      const place = rowWith(sheet, "Trang tính “Sở”, ô F12");
      expect(sheet.values[place][2]).toBe(
        "Ô điểm lĩnh vực “Cải cách thể chế” là “x”, không phải là số; lĩnh vực này không được tính cho đơn vị.",
      );
      expect(sheet.values.flat()).toContain("4. CẢNH BÁO (2)");
      expect(sheet.values[rowWith(sheet, "Số cảnh báo")][2]).toBe(2);
    });
  });

  it("lists a unit without a rank last in its group, with the reason, and plans an empty analysis", () => {
    const units = analysis.units.map((u) =>
      u.name === "Sở Tư pháp"
        ? {
            ...u,
            score: null,
            index: null,
            band: null,
            rank: null,
            previousRank: null,
            rankChange: null,
            comparable: false,
            notComparableReason: "notComparableNotRanked" as const,
            assessed: false,
          }
        : u,
    );
    const ranking = sheetOf(planReport({ ...analysis, units }, contextFor(settings)), "ranking");
    const header = rowWith(ranking, "Tên cơ quan, đơn vị");
    const row = rowWith(ranking, "Sở Tư pháp");
    expect(row).toBe(rowWith(ranking, "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ") - 1);
    expect(ranking.values[row][column(ranking, header, "Xếp hạng năm 2021")]).toBe("—");
    expect(ranking.values[row][column(ranking, header, "Tăng (▲) / giảm (▼) bậc")]).toBe("—");
    expect(ranking.values[row][column(ranking, header, "Ghi chú")]).toBe("Không xếp hạng: chưa có điểm");

    const empty = planReport(
      {
        ...analysis,
        groups: [],
        units: [],
        dropped: [],
        reviews: [],
        explanations: [],
        componentStats: [],
        reviewsNote: "noRatings",
      },
      contextFor(settings),
    );
    expectWellFormed(empty);
    expect(sheetOf(empty, "log").values[rowWith(sheetOf(empty, "log"), "Số đơn vị")][2]).toBe(0);
  });

  it("is deterministic: the same input gives the same plan", () => {
    const again = planReport(analysis, contextFor(settings));
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
    const later = planReport(analysis, contextFor(settings, { generatedAt: "2022-02-26T09:00:00.000Z" }));
    expect(later.sheets.slice(0, 4)).toEqual(plan.sheets.slice(0, 4));
    expect(later.sheets[4]).not.toEqual(plan.sheets[4]);
  });

  it("speaks English on request", () => {
    const en = planReport(analysis, contextFor(settings, { language: "en" }));
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Ranking 2021",
      "Reviews-explanations 2021",
      "Component analysis 2021",
      "Breakthrough tasks 2022",
      "Run log 2021",
    ]);
    const ranking = sheetOf(en, "ranking");
    expect(ranking.values.flat()).toEqual(expect.arrayContaining(["Agency, unit", "Rank 2021", "Rank 2020"]));
    expect(sheetOf(en, "log").values.flat()).toContain("3 charts");
    const enXlsx = planReport(analysis, contextFor(settings, { language: "en", chartsSupported: false }));
    expect(sheetOf(enXlsx, "log").values.flat()).toContain(
      "No charts: the .xlsx written by the cchc command holds none; make the report with the add-in in Excel to get charts",
    );
    expectWellFormed(en);
  });

  it("names sheets and titles without a year when the year is unknown, and drops last year's columns without data", () => {
    const noYear = planReport(
      {
        ...analysis,
        year: null,
        previousSource: null,
        dropped: [],
        units: analysis.units.map((u) => ({
          ...u,
          comparable: false,
          previousRank: null,
          rankChange: null,
          notComparableReason: "notComparableNoPrevious" as const,
        })),
      },
      contextFor(settings, { previous: null }),
    );
    expect(noYear.sheets.map((s) => s.name)).toEqual([
      "Xếp hạng",
      "Kiểm điểm-giải trình",
      "Phân tích lĩnh vực",
      "Đăng ký đột phá",
      "Nhật ký",
    ]);
    const ranking = sheetOf(noYear, "ranking");
    const flat = ranking.values.flat().map(text);
    expect(flat).toContain("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
    expect(flat).not.toContain("Tăng (▲) / giảm (▼) bậc");
    // STT, unit, points, maximum, index, rank, band, head's rating, note.
    expect(ranking.values[0]).toHaveLength(9);
    expect(sheetOf(noYear, "actions").values.flat()).toContain(
      "Không có dữ liệu năm trước để so sánh thứ hạng.",
    );
    expectWellFormed(noYear);
  });
});

describe("planReport on 3,321 units", () => {
  const settings = parseSettings({});
  const context = contextFor(settings, {
    file: "cap-xa.xlsx",
    previous: null,
    generatedAt: "2026-01-10T00:00:00.000Z",
  });
  let large: Analysis;
  let medium: Analysis;
  let smallPlan: ReportPlan;
  beforeAll(async () => {
    const analyseBytes = async (bytes: Uint8Array) => {
      const book = await readWorkbook(bytes, { fileName: "cap-xa.xlsx" });
      return analyseWorkbook({ grids: book.sheets.map((s) => book.grid(s.name)), settings });
    };
    large = await analyseBytes((await makeLargeWorkbook(3321)).bytes);
    medium = await analyseBytes((await makeLargeWorkbook(300)).bytes);
    const hd = analyseWorkbook({
      grids: await grids("examples/hai-duong-2021.xlsx"),
      previousGrids: await grids("examples/hai-duong-2020.xlsx"),
      settings,
    });
    smallPlan = planReport(hd, contextFor(settings));
  }, 60_000);

  it("has as many styled areas and merges as 300 units, and the same order as 30", () => {
    expect(large.units).toHaveLength(3321);
    expect(large.groups).toHaveLength(3);
    expect(medium.groups).toHaveLength(3);
    const plan = planReport(large, context);
    const planMedium = planReport(medium, context);
    expectWellFormed(plan);
    plan.sheets.forEach((sheet, i) => {
      expect(sheet.styles.length).toBe(planMedium.sheets[i].styles.length);
      expect(sheet.merges.length).toBe(planMedium.sheets[i].merges.length);
      // Hải Dương has 2 groups and 30 units: 3 groups and 3,321 units add a few areas per group, no more.
      expect(sheet.styles.length).toBeLessThanOrEqual(smallPlan.sheets[i].styles.length * 1.5);
    });
  });

  it("paginates the ranking for print: a page break per group, the header repeated on every page", () => {
    const ranking = sheetOf(planReport(large, context), "ranking");
    const headings = ["I. KHỐI PHƯỜNG", "II. KHỐI XÃ", "III. KHỐI ĐẶC KHU"].map((h) => rowWith(ranking, h));
    expect(ranking.print.breaksBefore).toEqual(headings.slice(1));
    expect(ranking.print.titleRows).not.toBeNull();
    expect(ranking.values.filter((r) => typeof r[0] === "number")).toHaveLength(3321);
  });

  it("charts only the groups a chart can show, and logs the others", () => {
    const plan = planReport(large, context);
    const components = sheetOf(plan, "components");
    // Component means and the 13 special zones; the 687 wards and 2,621 communes are too many bars.
    expect(components.charts).toHaveLength(2);
    const log = sheetOf(plan, "log").values.flat().map(text);
    expect(log).toContain("Không vẽ biểu đồ chỉ số của khối “KHỐI XÃ”: 2621 đơn vị, nhiều hơn 60");
  });
});
