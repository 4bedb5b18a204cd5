/**
 * Legacy .xls (Excel 97–2003) workbooks, read through SheetJS into the same Grids as .xlsx: the Hải Dương
 * and Hải Phòng examples saved as .xls by LibreOffice (an independent writer) read cell for cell, merge for
 * merge, as their .xlsx originals; damaged and password-protected .xls files are refused with the
 * reader's messages; SheetJS's notes on unknown records never reach the console.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeCompoundFile } from "../fixtures/lib/cfb";
import { XlsxReadError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const root = path.resolve(__dirname, "../..");
const bytes = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));

describe("the examples saved as .xls", () => {
  it.each([
    ["test/fixtures/xls/hai-duong-2021.xls", "examples/hai-duong-2021.xlsx"],
    ["test/fixtures/xls/hai-duong-2020.xls", "examples/hai-duong-2020.xlsx"],
    ["test/fixtures/xls/hai-phong-2025.xls", "test/fixtures/hai-phong-2025.xlsx"],
  ])("%s reads as %s: the same sheets, values, merges and places", async (xls, xlsx) => {
    const a = await readWorkbook(bytes(xls), { fileName: path.basename(xls) });
    const b = await readWorkbook(bytes(xlsx));
    expect(a.sheets).toEqual(b.sheets);
    for (const sheet of b.sheets) {
      const [ga, gb] = [a.grid(sheet.name), b.grid(sheet.name)];
      expect({ top: ga.top, left: ga.left, merges: ga.merges }).toEqual({
        top: gb.top,
        left: gb.left,
        merges: gb.merges,
      });
      expect(ga.values).toEqual(gb.values);
    }
  });
});

describe("bad .xls files", () => {
  /** A BIFF8 workbook-globals BOF followed by `tail`. */
  function xlsWith(tail: number[]): Uint8Array {
    const bof = [
      0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    return writeCompoundFile([{ name: "Workbook", data: new Uint8Array([...bof, ...tail]) }]);
  }

  it("refuses a damaged .xls with the legacy message, and keeps SheetJS's notes off the console", async () => {
    const spy = jest.spyOn(console, "error");
    for (const tail of [
      [0x85, 0x00, 0xff, 0xff, 1, 2, 3],
      [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0],
    ]) {
      const error = await readWorkbook(xlsWith(tail), { fileName: "hỏng.xls" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).reason).toMatch(/^(legacy-xls|no-sheets|empty)$/);
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("refuses a sheet longer than the row limit", async () => {
    const error = await readWorkbook(bytes("test/fixtures/xls/hai-phong-2025.xls"), { maxRows: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as XlsxReadError).reason).toBe("too-large");
  });

  it("refuses more cells than the cell limit", async () => {
    const error = await readWorkbook(bytes("test/fixtures/xls/hai-phong-2025.xls"), { maxCells: 500 }).catch(
      (e: unknown) => e,
    );
    expect((error as XlsxReadError).reason).toBe("too-many-cells");
  });
});
