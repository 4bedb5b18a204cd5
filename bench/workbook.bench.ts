/**
 * Figures of the workbook reading and the report: detect + analyse at 3,321 and 33,000 units × 8
 * components, the plans for 3,321 units, and `cchc report` (with and without --out) end to end.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { planHighlights, planReport } from "../src/core/report";
import type { Grid } from "../src/core/grid";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { makeLargeWorkbook, type LargeLayout } from "../test/fixtures/lib/large";
import { BENCH_DIR, report, time } from "./measure";

async function gridsOf(units: number, layout?: LargeLayout): Promise<{ grids: Grid[]; bytes: Uint8Array }> {
  const { bytes } = await makeLargeWorkbook(units, undefined, layout);
  const book = await readWorkbook(bytes);
  return { grids: book.sheets.map((s) => book.grid(s.name)), bytes };
}

export async function benchWorkbook(): Promise<void> {
  const small = await gridsOf(3_321);
  const check = analyseWorkbook({ grids: small.grids, settings: DEFAULT_SETTINGS });
  const smallMs = time(() => analyseWorkbook({ grids: small.grids, settings: DEFAULT_SETTINGS }), 15);
  report({
    name: `Detect + analyse ${check.units.length.toLocaleString("en")} units × ${check.components.length} components`,
    medianMs: smallMs,
    target: "≤ 50 ms",
    ok: smallMs <= 50,
  });

  // The other row layouts of issue 8, same units and components.
  for (const [layout, words] of [
    ["paired", "paired “Điểm tối đa”/“Điểm đạt” columns"],
    ["subtotal", "with a “Điểm thẩm định” subtotal"],
    ["groupColumn", "group column, sorted by index"],
  ] as const) {
    const { grids } = await gridsOf(3_321, layout);
    const n = analyseWorkbook({ grids, settings: DEFAULT_SETTINGS }).units.length;
    const ms = time(() => analyseWorkbook({ grids, settings: DEFAULT_SETTINGS }), 15);
    report({
      name: `  ${words}, ${n.toLocaleString("en")} units`,
      medianMs: ms,
      target: "≤ 50 ms",
      ok: ms <= 50,
    });
  }

  const context = {
    settings: DEFAULT_SETTINGS,
    file: "3321.xlsx",
    fingerprint: "0".repeat(64),
    generatedAt: "2026-03-01T08:00:00.000Z",
    chartsSupported: true,
  };
  const planMs = time(() => {
    planReport(check, context);
    planHighlights(check, check.tables);
  }, 15);
  report({
    name: "Report and highlight plans for 3,321 units",
    medianMs: planMs,
    target: "≤ 100 ms",
    ok: planMs <= 100,
  });

  const large = await gridsOf(33_000);
  const largeMs = time(() => analyseWorkbook({ grids: large.grids, settings: DEFAULT_SETTINGS }), 5, 1);
  report({
    name: "Detect + analyse 33,000 units × 8 components",
    medianMs: largeMs,
    target: "≤ 500 ms",
    ok: largeMs <= 500,
  });
  console.log(
    `${"  growth 33,000 / 3,321 (linear ≈ 9.9)".padEnd(64)} ${(largeMs / smallMs).toFixed(1).padStart(10)} ×`,
  );

  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-"));
  const file = path.join(dir, "3321.xlsx");
  writeFileSync(file, small.bytes);
  const bin = path.join(BENCH_DIR, "..", "bin", "cchc.js");
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [bin, "report", file, "--json", path.join(dir, "out.json"), "--force"],
      {
        encoding: "utf8",
      },
    );
    runs.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`cchc report failed: ${result.stderr}`);
  }
  runs.sort((a, b) => a - b);
  report({
    name: "cchc report end to end, 3,321-unit workbook (process start included)",
    medianMs: runs[1],
    target: "≤ 3,000 ms",
    ok: runs[1] <= 3000,
  });
  const outRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [bin, "report", file, "--out", path.join(dir, "report.xlsx"), "--force"],
      {
        encoding: "utf8",
      },
    );
    outRuns.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`cchc report --out failed: ${result.stderr}`);
  }
  outRuns.sort((a, b) => a - b);
  report({
    name: "cchc report --out end to end, 3,321 units (five report sheets)",
    medianMs: outRuns[1],
    target: "≤ 5,000 ms",
    ok: outRuns[1] <= 5000,
  });
}
