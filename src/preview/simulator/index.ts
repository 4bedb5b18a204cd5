/**
 * The Excel simulator's public surface: createSimulator (an in-memory Excel with `run`, sync counts,
 * payload limits and failure injection), workbook builders and snapshots for tests, and the state types.
 */
import { SimulatorCore, SimulatorOptions } from "./simulator";
import { WorkbookState, newWorkbook } from "./state";
import { WorkbookSpec, buildWorkbook } from "./workbook-builder";

export type { FailureInjection, SimulatorOptions, SyncRecord } from "./simulator";
export { PAYLOAD_LIMIT_BYTES, SimulatorCore } from "./simulator";
export type { SimOperation } from "./context";
export { SimError, isSimError } from "./errors";
export type {
  CellValue,
  SheetState,
  Style,
  WorkbookState,
  ChartState,
  ConditionalFormatState,
} from "./state";
export { DEFAULTS, newWorkbook, findSheet } from "./state";
export type { CellSnapshot, SheetSnapshot, SheetSpec, WorkbookSpec } from "./workbook-builder";
export { buildWorkbook, sheetValues, snapshotSheet } from "./workbook-builder";
export { parseAddress, sheetAddress, rectAddress } from "./address";
export type { Rect } from "./rect";

export type Simulator = SimulatorCore;

/**
 * An in-memory Excel. Pass workbook state (see buildWorkbook / newWorkbook) or a spec; default: one empty "Sheet1".
 * `sim.run(async (context) => …)` behaves like `Excel.run`.
 */
export function createSimulator(
  workbook?: WorkbookState | WorkbookSpec,
  options?: SimulatorOptions,
): Simulator {
  const state =
    workbook === undefined ? newWorkbook() : isState(workbook) ? workbook : buildWorkbook(workbook);
  return new SimulatorCore(state, options);
}

function isState(value: WorkbookState | WorkbookSpec): value is WorkbookState {
  return Array.isArray((value as WorkbookState).sheets) && (value as WorkbookState).settings instanceof Map;
}
export { installExcelGlobals } from "./globals";
