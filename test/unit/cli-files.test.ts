/**
 * The files of a `cchc` run: inputs read only when they are regular files of a sane size; outputs checked
 * before any work (never an input by path, link or inode, never another output, an existing file only with
 * --force, a folder that exists, not a device, not open in Excel) and written all-or-nothing (temporary
 * files, then renames; an injected failure leaves nothing behind); leftovers of a killed run removed.
 */
import fs, {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  checkOutputs,
  FILE_MESSAGES,
  FileError,
  readInput,
  removeLeftovers,
  writeOutputs,
  type OutputRequest,
} from "../../src/cli/files";
import { formatMessage } from "../../src/i18n/messages";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "cchc-files-"));
  input = path.join(dir, "scores.xlsx");
  writeFileSync(input, "input bytes");
});
afterEach(() => jest.restoreAllMocks());

const xlsx = (file: string): OutputRequest => ({ option: "--out", file, extension: ".xlsx" });
const json = (file: string): OutputRequest => ({ option: "--json", file, extension: null });
const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileError) return error.file;
    throw error;
  }
  return null;
};

describe("readInput", () => {
  it("reads a regular file whole", () => {
    expect(Buffer.from(readInput(input, 1000)).toString()).toBe("input bytes");
  });

  it("refuses a missing file, a folder, a device and a file beyond the limit — before reading it", () => {
    expect(problemOf(() => readInput(path.join(dir, "none.xlsx"), 1000))?.kind).toBe("input-missing");
    expect(problemOf(() => readInput(dir, 1000))?.kind).toBe("input-folder");
    // /dev/zero never ends: refused because it is not a regular file, without reading.
    expect(problemOf(() => readInput("/dev/zero", 1000))?.kind).toBe("input-not-file");
    expect(problemOf(() => readInput(input, 5))).toMatchObject({ kind: "input-too-large", limit: "0" });
  });

  (isRoot ? it.skip : it)("refuses a file it may not read (not as root)", () => {
    chmodSync(input, 0o000);
    expect(problemOf(() => readInput(input, 1000))?.kind).toBe("input-unreadable");
  });
});

describe("checkOutputs", () => {
  it("accepts new files in an existing folder; an existing one only with --force", () => {
    expect(checkOutputs([xlsx(path.join(dir, "report.xlsx"))], [input], false)).toBeNull();
    writeFileSync(path.join(dir, "old.XLSX"), "old report");
    expect(checkOutputs([xlsx(path.join(dir, "old.XLSX"))], [input], false)).toEqual({
      kind: "exists",
      option: "--out",
      file: path.join(dir, "old.XLSX"),
    });
    expect(checkOutputs([xlsx(path.join(dir, "old.XLSX"))], [input], true)).toBeNull();
  });

  it("refuses an input of the run however it is spelled — path, relative path, hard link, symbolic link — even with --force", () => {
    const previous = path.join(dir, "previous.xlsx");
    writeFileSync(previous, "last year");
    for (const output of [xlsx(input), json(input)]) {
      expect(checkOutputs([output], [input], true)).toEqual({
        kind: "is-input",
        option: output.option,
        file: input,
      });
    }
    expect(checkOutputs([json(path.relative(process.cwd(), input))], [input], true)?.kind).toBe("is-input");
    expect(checkOutputs([json(path.join(dir, ".", "sub", "..", "scores.xlsx"))], [input], true)?.kind).toBe(
      "is-input",
    );
    expect(checkOutputs([xlsx(previous)], [input, previous], true)?.kind).toBe("is-input");
    const hard = path.join(dir, "hard.xlsx");
    linkSync(input, hard);
    expect(checkOutputs([xlsx(hard)], [input], true)?.kind).toBe("is-input");
    const soft = path.join(dir, "soft.json");
    symlinkSync(input, soft);
    expect(checkOutputs([json(soft)], [input], true)?.kind).toBe("is-input");
    // A link to the folder: the same file by another folder name.
    const folderLink = path.join(os.tmpdir(), `cchc-link-${process.pid}-${Date.now()}`);
    symlinkSync(dir, folderLink);
    try {
      expect(checkOutputs([json(path.join(folderLink, "scores.xlsx"))], [input], true)?.kind).toBe(
        "is-input",
      );
    } finally {
      fs.unlinkSync(folderLink);
    }
  });

  it("refuses two outputs naming one file", () => {
    const file = path.join(dir, "out.xlsx");
    expect(checkOutputs([xlsx(file), json(file)], [input], true)).toEqual({
      kind: "same-output",
      file,
      first: "--out",
      second: "--json",
    });
  });

  it("refuses a report name that is not .xlsx", () => {
    for (const name of ["report", "report.xls", "report.xlsm", "report.json"]) {
      expect(checkOutputs([xlsx(path.join(dir, name))], [input], false)?.kind).toBe("wrong-extension");
    }
    expect(checkOutputs([json(path.join(dir, "kết quả"))], [input], false)).toBeNull();
  });

  it("refuses a folder that does not exist, a file used as a folder, a folder or a device as the target", () => {
    expect(checkOutputs([json(path.join(dir, "missing", "r.json"))], [input], false)).toEqual({
      kind: "no-folder",
      option: "--json",
      folder: path.join(dir, "missing"),
    });
    expect(checkOutputs([json(path.join(input, "r.json"))], [], false)?.kind).toBe("no-folder");
    mkdirSync(path.join(dir, "folder.xlsx"));
    expect(checkOutputs([xlsx(path.join(dir, "folder.xlsx"))], [input], true)?.kind).toBe("is-folder");
    expect(checkOutputs([json("/dev/null")], [input], true)?.kind).toBe("not-file");
  });

  it("refuses a file open in Excel or LibreOffice (their lock files)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    writeFileSync(path.join(dir, "~$report.xlsx"), "owner");
    expect(checkOutputs([xlsx(out)], [input], true)).toEqual({
      kind: "open",
      file: out,
      lock: "~$report.xlsx",
    });
    fs.unlinkSync(path.join(dir, "~$report.xlsx"));
    writeFileSync(path.join(dir, ".~lock.report.xlsx#"), "owner");
    expect(checkOutputs([xlsx(out)], [input], true)?.kind).toBe("open");
  });

  it("refuses an existing file that cannot be opened for writing (locked)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    jest.spyOn(fs, "openSync").mockImplementation(() => {
      throw Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
    });
    expect(checkOutputs([xlsx(out)], [input], true)).toEqual({
      kind: "not-writable",
      file: out,
      detail: "EBUSY",
    });
  });

  (isRoot ? it.skip : it)("refuses a read-only file or folder (not as root)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    chmodSync(out, 0o444);
    expect(checkOutputs([xlsx(out)], [input], true)?.kind).toBe("not-writable");
    const folder = path.join(dir, "ro");
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    expect(checkOutputs([xlsx(path.join(folder, "r.xlsx"))], [input], false)?.kind).toBe("not-writable");
  });
});

describe("writeOutputs", () => {
  it("writes every file whole and leaves no temporary file", () => {
    const out = path.join(dir, "report.xlsx");
    const results = path.join(dir, "r.json");
    writeOutputs(
      [
        { option: "--out", file: out, data: new Uint8Array([1, 2, 3]) },
        { option: "--json", file: results, data: "{}\n" },
      ],
      false,
    );
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readFileSync(results, "utf8")).toBe("{}\n");
    expect(readdirSync(dir).sort()).toEqual(["r.json", "report.xlsx", "scores.xlsx"]);
  });

  it("replaces an existing file only with --force, also when it appeared after the check", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    expect(problemOf(() => writeOutputs([{ option: "--out", file: out, data: "new" }], false))?.kind).toBe(
      "exists",
    );
    expect(readFileSync(out, "utf8")).toBe("old report");
    writeOutputs([{ option: "--out", file: out, data: "new" }], true);
    expect(readFileSync(out, "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["report.xlsx", "scores.xlsx"]);
  });

  it("writes no file at all when the disk fills while writing the second", () => {
    const out = path.join(dir, "report.xlsx");
    const results = path.join(dir, "r.json");
    const real = fs.writeSync;
    let calls = 0;
    jest.spyOn(fs, "writeSync").mockImplementation(((fd: number, buffer: Uint8Array, ...rest: number[]) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
      return (real as (...a: unknown[]) => number)(fd, buffer, ...rest);
    }) as typeof fs.writeSync);
    const problem = problemOf(() =>
      writeOutputs(
        [
          { option: "--out", file: out, data: new Uint8Array(10) },
          { option: "--json", file: results, data: "{}" },
        ],
        false,
      ),
    );
    expect(problem).toEqual({ kind: "no-space", file: results });
    expect(readdirSync(dir)).toEqual(["scores.xlsx"]);
  });

  it("leaves an existing file as it was when the final rename fails (locked)", () => {
    const out = path.join(dir, "report.xlsx");
    writeFileSync(out, "old report");
    jest.spyOn(fs, "renameSync").mockImplementation(() => {
      throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
    });
    expect(problemOf(() => writeOutputs([{ option: "--out", file: out, data: "new" }], true))).toEqual({
      kind: "not-writable",
      file: out,
      detail: "EPERM",
    });
    expect(readFileSync(out, "utf8")).toBe("old report");
    expect(readdirSync(dir).sort()).toEqual(["report.xlsx", "scores.xlsx"]);
  });

  it("fails cleanly in a folder that is gone", () => {
    expect(
      problemOf(() =>
        writeOutputs([{ option: "--out", file: path.join(dir, "gone", "r.xlsx"), data: "x" }], false),
      )?.kind,
    ).toBe("not-writable");
    expect(readdirSync(dir)).toEqual(["scores.xlsx"]);
  });
});

describe("removeLeftovers", () => {
  it("removes what a killed run left beside the same target, and nothing else", () => {
    const out = path.join(dir, "report.xlsx");
    // A pid that cannot be running (above the kernel's pid_max), one that is (this process), another target's.
    const dead = `.report.xlsx.4194305.0123abcd.cchc-tmp`;
    const alive = `.report.xlsx.${process.pid}.0123abcd.cchc-tmp`;
    const other = `.other.xlsx.4194305.0123abcd.cchc-tmp`;
    for (const name of [dead, alive, other, ".report.xlsx.tmp"]) writeFileSync(path.join(dir, name), "x");
    expect(removeLeftovers([out])).toEqual([path.join(dir, dead)]);
    expect(readdirSync(dir).sort()).toEqual(
      [".other.xlsx.4194305.0123abcd.cchc-tmp", ".report.xlsx.tmp", alive, "scores.xlsx"].sort(),
    );
  });
});

describe("FILE_MESSAGES", () => {
  it("words every problem in both languages, an output's problem saying nothing was written", () => {
    const text = formatMessage(FILE_MESSAGES["is-input"], { file: "a.xlsx", option: "--json" }, "vi");
    expect(text).toContain("“a.xlsx”");
    expect(text).toContain("--json");
    for (const [kind, key] of Object.entries(FILE_MESSAGES)) {
      if (kind.startsWith("input-")) continue;
      expect(formatMessage(key, {}, "vi")).toContain("Không ghi tệp nào");
      expect(formatMessage(key, {}, "en")).toContain("Nothing was written");
    }
  });
});
