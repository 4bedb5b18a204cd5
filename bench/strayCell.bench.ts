/**
 * Issue 13, item 2: a 3,321-unit sheet with one stray value at XFD1048576 used to make the reader
 * allocate 1,048,576 × 16,384 cells (4.2 GB, then a crash). Prints, beside the same file without the
 * stray value: the peak memory (maxRSS) and time of a fresh child process doing only the read, detection
 * and analysis (loading ExcelJS included: what a `cchc` run pays), and the warm median in this process.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { readWorkbook } from "../src/xlsx/readWorkbook";
import { withStrayValues } from "../test/fixtures/lib/hostileFiles";
import { makeLargeWorkbook } from "../test/fixtures/lib/large";
import { BENCH_DIR, median as medianOf } from "./measure";

interface ChildFigure {
  readonly ms: number;
  readonly maxRssMB: number;
  readonly units: number;
  readonly ignored: readonly string[];
}

function readInChild(file: string): ChildFigure {
  const result = spawnSync(process.execPath, [path.join(BENCH_DIR, "readPeak.js"), file], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`read failed (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildFigure;
}

function median(figures: readonly ChildFigure[], key: "ms" | "maxRssMB"): number {
  const sorted = figures.map((f) => f[key]).sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

export async function benchStrayCell(): Promise<void> {
  const { bytes } = await makeLargeWorkbook(3_321);
  const stray = withStrayValues(bytes, [{ row: 1_048_576, column: "XFD" }]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-bench-stray-"));
  const files = { plain: path.join(dir, "3321.xlsx"), stray: path.join(dir, "3321-stray.xlsx") };
  writeFileSync(files.plain, bytes);
  writeFileSync(files.stray, stray);

  for (const [label, file, data] of [
    ["3,321 units", files.plain, bytes],
    ["3,321 units + one value at XFD1048576", files.stray, stray],
  ] as const) {
    const runs = [readInChild(file), readInChild(file), readInChild(file)];
    const ms = median(runs, "ms");
    const rss = median(runs, "maxRssMB");
    const ok = ms <= 2_000 && rss <= 300;
    const extra = runs[0].ignored.length > 0 ? `, ignored ${runs[0].ignored.join(", ")}` : "";
    console.log(
      `${`Read + analyse ${label}, fresh process`.padEnd(64)} ${ms.toFixed(2).padStart(10)} ms  peak ` +
        `${rss.toFixed(0)} MB (target ≤ 2,000 ms, ≤ 300 MB)${ok ? "  ok" : "  OVER TARGET"}  ` +
        `[${runs[0].units} units${extra}]`,
    );
    const warm: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = performance.now();
      const book = await readWorkbook(data);
      analyseWorkbook({ grids: book.sheets.map((s) => book.grid(s.name)), settings: DEFAULT_SETTINGS });
      if (i > 0) warm.push(performance.now() - start);
    }
    const warmMs = medianOf(warm);
    console.log(
      `${`Read + analyse ${label}, warm`.padEnd(64)} ${warmMs.toFixed(2).padStart(10)} ms  ` +
        `(target ≤ 2,000 ms)${warmMs <= 2_000 ? "  ok" : "  OVER TARGET"}`,
    );
  }
}
