/**
 * The report on paper, checked on the plan and on the .xlsx it renders to: every row tall enough for its
 * wrapped text (an estimate computed here independently of the planner's call: the lines of each cell at its
 * column or merged width), every numeric cell with a number format (never General), the header repeated on
 * every printed page, "Trang x/y" in the footer and a frozen header on every sheet.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellStyle, PlanValue, ReportPlan, SheetPlan } from "../../src/core/plan";
import { planReport } from "../../src/core/report";
import { cellWidthPt, linesHeight, textWidthPt, wrappedLines } from "../../src/core/report/rowHeights";
import { parseSettings } from "../../src/core/settings";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../../src/xlsx/writeReport";

const root = path.resolve(__dirname, "../..");

async function grids(file: string) {
  const book = await readWorkbook(readFileSync(path.join(root, file)));
  return book.sheets.map((s) => book.grid(s.name));
}

function composed(sheet: SheetPlan, r: number, c: number): CellStyle {
  const style: Record<string, unknown> = {};
  for (const { area, style: s } of sheet.styles) {
    if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
    for (const [k, v] of Object.entries(s)) if (v !== undefined) style[k] = v;
  }
  return style as CellStyle;
}

const shown = (v: PlanValue): string =>
  v === null
    ? ""
    : typeof v === "object"
      ? String(v.result ?? "")
      : typeof v === "number"
        ? v.toFixed(2)
        : String(v);

let plan: ReportPlan;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const settings = parseSettings({});
  const analysis = analyseWorkbook({
    grids: await grids("examples/hai-duong-2021.xlsx"),
    previousGrids: await grids("examples/hai-duong-2020.xlsx"),
    settings,
  });
  plan = planReport(analysis, {
    settings,
    file: "hai-duong-2021.xlsx",
    fingerprint: "0".repeat(64),
    generatedAt: "2022-02-25T08:30:00.000Z",
    chartsSupported: XLSX_CHARTS_SUPPORTED,
  });
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await renderReport(plan)) as unknown as ExcelJS.Buffer);
});

describe("the estimate", () => {
  test("more text or a narrower cell never takes fewer lines", () => {
    const text = "Người đứng đầu xếp loại “Hoàn thành nhiệm vụ”; Tụt 4 bậc so với năm trước; Đứng cuối khối";
    let last = 0;
    for (let n = 1; n <= text.length; n += 7) {
      const lines = wrappedLines(text.slice(0, n), cellWidthPt([30]), 12);
      expect(lines).toBeGreaterThanOrEqual(last);
      last = lines;
    }
    expect(wrappedLines(text, cellWidthPt([20]), 12)).toBeGreaterThan(
      wrappedLines(text, cellWidthPt([40]), 12),
    );
    // Bold capitals are wider than plain lower case; a merged area is as wide as its columns.
    expect(textWidthPt("UBND CÁC HUYỆN", 12, true)).toBeGreaterThan(textWidthPt("ubnd các huyện", 12));
    expect(cellWidthPt([20, 14])).toBeGreaterThan(cellWidthPt([34]) - 1);
    expect(linesHeight(2, 12)).toBeGreaterThan(linesHeight(1, 12));
  });

  test("an explicit line break starts a line; a word wider than the cell breaks", () => {
    expect(wrappedLines("a\nb\nc", 500, 12)).toBe(3);
    expect(wrappedLines("x".repeat(200), cellWidthPt([10]), 12)).toBeGreaterThan(5);
  });
});

describe("every row fits its text", () => {
  test("each wrapped cell's lines fit the row's height in the plan and in the file", () => {
    let checked = 0;
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
      const mergeAt = new Map(sheet.merges.map((m) => [`${m.top}:${m.left}`, m]));
      sheet.values.forEach((row, r) => {
        row.forEach((value, c) => {
          const text = shown(value);
          const style = composed(sheet, r, c);
          if (text === "" || !style.wrap) return;
          const merge = mergeAt.get(`${r}:${c}`);
          const widths = merge
            ? sheet.columnWidths.slice(merge.left, merge.right + 1)
            : [sheet.columnWidths[c]];
          const size = style.fontSize ?? sheet.font.size;
          const lines = wrappedLines(text, cellWidthPt(widths), size, style.bold === true);
          const rows = merge ? merge.bottom - merge.top + 1 : 1;
          const needed = linesHeight(Math.ceil(lines / rows), size);
          const planned = heights.get(r) ?? 0;
          if (lines > 1) {
            expect(planned).toBeGreaterThanOrEqual(needed);
            // The file carries the height (ExcelJS reads it back).
            expect(ws.getRow(r + 1).height).toBeCloseTo(planned, 5);
            checked++;
          }
        });
      });
    }
    // The Hải Dương example has dozens of cells that wrap (reasons, groups, components, notes).
    expect(checked).toBeGreaterThan(40);
  });

  test("rows whose wrapped text is merged are left to the estimate, the others may be autofitted", () => {
    const actions = plan.sheets.find((s) => s.kind === "actions") as SheetPlan;
    const title = actions.values.findIndex((row) => String(row[0] ?? "").startsWith("DANH SÁCH"));
    const body = actions.values.findIndex((row) => row[1] === "Sở Y tế");
    const byRow = new Map(actions.rowHeights.map((h) => [h.row, h]));
    expect(byRow.get(title)?.autofit).toBe(false);
    expect(byRow.get(body)?.autofit).toBe(true);
  });
});

describe("numbers and print setup", () => {
  test("no numeric cell is left in General format", () => {
    const general: string[] = [];
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const numeric =
            typeof cell.value === "number" ||
            (typeof cell.value === "object" && cell.value !== null && "result" in cell.value);
          if (numeric && (cell.numFmt === undefined || cell.numFmt === "General"))
            general.push(`${sheet.name}!${cell.address}=${String(cell.value)}`);
        }),
      );
    }
    expect(general).toEqual([]);
  });

  test("indices and points show two decimals; percentages of a maximum carry %", () => {
    const ws = book.getWorksheet(plan.sheets[0].name) as ExcelJS.Worksheet;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(2).value !== "TP Hải Dương") return;
      found = true;
      expect(row.getCell(3).numFmt).toBe("0.00");
      expect(row.getCell(5).numFmt).toBe("0.00");
    });
    expect(found).toBe(true);
    const actions = book.getWorksheet(plan.sheets[1].name) as ExcelJS.Worksheet;
    const formats = new Set<string>();
    actions.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "number" && formats.add(cell.numFmt)),
    );
    expect(formats).toContain('0.00"%"');
  });

  test("every sheet: a frozen header, print titles and the page footer 'Trang x/y'", () => {
    for (const sheet of plan.sheets) {
      expect(sheet.freeze.rows).toBeGreaterThan(0);
      expect(sheet.print.titleRows).not.toBeNull();
      expect(sheet.print.footer).toBe("Trang &P/&N");
      const ws = book.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: sheet.freeze.rows }));
      expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
      expect(ws.pageSetup.printTitlesRow).toBeTruthy();
    }
  });
});
