/**
 * The page's heavy file work as jobs with plain-data inputs and outputs, so that they run the same in the
 * worker (worker.ts) and, where the browser refuses a worker, in the page (client.ts): read a workbook
 * (src/xlsx's reader: ExcelJS for .xlsx, SheetJS for .xls) into Grids, render a report plan to .xlsx bytes
 * (the renderer of `cchc report --out`), render a notice plan to .docx bytes (the renderer of `--docx`).
 * The plans are made in the page by the core; only rendering happens here.
 */
import type { ReportPlan } from "../core/plan";
import type { NoticePlan } from "../core/notice/plan";
import { UserError, type Where } from "../core/problems";
import type { MessageKey, MessageParams } from "../i18n/messages";
import type { SheetInfo, SheetRead } from "../xlsx/readWorkbook";

export type Job =
  | { readonly op: "read"; readonly bytes: ArrayBuffer; readonly fileName: string }
  | { readonly op: "report"; readonly plan: ReportPlan }
  | { readonly op: "notice"; readonly plan: NoticePlan };

/** A workbook as read: its sheets in tab order and each sheet's Grid with what the reader learnt. */
export interface BookData {
  readonly sheets: readonly SheetInfo[];
  readonly reads: readonly SheetRead[];
}

export type JobResult = BookData | Uint8Array;

/** Where a job is: the stage, and for the sheets how many of how many. */
export interface JobProgress {
  readonly stage: "parsing" | "sheets" | "rendering";
  readonly done?: number;
  readonly total?: number;
}

/** Gives other work a turn (the page's slices when there is no worker). */
function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runJob(job: Job, progress: (p: JobProgress) => void): Promise<JobResult> {
  if (job.op === "read") {
    progress({ stage: "parsing" });
    await yieldTurn();
    const { readWorkbook } = await import("../xlsx/readWorkbook");
    const book = await readWorkbook(job.bytes, { fileName: job.fileName });
    const reads: SheetRead[] = [];
    for (const [i, sheet] of book.sheets.entries()) {
      progress({ stage: "sheets", done: i, total: book.sheets.length });
      await yieldTurn();
      reads.push(book.sheet(sheet.name));
    }
    return { sheets: book.sheets, reads };
  }
  progress({ stage: "rendering" });
  await yieldTurn();
  if (job.op === "report") {
    const { renderReport } = await import("../xlsx/writeReport");
    return renderReport(job.plan);
  }
  const { renderNotice } = await import("../docx/renderNotice");
  return renderNotice(job.plan);
}

/** An error as it crosses from the worker: a UserError keeps its key, parameters and place. */
export interface SentError {
  readonly message: string;
  readonly name?: string;
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  readonly where?: Where;
}

export function sendError(error: unknown): SentError {
  if (error instanceof UserError) {
    const { key, params, sheet, row, column } = error.problem;
    return { message: error.message, name: error.name, key, params, where: { sheet, row, column } };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the page's side: a UserError (so every shell's message path applies) or a plain Error. */
export function receivedError(sent: SentError): Error {
  if (sent.key !== undefined) {
    const error = new UserError(sent.key, sent.params ?? {}, sent.where ?? {});
    if (sent.name !== undefined) error.name = sent.name;
    return error;
  }
  return new Error(sent.message);
}
