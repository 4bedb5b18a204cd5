/** Timing helpers for `npm run bench`: median of repeated runs after a warm-up, printed, never asserted. */
import path from "node:path";
import { performance } from "node:perf_hooks";

/** bench/ in the checkout (the benchmark runs bundled from build/bench/, with the checkout as working folder). */
export const BENCH_DIR = path.join(process.cwd(), "bench");

export interface Figure {
  readonly name: string;
  readonly medianMs: number;
  readonly target?: string;
  readonly ok?: boolean;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times measured; returns the median in ms. */
export function time(work: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function report(figure: Figure): void {
  const verdict = figure.ok === undefined ? "" : figure.ok ? "  ok" : "  OVER TARGET";
  const target = figure.target ? `  (target ${figure.target})` : "";
  console.log(`${figure.name.padEnd(64)} ${figure.medianMs.toFixed(2).padStart(10)} ms${target}${verdict}`);
}

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
