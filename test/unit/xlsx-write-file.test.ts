/**
 * Putting the report on disk: the target checks of `cchc report --out` (inputs, the JSON file, the
 * extension, the folder, a folder as target, a file open in Excel or LibreOffice, a read-only file) and
 * the all-or-nothing write (temporary file + rename; an injected failure leaves nothing behind).
 */
import fs, { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Grid } from "../../src/core/grid";
import {
  checkReportTarget,
  REPORT_TARGET_MESSAGES,
  ReportFileError,
  sourceFingerprint,
  writeReportFile,
} from "../../src/xlsx/reportFile";
import { formatMessage } from "../../src/i18n/messages";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cchc-out-"));
  input = path.join(dir, "scores.xlsx");
  writeFileSync(input, "input bytes");
});
afterEach(() => jest.restoreAllMocks());

describe("checkReportTarget", () => {
  it("accepts a new .xlsx in an existing folder, and an existing report to overwrite", () => {
    expect(checkReportTarget(path.join(dir, "report.xlsx"), { inputs: [input] })).toBeNull();
    writeFileSync(path.join(dir, "old.XLSX"), "old report");
    expect(checkReportTarget(path.join(dir, "old.XLSX"), { inputs: [input] })).toBeNull();
  });

  it("refuses an input of the run, however it is spelled", () => {
    const previous = path.join(dir, "previous.xlsx");
    writeFileSync(previous, "last year");
    expect(checkReportTarget(input, { inputs: [input] })).toEqual({ kind: "is-input", file: input });
    const relative = path.relative(process.cwd(), input);
    expect(checkReportTarget(relative, { inputs: [input] })?.kind).toBe("is-input");
    expect(
      checkReportTarget(path.join(dir, ".", "sub", "..", "scores.xlsx"), { inputs: [input] })?.kind,
    ).toBe("is-input");
    expect(checkReportTarget(previous, { inputs: [input, previous, undefined] })?.kind).toBe("is-input");
    const link = path.join(dir, "link.xlsx");
    linkSync(input, link);
    expect(checkReportTarget(link, { inputs: [input] })?.kind).toBe("is-input");
  });

  it("refuses the file --json writes to", () => {
    const json = path.join(dir, "out.xlsx");
    expect(checkReportTarget(json, { inputs: [input], json })).toEqual({ kind: "is-json", file: json });
    expect(checkReportTarget(json, { inputs: [input], json: "-" })).toBeNull();
  });

  it("refuses a name that is not .xlsx", () => {
    for (const name of ["report", "report.xls", "report.xlsm", "report.json"]) {
      expect(checkReportTarget(path.join(dir, name), { inputs: [input] })?.kind).toBe("not-xlsx");
    }
  });

  it("refuses a folder that does not exist, or a folder as the target", () => {
    expect(checkReportTarget(path.join(dir, "missing", "report.xlsx"), { inputs: [input] })).toEqual({
      kind: "no-folder",
      folder: path.join(dir, "missing"),
    });
    // A "folder" that is a file.
    expect(checkReportTarget(path.join(input, "report.xlsx"), { inputs: [] })?.kind).toBe("no-folder");
    mkdirSync(path.join(dir, "folder.xlsx"));
    expect(checkReportTarget(path.join(dir, "folder.xlsx"), { inputs: [input] })?.kind).toBe("is-folder");
  });

  it("refuses a file open in Excel or LibreOffice (their lock files)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    writeFileSync(path.join(dir, "~$report.xlsx"), "owner");
    expect(checkReportTarget(out, { inputs: [input] })).toEqual({
      kind: "open",
      file: out,
      lock: "~$report.xlsx",
    });
    fs.unlinkSync(path.join(dir, "~$report.xlsx"));
    writeFileSync(path.join(dir, ".~lock.report.xlsx#"), "owner");
    expect(checkReportTarget(out, { inputs: [input] })?.kind).toBe("open");
  });

  it("refuses an existing file that cannot be opened for writing (locked or read-only)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    const busy = Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
    jest.spyOn(fs, "openSync").mockImplementation(() => {
      throw busy;
    });
    expect(checkReportTarget(out, { inputs: [input] })).toEqual({
      kind: "not-writable",
      file: out,
      detail: "EBUSY",
    });
  });

  (isRoot ? it.skip : it)("refuses a read-only file (not as root)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    chmodSync(out, 0o444);
    expect(checkReportTarget(out, { inputs: [input] })?.kind).toBe("not-writable");
  });
});

describe("writeReportFile", () => {
  it("writes the bytes, and replaces an existing report", () => {
    const out = path.join(dir, "report.xlsx");
    writeReportFile(out, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    writeReportFile(out, new Uint8Array([4, 5]));
    expect([...readFileSync(out)]).toEqual([4, 5]);
    expect(readdirSync(dir).sort()).toEqual(["report.xlsx", "scores.xlsx"]);
  });

  it("leaves nothing behind when the write fails mid-way (disk full)", () => {
    const out = path.join(dir, "report.xlsx");
    const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    const real = fs.writeFileSync;
    jest.spyOn(fs, "writeFileSync").mockImplementation((file, _data, options) => {
      real(file, "partial", options as fs.WriteFileOptions);
      throw full;
    });
    expect(() => writeReportFile(out, new Uint8Array(10))).toThrow(ReportFileError);
    expect(readdirSync(dir)).toEqual(["scores.xlsx"]);
  });

  it("leaves an existing report as it was when the final rename fails (locked)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    });
    let caught: unknown;
    try {
      writeReportFile(out, new Uint8Array(10));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportFileError);
    expect((caught as ReportFileError).problem).toEqual({ kind: "not-writable", file: out, detail: "EPERM" });
    expect(readFileSync(out, "utf8")).toBe("old report");
    expect(readdirSync(dir).sort()).toEqual(["report.xlsx", "scores.xlsx"]);
  });

  it("fails cleanly in a folder that is gone", () => {
    expect(() => writeReportFile(path.join(dir, "gone", "report.xlsx"), new Uint8Array(1))).toThrow(
      ReportFileError,
    );
    expect(readdirSync(dir)).toEqual(["scores.xlsx"]);
  });

  (isRoot ? it.skip : it)("fails cleanly in a read-only folder (not as root)", () => {
    const folder = path.join(dir, "ro");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    expect(() => writeReportFile(path.join(folder, "report.xlsx"), new Uint8Array(1))).toThrow(
      ReportFileError,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("REPORT_TARGET_MESSAGES", () => {
  it("words every problem in Vietnamese with its file, saying nothing was written", () => {
    const text = formatMessage(REPORT_TARGET_MESSAGES["is-input"], { file: "a.xlsx" }, "vi");
    expect(text).toContain("“a.xlsx”");
    for (const key of Object.values(REPORT_TARGET_MESSAGES)) {
      expect(formatMessage(key, {}, "vi")).toContain("Không ghi tệp nào");
      expect(formatMessage(key, {}, "en")).toContain("Nothing was written");
    }
  });
});

describe("sourceFingerprint", () => {
  const grid = (sheet: string, values: Grid["values"], top = 1): Grid => ({
    sheet,
    top,
    left: 1,
    values,
    merges: [],
  });
  const scores = grid("Điểm", [
    ["Đơn vị", "Điểm"],
    ["Xã A", 85.5],
  ]);
  const other = grid("Ghi chú", [["x"]]);

  it("is SHA-256 hex, the same for the same values", () => {
    const print = sourceFingerprint([scores, other], ["Điểm"]);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(
      sourceFingerprint(
        [
          other,
          grid("Điểm", [
            ["Đơn vị", "Điểm"],
            ["Xã A", 85.5],
          ]),
        ],
        ["Điểm"],
      ),
    ).toBe(print);
  });

  it("changes with a value, a sheet, or where the table sits; not with sheets the analysis did not use", () => {
    const print = sourceFingerprint([scores, other], ["Điểm"]);
    expect(
      sourceFingerprint(
        [
          grid("Điểm", [
            ["Đơn vị", "Điểm"],
            ["Xã A", 85.25],
          ]),
          other,
        ],
        ["Điểm"],
      ),
    ).not.toBe(print);
    expect(sourceFingerprint([grid("Điểm", scores.values, 2), other], ["Điểm"])).not.toBe(print);
    expect(sourceFingerprint([scores, other], ["Điểm", "Ghi chú"])).not.toBe(print);
    expect(sourceFingerprint([scores, grid("Ghi chú", [["y"]])], ["Điểm"])).toBe(print);
  });
});
