/**
 * Document-level operations of the pane, on Office.js: running a batch (Excel.run, with every failure turned
 * into the adapter's Vietnamese error), the add-in's saved state (workbook settings from ExcelApi 1.4,
 * else the common API's document settings), reading the workbook together with that state in the same
 * request, selecting a range and activating a sheet.
 */
import { adapterError } from "./errors";
import { readWorkbook, type ReadOptions, type WorkbookSnapshot } from "./readWorkbook";
import { supportsExcelApi } from "./requirements";

/** Excel.run whose every failure is an ExcelAdapterError (the adapter's own pass through). */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw adapterError(error, null);
  }
}

interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message?: string } }) => void): void;
}

/** The common API's document settings (below ExcelApi 1.4), when the host has them. */
function documentSettings(): DocumentSettingsLike | undefined {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: DocumentSettingsLike } } } })
    .Office;
  return office?.context?.document?.settings;
}

/** Whether the add-in can keep state in this document at all. */
export function canSaveState(): boolean {
  return supportsExcelApi("1.4") || documentSettings() !== undefined;
}

export interface SnapshotWithState {
  readonly snapshot: WorkbookSnapshot;
  /** The saved entries by key (undefined when absent). */
  readonly state: Readonly<Record<string, unknown>>;
}

/** Reads the workbook and the add-in's saved entries; the entries ride the read's first request. */
export async function readWorkbookWithState(
  context: Excel.RequestContext,
  keys: readonly string[],
  options: ReadOptions = {},
): Promise<SnapshotWithState> {
  const items: [string, Excel.Setting][] = [];
  if (supportsExcelApi("1.4")) {
    for (const key of keys) {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      items.push([key, item]);
    }
  }
  const snapshot = await readWorkbook(context, options);
  const state: Record<string, unknown> = {};
  if (supportsExcelApi("1.4")) {
    const valueOf = (item: Excel.Setting): unknown => (item.isNullObject ? undefined : item.value);
    try {
      for (const [key, item] of items) state[key] = valueOf(item);
    } catch {
      // The read was retried after a sheet vanished: the first request, with these loads, failed.
      for (const [, item] of items) item.load("value");
      await context.sync();
      for (const [key, item] of items) state[key] = valueOf(item);
    }
  } else {
    const store = documentSettings();
    for (const key of keys) state[key] = store?.get(key) ?? undefined;
  }
  return { snapshot, state };
}

/** Saves the add-in's entries in the document (one request), or through the common API below ExcelApi 1.4. */
export async function saveState(entries: Readonly<Record<string, unknown>>): Promise<void> {
  if (supportsExcelApi("1.4")) {
    await runExcel(async (context) => {
      for (const [key, value] of Object.entries(entries)) context.workbook.settings.add(key, value ?? null);
      await context.sync();
    });
    return;
  }
  const store = documentSettings();
  if (store === undefined) return;
  for (const [key, value] of Object.entries(entries)) store.set(key, value);
  await new Promise<void>((resolve, reject) =>
    store.saveAsync((result) =>
      result.status === "failed" ? reject(new Error(result.error?.message ?? "saveAsync failed")) : resolve(),
    ),
  );
}

/** Activates a sheet and selects a range of it (an A1 address such as "B12:K12" or "12:12"). */
export async function selectRange(sheet: string, address: string): Promise<void> {
  await runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

export async function activateSheet(name: string): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
