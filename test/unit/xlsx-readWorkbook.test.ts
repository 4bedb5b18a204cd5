/** readWorkbook on the committed fixture workbooks and on small workbooks built here for one feature each. */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { resolve } from "path";
import type { CellValue, Grid } from "../../src/core/grid";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { FixtureModel, ModelsFile, TableModel } from "../fixtures/lib/model";

const root = resolve(__dirname, "../..");
const models = JSON.parse(readFileSync(resolve(root, "test/fixtures/models.json"), "utf8")) as ModelsFile;
const fixture = (file: string): FixtureModel => {
  const found = models.fixtures.find((f) => f.file === file);
  if (!found) throw new Error(`no model for ${file}`);
  return found;
};
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(root, file)));

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The value at an absolute sheet address, or undefined outside the used range. */
function at(grid: Grid, row: number, column: string | number): CellValue | undefined {
  const c = typeof column === "number" ? column : columnNumber(column);
  return grid.values[row - grid.top]?.[c - grid.left];
}

/** The value a cell shows: its merged area's top-left value when it is covered by a merge. */
function shownAt(grid: Grid, row: number, letters: string | number): CellValue | undefined {
  const column = typeof letters === "number" ? letters : columnNumber(letters);
  const merge = grid.merges.find(
    (m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right,
  );
  return merge ? at(grid, merge.top, merge.left) : at(grid, row, column);
}

function formatAt(grid: Grid, row: number, column: string): string | undefined {
  return grid.numberFormats?.[row - grid.top]?.[columnNumber(column) - grid.left];
}

async function gridOf(file: string, sheet?: string): Promise<Grid> {
  const wb = await readWorkbook(bytesOf(file), { fileName: file });
  return wb.grid(sheet ?? wb.sheets[0].name);
}

function unitByName(table: TableModel, name: string) {
  const unit = table.groups.flatMap((g) => g.units).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readWorkbook on the Hải Dương 2021 example", () => {
  const file = "examples/hai-duong-2021.xlsx";
  const table = fixture(file).tables[0];
  let grid: Grid;
  beforeAll(async () => {
    grid = await gridOf(file);
  });

  it("lists the sheet and reads its used range from A1", async () => {
    const wb = await readWorkbook(bytesOf(file));
    expect(wb.sheets).toEqual([{ name: "Chỉ số CCHC 2021", state: "visible", position: 0 }]);
    expect(grid.sheet).toBe("Chỉ số CCHC 2021");
    expect([grid.top, grid.left]).toEqual([1, 1]);
    expect(grid.values[0]).toHaveLength(15);
    expect(new Set(grid.values.map((r) => r.length))).toEqual(new Set([15]));
    expect(grid.numberFormats?.map((r) => r.length)).toEqual(grid.values.map((r) => r.length));
  });

  it("keeps merged areas in absolute coordinates and the value only in their top-left cell", () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 4, left: 1, bottom: 4, right: 15 },
        { top: 7, left: 1, bottom: 8, right: 1 },
        { top: 7, left: 2, bottom: 8, right: 2 },
        { top: 7, left: 3, bottom: 7, right: 9 },
      ]),
    );
    expect(at(grid, 7, "A")).toBe("STT");
    expect(at(grid, 8, "A")).toBeNull();
    expect(at(grid, 7, "C")).toBe("Điểm thẩm định theo lĩnh vực");
    expect(at(grid, 7, "D")).toBeNull();
    expect(at(grid, 4, "B")).toBeNull();
  });

  it("flattens the rich-text header to plain text", () => {
    expect(at(grid, 7, "L")).toBe("Chỉ số CCHC (%)");
  });

  it("reads formula cells as their exact cached results", () => {
    const tuKy = unitByName(table, "Huyện Tứ Kỳ");
    expect(Object.is(at(grid, tuKy.row, "I"), 6.299999999999999)).toBe(true);
    expect(at(grid, unitByName(table, "Huyện Kim Thành").row, "I")).toBe(6.3);
    expect(at(grid, unitByName(table, "Sở Tài nguyên và Môi trường").row, "E")).toBe(7.35);
    // SUM results keep Excel's binary noise; ROUND results are the rounded values.
    const tt = unitByName(table, "Sở Thông tin và Truyền thông");
    expect(at(grid, tt.row, "K")).toBe(86.00999999999999);
    const tpHd = unitByName(table, "TP Hải Dương");
    const namSach = unitByName(table, "Huyện Nam Sách");
    expect([at(grid, tpHd.row, "K"), at(grid, namSach.row, "K")]).toEqual([85.864, 85.857]);
    expect([at(grid, tpHd.row, "L"), at(grid, namSach.row, "L")]).toEqual([85.86, 85.86]);
    expect(at(grid, 9, "K")).toBeCloseTo(100, 10);
  });

  it("reports number formats parallel to the values", () => {
    const row = unitByName(table, "Sở Y tế").row;
    expect(formatAt(grid, row, "C")).toBe("0.00");
    expect(formatAt(grid, row, "A")).toBe("General");
  });

  it("trims the used range to the last row holding a value (the signature block)", () => {
    const last = grid.values[grid.values.length - 1];
    expect(last.some((v) => v !== null)).toBe(true);
    expect(grid.top + grid.values.length - 1).toBe(Math.max(...table.nonUnitRows.map((r) => r.row)));
  });
});

describe("readWorkbook agrees with models.json on every table fixture", () => {
  const tableFixtures = models.fixtures.filter((f) => f.tables.length > 0);
  it.each(tableFixtures.map((f) => [f.file, f] as const))("%s", async (file, model) => {
    const wb = await readWorkbook(bytesOf(file), { fileName: file });
    expect(wb.sheets.map((s) => ({ name: s.name, state: s.state }))).toEqual(model.sheets);
    for (const table of model.tables) {
      const grid = wb.grid(table.sheet);
      for (const c of table.components) {
        // A field header merged over its sub-columns ("Điểm tối đa" | "Điểm đạt") shows above each of them.
        const headerCells = table.headerRows.map((r) => shownAt(grid, r, c.column));
        expect(headerCells).toContain(c.header);
        if (table.maxRow !== null) expect(at(grid, table.maxRow, c.column)).toBe(c.max);
      }
      for (const group of table.groups) {
        if (group.row !== null) {
          const rowText = (grid.values[group.row - grid.top] ?? [])
            .filter((v) => typeof v === "string")
            .join(" ");
          expect(rowText).toContain(group.name.replace(/^[IVX]+\. /, ""));
        }
        for (const unit of group.units) {
          expect(at(grid, unit.row, table.nameColumn)).toBe(unit.name);
          unit.scores.forEach((score, i) => {
            const cell = at(grid, unit.row, table.components[i].column);
            if (typeof cell === "number") expect(Number(cell.toPrecision(15))).toBe(score);
            else if (typeof cell === "string" && score !== null)
              expect(Number(cell.replace(",", "."))).toBe(score);
            else if (score === null) expect(typeof cell === "number").toBe(false);
          });
          if (table.totalColumn !== null && unit.sheetTotal !== null) {
            const total = at(grid, unit.row, table.totalColumn);
            const asNumber = typeof total === "string" ? Number(total.replace(",", ".")) : total;
            expect(Number((asNumber as number).toPrecision(15))).toBe(unit.sheetTotal);
          }
        }
      }
    }
  });
});

describe("readWorkbook on the other fixtures", () => {
  it("reads a fraction-scale index with its percent format", async () => {
    const file = "test/fixtures/fraction-index.xlsx";
    const table = fixture(file).tables[0];
    const grid = await gridOf(file);
    const unit = table.groups[0].units[2];
    const index = at(grid, unit.row, table.indexColumn as string) as number;
    expect(index).toBeGreaterThan(0);
    expect(index).toBeLessThan(1);
    expect(formatAt(grid, unit.row, table.indexColumn as string)).toBe("0.00%");
    expect(index * 100).toBeCloseTo(unit.index as number, 10);
  });

  it("reads typed and computed error values, rich text and hyperlink text in the messy fixture", async () => {
    const file = "test/fixtures/messy.xlsx";
    const model = fixture(file);
    const grid = await gridOf(file);
    const errorCells = model.warnings.filter((w) => w.kind === "error-value");
    expect(errorCells.length).toBeGreaterThanOrEqual(6);
    for (const w of errorCells) {
      const code = w.note.match(/#[A-Z/0!]+[!A]?/)?.[0];
      expect(at(grid, w.row, w.column as string)).toEqual({ error: code });
    }
    const table = model.tables[0];
    const first = table.groups[0].units[0];
    expect(at(grid, first.row, table.nameColumn)).toBe("Sở Nội vụ");
    expect(at(grid, first.row, table.noteColumn as string)).toBe("Báo cáo tự đánh giá");
    const text = model.warnings.find((w) => w.kind === "not-a-number");
    expect(at(grid, text!.row, text!.column as string)).toBe("đang cập nhật");
    const blankUnit = table.groups[1].units.find((u) => !u.assessed)!;
    expect(table.components.map((c) => at(grid, blankUnit.row, c.column))).toEqual(
      table.components.map(() => null),
    );
    expect(at(grid, blankUnit.row, table.totalColumn as string)).toBe(0);
  });

  it("reads hidden sheets, a sheet per group and an instructions sheet", async () => {
    const file = "test/fixtures/groups-on-sheets.xlsx";
    const wb = await readWorkbook(bytesOf(file));
    expect(wb.sheets).toEqual([
      { name: "Hướng dẫn", state: "visible", position: 0 },
      { name: "Sở", state: "visible", position: 1 },
      { name: "Huyện", state: "visible", position: 2 },
      { name: "DanhMuc", state: "hidden", position: 3 },
    ]);
    expect(wb.grid("Hướng dẫn").values).toHaveLength(3);
    expect(wb.grid("DanhMuc").values[2]).toEqual(["HTNV", "Hoàn thành nhiệm vụ"]);
    expect(() => wb.grid("Không có")).toThrow(RangeError);
  });

  it("reads text numbers with a decimal comma as text (parsing is the core's job)", async () => {
    const file = "test/fixtures/text-numbers.xlsx";
    const table = fixture(file).tables[0];
    const grid = await gridOf(file);
    const unit = table.groups[0].units[0];
    expect(at(grid, unit.row, table.components[2].column)).toBe("7,35");
    expect(at(grid, unit.row, table.indexColumn as string)).toMatch(/^\d+(,\d+)?%$/);
  });
});

describe("readWorkbook on workbooks built for one feature", () => {
  it("trims the used range to values, ignoring formatted empty cells, and reports its top-left", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 5; r <= 9; r++) for (let c = 3; c <= 5; c++) ws.getCell(r, c).value = r * 10 + c;
      ws.getCell("G20").numFmt = "0.00";
      ws.getCell("G20").border = { top: { style: "thin" } };
      ws.getCell(30, 1).font = { bold: true };
      ws.getCell("H2").value = "";
      ws.mergeCells("A40:B41");
    });
    const grid = (await readWorkbook(bytes)).grid("S");
    expect([grid.top, grid.left]).toEqual([5, 3]);
    expect(grid.values).toHaveLength(5);
    expect(grid.values[0]).toEqual([53, 54, 55]);
    expect(grid.merges).toEqual([]);
  });

  it("reads booleans, dates, shared formulas, uncached formulas and typed errors", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = true;
      ws.getCell("A2").value = new Date(Date.UTC(2022, 2, 15));
      ws.getCell("A3").value = new Date(Date.UTC(2022, 2, 15, 8, 30));
      ws.getCell("B1").value = {
        formula: "C1*2",
        result: 4,
        shareType: "shared",
        ref: "B1:B3",
      } as ExcelJS.CellValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellValue;
      ws.getCell("B3").value = { sharedFormula: "B1", result: 0.1 + 0.2 } as ExcelJS.CellValue;
      ws.getCell("C1").value = { formula: "D1*2" } as ExcelJS.CellValue;
      ws.getCell("C2").value = { error: "#REF!" } as unknown as ExcelJS.CellValue;
      ws.getCell("C3").value = { formula: "NA()", result: { error: "#N/A" } } as unknown as ExcelJS.CellValue;
      // Falsy cached results, which ExcelJS's `cell.value` drops.
      ws.getCell("A4").value = { formula: "SUM(E1:E2)", result: 0 };
      ws.getCell("B4").value = { formula: "1>2", result: false };
    });
    const sheet = (await readWorkbook(bytes.buffer.slice(0) as ArrayBuffer)).sheet("S");
    expect(sheet.grid.values).toEqual([
      [true, 4, null],
      ["2022-03-15", 6, { error: "#REF!" }],
      ["2022-03-15T08:30:00.000Z", 0.30000000000000004, { error: "#N/A" }],
      [0, false, null],
    ]);
    expect(sheet.uncachedFormulas).toEqual(["C1"]);
    expect(sheet.uncachedFormulaCount).toBe(1);
  });

  it("reports very hidden sheets and returns an empty grid for an empty sheet beside a filled one", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Trống");
      wb.addWorksheet("Dữ liệu", { state: "veryHidden" }).getCell("B2").value = "x";
    });
    const wb = await readWorkbook(bytes);
    expect(wb.sheets.map((s) => s.state)).toEqual(["visible", "veryHidden"]);
    expect(wb.grid("Trống")).toEqual({
      sheet: "Trống",
      top: 1,
      left: 1,
      values: [],
      merges: [],
      numberFormats: [],
    });
    expect(wb.grid("Dữ liệu").values).toEqual([["x"]]);
  });

  it("reads hyperlinks whose text is rich text", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = {
        text: { richText: [{ text: "Quyết định " }, { text: "số 1", font: { bold: true } }] },
        hyperlink: "https://example.com",
      } as unknown as ExcelJS.CellValue;
    });
    expect((await readWorkbook(bytes)).grid("S").values).toEqual([["Quyết định số 1"]]);
  });
});
