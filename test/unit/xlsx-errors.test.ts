/** Every file that is not a readable workbook becomes an XlsxReadError of the right kind, never a raw ExcelJS error. */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { resolve } from "path";
import {
  XlsxReadError,
  XLSX_PROBLEMS,
  type XlsxReadErrorKind,
  type XlsxReadProblem,
} from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { compoundFileNames, sniffFile } from "../../src/xlsx/sniff";
import { writeCompoundFile } from "../fixtures/lib/cfb";
import type { ModelsFile } from "../fixtures/lib/model";
import { storedZip } from "../fixtures/lib/zip";

const root = resolve(__dirname, "../..");
const models = JSON.parse(readFileSync(resolve(root, "test/fixtures/models.json"), "utf8")) as ModelsFile;
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(root, file)));

async function readError(bytes: Uint8Array | ArrayBuffer, fileName?: string): Promise<XlsxReadError> {
  try {
    await readWorkbook(bytes, { fileName });
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw new Error(`not an XlsxReadError: ${String(error)}`);
  }
  throw new Error("readWorkbook accepted the file");
}

const ADVICE: Record<XlsxReadErrorKind, RegExp> = {
  "legacy-xls": /định dạng Excel cũ \(\.xls\).*lưu lại dưới dạng \.xlsx/,
  encrypted: /bảo vệ bằng mật khẩu/,
  "not-xlsx": /không phải là sổ làm việc Excel/,
  "not-workbook": /không phải sổ làm việc Excel/,
  corrupt: /bị (cắt cụt|hỏng)/,
  empty: /không có dữ liệu/,
  "too-large": /vượt giới hạn/,
};

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ số");
  for (let r = 1; r <= 30; r++)
    ws.addRow([r, `Đơn vị ${r}`, 70 + r / 3, { formula: `C${r}*2`, result: (70 + r / 3) * 2 }]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("bad fixture files", () => {
  const bad = models.fixtures.filter((f) => f.outcome === "read-error");
  it("covers every kind a file can be rejected for, except the size guard", () => {
    expect(new Set(bad.map((f) => f.readError))).toEqual(
      new Set(["legacy-xls", "encrypted", "not-xlsx", "not-workbook", "corrupt", "empty"]),
    );
  });

  it.each(bad.map((f) => [f.file, f.readError as XlsxReadErrorKind] as const))(
    "%s → %s, with a Vietnamese message naming the file and an English one",
    async (file, kind) => {
      const name = file.split("/").pop() as string;
      const error = await readError(bytesOf(file), name);
      expect(error.kind).toBe(kind);
      expect(error.message).toBe(error.message);
      expect(error.message).toContain(`"${name}"`);
      expect(error.message).toMatch(ADVICE[kind]);
      expect(error.messageIn("en")).toContain(`"${name}"`);
      expect(error.messageIn("en")).not.toBe(error.message);
      expect(error.message).not.toMatch(/\bat \w|JSZip|exceljs|undefined/i);
    },
  );

  it("says exactly what to do with a damaged legacy .xls", async () => {
    const error = await readError(bytesOf("test/fixtures/legacy.xls"), "ketqua.xls");
    expect(error.message).toBe(
      'Tệp "ketqua.xls" là định dạng Excel cũ (.xls) nhưng không đọc được: tệp có thể bị hỏng hoặc thuộc phiên bản quá cũ. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    );
    expect(error.messageIn("en")).toBe(
      '"ketqua.xls" is in the old Excel format (.xls) but cannot be read: it may be damaged or from a very old version. Open it in Excel and save it as .xlsx.',
    );
  });

  it("speaks of the selected file when no name is given", async () => {
    const error = await readError(bytesOf("test/fixtures/encrypted.xlsx"));
    expect(error.message.startsWith("Tệp đã chọn được bảo vệ bằng mật khẩu")).toBe(true);
    expect(error.messageIn("en").startsWith("The selected file is password-protected")).toBe(true);
  });
});

describe("file sniffing", () => {
  it("finds the EncryptionInfo stream by walking the compound file's directory", () => {
    expect(compoundFileNames(bytesOf("test/fixtures/encrypted.xlsx"))).toEqual([
      "Root Entry",
      "EncryptionInfo",
      "EncryptedPackage",
    ]);
    expect(compoundFileNames(bytesOf("test/fixtures/legacy.xls"))).toEqual([
      "Root Entry",
      "Workbook",
      "\u0005SummaryInformation",
    ]);
  });

  it("falls back to the magic number when the compound file is junk", async () => {
    const junk = new Uint8Array(2048).fill(0x41);
    junk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await readError(junk)).kind).toBe("legacy-xls");
    const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    junk.set(name, 1500);
    expect((await readError(junk)).kind).toBe("encrypted");
  });

  it("tells a Word document in a compound file from a workbook", async () => {
    const doc = writeCompoundFile([{ name: "WordDocument", data: new Uint8Array(100) }]);
    expect(sniffFile(doc)).toEqual({ type: "ole-other", streams: ["Root Entry", "WordDocument"] });
    const error = await readError(doc, "baocao.doc");
    expect(error.kind).toBe("not-workbook");
    expect(error.message).toMatch(/Word \.doc/);
  });

  it("rejects an .xlsb with its own advice", async () => {
    const xlsb = storedZip([
      { name: "[Content_Types].xml", text: "<Types/>" },
      { name: "xl/workbook.bin", text: "\u0083\u0001" },
    ]);
    const error = await readError(xlsb, "bang-diem.xlsb");
    expect(error.kind).toBe("not-workbook");
    expect(error.message).toMatch(/\.xlsb/);
  });

  it("rejects a zero-byte file and plain text", async () => {
    expect((await readError(new Uint8Array(0))).message).toMatch(/rỗng \(0 byte\)/);
    expect((await readError(new TextEncoder().encode("<html><body>Chỉ số</body></html>"))).kind).toBe(
      "not-xlsx",
    );
    expect((await readError(new ArrayBuffer(10))).kind).toBe("not-xlsx");
  });

  it("turns damaged content inside an intact zip into 'corrupt', keeping ExcelJS's error as the cause", async () => {
    const bytes = await smallWorkbook();
    // Overwrite the middle of the sheet part's compressed data; the central directory stays intact.
    const damaged = new Uint8Array(bytes);
    const text = new TextDecoder("latin1").decode(damaged);
    const sheetEntry = text.indexOf("xl/worksheets/sheet1.xml");
    for (let i = sheetEntry + 60; i < sheetEntry + 400; i++) damaged[i] = (damaged[i] * 31 + 7) & 0xff;
    expect(sniffFile(damaged).type).toBe("xlsx");
    const error = await readError(damaged, "hong.xlsx");
    expect(error.kind).toBe("corrupt");
    expect(error.reason).toBe("corrupt");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("rejects a workbook whose sheets are all empty, formatted cells notwithstanding", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("B3").numFmt = "0.00";
    wb.addWorksheet("B").getCell("C1").value = "";
    expect((await readError(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).kind).toBe(
      "empty",
    );
  });
});

describe("the size guard", () => {
  it("stops on a sheet with more rows than maxRows, naming the limit", async () => {
    const bytes = await smallWorkbook();
    await expect(readWorkbook(bytes, { maxRows: 30 })).resolves.toBeDefined();
    try {
      await readWorkbook(bytes, { maxRows: 20, fileName: "dai.xlsx" });
      throw new Error("accepted");
    } catch (error) {
      expect(error).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).kind).toBe("too-large");
      expect((error as XlsxReadError).message).toContain("20 dòng");
    }
  });
});

describe("every message", () => {
  it("exists in Vietnamese and English, names the file, and leaves no placeholder unfilled", () => {
    const detail = {
      limit: 1000,
      found: 2000,
      sheet: "Sở",
      part: "xl/x.xml",
      rows: 40,
      columns: 50,
      range: "A1:B2",
    };
    for (const problem of Object.keys(XLSX_PROBLEMS) as XlsxReadProblem[]) {
      const error = new XlsxReadError(problem, "x.xlsx", detail);
      for (const language of ["vi", "en"] as const) {
        const text = error.messageIn(language);
        expect([problem, text]).toEqual([problem, expect.stringContaining('"x.xlsx"')]);
        expect([problem, text]).toEqual([problem, expect.not.stringMatching(/[{}]|undefined/)]);
      }
      expect(error.messageIn("en")).not.toBe(error.message);
    }
  });

  it("writes counts with the language's thousands separator", () => {
    const error = new XlsxReadError("too-many-cells", "x.xlsx", { found: 1_600_010, limit: 1_500_000 });
    expect(error.message).toContain("1.600.010 ô");
    expect(error.messageIn("en")).toContain("1,600,010 cells");
  });
});

describe("mangled workbooks", () => {
  let valid: Uint8Array;
  beforeAll(async () => {
    valid = await smallWorkbook();
  });

  it("either read or fail with an XlsxReadError, whatever bytes are flipped or cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = new Uint8Array(valid);
          for (const [position, value] of flips) bytes[position % bytes.length] = value;
          const input = cut === undefined ? bytes : bytes.slice(0, cut % bytes.length);
          try {
            const wb = await readWorkbook(input);
            for (const s of wb.sheets) wb.grid(s.name);
          } catch (error) {
            if (!(error instanceof XlsxReadError)) throw error;
          }
        },
      ),
      { numRuns: 80, seed: 20210315 },
    );
  });
});
