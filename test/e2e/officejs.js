// The built pages with Microsoft's real office.js instead of the stand-in the other steps use. The build writes one
// page that Office loads, taskpane.html: under the shared runtime the custom functions, the ribbon commands and the
// pane all run there (manifest.xml: Runtime, the functions' Page and the FunctionFile are one URL), and functions.js
// is its first bundle. The CDN URL is routed to the files of the npm package @microsoft/office-js
// (lib/office-js-package.js). Outside Office the page must show its "open in Excel" line, the functions and the
// command must have reached office.js's registries, and nothing may go wrong: no page error, no console error, no
// request leaving the page, no Content Security Policy violation but the one decided in taskpane.html and README
// (chapter 5, CSP): office.js's usage-log frame. help.html, the manifest's SupportUrl, is checked the same way.
//   run by test/e2e/run.js; alone on a kept build: E2E_BUILD_DIR=/path/to/build node test/e2e/officejs.js
const assert = require("assert/strict");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const { CSP_LISTENER, PageWatch, checkPage } = require("./lib/checks");
const { officeJsDist, OFFICE_JS_VERSION } = require("./lib/office-js-package");

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The one violation decided and written down (taskpane.html's CSP comment; README, chapter 5, CSP). */
const DECIDED_VIOLATIONS = [
  {
    what: "office.js's usage-log frame (telemetryservice), blocked on purpose",
    directive: "frame-src",
    blocked: /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com(\/|$)/,
    console: /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/,
  },
];
/** The custom functions' ids (functions.json) and the ribbon command (manifest.xml's FunctionName). */
const COMMANDS = ["CREATEREPORT"];
const OUTSIDE_EXCEL = /Không chạy trong Excel/;

const decided = (v) =>
  DECIDED_VIOLATIONS.some((d) => d.directive === v.directive && d.blocked.test(v.blocked));
const decidedConsole = (text) => DECIDED_VIOLATIONS.some((d) => d.console.test(text));

/** A page whose requests for Office's CDN are answered from the package and whose other foreign requests fail. */
async function openPage(context, origin, dist) {
  const page = await context.newPage();
  await page.addInitScript({ content: `if (!globalThis.__cspViolations) { ${CSP_LISTENER} }` });
  const served = [];
  const missing = [];
  const outside = [];
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(CDN)) {
      const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN).pathname.length));
      const file = path.resolve(dist, relative.toLowerCase());
      if (file.startsWith(dist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        served.push(relative);
        return route.fulfill({ path: file, contentType: contentType(file) });
      }
      missing.push(url);
      return route.fulfill({ status: 404, body: "" });
    }
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const warnings = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  return { page, served, missing, outside, warnings };
}

function contentType(file) {
  if (file.endsWith(".js")) return "text/javascript; charset=utf-8";
  if (file.endsWith(".html")) return "text/html; charset=utf-8";
  if (file.endsWith(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

async function registered(page) {
  return page.evaluate(() => ({
    realOfficeJs: typeof globalThis.OSF === "object" && !globalThis.__officeJsStub,
    functions: Object.keys(globalThis.CustomFunctions?._association?.mappings ?? {}).sort(),
    commands: Object.keys(globalThis.Office?.actions?._association?.mappings ?? {}).sort(),
  }));
}

async function runOfficeJsSteps({ context, origin, shotsDir, buildDir }) {
  const failures = [];
  let dist;
  try {
    dist = officeJsDist({ log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    return { failures: [`office.js ${OFFICE_JS_VERSION} could not be fetched: ${error.message}`] };
  }
  const functionIds = JSON.parse(fs.readFileSync(path.join(buildDir, "functions.json"), "utf8"))
    .functions.map((f) => f.id.toUpperCase())
    .sort();

  async function step(title, file, body) {
    const started = Date.now();
    const { page, served, missing, outside, warnings } = await openPage(context, origin, dist);
    const watch = new PageWatch(page);
    const problems = [];
    try {
      await page.goto(`${origin}/${file}`);
      await body(page, { served, warnings });
    } catch (error) {
      problems.push(
        error && error.message ? error.message.split("\n").slice(0, 8).join("\n") : String(error),
      );
    }
    try {
      // Read the violations before the common checks (which would report them all), and keep the undecided ones.
      const violations = await page.evaluate(
        "globalThis.__cspViolations ? globalThis.__cspViolations.splice(0) : []",
      );
      for (const v of violations)
        if (!decided(v))
          problems.push(
            `CSP violation: ${v.directive} blocked ${v.blocked || "(inline)"} at ${v.source}:${v.line}`,
          );
      problems.push(
        ...(await checkPage(watch, path.join(shotsDir, `officejs-${path.basename(file, ".html")}.png`))),
      );
    } catch (error) {
      problems.push(`checks failed: ${error.message}`);
    }
    for (const text of watch.consoleErrors)
      if (!decidedConsole(text)) problems.push(`console error: ${text}`);
    for (const text of warnings)
      if (/^\[(InvalidArg|DuplicatedName)\]/.test(text)) problems.push(`office.js warned: ${text}`);
    if (missing.length > 0)
      problems.push(`office.js asked for files its package lacks: ${missing.join(", ")}`);
    if (outside.length > 0) problems.push(`requests left the page: ${[...new Set(outside)].join(", ")}`);
    await page.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) console.log(`  ✓ ${title} (${seconds} s)`);
    else {
      console.log(`  ✗ ${title} (${seconds} s)`);
      for (const p of problems) console.log(`      ${p.replace(/\n/g, "\n      ")}`);
      failures.push(...problems.map((p) => `${title}: ${p}`));
    }
  }

  await step(
    `taskpane.html với office.js ${OFFICE_JS_VERSION} thật: hàm, lệnh, ngăn tác vụ ngoài Excel`,
    "taskpane.html",
    async (page, { served }) => {
      const status = page.locator("#root [role=status]");
      await status.waitFor({ timeout: 20000 });
      assert.match(await status.innerText(), OUTSIDE_EXCEL);
      // office.js opens its usage-log frame 3 s after it loads: wait for that (the decided violation), so that
      // anything else it does late is seen too.
      await page
        .waitForFunction(
          () => (globalThis.__cspViolations || []).some((v) => /telemetryservice/.test(v.blocked)),
          undefined,
          { timeout: 10000 },
        )
        .catch(() => undefined);
      await page.waitForTimeout(500);
      const seen = await registered(page);
      assert.ok(seen.realOfficeJs, "the page did not run the real office.js");
      assert.ok(
        served.includes("office.js"),
        `office.js was not served from the package: ${served.join(", ")}`,
      );
      assert.deepEqual(seen.functions, functionIds, "custom functions associated with office.js");
      assert.deepEqual(seen.commands, COMMANDS, "ribbon commands associated with office.js");
      assert.equal(await page.locator('[data-testid="pane"]').count(), 0, "the pane mounted outside Excel");
    },
  );

  await step(
    "help.html (SupportUrl): không lỗi, không vi phạm CSP, không tải gì từ ngoài",
    "help.html",
    async (page) => {
      await page.locator("h1").first().waitFor({ timeout: 10000 });
    },
  );

  return { failures };
}

if (require.main === module) {
  const { serve } = require("./lib/server");
  const { launch } = require("./lib/browser");
  const buildDir = process.env.E2E_BUILD_DIR;
  if (!buildDir) {
    console.error("Set E2E_BUILD_DIR to a kept build (E2E_KEEP_BUILD=1 npm run test:e2e prints one).");
    process.exit(2);
  }
  (async () => {
    const server = await serve(buildDir);
    const browser = await launch();
    const shotsDir = path.resolve(__dirname, "../../test-results/e2e");
    fs.mkdirSync(shotsDir, { recursive: true });
    try {
      const { failures } = await runOfficeJsSteps({
        context: browser.context,
        origin: server.origin,
        shotsDir,
        buildDir,
      });
      process.exitCode = failures.length > 0 ? 1 : 0;
    } finally {
      await browser.close();
      await server.close();
    }
  })();
}

module.exports = { runOfficeJsSteps, DECIDED_VIOLATIONS };
