/**
 * The drafted follow-up notice: golden text for the example workbooks (test/golden/*.txt, reviewed by hand;
 * UPDATE_GOLDEN=1 rewrites them), facts the province published, every unit to review and to explain named,
 * and the .docx's administrative format (A4, margins, Times New Roman, tables) read back from its XML.
 */
import JSZip from "jszip";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Analysis } from "../../src/core/analyse";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { Grid } from "../../src/core/grid";
import { parseSettings } from "../../src/core/settings";
import { noticeDocx, noticeFileName, noticeText, planNotice } from "../../src/docx";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const root = path.resolve(__dirname, "../..");

async function grids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.join(root, file)));
  return book.sheets.map((s) => book.grid(s.name));
}

interface Case {
  readonly name: string;
  readonly file: string;
  readonly previous?: string;
  readonly settings: object;
  /** When the notice is drafted: early in the year after the index year. */
  readonly generatedAt: string;
}

const CASES: Case[] = [
  {
    name: "hai-duong-2021",
    file: "examples/hai-duong-2021.xlsx",
    previous: "examples/hai-duong-2020.xlsx",
    settings: {},
    generatedAt: "2022-02-25T08:30:00.000Z",
  },
  {
    name: "hai-phong-2025",
    file: "test/fixtures/hai-phong-2025.xlsx",
    settings: {},
    generatedAt: "2026-02-10T02:00:00.000Z",
  },
];

async function analysed(c: Case): Promise<{ analysis: Analysis; grids: Grid[] }> {
  const g = await grids(c.file);
  const analysis = analyseWorkbook({
    grids: g,
    previousGrids: c.previous ? await grids(c.previous) : undefined,
    settings: parseSettings(c.settings),
  });
  return { analysis, grids: g };
}

describe.each(CASES)("the notice of $name", (c) => {
  let analysis: Analysis;
  let text: string;
  beforeAll(async () => {
    const a = await analysed(c);
    analysis = a.analysis;
    text = noticeText(
      planNotice(analysis, {
        settings: parseSettings(c.settings),
        generatedAt: c.generatedAt,
        sourceGrids: a.grids,
      }),
    );
  });

  test("matches its golden text", () => {
    const golden = path.join(root, "test/golden", `notice-${c.name}.txt`);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden)) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });

  test("names every unit to review (with who attends) and every unit and component to explain", () => {
    const lines = text.split("\n");
    for (const r of analysis.reviews)
      expect(lines.some((l) => l.includes(` | ${r.unit} | `) && /Lãnh đạo UBND tỉnh|Ủy viên/.test(l))).toBe(
        true,
      );
    for (const e of analysis.explanations)
      expect(lines.some((l) => l.includes(` | ${e.unit} | ${e.component} | `))).toBe(true);
    for (const d of analysis.dropped) expect(lines.some((l) => l.includes(` | ${d.unit} | `))).toBe(true);
    expect(text).toContain("Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)");
  });
});

test("Hải Dương 2021: the province's facts and the seed's sections", async () => {
  const { analysis, grids: g } = await analysed(CASES[0]);
  const text = noticeText(
    planNotice(analysis, { settings: parseSettings({}), generatedAt: CASES[0].generatedAt, sourceGrids: g }),
  );
  expect(text).toContain("UBND TỈNH HẢI DƯƠNG\nSỞ NỘI VỤ\nSố:       /TB-SNV");
  expect(text).toContain("Hải Dương, ngày      tháng      năm 2022");
  expect(text).toContain("cao nhất là Sở Giao thông vận tải (91,53%), thấp nhất là Sở Y tế (69,12%)");
  expect(text).toContain("thấp nhất là Huyện Ninh Giang (74,22%)");
  // TP Hải Dương and Nam Sách both show 85,86 and rank 1st and 2nd: the table shows a third decimal.
  expect(text).toContain("1 | TP Hải Dương | 85,864 | 1 | ▲4");
  expect(text).toContain("2 | Huyện Nam Sách | 85,857 | 2 | ▲1");
  expect(text).toContain("Việc kiểm điểm phải hoàn thành trước ngày 15/03/2022");
  for (const heading of [
    "1. Kết quả Chỉ số CCHC năm 2021 theo từng khối",
    "2. Các cơ quan, đơn vị tụt hạng so với năm 2020",
    "3. Kiểm điểm, làm rõ trách nhiệm cá nhân",
    "4. Báo cáo giải trình",
    "5. Đăng ký công việc đột phá, sáng tạo năm 2022",
  ])
    expect(text).toContain(heading);
});

test("Hải Phòng 2025: three groups, first and last as published", async () => {
  const { analysis, grids: g } = await analysed(CASES[1]);
  const text = noticeText(
    planNotice(analysis, { settings: parseSettings({}), generatedAt: CASES[1].generatedAt, sourceGrids: g }),
  );
  expect(text).toContain("UBND THÀNH PHỐ HẢI PHÒNG");
  expect(text).toContain("Hải Phòng, ngày      tháng      năm 2026");
  expect(text).toContain("1.1. Khối sở, ban, ngành (14 đơn vị)");
  expect(text).toContain("cao nhất là Thanh tra thành phố (94,71%)");
  expect(text).toContain("thấp nhất là Ban Quản lý khu kinh tế (88,99%)");
  expect(text).toMatch(/thấp nhất là [Pp]hường Bắc An Phụ \(76,26%\)/);
  expect(text).toMatch(/thấp nhất là [Xx]ã Vĩnh Am \(73,37%\)/);
  // Last year's ranks come from the sheet's own "Xếp hạng năm 2024" column.
  expect(text).toContain("2. Các cơ quan, đơn vị tụt hạng so với năm 2024");
});

test("the .docx: A4 portrait, Nghị định 30's margins, Times New Roman 14, tables with a repeated header", async () => {
  const { analysis, grids: g } = await analysed(CASES[0]);
  const bytes = await noticeDocx(analysis, {
    settings: parseSettings({}),
    generatedAt: CASES[0].generatedAt,
    sourceGrids: g,
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file("word/document.xml") as JSZip.JSZipObject).async("string");
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  // Twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
  expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  expect(xml).toContain("THÔNG BÁO");
  expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(6);
  expect(xml).toContain("<w:tblHeader/>");
  const styles = await (zip.file("word/styles.xml") as JSZip.JSZipObject).async("string");
  expect(styles).toContain('w:ascii="Times New Roman"');
  expect(styles).toContain('<w:sz w:val="28"/>');
  expect(noticeFileName(2021)).toBe("Thong-bao-Chi-so-CCHC-2021.docx");
});
