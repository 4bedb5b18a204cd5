/**
 * The fuzz run: mutated workbooks and settings files through `cchc report` (in-process), each in its own
 * folder, asserting what users rely on — exit 0 or 2 only (1 is a bug), the input byte for byte unchanged,
 * and no file in the folder but the inputs and, on success, the outputs asked for.
 *   npm run fuzz -- [--count N] [--seed S]     long runs; a failure prints its seed and steps
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { report } from "../../src/cli/main";
import { mutate, type Case } from "./mutate";

const root = path.resolve(__dirname, "../..");

/** The workbooks mutated: the examples and fixtures in the layouts the reader knows. */
export const BASES = [
  "examples/hai-duong-2021.xlsx",
  "examples/hai-duong-2020.xlsx",
  "test/fixtures/four-groups.xlsx",
  "test/fixtures/groups-on-sheets.xlsx",
  "test/fixtures/messy.xlsx",
  "test/fixtures/per-unit-max.xlsx",
  "test/fixtures/with-previous-sheet.xlsx",
  "test/fixtures/text-numbers.xlsx",
].map((f) => path.join(root, f));

export interface Outcome {
  readonly seed: number;
  readonly steps: readonly string[];
  readonly code: number;
  /** What went against the rules, empty when the case passed. */
  readonly failures: string[];
  readonly stderr: string;
}

/** Runs one case; `writeReport` also asks for --out (slower: the report is rendered). */
export async function runCase(c: Case, writeReport: boolean): Promise<Outcome> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-fuzz-"));
  try {
    const input = path.join(dir, "điểm.xlsx");
    writeFileSync(input, c.workbook);
    const settings = c.settings !== null ? path.join(dir, "thiết lập.json") : undefined;
    if (settings) writeFileSync(settings, c.settings as string);
    const json = path.join(dir, "kết quả.json");
    const out = writeReport ? path.join(dir, "báo cáo.xlsx") : undefined;
    let stderr = "";
    const code = await report(
      input,
      { sheet: [], previousSheet: [], strict: false, lang: "vi", settings, json, out },
      { stdout: () => undefined, stderr: (t) => void (stderr += t) },
    );
    const failures: string[] = [];
    if (code !== 0 && code !== 2) failures.push(`exit ${code}`);
    if (!Buffer.from(readFileSync(input)).equals(Buffer.from(c.workbook))) failures.push("the input changed");
    const expected = ["điểm.xlsx", ...(settings ? ["thiết lập.json"] : [])];
    if (code === 0) expected.push("kết quả.json", ...(out ? ["báo cáo.xlsx"] : []));
    const found = readdirSync(dir).sort();
    if (found.join("|") !== expected.sort().join("|")) failures.push(`files: ${found.join(", ")}`);
    if (code === 2 && stderr.trim() === "") failures.push("exit 2 without a message");
    if (/\n\s+at /.test(stderr)) failures.push("a stack trace reached the user");
    return { seed: c.seed, steps: c.steps, code, failures, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `count` cases from `seed` on, every `reportEvery`-th also rendering the report. */
export async function* fuzz(
  seed: number,
  count: number,
  reportEvery = 5,
  before?: (c: Case) => void,
): AsyncGenerator<Outcome> {
  const bases = BASES.map((f) => new Uint8Array(readFileSync(f)));
  for (let i = 0; i < count; i++) {
    const c = await mutate(bases[i % bases.length], seed + i);
    before?.(c);
    yield await runCase(c, i % reportEvery === 0);
  }
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const count = arg("--count", 2_000);
  const seed = arg("--seed", Date.now() % 1_000_000);
  const codes = new Map<number, number>();
  let failed = 0;
  const started = Date.now();
  const verbose = process.argv.includes("--verbose");
  const announce = verbose
    ? (c: Case) => console.log(`… seed ${c.seed}: ${c.steps.join(" / ").slice(0, 200)}`)
    : undefined;
  for await (const outcome of fuzz(seed, count, 5, announce)) {
    codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
    if (outcome.failures.length > 0) {
      failed++;
      console.log(
        `seed ${outcome.seed}: ${outcome.failures.join("; ")}\n  ${outcome.steps.join("\n  ")}\n  ${outcome.stderr.trim().slice(0, 400)}`,
      );
    }
  }
  const exits = [...codes].map(([code, n]) => `exit ${code}: ${n}`).join(", ");
  console.log(
    `${count} cases from seed ${seed} in ${((Date.now() - started) / 1000).toFixed(1)} s — ${exits}; ${failed} failed`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}

if (require.main === module) void main();
