/**
 * The renderer against the planner's real plan (the Hải Dương example with last year's workbook): every
 * cell of every sheet read back must hold the plan's value and the style the plan's areas compose to
 * (computed here the naive way, area by area), and merges, widths, heights, freeze and print setup must be
 * the plan's — so nothing the planner asks for is silently dropped.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellStyle, PlanValue, ReportPlan, SheetPlan } from "../../src/core/plan";
import { planReport } from "../../src/core/report";
import { parseSettings } from "../../src/core/settings";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { renderReport, XLSX_CHARTS_SUPPORTED } from "../../src/xlsx/writeReport";

const root = path.resolve(__dirname, "../..");

async function grids(file: string) {
  const book = await readWorkbook(readFileSync(path.join(root, file)));
  return book.sheets.map((s) => book.grid(s.name));
}

/** The style the plan's areas give a cell: each covering area's set properties, in order. */
function composed(sheet: SheetPlan, r: number, c: number): CellStyle {
  const style: Record<string, unknown> = {};
  for (const { area, style: s } of sheet.styles) {
    if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
    for (const [k, v] of Object.entries(s)) if (v !== undefined) style[k] = v;
  }
  return style as CellStyle;
}

function expectedValue(value: PlanValue): unknown {
  if (value === null || typeof value !== "object") return value;
  const formula = value.formula.replace(/^=/, "");
  return value.result === null ? { formula } : { formula, result: value.result };
}

/** What the renderer wrote on a cell, in the terms of CellStyle. */
function readStyle(cell: ExcelJS.Cell) {
  return {
    font: [cell.font?.name, cell.font?.size, !!cell.font?.bold, !!cell.font?.italic, !!cell.font?.underline],
    color: cell.font?.color?.argb ?? null,
    fill: cell.fill && "fgColor" in cell.fill ? (cell.fill.fgColor?.argb ?? null) : null,
    numFmt: cell.numFmt ?? "General",
    border: cell.border?.top?.style ?? null,
    horizontal: cell.alignment?.horizontal ?? null,
    vertical: cell.alignment?.vertical ?? null,
    wrap: !!cell.alignment?.wrapText,
  };
}

const columnName = (c: number) => String.fromCharCode(65 + c);

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
    previous: { file: "hai-duong-2020.xlsx", sheets: [] },
    fingerprint: "0".repeat(64),
    generatedAt: "2022-02-25T08:00:00.000Z",
    chartsSupported: XLSX_CHARTS_SUPPORTED,
  });
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderReport(plan)) as unknown as ArrayBuffer);
});

it("plans no chart for the .xlsx renderer", () => {
  expect(plan.sheets.flatMap((s) => s.charts)).toEqual([]);
});

it("renders every sheet of the plan, in order", () => {
  expect(book.worksheets.map((ws) => ws.name)).toEqual(plan.sheets.map((s) => s.name));
});

describe.each([0, 1, 2, 3, 4])("sheet %i of the plan", (index) => {
  let sheet: SheetPlan;
  let ws: ExcelJS.Worksheet;
  beforeAll(() => {
    sheet = plan.sheets[index];
    ws = book.worksheets[index];
  });

  it("holds the plan's values (merged areas by their top-left cell)", () => {
    const slaves = new Set<string>();
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slaves.add(`${r},${c}`);
      }
    }
    const mismatches: string[] = [];
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (slaves.has(`${r},${c}`)) return;
        const actual = ws.getCell(r + 1, c + 1).value;
        if (JSON.stringify(actual) !== JSON.stringify(expectedValue(value))) {
          mismatches.push(`${columnName(c)}${r + 1}: ${JSON.stringify(actual)}`);
        }
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it("gives every cell the style its areas compose to, in the sheet font", () => {
    const mismatches: string[] = [];
    const width = sheet.values[0]?.length ?? 0;
    for (let r = 0; r < sheet.values.length; r++) {
      for (let c = 0; c < width; c++) {
        const want = composed(sheet, r, c);
        const got = readStyle(ws.getCell(r + 1, c + 1));
        const expected = {
          font: [
            sheet.font.name,
            want.fontSize ?? sheet.font.size,
            !!want.bold,
            !!want.italic,
            !!want.underline,
          ],
          color: want.fontColor ? `FF${want.fontColor.slice(1).toUpperCase()}` : null,
          fill: want.fill ? `FF${want.fill.slice(1).toUpperCase()}` : null,
          numFmt: want.numberFormat ?? "General",
          border: want.border ?? null,
          horizontal: want.horizontal ?? null,
          vertical: want.vertical === "center" ? "middle" : (want.vertical ?? null),
          wrap: !!want.wrap,
        };
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          mismatches.push(`${columnName(c)}${r + 1}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("has the plan's merges, widths, heights, freeze and print setup", () => {
    const a1 = (r: number, c: number) => `${columnName(c)}${r + 1}`;
    expect([...ws.model.merges].sort()).toEqual(
      sheet.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort(),
    );
    expect(sheet.columnWidths.map((_, c) => ws.getColumn(c + 1).width)).toEqual([...sheet.columnWidths]);
    for (const { row, height } of sheet.rowHeights) expect(ws.getRow(row + 1).height).toBe(height);
    const frozen = (ws.views ?? []).find((v) => v.state === "frozen") as
      ExcelJS.WorksheetViewFrozen | undefined;
    if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) {
      expect(frozen?.ySplit ?? 0).toBe(sheet.freeze.rows);
      expect(frozen?.xSplit ?? 0).toBe(sheet.freeze.columns);
    } else expect(frozen).toBeUndefined();
    const print = sheet.print;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe(print.orientation);
    expect(!!ws.pageSetup.fitToPage).toBe(print.fitToWidth);
    if (print.fitToWidth) expect([ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([1, 0]);
    expect(ws.pageSetup.printTitlesRow).toBe(
      print.titleRows ? `${print.titleRows.top + 1}:${print.titleRows.bottom + 1}` : undefined,
    );
    expect(ws.pageSetup.margins).toMatchObject(print.margins);
  });
});
