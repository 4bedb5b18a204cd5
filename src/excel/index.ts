/**
 * The Office adapter: the only code that calls Office.js. Each function takes an Excel.RequestContext (from
 * Excel.run) and returns plain data, or throws an ExcelAdapterError with a Vietnamese message.
 */
export { readWorkbook, decisionInputs } from "./readWorkbook";
export type {
  ReadOptions,
  ReportSheetState,
  SheetInfo,
  SheetVisibility,
  WorkbookSnapshot,
} from "./readWorkbook";
export { writeReport, PAYLOAD_LIMIT_BYTES } from "./writeReport";
export type { SheetDecision, SheetDecisions, WriteOptions, WriteResult, WrittenSheet } from "./writeReport";
export { applyHighlights, clearHighlights } from "./highlights";
export type { HighlightResult } from "./highlights";
export { ExcelAdapterError } from "./errors";
export type { ExcelFailure, Outcome } from "./errors";
export { DECLARED_EXCEL_API, EXCEL_API_FOR, supportsExcelApi } from "./requirements";
export { columnWidthPoints } from "./sheetSteps";
export { sheetFingerprint } from "./fingerprint";
export {
  activateSheet,
  canSaveState,
  readWorkbookWithState,
  runExcel,
  saveState,
  selectRange,
} from "./document";
export type { SnapshotWithState } from "./document";
export { canOpenBrowserWindow, downloadRoute, officePlatform, openBrowserWindow } from "./download";
export type { DownloadRoute } from "./download";
