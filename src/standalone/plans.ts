/**
 * The report and the notice planned from the pane's analysis exactly as `cchc report --out/--docx` plans them
 * (src/cli/main.ts): the reader's warnings first, the file names, the fingerprint of the source values, no
 * charts (the .xlsx renderer cannot write them). Rendering happens in the worker (jobs.ts).
 */
import type { Analysis } from "../core/analyse";
import { requireRankedUnits } from "../core/analyseWorkbook";
import { planNotice, type NoticePlan } from "../core/notice/plan";
import type { ReportPlan } from "../core/plan";
import { planReport, sourceFingerprint } from "../core/report";
import type { PreviousWorkbook } from "../taskpane/session";
import type { AnalysisReady } from "../taskpane/workflow";
import { readProblemsOf, type OpenedBook } from "./book";

/** The same value as src/xlsx/writeReport's XLSX_CHARTS_SUPPORTED (ExcelJS cannot write charts). */
const XLSX_CHARTS_SUPPORTED = false;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The analysis with the reader's findings on the sheets used first, as the CLI gives it to its outputs. */
export function withReadProblems(ready: AnalysisReady, book: OpenedBook): Analysis {
  const { analysis, input } = ready;
  return {
    ...analysis,
    warnings: [
      ...readProblemsOf(book.grids, analysis.sheets),
      ...readProblemsOf(input.previousGrids ?? book.grids, analysis.previousSheets),
      ...analysis.warnings,
    ],
  };
}

export function reportPlanFor(
  ready: AnalysisReady,
  book: OpenedBook,
  previous: PreviousWorkbook | null,
  now: Date,
): ReportPlan {
  const analysis = withReadProblems(ready, book);
  requireRankedUnits(analysis);
  const fromFile = ready.input.previousGrids !== undefined && previous !== null;
  return planReport(analysis, {
    settings: ready.input.settings,
    file: book.fileName,
    previous: fromFile ? { file: previous.fileName, sheets: [] } : null,
    fingerprint: sourceFingerprint(book.grids, analysis.sheets),
    generatedAt: now.toISOString(),
    chartsSupported: XLSX_CHARTS_SUPPORTED,
    sourceGrids: book.grids,
  });
}

export function noticePlanFor(ready: AnalysisReady, book: OpenedBook, now: Date): NoticePlan {
  const analysis = withReadProblems(ready, book);
  requireRankedUnits(analysis);
  return planNotice(analysis, {
    settings: ready.input.settings,
    generatedAt: now.toISOString(),
    sourceGrids: book.grids,
  });
}

/** "Bao-cao-Chi-so-CCHC-2021.xlsx" (ASCII, safe on every system; the notice is named alike). */
export function reportFileName(year: number | null): string {
  return `Bao-cao-Chi-so-CCHC${year !== null ? `-${year}` : ""}.xlsx`;
}

/** Offers bytes as a file to download (the browser's own download; nothing leaves the computer). */
export function saveBytes(bytes: Uint8Array, fileName: string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
