// The standalone page (dist/standalone.html) as its users get it: opened from disk (file://) with every network
// request refused, in a browser context of its own that accepts downloads. What the page shows and the files it
// gives are compared with `cchc report` on the same workbooks (--json, --out, and the CLI's refusal messages):
// the Hải Dương examples as .xlsx and as .xls, this year and last year; the lists, the ranking, the counts; the
// report (.xlsx, ExcelJS: the five sheets, cell for cell as the CLI's except the run log) and the notice
// (.docx, jszip: the units to review named); every broken fixture's message; the page without a worker; the
// settings kept and forgotten; English. Prints the file's size, open + analyse of Hải Phòng 2025 and the time to
// download its report.
const assert = require("assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");
const { ROOT } = require("./lib/build");
const { CHROMIUM, FLAGS } = require("./lib/browser");
const { CSP_LISTENER, PageWatch, checkPage } = require("./lib/checks");
const { standaloneFileProblems } = require("./lib/standalone-file");

const THIS_YEAR = path.join(ROOT, "examples/hai-duong-2021.xlsx");
const LAST_YEAR = path.join(ROOT, "examples/hai-duong-2020.xlsx");
const THIS_YEAR_XLS = path.join(ROOT, "test/fixtures/xls/hai-duong-2021.xls");
const LAST_YEAR_XLS = path.join(ROOT, "test/fixtures/xls/hai-duong-2020.xls");
const HAI_PHONG = path.join(ROOT, "test/fixtures/hai-phong-2025.xlsx");
const MESSY = path.join(ROOT, "test/fixtures/messy.xlsx");
const BROKEN = [
  "corrupt.xlsx",
  "encrypted.xlsx",
  "legacy.xls",
  "not-xlsx.xlsx",
  "not-workbook.xlsx",
  "empty.xlsx",
  "no-table.xlsx",
].map((f) => path.join(ROOT, "test/fixtures", f));
const REPORT_SHEETS = 5;
const LOG_PREFIX = "Nhật ký";

// ---- the CLI, the expectations' source -------------------------------------------------------------------

function cchc(args) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin/cchc.js"), "report", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function cliJson(workbook, previous) {
  const run = cchc([workbook, ...(previous ? ["--previous", previous] : []), "--json", "-"]);
  assert.equal(run.code, 0, `cchc report ${path.basename(workbook)}: exit ${run.code}\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

function cliReport(workbook, previous, out) {
  const run = cchc([workbook, ...(previous ? ["--previous", previous] : []), "--out", out, "--force"]);
  assert.equal(run.code, 0, `cchc report --out: exit ${run.code}\n${run.stderr}`);
}

/** The CLI's message for a workbook it refuses (exit 2), as the page must show it. */
function cliRefusal(workbook, lang = "vi") {
  const run = cchc([workbook, "--lang", lang]);
  assert.equal(run.code, 2, `cchc report ${path.basename(workbook)} should refuse it (exit ${run.code})`);
  return run.stderr.trim();
}

// ---- the page -------------------------------------------------------------------------------------------

const pane = (page) => page.getByTestId("pane");

async function openThisYear(page, file) {
  await page.getByLabel(/năm nay/).setInputFiles(file);
}

/** Last year's file through the pane's picker: one on the page (the Start step's), as in Excel. */
async function openLastYear(page, file) {
  const pickers = page.getByLabel("Chọn tệp năm trước…");
  assert.equal(await pickers.count(), 1, "last year's picker appears exactly once");
  await pickers.setInputFiles(file);
  await page.getByText(`Đã đọc tệp “${path.basename(file)}”`).waitFor({ timeout: 60000 });
}

async function waitFound(page, timeout = 60000) {
  await page.getByTestId("found-summary").waitFor({ timeout });
}

async function openTab(page, tab) {
  await pane(page).locator(`#tab-${tab}`).click();
  await pane(page).getByTestId(`panel-${tab}`).waitFor({ state: "visible" });
}

/** The names in a list (UnitList), by group when it has group headings. */
async function listGroups(page, testId) {
  return pane(page)
    .getByTestId(testId)
    .evaluate((list) => {
      const names = (root) =>
        [...root.querySelectorAll("[role=option]")].map((o) => ({
          name: o.firstElementChild.textContent,
          detail: o.lastElementChild.textContent,
        }));
      const groups = [...list.querySelectorAll(":scope > [role=group]")];
      return groups.length > 0 ? groups.map(names) : [names(list)];
    });
}

async function summaryNumbers(page) {
  const text = await page
    .getByText(/\d+ đơn vị phải kiểm điểm ·/)
    .first()
    .textContent();
  const match = /(\d+) đơn vị phải kiểm điểm · (\d+) trường hợp phải giải trình · tụt hạng: (\S+)/.exec(text);
  assert.ok(match, `no review summary in “${text}”`);
  return { reviews: Number(match[1]), explanations: Number(match[2]), dropped: match[3] };
}

/** Checks the page against the CLI's JSON for the same workbooks. */
async function checkResults(page, json) {
  const found = await page.getByTestId("found-summary").textContent();
  assert.ok(
    found.startsWith(`${json.units.length} đơn vị trong ${json.groups.length} khối`),
    `found: “${found}”, the CLI: ${json.units.length} units in ${json.groups.length} groups`,
  );
  const numbers = await summaryNumbers(page);
  assert.equal(numbers.reviews, json.reviews.length, "reviews");
  assert.equal(numbers.explanations, json.explanations.length, "explanations");
  assert.equal(numbers.dropped, String(json.dropped.length), "dropped");

  await openTab(page, "results");
  const ranking = await listGroups(page, "ranking");
  const expected = json.groups.map((g) =>
    json.units
      .filter((u) => u.group === g.name && u.rank !== null)
      .sort((a, b) => a.rank - b.rank)
      .map((u) => u.name),
  );
  assert.deepEqual(
    ranking.map((g) => g.map((u) => u.name)),
    expected,
    "the ranking by khối is not the CLI's",
  );
  const reviews = (await listGroups(page, "reviews")).flat().map((u) => u.name);
  assert.deepEqual(new Set(reviews), new Set(json.reviews.map((r) => r.unit)), "the units to review");
  const explaining = (await listGroups(page, "explanations")).flat().map((u) => u.name);
  assert.deepEqual(
    new Set(explaining),
    new Set(json.explanations.map((e) => e.unit)),
    "the units to explain",
  );
  if (json.dropped.length > 0) {
    const dropped = (await listGroups(page, "dropped")).flat().map((u) => u.name);
    assert.deepEqual(new Set(dropped), new Set(json.dropped.map((d) => d.unit)), "the dropped units");
  }
  return ranking;
}

async function download(page, name) {
  await openTab(page, "actions");
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 120000 }),
    pane(page).getByRole("button", { name }).click(),
  ]);
  const saved = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "cchc-standalone-dl-")),
    file.suggestedFilename(),
  );
  await file.saveAs(saved);
  return { file: saved, ms: Date.now() - started, name: file.suggestedFilename() };
}

function sheetValues(sheet) {
  const rows = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (Array.isArray(row.values) ? row.values.slice(1) : []).map((v) =>
      v && typeof v === "object" && "result" in v
        ? { formula: v.formula ?? v.sharedFormula, result: v.result }
        : v,
    );
  });
  return rows;
}

/** The downloaded report: five sheets, each as the CLI writes it (the run log's times and names aside). */
async function checkReport(file, cliFile) {
  const page = new ExcelJS.Workbook();
  await page.xlsx.readFile(file);
  const cli = new ExcelJS.Workbook();
  await cli.xlsx.readFile(cliFile);
  const names = page.worksheets.map((s) => s.name);
  assert.equal(names.length, REPORT_SHEETS, `report sheets: ${names.join(", ")}`);
  assert.deepEqual(
    names,
    cli.worksheets.map((s) => s.name),
    "the report's sheets are not the CLI's",
  );
  for (const sheet of page.worksheets) {
    if (sheet.name.startsWith(LOG_PREFIX)) continue;
    assert.deepEqual(
      sheetValues(sheet),
      sheetValues(cli.getWorksheet(sheet.name)),
      `sheet “${sheet.name}” differs from the CLI's`,
    );
  }
  return names;
}

async function checkNotice(file, json) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml").async("string");
  const text = xml.replace(/<[^>]+>/g, "");
  const missing = json.reviews.map((r) => r.unit).filter((unit) => !text.includes(unit));
  assert.deepEqual(missing, [], "units to review missing from the notice");
}

// ---- the run --------------------------------------------------------------------------------------------

async function launchForDownloads() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "vi-VN",
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript(CSP_LISTENER);
  // Everything that is not the file itself is refused, and counted.
  const attempted = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!/^(file|blob|data):/.test(url) && !attempted.includes(url)) attempted.push(url);
  });
  return { browser, context, attempted };
}

async function runStandaloneSteps({ buildDir, shotsDir }) {
  const failures = [];
  const figures = [];
  const file = path.join(buildDir, "standalone.html");
  if (!fs.existsSync(file)) return { failures: [`${file} was not built`], figures };
  const html = fs.readFileSync(file, "utf8");
  figures.push(
    `standalone.html: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB (${Buffer.byteLength(html).toLocaleString("en")} bytes; limit 3 MB)`,
  );
  const fileProblems = standaloneFileProblems(html);
  console.log(
    `  ${fileProblems.length === 0 ? "✓" : "✗"} the file: ≤ 3 MB, nothing outside it in its markup`,
  );
  failures.push(...fileProblems.map((p) => `standalone.html: ${p}`));

  const url = pathToFileURL(file).href;
  const { browser, context, attempted } = await launchForDownloads();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-standalone-cli-"));
  let page;
  let watch;
  const step = async (title, body, { axe = true } = {}) => {
    const started = Date.now();
    try {
      await body();
      const problems = await checkPage(
        watch,
        path.join(shotsDir, `standalone-${title.replace(/\W+/g, "-")}.png`),
        {
          axe,
        },
      );
      if (problems.length > 0) throw new Error(problems.join("\n"));
      console.log(`  ✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      console.log(`  ✗ ${title}\n      ${String(error && error.message).replace(/\n/g, "\n      ")}`);
      failures.push(`standalone: ${title}: ${error && error.message}`);
    }
  };
  const fresh = async (width = 1440) => {
    if (page) await page.close();
    page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    watch = new PageWatch(page);
    await page.goto(url);
    await page.getByLabel(/năm nay/).waitFor();
  };

  try {
    const json = cliJson(THIS_YEAR, LAST_YEAR);
    const cliOut = path.join(tmp, "cli-report.xlsx");
    cliReport(THIS_YEAR, LAST_YEAR, cliOut);

    await step("opened from disk: both inputs, the promise that nothing leaves the page", async () => {
      await fresh();
      assert.match(await page.getByTestId("privacy").textContent(), /không gửi và không tải gì qua mạng/);
      await page.getByText("Bảng điểm năm trước", { exact: false }).first().waitFor();
      assert.equal(await page.evaluate(() => globalThis.location.protocol), "file:");
    });

    await step(
      "Hải Dương 2021 with 2020 (.xlsx): the CLI's ranking, reviews, explanations, dropped",
      async () => {
        await openThisYear(page, THIS_YEAR);
        await waitFound(page);
        await openLastYear(page, LAST_YEAR);
        const ranking = await checkResults(page, json);
        assert.equal(ranking[0][0].name, "Sở Giao thông vận tải");
        assert.match(ranking[0][0].detail, /^Hạng 1 · 91,53%/);
        assert.equal(
          await pane(page).getAttribute("data-reader"),
          "worker",
          "files were not read in a worker",
        );
      },
    );

    await step("Tải báo cáo (.xlsx): the five sheets, as cchc report --out writes them", async () => {
      const got = await download(page, "Tải báo cáo (.xlsx)");
      assert.match(got.name, /\.xlsx$/);
      await checkReport(got.file, cliOut);
    });

    await step("Tải dự thảo thông báo (.docx): the units to review named", async () => {
      const got = await download(page, "Tải dự thảo thông báo (.docx)");
      assert.match(got.name, /\.docx$/);
      await checkNotice(got.file, json);
    });

    await step("the same workbooks saved as .xls (Excel 97–2003)", async () => {
      await fresh();
      await openThisYear(page, THIS_YEAR_XLS);
      await waitFound(page);
      await openLastYear(page, LAST_YEAR_XLS);
      await checkResults(page, cliJson(THIS_YEAR_XLS, LAST_YEAR_XLS));
    });

    await step("warnings with sheet, row and column, as many as the CLI's (messy.xlsx)", async () => {
      const messy = cliJson(MESSY);
      await fresh();
      await openThisYear(page, MESSY);
      await waitFound(page);
      const shown =
        (await page.getByTestId("warnings").locator(":scope > li").count()) +
        (await page.getByTestId("read-problems").locator("li").count());
      assert.equal(shown, messy.warnings.length, "warnings");
      const first = messy.warnings.find((w) => w.row !== null && w.column !== null);
      if (first) await page.getByText(`ô ${first.column}${first.row}`).first().waitFor();
    });

    for (const broken of BROKEN) {
      await step(`${path.basename(broken)}: the CLI's message`, async () => {
        const expected = cliRefusal(broken);
        await fresh();
        await openThisYear(page, broken);
        const shown = page.getByTestId("file-error-message").or(page.getByTestId("analysis-error"));
        await shown.first().waitFor({ timeout: 60000 });
        assert.equal((await shown.first().textContent()).trim(), expected);
      });
    }

    await step("English by the switch: the page and the messages", async () => {
      await fresh();
      await page.getByTestId("language").click();
      await page.getByText("standalone page").first().waitFor();
      const broken = path.join(ROOT, "test/fixtures/corrupt.xlsx");
      await openThisYear(page, broken);
      const shown = page.getByTestId("file-error-message");
      await shown.waitFor({ timeout: 60000 });
      assert.equal((await shown.textContent()).trim(), cliRefusal(broken, "en"));
      await page.getByTestId("language").click();
      await page.getByText("trang độc lập").first().waitFor();
    });

    await step("settings kept in the browser, and forgotten", async () => {
      await fresh();
      await openThisYear(page, THIS_YEAR);
      await waitFound(page);
      await openTab(page, "settings");
      const threshold = pane(page).getByLabel("Ngưỡng giải trình (%)");
      await threshold.fill("80");
      await threshold.press("Tab");
      await page.waitForFunction(() => {
        const kept = globalThis.localStorage.getItem("cchc-standalone:settings");
        return kept !== null && JSON.parse(kept).settings.threshold === 80;
      });
      await fresh();
      await openThisYear(page, THIS_YEAR);
      await waitFound(page);
      assert.match(await page.getByText(/Lĩnh vực kiểm tra ngưỡng/).textContent(), /80/);
      await openTab(page, "settings");
      await page.getByTestId("forget-settings").click();
      assert.equal(
        await page.evaluate(() => globalThis.localStorage.getItem("cchc-standalone:settings")),
        null,
      );
    });

    await step("without a worker: read in the page, same results", async () => {
      if (page) await page.close();
      page = await context.newPage();
      watch = new PageWatch(page);
      await page.addInitScript(() => {
        delete globalThis.Worker;
      });
      await page.goto(url);
      await openThisYear(page, THIS_YEAR);
      await waitFound(page);
      await openLastYear(page, LAST_YEAR);
      await checkResults(page, json);
      assert.equal(await pane(page).getAttribute("data-reader"), "page");
    });

    await step("Hải Phòng 2025: open + analyse, download the report (figures)", async () => {
      await fresh();
      const started = Date.now();
      await openThisYear(page, HAI_PHONG);
      await waitFound(page);
      const opened = Date.now() - started;
      const json2025 = cliJson(HAI_PHONG);
      const found = await page.getByTestId("found-summary").textContent();
      assert.ok(found.startsWith(`${json2025.units.length} đơn vị`), found);
      const got = await download(page, "Tải báo cáo (.xlsx)");
      figures.push(`Hải Phòng 2025 (${json2025.units.length} units): open + analyse ${opened} ms`);
      figures.push(`Hải Phòng 2025: report download ${got.ms} ms`);
    });

    for (const width of [1440, 1024]) {
      await step(`screenshot at ${width} px with results (nothing scrolls sideways)`, async () => {
        await fresh(width);
        await openThisYear(page, THIS_YEAR);
        await waitFound(page);
        await openLastYear(page, LAST_YEAR);
        const wide = await page.evaluate(
          () => globalThis.document.documentElement.scrollWidth > globalThis.innerWidth,
        );
        assert.equal(wide, false, "the page scrolls sideways");
        await page.screenshot({ path: path.join(shotsDir, `standalone-${width}-full.png`), fullPage: true });
      });
    }

    if (attempted.length > 0)
      failures.push(`standalone: requests attempted: ${attempted.slice(0, 5).join(", ")}`);
    else
      console.log(
        "  ✓ no request left the page (every non-file: request would have been refused and counted)",
      );
  } catch (error) {
    failures.push(`standalone: the run stopped: ${error && error.stack ? error.stack : error}`);
  } finally {
    await browser.close().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { failures, figures };
}

module.exports = { runStandaloneSteps };

// node test/e2e/standalone.js <folder holding standalone.html>: this step alone.
if (require.main === module) {
  const buildDir = path.resolve(process.argv[2] || path.join(ROOT, "dist"));
  const shotsDir = path.join(ROOT, "test-results", "e2e");
  fs.mkdirSync(shotsDir, { recursive: true });
  runStandaloneSteps({ buildDir, shotsDir }).then(({ failures, figures }) => {
    for (const f of figures) console.log(`  ${f}`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(failures.length > 0 ? 1 : 0);
  });
}
