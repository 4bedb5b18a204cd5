/**
 * Hostile and broken workbooks (issue 13, items 2, 10 and 13): far stray values are left out with a
 * warning naming them, oversized sheets are refused before ExcelJS builds its model, a missing
 * shared-strings part and a part stored twice are "damaged". Speed and memory are in `npm run bench`.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import { describeProblem } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { XlsxReadError } from "../../src/xlsx/errors";
import { sheetReadProblems } from "../../src/xlsx/readProblems";
import { DEFAULT_MAX_CELLS, readWorkbook, type ReadOptions } from "../../src/xlsx/readWorkbook";
import { REGION_GAP_COLUMNS, REGION_GAP_ROWS, tableRegion } from "../../src/xlsx/region";
import { sniffFile } from "../../src/xlsx/sniff";
import {
  asZip64,
  editPart,
  numbersWorkbook,
  unzip,
  withDuplicatePart,
  withoutSharedStrings,
  withStrayValues,
  zip,
} from "../fixtures/lib/hostileFiles";
import type { ModelsFile } from "../fixtures/lib/model";

const root = resolve(__dirname, "../..");
const EXAMPLE = "examples/hai-duong-2021.xlsx";
const example = new Uint8Array(readFileSync(resolve(root, EXAMPLE)));
const models = JSON.parse(readFileSync(resolve(root, "test/fixtures/models.json"), "utf8")) as ModelsFile;
const exampleUnits = models.fixtures
  .find((f) => f.file === EXAMPLE)!
  .tables[0].groups.reduce((n, g) => n + g.units.length, 0);

async function readError(bytes: Uint8Array, options: ReadOptions = {}): Promise<XlsxReadError> {
  try {
    const book = await readWorkbook(bytes, options);
    for (const s of book.sheets) book.grid(s.name);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw new Error(`not an XlsxReadError: ${String(error)}`);
  }
  throw new Error("readWorkbook accepted the file");
}

describe("values far from the table", () => {
  it("reads a 12 KB workbook with one value at XFD1048576: the table found, the stray value named", async () => {
    const plain = await readWorkbook(example);
    const bytes = withStrayValues(example, [{ row: 1_048_576, column: "XFD" }]);
    expect(bytes.length).toBeLessThan(16_000);

    const book = await readWorkbook(bytes, { fileName: "stray.xlsx" });
    const sheet = book.sheets[0].name;
    const read = book.sheet(sheet);
    expect(read.grid).toEqual(plain.grid(sheet));
    expect(read.ignoredCells).toEqual(["XFD1048576"]);
    expect(read.ignoredCellCount).toBe(1);

    const warnings = sheetReadProblems(read);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sheet, key: "xlsxIgnoredCells", params: { count: 1 } });
    expect(describeProblem(warnings[0], "vi")).toContain("XFD1048576");
    expect(describeProblem(warnings[0], "en")).toMatch(/Ignored 1 cell.*XFD1048576/);

    const analysis = analyseWorkbook({ grids: [read.grid], settings: DEFAULT_SETTINGS });
    expect(analysis.units).toHaveLength(exampleUnits);
  });

  it("lists a few far values, counts them all, and keeps values near the table", async () => {
    const plain = (await readWorkbook(example)).sheet((await readWorkbook(example)).sheets[0].name).grid;
    const bottom = plain.top + plain.values.length - 1;
    const nearRow = bottom + REGION_GAP_ROWS + 1; // REGION_GAP_ROWS empty rows between: kept
    const far = Array.from({ length: 8 }, (_, i) => ({
      row: nearRow + REGION_GAP_ROWS + 2 + i,
      column: "B",
    }));
    const bytes = withStrayValues(example, [{ row: nearRow, column: "A" }, ...far]);
    const read = (await readWorkbook(bytes)).sheet(plain.sheet);
    expect(read.grid.values).toHaveLength(nearRow - plain.top + 1);
    expect(read.grid.values[read.grid.values.length - 1][0]).toBe(1);
    expect(read.ignoredCellCount).toBe(8);
    expect(read.ignoredCells).toEqual(far.map((c) => `B${c.row}`));
    const message = describeProblem(sheetReadProblems(read)[0], "vi");
    expect(message).toContain(`Đã bỏ qua 8 ô`);
    expect(message).toContain(`B${far[4].row}, …`);
    expect(message).not.toContain(`B${far[5].row}`);
  });

  it("leaves out a far column too", async () => {
    const plain = (await readWorkbook(example)).grid((await readWorkbook(example)).sheets[0].name);
    const bytes = withStrayValues(example, [{ row: 1, column: "XFD" }]);
    const read = (await readWorkbook(bytes)).sheet(plain.sheet);
    expect(read.grid).toEqual(plain);
    expect(read.ignoredCells).toEqual(["XFD1"]);
  });

  it("refuses a table region beyond the stated cell limit, saying what was found", async () => {
    const error = await readError(numbersWorkbook(300, 20), { maxRegionCells: 5_000, fileName: "to.xlsx" });
    expect(error.kind).toBe("too-large");
    expect(error.reason).toBe("region-too-large");
    expect(error.message).toBe(
      'Trang tính “Sheet1” của tệp "to.xlsx" có vùng dữ liệu liền khối 300 dòng × 20 cột (6.000 ô), vượt ' +
        "giới hạn đọc 5.000 ô. Hãy xóa dữ liệu thừa quanh bảng điểm (hoặc chép riêng bảng điểm sang một tệp " +
        "mới) rồi lưu lại.",
    );
    expect(error.messageIn("en")).toContain(
      "300 rows × 20 columns (6,000 cells), beyond the reading limit of 5,000",
    );
  });
});

describe("the table region", () => {
  const region = (cells: [number, number][]) =>
    tableRegion(
      cells.map((c) => c[0]),
      cells.map((c) => c[1]),
    );

  it("is the used range when no large gap cuts the sheet", () => {
    expect(region([])).toBeNull();
    expect(
      region([
        [3, 2],
        [40, 15],
        [3 + REGION_GAP_ROWS, 1],
      ]),
    ).toEqual({ top: 3, left: 1, bottom: 1003, right: 15 });
  });

  it("keeps the band with the most values, across rows then columns", () => {
    const table: [number, number][] = [];
    for (let r = 5; r <= 20; r++) for (let c = 1; c <= 6; c++) table.push([r, c]);
    const stray: [number, number][] = [
      [20 + REGION_GAP_ROWS + 2, 1],
      [7, 6 + REGION_GAP_COLUMNS + 2],
      [1_048_576, 16_384],
    ];
    expect(region([...stray, ...table])).toEqual({ top: 5, left: 1, bottom: 20, right: 6 });
  });

  it("takes the first of two equal bands", () => {
    expect(
      region([
        [1, 1],
        [1 + REGION_GAP_ROWS + 2, 1],
      ]),
    ).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });
});

describe("sheets too large to load", () => {
  it(`refuses more than ${DEFAULT_MAX_CELLS.toLocaleString("en")} cells before ExcelJS loads them`, async () => {
    const bytes = numbersWorkbook(160_001, 10);
    const error = await readError(bytes, { fileName: "lon.xlsx" });
    expect(error.kind).toBe("too-large");
    expect(error.reason).toBe("too-many-cells");
    expect(error.message).toContain("có 1.600.010 ô");
    expect(error.message).toContain("vượt giới hạn đọc 1.500.000 ô");
    expect(error.messageIn("en")).toContain("has 1,600,010 cells");
    expect(error.detail).toEqual({ found: 1_600_010, limit: 1_500_000 });
  }, 30_000);

  it("refuses a merged area over the whole sheet before ExcelJS makes a cell of each covered cell", async () => {
    const merged = editPart(example, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="A60:XFD1048576"/></mergeCells>',
      ),
    );
    const error = await readError(merged, { fileName: "gộp.xlsx" });
    expect(error.kind).toBe("too-large");
    expect(error.reason).toBe("merge-too-large");
    expect(error.message).toContain("vùng gộp ô A60:XFD1048576");
    expect(error.messageIn("en")).toContain("unmerge it");
  });

  it("counts the cells merged areas cover with the sheet's cells", async () => {
    const merges = Array.from({ length: 400 }, (_, i) => `<mergeCell ref="A${100 + i}:Z${100 + i}"/>`).join(
      "",
    );
    const merged = editPart(example, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace("</sheetData>", `</sheetData><mergeCells count="400">${merges}</mergeCells>`),
    );
    // 400 merges of 26 cells each cover 400 × 25 cells beyond their first.
    const cells = (await readError(merged, { maxCells: 10_000 })).detail.found ?? 0;
    expect(cells).toBeGreaterThan(10_000);
    await expect(readWorkbook(merged, { maxCells: cells })).resolves.toBeDefined();
  });

  it("counts every cell exactly, across the chunks the zip inflates to", async () => {
    const bytes = numbersWorkbook(5_000, 10);
    await expect(readWorkbook(bytes, { maxCells: 50_000 })).resolves.toBeDefined();
    expect((await readError(bytes, { maxCells: 49_999 })).detail.found).toBe(50_000);
  }, 30_000);

  it("refuses a package that unpacks beyond the byte limit, even when its directory lies", async () => {
    const honest = numbersWorkbook(100, 10);
    const error = await readError(honest, { maxBytes: 2_000 });
    expect(error.reason).toBe("package-too-large");
    expect(error.detail.found).toBeGreaterThan(2_000);

    const parts = unzip(honest).map((p) => ({ ...p, declaredSize: 10 }));
    const liar = zip(parts);
    const lied = await readError(liar, { maxBytes: 2_000 });
    expect(lied.reason).toBe("package-too-large");
    expect(lied.message).toMatch(/quá lớn để đọc.*hơn 1 MB/);
  });
});

describe("a missing shared-strings part (damaged, not 'no score table')", () => {
  it.each([
    ["still referenced by the workbook", false],
    ["unreferenced, but cells still use it", true],
  ])("is refused as damaged when %s", async (_label, dropReferences) => {
    const error = await readError(withoutSharedStrings(example, dropReferences), { fileName: "hong.xlsx" });
    expect(error.kind).toBe("corrupt");
    expect(error.reason).toBe("missing-shared-strings");
    expect(error.message).toMatch(/^Tệp "hong.xlsx" bị hỏng: thiếu phần xl\/sharedStrings\.xml/);
    expect(error.message).toMatch(/mở tệp bằng Excel \(Excel sẽ đề nghị sửa tệp\).*lưu lại/);
    expect(error.messageIn("en")).toMatch(/is damaged.*Open it in Excel \(Excel will offer to repair it\)/);
  });

  it("is no problem for a workbook without text", async () => {
    const book = await readWorkbook(numbersWorkbook(3, 3));
    expect(book.grid("Sheet1").values).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });
});

describe("a part stored twice in the zip", () => {
  const sheetPart = "xl/worksheets/sheet1.xml";
  const tampered = withDuplicatePart(example, sheetPart, (xml) =>
    xml.replace(/<v>8\d\.\d+<\/v>/, "<v>99</v>"),
  );

  it("is refused as damaged, naming the part", async () => {
    expect(sniffFile(tampered)).toEqual({ type: "duplicate-entries", names: [sheetPart] });
    const error = await readError(tampered, { fileName: "sua.xlsx" });
    expect(error.kind).toBe("corrupt");
    expect(error.reason).toBe("duplicate-part");
    expect(error.message).toContain(`phần ${sheetPart} có hai bản`);
    expect(error.messageIn("en")).toContain(`${sheetPart} part is stored twice`);
  });

  it("is found whatever the case or a leading slash (parts are named case-insensitively)", async () => {
    const other = withDuplicatePart(example, sheetPart, (xml) => xml, "/XL/Worksheets/Sheet1.xml");
    expect((await readError(other)).reason).toBe("duplicate-part");
  });

  it("is not confused with folder entries or distinct parts", async () => {
    const parts = unzip(example);
    const withFolders = zip([
      { name: "xl/", data: new Uint8Array(0) },
      ...parts,
      { name: "xl/", data: new Uint8Array(0) },
    ]);
    await expect(readWorkbook(withFolders)).resolves.toBeDefined();
  });
});

describe("damaged parts found while checking the package", () => {
  it("turns an entry that does not inflate into 'corrupt' naming it", async () => {
    const bytes = editPart(example, "xl/styles.xml", (xml) => xml);
    const parts = unzip(bytes);
    const broken = zip(parts.map((p) => (p.name === "xl/styles.xml" ? { ...p, deflate: false } : p)));
    // Mark the stored styles part as deflated: its bytes are not a deflate stream.
    const view = new DataView(broken.buffer);
    const text = new TextDecoder("latin1").decode(broken);
    for (let at = text.indexOf("xl/styles.xml"); at >= 0; at = text.indexOf("xl/styles.xml", at + 1)) {
      const header = at - (view.getUint32(at - 46, true) === 0x02014b50 ? 46 : 30);
      view.setUint16(header + (header === at - 46 ? 10 : 8), 8, true);
    }
    const error = await readError(broken);
    expect(error.kind).toBe("corrupt");
    expect((error.cause as Error).message).toContain("xl/styles.xml");
  });
});

describe("zip64 packages", () => {
  it("are read like any other (the directory is read through its zip64 records)", async () => {
    const bytes = asZip64(example);
    const entries = sniffFile(bytes);
    expect(entries.type).toBe("xlsx");
    const plain = await readWorkbook(example);
    const book = await readWorkbook(bytes);
    expect(book.grid(book.sheets[0].name)).toEqual(plain.grid(plain.sheets[0].name));
  });

  it("are checked too: parts stored twice, too many cells", async () => {
    const twice = withDuplicatePart(example, "xl/workbook.xml", (xml) => xml);
    expect((await readError(asZip64(twice))).reason).toBe("duplicate-part");
    expect((await readError(asZip64(numbersWorkbook(10, 10)), { maxCells: 99 })).reason).toBe(
      "too-many-cells",
    );
  });
});
