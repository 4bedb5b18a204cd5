#!/usr/bin/env node
// npm run test:e2e — the add-in in a real browser where Excel is absent. Builds once (webpack, production
// mode with source maps, into a temporary folder), checks the pane page's initial JavaScript against its
// budget (200 KB gzip, ExcelJS excluded), serves the build on 127.0.0.1 and drives Debian's chromium through
// the preview (steps.js), then through taskpane.html on faked old webviews (legacy.js), then through the built pages
// with the real office.js from the npm package @microsoft/office-js, fetched once (officejs.js); last, `npm run
// release` packs that build (release.js). Screenshots go to
// test-results/e2e/. Times are printed, never asserted.
//   E2E_KEEP_BUILD=1   keep the built folder (its path is printed)
//   E2E_BUILD_DIR=…    reuse a kept build instead of building (for working on the steps; no budget check)
//   CHROMIUM_PATH=…    another Chromium than /usr/bin/chromium
const fs = require("fs");
const os = require("os");
const path = require("path");
const { build, paneInitialFiles, ROOT } = require("./lib/build");
const { measure, kb, BUDGET_BYTES } = require("./lib/budget");
const { serve } = require("./lib/server");
const { launch, chromiumMissing, INSTALL_HINT } = require("./lib/browser");
const { runSteps } = require("./steps");
const { runLegacySteps } = require("./legacy");
const { runOfficeJsSteps } = require("./officejs");
const { runReleaseStep } = require("./release");
const { runStandaloneSteps } = require("./standalone");

const SHOTS = path.join(ROOT, "test-results", "e2e");

function checkBudget(stats, outDir) {
  const { files, excelJsIn } = paneInitialFiles(stats);
  const result = measure(outDir, files);
  console.log("\nPane page initial JavaScript (taskpane.html's entry chunks, gzip -9 per file):");
  for (const s of result.sizes)
    console.log(`  ${s.file.padEnd(28)} ${kb(s.raw).padStart(10)} raw  ${kb(s.gzip).padStart(9)} gzip`);
  console.log(
    `  ${"total".padEnd(28)} ${"".padStart(10)}      ${kb(result.total).padStart(9)} gzip (budget ${kb(result.budget)})`,
  );
  const problems = [];
  if (!result.within)
    problems.push(
      `The pane's initial JavaScript is ${kb(result.total)} gzip, over the ${kb(result.budget)} budget.`,
    );
  if (excelJsIn.length > 0)
    problems.push(`ExcelJS is in the pane's initial chunks (${excelJsIn.join(", ")}): it must load lazily.`);
  return { problems, total: result.total };
}

async function main() {
  if (chromiumMissing()) {
    console.error(INSTALL_HINT);
    return 1;
  }
  const failures = [];
  const reused = process.env.E2E_BUILD_DIR;
  const outDir = reused || fs.mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-build-"));
  let server;
  let browser;
  let budget = { problems: [], total: null };
  try {
    if (reused)
      console.log(`Reusing the build in ${reused} (E2E_BUILD_DIR): the bundle budget is not checked.`);
    else {
      console.log(`Building the add-in and the preview (webpack, production mode) into ${outDir} …`);
      const started = Date.now();
      const stats = await build(outDir, "production");
      console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      budget = checkBudget(stats, outDir);
      failures.push(...budget.problems);
    }

    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serve(outDir);
    browser = await launch();
    console.log(
      `\nServing ${server.origin}/preview.html in ${browser.context.browser()?.version() ?? "chromium"}; screenshots in ${path.relative(ROOT, SHOTS)}/\n`,
    );
    const outcome = await runSteps({ context: browser.context, origin: server.origin, shotsDir: SHOTS });
    failures.push(...outcome.failures);
    console.log("\nThe legacy-host check in taskpane.html (legacy.js):");
    const legacy = await runLegacySteps({ context: browser.context, origin: server.origin, shotsDir: SHOTS });
    failures.push(...legacy.failures);
    console.log("\nThe built pages with the real office.js (officejs.js):");
    const real = await runOfficeJsSteps({
      context: browser.context,
      origin: server.origin,
      shotsDir: SHOTS,
      buildDir: outDir,
    });
    failures.push(...real.failures);
    console.log("\nThe standalone page opened from disk, network refused (standalone.js):");
    const standalone = await runStandaloneSteps({ buildDir: outDir, shotsDir: SHOTS });
    failures.push(...standalone.failures);
    outcome.figures.push(...standalone.figures);
    console.log("\nThe release packed from this build (release.js):");
    failures.push(...(await runReleaseStep({ buildDir: outDir })).failures);
    console.log("\nFigures:");
    if (budget.total !== null)
      console.log(`  pane initial JS: ${kb(budget.total)} gzip (budget ${kb(BUDGET_BYTES)})`);
    for (const line of outcome.figures) console.log(`  ${line}`);
  } catch (error) {
    failures.push(`The run stopped: ${error && error.stack ? error.stack : error}`);
  } finally {
    if (browser) await browser.close();
    if (server) await server.close();
    if (process.env.E2E_KEEP_BUILD) console.log(`Build kept in ${outDir}`);
    else if (!reused) fs.rmSync(outDir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\nE2E FAILED (${failures.length} problem(s)):`);
    for (const f of failures) console.error(`  - ${f.replace(/\n/g, "\n    ")}`);
    return 1;
  }
  console.log("\nE2E passed.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
