/**
 * The formula pre-pass over whole workbooks: dependencies in any order and across sheets, cycles, chains
 * longer than one recursion may walk, cells outside the read range, and what a run makes of the results
 * (a warning naming the columns, or a stop naming the cells).
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { formulaFindings, resolveFormulas, type TablePlace } from "../../src/core/formula";
import { InputError, describeProblem } from "../../src/core/problems";

function grid(
  sheet: string,
  values: CellValue[][],
  formulas: Record<string, string>,
  extra: Partial<Grid> = {},
): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values,
    merges: [],
    formulas: new Map(Object.entries(formulas)),
    ...extra,
  };
}

const blanks = (rows: number, columns: number): CellValue[][] =>
  Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));

describe("resolveFormulas", () => {
  it("leaves grids without formulas as they are (the same objects)", () => {
    const plain: Grid = { sheet: "S", top: 1, left: 1, values: [[1]], merges: [] };
    const book = resolveFormulas([plain]);
    expect(book.grids[0]).toBe(plain);
    expect(book.sheets).toEqual([]);
  });

  it("follows dependencies in any order, across sheets, and never changes the input", () => {
    // A1 = B1 * 2 where B1 = C1 + 'Khác'!A1, written before its dependency; C1 = 3.
    const values = [[null, null, 3]];
    const s = grid("S", values, { A1: "B1*2", B1: "C1+'Khác'!A1" });
    const other = grid("Khác", [[null]], { A1: "SUM(S!C1,1)" });
    const book = resolveFormulas([s, other]);
    expect(book.grids[0].values).toEqual([[14, 7, 3]]);
    expect(book.grids[1].values).toEqual([[4]]);
    expect(values).toEqual([[null, null, 3]]);
    expect(book.sheets[0]).toEqual({
      sheet: "S",
      evaluated: [
        { column: 1, count: 1 },
        { column: 2, count: 1 },
      ],
      functions: [],
      unsupported: [],
    });
    expect(book.sheets[1].functions).toEqual(["SUM"]);
  });

  it("refuses a cycle and whatever depends on it, and computes the rest", () => {
    const s = grid("S", blanks(1, 4), { A1: "B1+1", B1: "A1+1", C1: "A1*2", D1: "1+1" });
    const book = resolveFormulas([s]);
    expect(book.grids[0].values[0]).toEqual([null, null, null, 2]);
    expect(book.sheets[0].unsupported.map((f) => [f.column, f.reason])).toEqual([
      [1, "circular"],
      [2, "circular"],
      [3, "circular"],
    ]);
  });

  it("walks a chain of 5,000 formulas in either direction without running out of stack", () => {
    const n = 5000;
    const down: Record<string, string> = { A1: "1" };
    const up: Record<string, string> = { [`B${n}`]: "1" };
    for (let r = 2; r <= n; r++) down[`A${r}`] = `A${r - 1}+1`;
    for (let r = n - 1; r >= 1; r--) up[`B${r}`] = `B${r + 1}+1`;
    const book = resolveFormulas([grid("S", blanks(n, 2), { ...down, ...up })]);
    expect(book.grids[0].values[n - 1][0]).toBe(n);
    expect(book.grids[0].values[0][1]).toBe(n);
    expect(book.sheets[0].unsupported).toEqual([]);
  });

  it("finds a cycle longer than one recursion walks", () => {
    const n = 450;
    const ring: Record<string, string> = {};
    for (let r = 1; r <= n; r++) ring[`A${r}`] = `A${r === n ? 1 : r + 1}+1`;
    const book = resolveFormulas([grid("S", blanks(n, 1), ring)]);
    expect(book.sheets[0].unsupported).toHaveLength(n);
    expect(new Set(book.sheets[0].unsupported.map((f) => f.reason))).toEqual(new Set(["circular"]));
  });

  it("reads cells outside the grid as blank, unless the reader left values out there", () => {
    const open = resolveFormulas([grid("S", [[null]], { A1: "SUM(A1000:C1000)+Z9" })]);
    expect(open.grids[0].values).toEqual([[0]]);
    const partial = resolveFormulas([grid("S", [[null]], { A1: "Z9+1" }, { valuesLeftOut: true })]);
    expect(partial.sheets[0].unsupported).toMatchObject([{ row: 1, column: 1, reason: "outside" }]);
  });

  it("keeps error results as error values and empty text as a blank", () => {
    const book = resolveFormulas([grid("S", [[0, null, null]], { B1: "1/A1", C1: 'IF(A1=0,"",1)' })]);
    expect(book.grids[0].values).toEqual([[0, { error: "#DIV/0!" }, null]]);
  });
});

describe("formulaFindings", () => {
  const table: TablePlace = {
    sheet: "S",
    headerTop: 1,
    maxRow: null,
    roles: { name: 1, total: 4 },
    components: [{ columns: [2] }, { columns: [3] }],
    units: [{ row: 2 }, { row: 3 }],
  };
  const values: CellValue[][] = [
    ["Đơn vị", "TTHC", "CQĐT", "Tổng"],
    ["Sở A", 10, 5, null],
    ["Sở B", 8, 4, null],
    ["Ghi chú", null, null, null],
  ];

  it("warns naming the sheet, the columns, the count and the functions", () => {
    const book = resolveFormulas([grid("S", values, { D2: "SUM(B2:C2)", D3: "ROUND(B3+C3,2)" })]);
    expect(book.grids[0].values[1][3]).toBe(15);
    const warnings = formulaFindings(book, [table]);
    expect(warnings.map((w) => describeProblem(w))).toEqual([
      "Trang tính “S”: Cột D: 2 công thức được lưu mà không kèm kết quả (tệp do phần mềm khác tạo ra) đã được tính lại đúng như công thức (SUM, ROUND).",
    ]);
  });

  it("stops naming the cells and the first formula when one inside the table cannot be computed", () => {
    const book = resolveFormulas([
      grid("S", values, { D2: "VLOOKUP(A2,Data!A:B,2,FALSE)", D3: "SUM(B3:C3)", B4: "1+1" }),
    ]);
    let error: unknown;
    try {
      formulaFindings(book, [table]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problem).toMatchObject({
      key: "formulasNotEvaluable",
      sheet: "S",
      params: { count: 1, cells: "D2", first: "D2", formula: "=VLOOKUP(A2,Data!A:B,2,FALSE)" },
    });
    expect((error as InputError).messageIn("en")).toContain("Open the file in Excel and save it");
  });

  it("lists a few cells and a count when many cannot be computed", () => {
    const many: Record<string, string> = {};
    const rows: CellValue[][] = [["Đơn vị", "TTHC", "CQĐT", "Tổng"]];
    const units: { row: number }[] = [];
    for (let r = 2; r <= 31; r++) {
      many[`D${r}`] = `INDIRECT("B${r}")`;
      rows.push([`Sở ${r}`, 1, 1, null]);
      units.push({ row: r });
    }
    const book = resolveFormulas([grid("S", rows, many)]);
    expect(() => formulaFindings(book, [{ ...table, units }])).toThrow(
      /30 công thức .*: D2, D3, D4, D5, D6, … — ô D2 là “=INDIRECT\("B2"\)”/,
    );
  });

  it("only warns about a formula outside the table, whose cell is taken as blank", () => {
    const book = resolveFormulas([grid("S", values, { D2: "B2+C2", D3: "B3+C3", B4: "TODAY()" })]);
    const warnings = formulaFindings(book, [table]);
    expect(warnings.map((w) => w.key)).toEqual(["formulasEvaluated", "formulasLeftBlank"]);
    expect(warnings[1].params).toEqual({ count: 1, cells: "B4" });
  });

  it("says nothing about sheets that hold no table", () => {
    const book = resolveFormulas([grid("S", values, {}), grid("Khác", [[null]], { A1: "VLOOKUP(1,A:B,2)" })]);
    expect(formulaFindings(book, [table])).toEqual([]);
  });
});
