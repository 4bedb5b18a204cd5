/**
 * The files of a `cchc` run (Node only; the browser bundle never imports this). Inputs are read whole,
 * bounded, and only when they are regular files. Outputs are checked before any work — none may be an
 * input (by path, link or inode) or another output, each has its folder, and an existing file is replaced
 * only with --force — and written all-or-nothing: every output to a temporary file beside its target
 * first, then renamed into place, so a failure (disk full, a file open in Excel) leaves nothing
 * half-written. Temporary files a killed run left behind are removed by the next run.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../core/problems";
import type { MessageKey } from "../i18n/messages";

/** Which option names an output. */
export type OutputOption = "--out" | "--json" | "--docx";

/** Why a run's file cannot be read or written, with the message's parameters. */
export type FileProblem =
  | { readonly kind: "input-missing"; readonly file: string }
  | { readonly kind: "input-folder"; readonly file: string }
  | { readonly kind: "input-not-file"; readonly file: string }
  | { readonly kind: "input-unreadable"; readonly file: string; readonly detail: string }
  | { readonly kind: "input-too-large"; readonly file: string; readonly size: string; readonly limit: string }
  | { readonly kind: "is-input"; readonly option: OutputOption; readonly file: string }
  | { readonly kind: "same-output"; readonly file: string; readonly first: string; readonly second: string }
  | {
      readonly kind: "wrong-extension";
      readonly option: OutputOption;
      readonly file: string;
      readonly extension: string;
    }
  | { readonly kind: "no-folder"; readonly option: OutputOption; readonly folder: string }
  | { readonly kind: "is-folder"; readonly option: OutputOption; readonly file: string }
  | { readonly kind: "not-file"; readonly option: OutputOption; readonly file: string }
  | { readonly kind: "exists"; readonly option: OutputOption; readonly file: string }
  | { readonly kind: "open"; readonly file: string; readonly lock: string }
  | { readonly kind: "not-writable"; readonly file: string; readonly detail: string }
  | { readonly kind: "no-space"; readonly file: string };

/** The message of each problem (its params are the problem's own fields). */
export const FILE_MESSAGES: Readonly<Record<FileProblem["kind"], MessageKey>> = {
  "input-missing": "cliFileNotFound",
  "input-folder": "cliInputFolder",
  "input-not-file": "cliInputNotFile",
  "input-unreadable": "cliInputUnreadable",
  "input-too-large": "cliInputTooLarge",
  "is-input": "cliOutIsInput",
  "same-output": "cliOutSame",
  "wrong-extension": "cliOutExtension",
  "no-folder": "cliOutNoFolder",
  "is-folder": "cliOutIsFolder",
  "not-file": "cliOutNotFile",
  exists: "cliOutExists",
  open: "cliOutOpen",
  "not-writable": "cliOutNotWritable",
  "no-space": "cliOutNoSpace",
};

/** A file the run cannot use; nothing was written. */
export class FileError extends UserError {
  constructor(readonly file: FileProblem) {
    super(FILE_MESSAGES[file.kind], file);
    this.name = "FileError";
  }
}

const MB = 1024 * 1024;

/** Largest workbook read (score workbooks are well under 5 MB; 3,321 units take under 1 MB). */
export const MAX_WORKBOOK_BYTES = 50 * MB;
/** Largest settings file read. */
export const MAX_SETTINGS_BYTES = 2 * MB;

/**
 * Reads a whole input file, refusing what is not a regular file (a folder, a device such as /dev/zero,
 * a pipe), what cannot be read, and what is larger than `limit` bytes — before reading it.
 */
export function readInput(file: string, limit: number): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") {
      throw new FileError({ kind: "input-missing", file });
    }
    throw new FileError({ kind: "input-unreadable", file, detail: errorCode(error) });
  }
  if (stat.isDirectory()) throw new FileError({ kind: "input-folder", file });
  if (!stat.isFile()) throw new FileError({ kind: "input-not-file", file });
  if (stat.size > limit) {
    throw new FileError({
      kind: "input-too-large",
      file,
      size: megabytes(stat.size),
      limit: megabytes(limit),
    });
  }
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    throw new FileError({ kind: "input-unreadable", file, detail: errorCode(error) });
  }
  try {
    // Read at most limit + 1 bytes: a file that grows while it is read is refused, not followed.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 * MB, limit + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) {
        throw new FileError({
          kind: "input-too-large",
          file,
          size: megabytes(total),
          limit: megabytes(limit),
        });
      }
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError({ kind: "input-unreadable", file, detail: errorCode(error) });
  } finally {
    fs.closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1).replace(/\.0$/, "");
}

export interface OutputRequest {
  readonly option: OutputOption;
  readonly file: string;
  /** The extension the file must have (".xlsx"), or null for any. */
  readonly extension: string | null;
}

/** Whether two paths name the same file: the same real path, or the same inode (hard links, letter case). */
export function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function realTarget(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync(resolved);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/** Lock files Excel (“~$name”) and LibreOffice (“.~lock.name#”) keep beside a file they have open. */
function lockFileOf(file: string): string | null {
  const folder = path.dirname(file);
  const name = path.basename(file);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    const candidate = path.join(folder, lock);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The first reason the outputs cannot be written, or null when they may be. `inputs` are the files the
 * run reads; `force` allows replacing existing files.
 */
export function checkOutputs(
  outputs: readonly OutputRequest[],
  inputs: readonly string[],
  force: boolean,
): FileProblem | null {
  for (const [i, output] of outputs.entries()) {
    const { option, file } = output;
    for (const input of inputs) {
      if (sameFile(file, input)) return { kind: "is-input", option, file };
    }
    for (const other of outputs.slice(0, i)) {
      if (sameFile(file, other.file)) {
        return { kind: "same-output", file, first: other.option, second: option };
      }
    }
    if (output.extension !== null && path.extname(file).toLowerCase() !== output.extension) {
      return { kind: "wrong-extension", option, file, extension: output.extension };
    }
    const folder = path.dirname(path.resolve(file));
    let folderIsDirectory = false;
    try {
      folderIsDirectory = fs.statSync(folder).isDirectory();
    } catch {
      folderIsDirectory = false;
    }
    if (!folderIsDirectory) return { kind: "no-folder", option, folder: path.dirname(file) };
    try {
      fs.accessSync(folder, fs.constants.W_OK);
    } catch (error) {
      return { kind: "not-writable", file, detail: errorCode(error) };
    }
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = null;
    }
    if (stat === null) continue;
    if (stat.isDirectory()) return { kind: "is-folder", option, file };
    if (!stat.isFile()) return { kind: "not-file", option, file };
    if (!force) return { kind: "exists", option, file };
    const lock = lockFileOf(file);
    if (lock !== null) return { kind: "open", file, lock: path.basename(lock) };
    // Opening for writing fails on a read-only file (EACCES/EPERM) and, on Windows, on a file Excel holds (EBUSY).
    try {
      fs.closeSync(fs.openSync(file, "r+"));
    } catch (error) {
      return { kind: "not-writable", file, detail: errorCode(error) };
    }
  }
  return null;
}

const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.cchc-tmp$/;

function temporaryName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.cchc-tmp`,
  );
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/**
 * Removes the temporary files an earlier run killed mid-write left beside these targets (only ours: the
 * name pattern of this module, for the same target, of a process that is no longer running).
 */
export function removeLeftovers(files: readonly string[]): string[] {
  const removed: string[] = [];
  for (const file of files) {
    const folder = path.dirname(path.resolve(file));
    let entries: string[];
    try {
      entries = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = TEMPORARY.exec(entry);
      if (match === null || match[1] !== path.basename(file) || isRunning(Number(match[2]))) continue;
      try {
        fs.unlinkSync(path.join(folder, entry));
        removed.push(path.join(path.dirname(file), entry));
      } catch {
        // Someone else's to remove.
      }
    }
  }
  return removed;
}

export interface OutputFile {
  readonly option: OutputOption;
  readonly file: string;
  readonly data: Uint8Array | string;
}

/**
 * Writes every output all-or-nothing: first each to a temporary file beside its target (flushed to disk),
 * then each renamed into place. When a temporary file cannot be written (a full disk, a folder gone),
 * every temporary file is removed and no target changes. Without `force`, a target that appeared since
 * the check is not replaced.
 */
export function writeOutputs(outputs: readonly OutputFile[], force: boolean): void {
  const temporaries: string[] = [];
  const cleanUp = () => {
    for (const temporary of temporaries) {
      try {
        fs.unlinkSync(temporary);
      } catch {
        // Already renamed or never created.
      }
    }
  };
  try {
    for (const output of outputs) {
      const temporary = temporaryName(output.file);
      writeDurably(temporary, output.data, temporaries);
    }
  } catch (error) {
    cleanUp();
    const failed = outputs[temporaries.length - 1]?.file ?? outputs[0].file;
    throw new FileError(
      errorCode(error) === "ENOSPC" || errorCode(error) === "EDQUOT"
        ? { kind: "no-space", file: failed }
        : { kind: "not-writable", file: failed, detail: errorCode(error) },
    );
  }
  for (const [i, output] of outputs.entries()) {
    try {
      place(temporaries[i], output, force);
    } catch (error) {
      cleanUp();
      if (error instanceof FileError) throw error;
      throw new FileError({ kind: "not-writable", file: output.file, detail: errorCode(error) });
    }
  }
}

function writeDurably(temporary: string, data: Uint8Array | string, created: string[]): void {
  const fd = fs.openSync(temporary, "wx", 0o644);
  created.push(temporary);
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Moves a temporary file onto its target; without `force`, never over a file that exists. */
function place(temporary: string, output: OutputFile, force: boolean): void {
  const target = output.file;
  if (force) {
    fs.renameSync(temporary, target);
    return;
  }
  try {
    // link() fails when the target exists: no window in which another file could be replaced.
    fs.linkSync(temporary, target);
    fs.unlinkSync(temporary);
  } catch (error) {
    if (errorCode(error) === "EEXIST") {
      throw new FileError({ kind: "exists", option: output.option, file: target });
    }
    // File systems without hard links (FAT on a USB stick): check, then rename.
    if (fs.existsSync(target)) throw new FileError({ kind: "exists", option: output.option, file: target });
    fs.renameSync(temporary, target);
  }
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}
