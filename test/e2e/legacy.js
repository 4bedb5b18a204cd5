// The legacy-host check (src/taskpane/legacy-check.js) in the built taskpane.html, in Chromium made to look like
// the webviews old Office hosts add-ins in: a Trident (Internet Explorer 11) or EdgeHTML user agent, or language
// features removed before the page runs. Each time the message with the ways out shows, the pane's root never
// renders and no bundle is even requested. A control run (Chromium as it is) shows the check lets the page boot.
//   run by test/e2e/run.js after the preview steps; alone on a kept build:
//   E2E_BUILD_DIR=/path/to/build node test/e2e/legacy.js
const assert = require("assert/strict");
const { URL } = require("url");
const path = require("path");
const { setTimeout: sleep } = require("timers/promises");
const { CSP_LISTENER, PageWatch, checkPage } = require("./lib/checks");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** office.js outside Office, enough to tell that it loaded (the bundles it would serve never run here). */
const OFFICE_JS_STUB = `globalThis.__officeJsStub = true;
  globalThis.Office = { onReady(callback) { const info = { host: null, platform: null }; if (callback) callback(info); return Promise.resolve(info); } };`;
const TRIDENT_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGEHTML_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

/** Scripts of our own the page may load on a legacy host: the check itself, nothing else. */
const ALLOWED_ON_LEGACY = /\/legacy-check\.js(\?|$)/;

const CASES = [
  {
    title: "Trident (Internet Explorer 11): thông báo, không tải gì thêm",
    userAgent: TRIDENT_UA,
    remove: [],
    reason: /Trident/,
  },
  {
    title: "Trident không có Promise, Symbol, fetch: thông báo",
    userAgent: TRIDENT_UA,
    remove: ["Promise", "Symbol", "fetch"],
    reason: /Trident.*Promise\.allSettled.*Symbol\.asyncIterator.*fetch/,
  },
  {
    title: "EdgeHTML (Edge Legacy): thông báo",
    userAgent: EDGEHTML_UA,
    remove: [],
    reason: /EdgeHTML/,
  },
  {
    title: "Chromium thiếu Object.fromEntries và Promise: thông báo",
    userAgent: null,
    remove: ["Object.fromEntries", "Promise"],
    reason: /Promise\.allSettled.*Object\.fromEntries/,
  },
];

/** Deletes globals (a name on window, or a dotted path such as Object.fromEntries) before any page script. */
function removalScript(remove) {
  return remove
    .map((name) => {
      const parts = name.split(".");
      const owner = parts.length > 1 ? `globalThis.${parts.slice(0, -1).join(".")}` : "globalThis";
      return `delete ${owner}[${JSON.stringify(parts[parts.length - 1])}];`;
    })
    .join("\n");
}

async function openPage(context, { userAgent, remove }) {
  const page = await context.newPage();
  // Once per page, whether or not the context already listens (run.js's preview steps add it to the context).
  await page.addInitScript({ content: `if (!globalThis.__cspViolations) { ${CSP_LISTENER} }` });
  if (remove.length > 0) await page.addInitScript({ content: removalScript(remove) });
  if (userAgent) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setUserAgentOverride", { userAgent });
  }
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_JS_STUB }),
  );
  const scripts = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  return { page, scripts };
}

async function runLegacySteps({ context, origin, shotsDir }) {
  const failures = [];
  let n = 0;

  async function step(title, options, body) {
    n++;
    const shot = path.join(shotsDir, `legacy-${String(n).padStart(2, "0")}.png`);
    const { page, scripts } = await openPage(context, options);
    const watch = new PageWatch(page);
    const started = Date.now();
    const problems = [];
    try {
      await body(page, scripts);
    } catch (error) {
      problems.push(
        error && error.message ? error.message.split("\n").slice(0, 6).join("\n") : String(error),
      );
    }
    try {
      // axe runs in the page and needs what a removal took away: it checks the message where nothing was.
      problems.push(...(await checkPage(watch, shot, { axe: options.remove.length === 0 })));
    } catch (error) {
      problems.push(`checks failed: ${error.message}`);
    }
    await page.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) console.log(`  ✓ ${title} (${seconds} s)`);
    else {
      console.log(`  ✗ ${title} (${seconds} s)`);
      for (const p of problems) console.log(`      ${p.replace(/\n/g, "\n      ")}`);
      failures.push(...problems.map((p) => `${title}: ${p}`));
    }
  }

  for (const legacy of CASES) {
    await step(legacy.title, legacy, async (page, scripts) => {
      await page.goto(`${origin}/taskpane.html`);
      const message = page.getByTestId("legacy-host");
      await message.waitFor({ timeout: 10000 });
      // Time for anything that would still load or render to do so.
      await page.waitForLoadState("load");
      await sleep(1500);
      const vi = await message.locator("[lang=vi]").innerText();
      const en = await message.locator("[lang=en]").innerText();
      assert.match(vi, /không chạy được/);
      assert.match(vi, /Excel trên web/);
      assert.match(vi, /Microsoft 365/);
      assert.match(vi, /standalone\.html/);
      assert.match(vi, /cchc report/);
      assert.match(en, /Excel on the web/);
      assert.match(en, /standalone\.html/);
      assert.match(en, /cchc report/);
      assert.match(await message.innerText(), legacy.reason);
      assert.equal(await message.getAttribute("role"), "alert");
      assert.equal(await page.getByTestId("pane").count(), 0, "the pane's root rendered");
      assert.equal(await page.locator("#root [role=status]").count(), 0, "the pane bundle ran");
      assert.doesNotMatch(await page.locator("#root").innerText(), /Đang tải/);
      assert.ok(await page.evaluate(() => globalThis.__officeJsStub === true), "office.js was not loaded");
      const ours = scripts.filter((url) => url.startsWith(`${origin}/`));
      assert.deepEqual(
        ours.filter((url) => !ALLOWED_ON_LEGACY.test(url)),
        [],
        "scripts of ours other than the legacy check were requested",
      );
      assert.equal(ours.length, 1, `the legacy check was requested ${ours.length} times`);
    });
  }

  await step(
    "Chromium bình thường: kiểm tra cho trang chạy tiếp",
    { userAgent: null, remove: [] },
    async (page, scripts) => {
      await page.goto(`${origin}/taskpane.html`);
      // Outside Office the pane bundle says to open the add-in in Excel: it loaded and ran.
      await page.locator("#root [role=status]").waitFor({ timeout: 15000 });
      assert.equal(
        await page.getByTestId("legacy-host").count(),
        0,
        "the legacy message showed on a current Chromium",
      );
      assert.equal(await page.locator("html").getAttribute("data-legacy-host"), "false");
      const ours = scripts.filter((url) => url.startsWith(`${origin}/`)).map((url) => new URL(url).pathname);
      assert.equal(ours[0], "/legacy-check.js", `the first script of ours is ${ours[0]}`);
      for (const bundle of ["/functions.js", "/commands.js", "/taskpane.js"])
        assert.ok(ours.includes(bundle), `${bundle} was not loaded (${ours.join(", ")})`);
      assert.ok(
        ours.indexOf("/functions.js") < ours.indexOf("/commands.js") &&
          ours.indexOf("/commands.js") < ours.indexOf("/taskpane.js"),
        `bundles out of order: ${ours.join(", ")}`,
      );
    },
  );

  return { failures };
}

async function main() {
  const fs = require("fs");
  const { serve } = require("./lib/server");
  const { launch } = require("./lib/browser");
  const { ROOT } = require("./lib/build");
  const dir = process.env.E2E_BUILD_DIR;
  if (!dir || !fs.existsSync(path.join(dir, "taskpane.html"))) {
    console.error("Set E2E_BUILD_DIR to a build kept by `E2E_KEEP_BUILD=1 npm run test:e2e`.");
    return 2;
  }
  const shotsDir = path.join(ROOT, "test-results", "e2e");
  fs.mkdirSync(shotsDir, { recursive: true });
  const server = await serve(dir);
  const browser = await launch();
  try {
    const { failures } = await runLegacySteps({ context: browser.context, origin: server.origin, shotsDir });
    for (const f of failures) console.error(`  - ${f}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );

module.exports = { runLegacySteps };
