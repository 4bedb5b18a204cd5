/**
 * The .xlsx renderer on hand-built plans, read back with ExcelJS (and, for what ExcelJS does not read
 * back, from the zip's XML): values, cached formula results, merges, number formats, fonts, fills,
 * borders, widths, heights, freeze panes, page setup, print titles, row breaks — and no chart parts.
 */
import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import type { Area, ReportPlan, SheetPlan, StyledArea } from "../../src/core/plan";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../../src/xlsx/writeReport";

const HEADER_ROWS = 5;

/** A ranking-like sheet: agency line and motto, title, a header row, `units` rows, a formula column. */
function rankingSheet(units: number, overrides: Partial<SheetPlan> = {}): SheetPlan {
  const columns = 6;
  const blank = () => new Array<null>(columns).fill(null);
  const values: SheetPlan["values"][number][] = [
    ["UBND TỈNH HẢI DƯƠNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, null],
    ["SỞ NỘI VỤ", null, null, "Độc lập - Tự do - Hạnh phúc", null, null],
    ["BẢNG XẾP HẠNG CHỈ SỐ CCHC NĂM 2021", null, null, null, null, null],
    blank(),
    ["Hạng", "Đơn vị", "Điểm", "Tối đa", "Chỉ số (%)", "Thay đổi"],
  ];
  for (let i = 0; i < units; i++) {
    const row = HEADER_ROWS + i + 1;
    const score = 90 - i * 0.01;
    values.push([
      i + 1,
      `Đơn vị số ${i + 1}`,
      score,
      100,
      { formula: `=C${row}/D${row}*100`, result: (score / 100) * 100 },
      i % 3 === 0 ? "▲2" : i % 3 === 1 ? "▼1" : "=",
    ]);
  }
  const last = values.length - 1;
  const styles: StyledArea[] = [
    { area: { top: 0, left: 0, bottom: 1, right: 5 }, style: { bold: true, horizontal: "center" } },
    { area: { top: 1, left: 3, bottom: 1, right: 5 }, style: { underline: true } },
    {
      area: { top: 2, left: 0, bottom: 2, right: 5 },
      style: { bold: true, fontSize: 14, horizontal: "center" },
    },
    {
      area: { top: 4, left: 0, bottom: 4, right: 5 },
      style: { bold: true, fill: "#D9E1F2", horizontal: "center", vertical: "center", wrap: true },
    },
    { area: { top: 4, left: 0, bottom: last, right: 5 }, style: { border: "thin" } },
    { area: { top: 5, left: 2, bottom: last, right: 3 }, style: { numberFormat: "0.00" } },
    { area: { top: 5, left: 4, bottom: last, right: 4 }, style: { numberFormat: "0.00", italic: true } },
    {
      area: { top: 5, left: 5, bottom: last, right: 5 },
      style: { horizontal: "center", fontColor: "#C00000" },
    },
  ];
  return {
    kind: "ranking",
    name: "Xếp hạng 2021",
    values,
    styles,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 1, left: 0, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 5 },
      { top: 2, left: 0, bottom: 2, right: 5 },
    ],
    columnWidths: [7, 32, 10, 10, 12, 10],
    rowHeights: [
      { row: 2, height: 30 },
      { row: 3, height: 6 },
    ],
    font: { name: "Times New Roman", size: 12 },
    freeze: { rows: HEADER_ROWS, columns: 2 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: { top: 4, bottom: 4 },
      margins: { top: 0.6, bottom: 0.5, left: 0.4, right: 0.3 },
      breaksBefore: units > 10 ? [HEADER_ROWS + 10] : [],
    },
    charts: [
      {
        name: "Chỉ số theo đơn vị",
        type: "barClustered",
        title: "Chỉ số CCHC",
        data: { top: 4, left: 1, bottom: last, right: 1 },
        position: { top: 0, left: 8, bottom: 20, right: 16 },
      },
    ],
    ...overrides,
  };
}

function logSheet(): SheetPlan {
  return {
    kind: "log",
    name: "Nhật ký 2021",
    values: [
      ["Nhật ký", null],
      ["Biểu đồ", "Không có biểu đồ trong tệp .xlsx"],
      ["Đạt", true],
      ["Kết quả", { formula: 'IF(B3,"có","không")', result: "có" }],
      ["Chưa tính", { formula: "1+1", result: null }],
    ],
    styles: [],
    merges: [],
    columnWidths: [20, 40],
    rowHeights: [],
    font: { name: "Times New Roman", size: 13 },
    freeze: { rows: 0, columns: 0 },
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: false,
      titleRows: null,
      margins: { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 },
      breaksBefore: [],
    },
    charts: [],
  };
}

function plan(sheets: SheetPlan[]): ReportPlan {
  return { year: 2021, sheets, marker: "cchc-report" };
}

/** The named entries of a zip (stored or deflated), as text. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes);
  const entries = new Map<string, string>();
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const address = (area: Area) =>
  `${String.fromCharCode(65 + area.left)}${area.top + 1}:${String.fromCharCode(65 + area.right)}${area.bottom + 1}`;

describe("renderReport", () => {
  const units = 30;
  const ranking = rankingSheet(units);
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let zip: Map<string, string>;

  beforeAll(async () => {
    bytes = await renderReport(plan([ranking, logSheet()]));
    book = await load(bytes);
    ws = book.getWorksheet("Xếp hạng 2021") as ExcelJS.Worksheet;
    zip = unzip(bytes);
  });

  it("writes the plan's sheets, in order, and nothing else", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["Xếp hạng 2021", "Nhật ký 2021"]);
  });

  it("writes the values", () => {
    expect(ws.getCell("A1").value).toBe("UBND TỈNH HẢI DƯƠNG");
    expect(ws.getCell("D2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(ws.getRow(5).values).toEqual([
      undefined,
      "Hạng",
      "Đơn vị",
      "Điểm",
      "Tối đa",
      "Chỉ số (%)",
      "Thay đổi",
    ]);
    expect(ws.getCell("A6").value).toBe(1);
    expect(ws.getCell("B35").value).toBe("Đơn vị số 30");
    expect(ws.getCell("C7").value).toBeCloseTo(89.99, 10);
    expect(ws.getCell("F7").value).toBe("▼1");
    expect(ws.getCell("A4").value).toBeNull();
    const log = book.getWorksheet("Nhật ký 2021") as ExcelJS.Worksheet;
    expect(log.getCell("B3").value).toBe(true);
  });

  it("writes formulas with the planner's result as the cached value", () => {
    expect(ws.getCell("E6").value).toEqual({ formula: "C6/D6*100", result: 90 });
    expect(ws.getCell("E35").value).toEqual({ formula: "C35/D35*100", result: 90 - 29 * 0.01 });
    const log = book.getWorksheet("Nhật ký 2021") as ExcelJS.Worksheet;
    expect(log.getCell("B4").value).toEqual({ formula: 'IF(B3,"có","không")', result: "có" });
    expect(log.getCell("B5").value).toEqual({ formula: "1+1" });
    expect(zip.get("xl/worksheets/sheet1.xml")).toContain('<c r="E6" s="');
  });

  it("merges the plan's areas, keeping the value of the top-left cell", () => {
    expect([...ws.model.merges].sort()).toEqual(ranking.merges.map(address).sort());
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(ws.getCell("A3").value).toBe("BẢNG XẾP HẠNG CHỈ SỐ CCHC NĂM 2021");
  });

  it("sets the sheet font on every cell, sizes and emphasis per area", () => {
    expect(ws.getCell("B20").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(ws.getCell("B20").font.bold).toBeFalsy();
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("D2").font).toMatchObject({ bold: true, underline: true });
    expect(ws.getCell("A2").font.underline).toBeFalsy();
    expect(ws.getCell("A3").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("E10").font).toMatchObject({ italic: true, size: 12 });
    expect(ws.getCell("F10").font.color).toEqual({ argb: "FFC00000" });
    // Empty cells and columns the plan leaves empty carry the sheet font too (column style).
    expect(ws.getColumn(2).font).toMatchObject({ name: "Times New Roman", size: 12 });
    const log = book.getWorksheet("Nhật ký 2021") as ExcelJS.Worksheet;
    expect(log.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13 });
  });

  it("fills, aligns and wraps per area", () => {
    expect(ws.getCell("C5").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(ws.getCell("C6").fill).not.toHaveProperty("fgColor");
    expect(ws.getCell("C5").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("F6").alignment).toEqual({ horizontal: "center" });
    expect(ws.getCell("B6").alignment).toBeUndefined();
  });

  it("sets number formats per area", () => {
    expect(ws.getCell("C6").numFmt).toBe("0.00");
    expect(ws.getCell("D35").numFmt).toBe("0.00");
    expect(ws.getCell("E20").numFmt).toBe("0.00");
    expect(ws.getCell("A6").numFmt).toBeUndefined();
  });

  it("draws thin borders on every cell of a bordered area, and none outside it", () => {
    const thin = { style: "thin" };
    for (const a of ["A5", "F5", "A35", "F35", "C20"]) {
      expect(ws.getCell(a).border).toEqual({ top: thin, left: thin, bottom: thin, right: thin });
    }
    expect(ws.getCell("A3").border?.top).toBeUndefined();
    expect(ws.getCell("G20").border?.top).toBeUndefined();
  });

  it("layers overlapping areas property by property (later areas win)", () => {
    // The header row: bold + fill + alignment from its area, borders from the table's area.
    expect(ws.getCell("B5").font.bold).toBe(true);
    expect(ws.getCell("B5").border.top).toEqual({ style: "thin" });
    expect(ws.getCell("B5").fill).toHaveProperty("fgColor");
    // The number-format area and the italic area overlap in column E: both apply.
    expect(ws.getCell("E6").font.italic).toBe(true);
    expect(ws.getCell("E6").border.left).toEqual({ style: "thin" });
  });

  it("sets column widths and row heights", () => {
    expect(ranking.columnWidths.map((_, i) => ws.getColumn(i + 1).width)).toEqual([7, 32, 10, 10, 12, 10]);
    expect(ws.getRow(3).height).toBe(30);
    // A blank spacer row keeps its height too.
    expect(ws.getRow(4).height).toBe(6);
    expect(ws.getRow(6).height).toBeUndefined();
  });

  it("freezes the header rows and the first columns", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5, topLeftCell: "C6" });
    const log = book.getWorksheet("Nhật ký 2021") as ExcelJS.Worksheet;
    expect((log.views ?? []).map((v) => v.state)).not.toContain("frozen");
  });

  it("prints on A4 landscape, one page wide, header rows on every page, with the plan's margins", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:5",
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.6, bottom: 0.5, left: 0.4, right: 0.3 });
    const xml = zip.get("xl/worksheets/sheet1.xml") ?? "";
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/,
    );
    expect(zip.get("xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Xếp hạng 2021&apos;!$5:$5</definedName>',
    );
  });

  it("prints a sheet that is not fitted at its natural size", () => {
    const log = book.getWorksheet("Nhật ký 2021") as ExcelJS.Worksheet;
    expect(log.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    expect(log.pageSetup.fitToPage).toBeFalsy();
    expect(zip.get("xl/worksheets/sheet2.xml")).not.toContain("fitToPage");
  });

  it("breaks pages before the plan's rows", () => {
    const xml = zip.get("xl/worksheets/sheet1.xml") ?? "";
    // Before 0-based row 15 = after 1-based row 15.
    expect(xml).toMatch(
      /<rowBreaks count="1" manualBreakCount="1"><brk id="15" max="16383" min="0" man="1"\/><\/rowBreaks>/,
    );
    expect(zip.get("xl/worksheets/sheet2.xml")).not.toContain("rowBreaks");
  });

  it("writes no chart: ExcelJS cannot, and the renderer says so", () => {
    expect(XLSX_CHARTS_SUPPORTED).toBe(false);
    const parts = [...zip.keys()];
    expect(parts.filter((p) => /chart|drawing/i.test(p))).toEqual([]);
    // ExcelJS always declares the vmlDrawing extension (comments); no chart or drawing part is declared.
    expect(zip.get("[Content_Types].xml")).not.toMatch(/chart|drawing\+xml/i);
    expect(zip.get("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
  });

  it("carries the plan's marker and year in the document properties", () => {
    expect(book.keywords).toBe("cchc-report");
    expect(book.title).toContain("2021");
  });
});

describe("renderReport, details", () => {
  it("renders a sheet of 3,321 units with a handful of distinct styles", async () => {
    const bytes = await renderReport(plan([rankingSheet(3321)]));
    const styles = unzip(bytes).get("xl/styles.xml") ?? "";
    const xfs = /<cellXfs count="(\d+)"/.exec(styles);
    expect(Number(xfs?.[1])).toBeLessThan(30);
    const book = await load(bytes);
    const ws = book.worksheets[0];
    expect(ws.getCell("B3326").value).toBe("Đơn vị số 3321");
    expect(ws.getCell("E3326").numFmt).toBe("0.00");
  });

  it("styles cells the plan leaves empty inside a styled area (blank columns to fill in)", async () => {
    const sheet = rankingSheet(2, {
      styles: [{ area: { top: 4, left: 0, bottom: 6, right: 7 }, style: { border: "thin" } }],
      columnWidths: [7, 32, 10, 10, 12, 10, 20, 20],
    });
    const ws = (await load(await renderReport(plan([sheet])))).worksheets[0];
    expect(ws.getCell("H7").value).toBeNull();
    expect(ws.getCell("H7").border?.right).toEqual({ style: "thin" });
    expect(ws.getColumn(8).width).toBe(20);
  });

  it("ignores a merge of a single cell and a break before the first row", async () => {
    const sheet = rankingSheet(2, {
      merges: [{ top: 3, left: 0, bottom: 3, right: 0 }],
      print: { ...rankingSheet(2).print, breaksBefore: [0, 6, 6] },
    });
    const bytes = await renderReport(plan([sheet]));
    const ws = (await load(bytes)).worksheets[0];
    expect(ws.model.merges).toEqual([]);
    expect(unzip(bytes).get("xl/worksheets/sheet1.xml")).toMatch(/<rowBreaks count="1"[^>]*><brk id="6"/);
  });

  it("leaves panes unfrozen and the print titles out when the plan has none", async () => {
    const sheet = rankingSheet(2, {
      freeze: { rows: 0, columns: 0 },
      print: { ...rankingSheet(2).print, titleRows: null },
    });
    const bytes = await renderReport(plan([sheet]));
    const ws = (await load(bytes)).worksheets[0];
    expect((ws.views ?? []).map((v) => v.state)).not.toContain("frozen");
    expect(unzip(bytes).get("xl/workbook.xml")).not.toContain("Print_Titles");
  });

  it("rejects a colour that is not #RRGGBB (a planner bug, not a user problem)", async () => {
    const sheet = rankingSheet(1, {
      styles: [{ area: { top: 0, left: 0, bottom: 0, right: 0 }, style: { fill: "red" } }],
    });
    await expect(renderReport(plan([sheet]))).rejects.toThrow(RangeError);
  });

  it("refuses a plan without sheets (Excel cannot open a workbook without one)", async () => {
    await expect(renderReport({ year: null, sheets: [], marker: "m" })).rejects.toThrow(RangeError);
  });
});
