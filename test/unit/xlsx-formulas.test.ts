/**
 * The .xlsx reader and formulas saved without their results: their text reaches the Grid (shared formulas
 * moved to each cell, array formulas over several cells marked), their cells count for the table region,
 * and a sheet whose far values were left out says so; cached results stay values as before.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

/** A formula value with the sharing ExcelJS writes (its typings leave `shareType` and `ref` out). */
const shared = (value: { formula: string; shareType: "shared" | "array"; ref: string }) =>
  ({ ...value, date1904: false }) as unknown as ExcelJS.CellFormulaValue;

async function bytesOf(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Bảng"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("formulas saved without their results", () => {
  it("reach the Grid as text, and their column counts for the table region", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = "Đơn vị";
      ws.getCell("B1").value = "TTHC";
      ws.getCell("C1").value = "Tổng";
      ws.getCell("A2").value = "Sở A";
      ws.getCell("B2").value = 5;
      ws.getCell("C2").value = { formula: "B2*2", date1904: false };
      ws.getCell("D2").value = { formula: "SUM(B2:C2)", result: 15, date1904: false };
    });
    const read = await readWorkbook(bytes);
    const sheet = read.sheet("Bảng");
    expect(sheet.uncachedFormulas).toEqual(["C2"]);
    expect(sheet.grid.formulas).toEqual(new Map([["C2", "B2*2"]]));
    expect(sheet.grid.values).toEqual([
      ["Đơn vị", "TTHC", "Tổng", null],
      ["Sở A", 5, null, 15],
    ]);
    expect(sheet.grid.valuesLeftOut).toBeUndefined();
  });

  it("counts a last column holding only such formulas as part of the table", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = "Đơn vị";
      ws.getCell("A2").value = "Sở A";
      ws.getCell("B2").value = 5;
      ws.getCell("C2").value = { formula: "B2/10", date1904: false };
    });
    const grid = (await readWorkbook(bytes)).grid("Bảng");
    expect(grid.values[0]).toHaveLength(3);
  });

  it("moves a shared formula to each of its cells, and marks an array formula over several cells", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = 3;
      ws.getCell("B1").value = shared({ formula: "A1*$A$1+'Khối A1'!A1", shareType: "shared", ref: "B1:B3" });
      ws.getCell("B2").value = { sharedFormula: "B1", date1904: false };
      ws.getCell("B3").value = { sharedFormula: "B1", date1904: false };
      ws.getCell("C1").value = shared({ formula: "A1:A3*2", shareType: "array", ref: "C1:C3" });
      ws.getCell("D1").value = shared({ formula: "SUM(A1:A3)", shareType: "array", ref: "D1" });
    });
    const grid = (await readWorkbook(bytes)).grid("Bảng");
    expect(Object.fromEntries(grid.formulas ?? [])).toEqual({
      // A sheet name that looks like a cell stays as it is (ExcelJS's own moving would make it 'Khối A2').
      B1: "A1*$A$1+'Khối A1'!A1",
      B2: "A2*$A$1+'Khối A1'!A2",
      B3: "A3*$A$1+'Khối A1'!A3",
      C1: "{=A1:A3*2}",
      D1: "SUM(A1:A3)",
    });
  });

  it("says when values far from the table were left out, so that no formula reads them as blank", async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell("A1").value = "Đơn vị";
      ws.getCell("A2").value = "Sở A";
      ws.getCell("B2").value = { formula: "Z5000+1", date1904: false };
      ws.getCell("Z5000").value = 7;
    });
    const sheet = (await readWorkbook(bytes)).sheet("Bảng");
    expect(sheet.ignoredCells).toEqual(["Z5000"]);
    expect(sheet.grid.valuesLeftOut).toBe(true);
    expect(sheet.grid.formulas).toEqual(new Map([["B2", "Z5000+1"]]));
  });
});
