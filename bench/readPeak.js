// Child process of the stray-cell bench: reads one .xlsx (readWorkbook, every sheet's Grid, detect +
// analyse) and prints its time and the process's peak memory as JSON, so the figure is this read alone.
require("tsx/cjs");
const { readFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const { analyseWorkbook } = require("../src/core/analyseWorkbook.ts");
const { DEFAULT_SETTINGS } = require("../src/core/settings.ts");
const { readWorkbook } = require("../src/xlsx/readWorkbook.ts");

async function main() {
  const start = performance.now();
  const book = await readWorkbook(readFileSync(process.argv[2]));
  const reads = book.sheets.map((s) => book.sheet(s.name));
  const analysis = analyseWorkbook({ grids: reads.map((r) => r.grid), settings: DEFAULT_SETTINGS });
  const ms = performance.now() - start;
  const ignored = reads.flatMap((r) => r.ignoredCells);
  console.log(
    JSON.stringify({
      ms,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      units: analysis.units.length,
      ignored,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
