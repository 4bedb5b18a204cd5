/**
 * Installs `Excel` (its `run`) and `OfficeExtension.Error` as globals backed by a simulator, for the browser
 * preview and for tests of code that calls `Excel.run`. The add-in writes Excel's enum values as strings, so
 * no `Excel.*` enum is provided.
 */
import { SimError } from "./errors";
import type { SimulatorCore } from "./simulator";

export function installExcelGlobals(sim: SimulatorCore): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, OfficeExtension: g.OfficeExtension };
  const run = (...args: unknown[]) => (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
  g.Excel = { run };
  g.OfficeExtension = { Error: SimError };
  return () => {
    g.Excel = previous.Excel;
    g.OfficeExtension = previous.OfficeExtension;
  };
}
