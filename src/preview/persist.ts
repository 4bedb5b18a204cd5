/**
 * The simulated workbook kept in the browser's localStorage, one entry per workbook, so that what the
 * add-in keeps in the document (settings, markers, report sheets, highlights) survives a reload as it
 * would in a saved file. The state is plain data except for Maps and Dates, which are tagged in JSON.
 */
import type { WorkbookState } from "./simulator";

const PREFIX = "cchc-preview:workbook:";
const VERSION = 1;

interface Stored {
  readonly version: number;
  readonly state: unknown;
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value.entries()] };
  // JSON.stringify has already turned a Date into a string when the replacer sees it; look at the holder.
  const holder = this as Record<string, unknown>;
  if (holder[key] instanceof Date) return { $date: (holder[key] as Date).toISOString() };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object") {
    const tagged = value as { $map?: [unknown, unknown][]; $date?: string };
    if (Array.isArray(tagged.$map) && Object.keys(value).length === 1) return new Map(tagged.$map);
    if (typeof tagged.$date === "string" && Object.keys(value).length === 1) return new Date(tagged.$date);
  }
  return value;
}

export function serializeWorkbook(state: WorkbookState): string {
  return JSON.stringify({ version: VERSION, state } satisfies Stored, replacer);
}

export function deserializeWorkbook(text: string): WorkbookState | undefined {
  try {
    const stored = JSON.parse(text, reviver) as Stored;
    if (stored.version !== VERSION) return undefined;
    const state = stored.state as WorkbookState;
    if (!Array.isArray(state.sheets) || !(state.settings instanceof Map)) return undefined;
    return state;
  } catch {
    return undefined;
  }
}

/** The saved state of a workbook, or undefined when there is none (or it cannot be read back). */
export function loadSaved(id: string): WorkbookState | undefined {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(PREFIX + id);
  } catch {
    return undefined;
  }
  return text === null ? undefined : deserializeWorkbook(text);
}

/** Saves a workbook's state; false when the browser refuses (storage full or disabled). */
export function save(id: string, state: WorkbookState): boolean {
  try {
    window.localStorage.setItem(PREFIX + id, serializeWorkbook(state));
    return true;
  } catch {
    return false;
  }
}

export function forget(id: string): void {
  try {
    window.localStorage.removeItem(PREFIX + id);
  } catch {
    // Storage disabled: nothing was saved either.
  }
}
