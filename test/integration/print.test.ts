/**
 * The report and the notice printed by a real office suite: LibreOffice (headless) converts the .xlsx the
 * `cchc` renderer writes and the .docx notice to PDF; the page images are kept under test-results/print/
 * for people to look at. On the PDF: no two words printed over each other (text hidden by a row too low
 * overflows onto the next one), every unit's name on paper, the province's letterhead, the seed's
 * attendees; the notice on A4 pages. .ci/run installs LibreOffice and poppler; without them (locally)
 * the test is skipped, in CI it fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { Grid } from "../../src/core/grid";
import { planReport } from "../../src/core/report";
import { parseSettings } from "../../src/core/settings";
import { noticeDocx } from "../../src/docx";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../../src/xlsx/writeReport";
import { layoutText, overlaps, pageImages, printToolsPresent, toPdf, words } from "../print/pdf";

const root = path.resolve(__dirname, "../..");
const out = path.join(root, "test-results", "print");
const present = printToolsPresent();
if (!present && process.env.CI)
  throw new Error("LibreOffice and poppler-utils are needed (.ci/run installs them)");
const maybe = present ? describe : describe.skip;

jest.setTimeout(240_000);

async function grids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.join(root, file)));
  return book.sheets.map((s) => book.grid(s.name));
}

const CASES = [
  {
    name: "hai-duong-2021",
    file: "examples/hai-duong-2021.xlsx",
    previous: "examples/hai-duong-2020.xlsx",
    agency: "UBND TỈNH HẢI DƯƠNG",
    place: "Hải Dương, ngày",
  },
  {
    name: "hai-phong-2025",
    file: "test/fixtures/hai-phong-2025.xlsx",
    previous: undefined,
    agency: "UBND THÀNH PHỐ HẢI PHÒNG",
    place: "Hải Phòng, ngày",
  },
];

/** Text as pdftotext gives it, with runs of spaces (columns, justified lines) made one. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, " ");

maybe.each(CASES)("printed by LibreOffice: $name", (c) => {
  let unitNames: string[];
  let reviews: readonly { unit: string }[];
  let reportPdf: string;
  let noticePdf: string;

  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    const g = await grids(c.file);
    const settings = parseSettings({});
    const analysis = analyseWorkbook({
      grids: g,
      previousGrids: c.previous ? await grids(c.previous) : undefined,
      settings,
    });
    unitNames = analysis.units.map((u) => u.name);
    reviews = analysis.reviews;
    const plan = planReport(analysis, {
      settings,
      file: path.basename(c.file),
      fingerprint: "0".repeat(64),
      generatedAt: "2026-02-10T02:00:00.000Z",
      chartsSupported: XLSX_CHARTS_SUPPORTED,
      sourceGrids: g,
    });
    const xlsx = path.join(out, `${c.name}-report.xlsx`);
    writeFileSync(xlsx, await renderReport(plan));
    const docx = path.join(out, `${c.name}-notice.docx`);
    writeFileSync(
      docx,
      await noticeDocx(analysis, { settings, generatedAt: "2026-02-10T02:00:00.000Z", sourceGrids: g }),
    );
    reportPdf = toPdf(xlsx);
    noticePdf = toPdf(docx);
    expect(pageImages(reportPdf, out, `${c.name}-report`).length).toBeGreaterThan(3);
    expect(pageImages(noticePdf, out, `${c.name}-notice`).length).toBeGreaterThan(1);
  });

  test("the report hides no text: no word printed over another", () => {
    const found = overlaps(words(reportPdf));
    expect(found.map(([a, b]) => `page ${a.page}: “${a.text}” over “${b.text}”`)).toEqual([]);
  });

  test("the report carries the province's letterhead, every unit, the seed's attendees and page numbers", () => {
    const text = squeeze(layoutText(reportPdf));
    expect(text).toContain(c.agency);
    expect(text).toContain(c.place);
    expect(text).toContain("Số: /TB-SNV");
    expect(text).toMatch(/Trang 1\/\d+/);
    for (const name of unitNames) expect(text).toContain(name);
    if (reviews.length > 0) {
      expect(text).toContain("Lãnh đạo UBND tỉnh");
      expect(text).toContain("Ban cán sự đảng UBND tỉnh (qua Sở Nội vụ)");
    }
    // Two decimals at most: no "9.24444444444444" on paper.
    expect(text).not.toMatch(/\d[.,]\d{5,}/);
  });

  test("the notice: A4 pages, the letterhead, the motto, no word over another, every unit to review", () => {
    const info = squeeze(layoutText(noticePdf));
    expect(info).toContain(c.agency);
    expect(info).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(info).toContain("THÔNG BÁO");
    expect(info).toContain(c.place);
    for (const r of reviews) expect(info).toContain(r.unit);
    expect(overlaps(words(noticePdf))).toEqual([]);
    const html = readFileSync(noticePdf, "latin1");
    // A4 portrait: 595 × 842 points.
    expect(html).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
  });
});
