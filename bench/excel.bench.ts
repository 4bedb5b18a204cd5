/**
 * The Office adapter on the Excel simulator at 3,321 units: syncs per operation (also asserted in
 * test/excel) and the time each operation takes in the simulator (the real Excel adds its own latency), and
 * how many conditional-format rules the highlights cost — with last year's ranks from another generated
 * workbook (about half the units drop) and every component below the threshold marked (the settings' most).
 */
import { performance } from "node:perf_hooks";
import { applyHighlights, clearHighlights, writeReport } from "../src/excel";
import { highlightRules } from "../src/excel/highlights";
import { SimulatorCore } from "../src/preview/simulator";
import { planHighlights } from "../src/core/report";
import { findTables } from "../src/core/workbook";
import { readWorkbook as readXlsx } from "../src/xlsx/readWorkbook";
import { installOffice, readAndPlan, workbookFromXlsx } from "../test/excel/helpers";
import { makeLargeWorkbook } from "../test/fixtures/lib/large";

export async function benchExcel(): Promise<void> {
  const restore = installOffice();
  try {
    const state = await workbookFromXlsx((await makeLargeWorkbook(3321)).bytes);
    const sim = new SimulatorCore(structuredClone(state));
    const score = sim.state.sheets[0].name;
    const line = (name: string, ms: number, syncs: number, target: number) =>
      console.log(
        `${name.padEnd(64)} ${ms.toFixed(2).padStart(10)} ms   ${String(syncs).padStart(2)} sync(s)  (target ≤ ${target})${syncs <= target ? "  ok" : "  OVER TARGET"}`,
      );
    const lastYear = await readXlsx((await makeLargeWorkbook(3321, 2024)).bytes);
    const previous = lastYear.sheets.map((s) => lastYear.grid(s.name));
    let start = performance.now();
    const { readSyncs, plan, decisions, analysis, snapshot } = await readAndPlan(sim, previous);
    const highlights = planHighlights(analysis, findTables(snapshot.grids).current, {
      highlightAllComponents: true,
    });
    line("Simulator, 3,321 units: read + analyse + plan", performance.now() - start, readSyncs, 1);
    start = performance.now();
    const written = await sim.run((context) => writeReport(context, plan, decisions));
    line(
      `Simulator, 3,321 units: write 5 report sheets (largest request ${(written.largestRequestBytes / 2 ** 20).toFixed(1)} MB)`,
      performance.now() - start,
      sim.lastRunSyncCount,
      2,
    );
    start = performance.now();
    const applied = await sim.run((context) => applyHighlights(context, highlights));
    line(
      `Simulator, 3,321 units: highlight (${applied.added} rules for ${highlights.areas.length} areas)`,
      performance.now() - start,
      sim.lastRunSyncCount,
      2,
    );
    start = performance.now();
    await sim.run((context) => clearHighlights(context, [score]));
    line("Simulator, 3,321 units: clear", performance.now() - start, sim.lastRunSyncCount, 2);
    // The fallback without multi-area ranges (below ExcelApi 1.9): one rule per joined area.
    console.log(
      `  conditional-format rules at 3,321 units: ${applied.added} with multi-area ranges (ExcelApi 1.9), ${highlightRules(highlights.areas, false).length} one per area (older Excel)`,
    );
  } finally {
    restore();
  }
}
