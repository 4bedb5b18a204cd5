/**
 * Putting a rendered report on disk for `cchc report --out` (Node only; the browser bundle never imports
 * this): checks that the target may be written — not an input of the run, an .xlsx name in an existing
 * folder, not a folder, not open in Excel or LibreOffice, writable — and writes all-or-nothing, through a
 * temporary file in the same folder renamed over the target, so a failure leaves no partial file and an
 * existing report stays as it was.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MessageKey } from "../i18n/messages";

/** Why the report cannot be written where the user asked. */
export type ReportTargetProblem =
  | { readonly kind: "is-input"; readonly file: string }
  | { readonly kind: "is-json"; readonly file: string }
  | { readonly kind: "not-xlsx"; readonly file: string }
  | { readonly kind: "no-folder"; readonly folder: string }
  | { readonly kind: "is-folder"; readonly file: string }
  | { readonly kind: "open"; readonly file: string; readonly lock: string }
  | { readonly kind: "not-writable"; readonly file: string; readonly detail: string };

/** The message of each problem (its params are the problem's own fields). */
export const REPORT_TARGET_MESSAGES: Readonly<Record<ReportTargetProblem["kind"], MessageKey>> = {
  "is-input": "cliOutIsInput",
  "is-json": "cliOutIsJson",
  "not-xlsx": "cliOutNotXlsx",
  "no-folder": "cliOutNoFolder",
  "is-folder": "cliOutIsFolder",
  open: "cliOutOpen",
  "not-writable": "cliOutNotWritable",
};

/** A failed write of the report; nothing was left behind. */
export class ReportFileError extends Error {
  constructor(readonly problem: ReportTargetProblem) {
    super(`Cannot write the report: ${problem.kind}`);
    this.name = "ReportFileError";
  }
}

export interface RunFiles {
  /** Files the run reads (the workbook, last year's workbook, the settings): never overwritten. */
  readonly inputs: readonly (string | undefined)[];
  /** The --json file, when it is a file. */
  readonly json?: string;
}

/** Whether two paths name the same file: the same resolved path, or the same inode (links, letter case). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // One of them does not exist (on a case-insensitive disk, another spelling of an existing file exists).
    return false;
  }
}

/** Lock files Excel (“~$name”) and LibreOffice (“.~lock.name#”) keep beside a file they have open. */
function lockFileOf(file: string): string | null {
  const folder = path.dirname(file);
  const name = path.basename(file);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) {
    const candidate = path.join(folder, lock);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The first reason the report cannot be written to `out`, or null when it may be. */
export function checkReportTarget(out: string, run: RunFiles): ReportTargetProblem | null {
  for (const input of run.inputs) {
    if (input !== undefined && sameFile(out, input)) return { kind: "is-input", file: out };
  }
  if (run.json !== undefined && run.json !== "-" && sameFile(out, run.json))
    return { kind: "is-json", file: out };
  if (path.extname(out).toLowerCase() !== ".xlsx") return { kind: "not-xlsx", file: out };
  const folder = path.dirname(path.resolve(out));
  let folderIsDirectory = false;
  try {
    folderIsDirectory = statSync(folder).isDirectory();
  } catch {
    folderIsDirectory = false;
  }
  if (!folderIsDirectory) return { kind: "no-folder", folder: path.dirname(out) };
  if (!existsSync(out)) return null;
  if (statSync(out).isDirectory()) return { kind: "is-folder", file: out };
  const lock = lockFileOf(out);
  if (lock !== null) return { kind: "open", file: out, lock: path.basename(lock) };
  // Opening for writing fails on a read-only file (EACCES/EPERM) and, on Windows, on a file Excel holds (EBUSY).
  try {
    closeSync(openSync(out, "r+"));
  } catch (error) {
    return { kind: "not-writable", file: out, detail: errorCode(error) };
  }
  return null;
}

/**
 * Writes `bytes` to `out` all-or-nothing: a temporary file beside it, then a rename over it. On failure
 * the temporary file is removed, an existing `out` is unchanged, and a ReportFileError says why.
 */
export function writeReportFile(out: string, bytes: Uint8Array): void {
  const temporary = path.join(
    path.dirname(out),
    `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    renameSync(temporary, out);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already gone.
    }
    throw new ReportFileError({ kind: "not-writable", file: out, detail: errorCode(error) });
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}

/** The source fingerprint, as the core computes it for every shell. */
export { sourceFingerprint } from "../core/report/fingerprint";
