// The browser scenario, step by step, on the preview (the real pane on the Excel simulator). Each step
// acts like a user, asserts what the user would see, then runs the common checks (axe, CSP, page errors)
// and saves a screenshot. A failed step is reported and the run goes on with the next one.
const assert = require("assert/strict");
const path = require("path");
const { setTimeout: sleep } = require("timers/promises");
const { CSP_LISTENER, PageWatch, checkPage } = require("./lib/checks");
const { groupsOf } = require("./expected");
const { ROOT } = require("./lib/build");
const P = require("./pane");

const REPORT_PREFIXES = [
  "Xếp hạng",
  "Kiểm điểm-giải trình",
  "Phân tích lĩnh vực",
  "Đăng ký đột phá",
  "Nhật ký",
];
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * Stands in for office.js loaded in a plain browser tab: Office.onReady says "no host"; CustomFunctions is
 * there as in the shared runtime, so that functions.js runs (its registration is tested elsewhere).
 */
const OFFICE_JS_STUB = `
  globalThis.__officeJsStub = true;
  globalThis.CustomFunctions = { associate() {} };
  globalThis.Office = {
    HostType: { Excel: "Excel" },
    onReady(callback) {
      const info = { host: null, platform: null };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
  };
`;
/** Excel's Neutral and Bad fills, the highlight styles of src/core/report/highlights.ts. */
const HIGHLIGHT_FILLS = ["rgb(255, 235, 156)", "rgb(255, 199, 206)"];

/** An ASCII file name from a Vietnamese title: "Tô màu bảng điểm" → "to-mau-bang-diem". */
function slug(title) {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

// ---- the grid view ----------------------------------------------------------------------------------

const grid = (page) => page.getByTestId("grid");
const fingerprint = (page) => grid(page).getAttribute("data-fingerprint");

async function sheetTabs(page) {
  return page
    .getByTestId("sheet-tabs")
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => t.dataset.sheet));
}

async function showSheet(page, name) {
  await page.getByTestId("sheet-tabs").locator(`[data-sheet="${name}"]`).click();
  await page.locator(`[data-testid=grid][data-sheet="${name}"]`).waitFor();
}

async function openWorkbook(page, file) {
  await page.getByTestId("workbook-select").selectOption(`example:${file}`);
  await page.waitForFunction(
    (hash) => globalThis.location.hash === hash,
    `#workbook=${encodeURIComponent(`example:${file}`)}`,
  );
}

async function highlightedCells(page) {
  return grid(page)
    .locator("td[data-cell]")
    .evaluateAll(
      (cells, fills) => cells.filter((c) => fills.includes(c.style.backgroundColor)).length,
      HIGHLIGHT_FILLS,
    );
}

const reportSheetsIn = (tabs) => tabs.filter((t) => REPORT_PREFIXES.some((p) => t.startsWith(p)));

/** Unit names of the ranking sheet in sheet order, per expected group. */
async function rankingOrder(page, sheet, groups) {
  const values = await page.evaluate((name) => globalThis.__cchcPreview.sheetValues(name), sheet);
  const texts = values.map((line) =>
    line.filter((v) => typeof v === "string").map((v) => v.normalize("NFC")),
  );
  return groups.map((g) => {
    const names = new Set(g.byRank.map((n) => n.normalize("NFC")));
    return texts.flatMap((line) => line.filter((t) => names.has(t)));
  });
}

// ---- the scenario -------------------------------------------------------------------------------------

async function runSteps({ context, origin, shotsDir }) {
  const failures = [];
  const figures = [];
  const outside = [];
  await context.addInitScript({ content: CSP_LISTENER });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return route.continue();
    if (url === OFFICE_JS)
      // taskpane.html's office.js: the page must be allowed to load it; its content is not needed here.
      return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_JS_STUB });
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const watch = new PageWatch(page);
  let n = 0;

  async function step(title, body, options) {
    n++;
    const shot = path.join(shotsDir, `${String(n).padStart(2, "0")}-${slug(title)}.png`);
    const started = Date.now();
    const problems = [];
    try {
      await body();
    } catch (error) {
      problems.push(
        error && error.message ? error.message.split("\n").slice(0, 6).join("\n") : String(error),
      );
    }
    try {
      problems.push(...(await checkPage(watch, shot, options)));
    } catch (error) {
      problems.push(`checks failed: ${error.message}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length === 0) console.log(`  ✓ ${title} (${seconds} s)`);
    else {
      console.log(`  ✗ ${title} (${seconds} s)`);
      for (const p of problems) console.log(`      ${p.replace(/\n/g, "\n      ")}`);
      failures.push(...problems.map((p) => `${title}: ${p}`));
    }
  }

  const hd = groupsOf("hai-duong-2021.xlsx");
  const hp = groupsOf("hai-phong-2025.xlsx");
  let original = null;

  await step("Mở bản xem trước (Hải Dương 2021)", async () => {
    await page.goto(`${origin}/preview.html`);
    await grid(page).waitFor({ timeout: 30000 });
    assert.equal(await grid(page).getAttribute("data-sheet"), "Chỉ số CCHC 2021");
    assert.match(await page.locator("h1").first().innerText(), /Xem trước/);
    await P.waitReady(page);
    original = await fingerprint(page);
  });

  await step("Bảng điểm được nhận diện (18 + 12 đơn vị)", async () => {
    const groups = P.pane(page).getByTestId("groups");
    await groups.waitFor();
    const text = await groups.innerText();
    for (const g of hd) {
      assert.ok(text.includes(String(g.count)), `the pane lists no group of ${g.count} units: ${text}`);
    }
  });

  await step("Kết quả hiển thị", async () => {
    await P.openTab(page, "results");
    await P.pane(page).getByTestId("counts").waitFor();
    const ranking = P.pane(page).getByTestId("ranking");
    await ranking.waitFor();
    const rows = await ranking.locator("tbody tr").count();
    assert.ok(rows >= 30, `the results list ${rows} ranked rows, expected the 30 units`);
  });

  await step("Tô màu bảng điểm", async () => {
    await P.openTab(page, "actions");
    await P.button(page, P.NAMES.highlight).first().click();
    await page.waitForFunction(
      (before) => globalThis.document.querySelector("[data-testid=grid]")?.dataset.fingerprint !== before,
      original,
      { timeout: 15000 },
    );
    const marked = await highlightedCells(page);
    assert.ok(marked > 0, "no cell of the grid carries a highlight fill");
  });

  await step("Xóa tô màu (trở lại như cũ)", async () => {
    await P.button(page, P.NAMES.clear).first().click();
    await page.waitForFunction(
      (before) => globalThis.document.querySelector("[data-testid=grid]")?.dataset.fingerprint === before,
      original,
      { timeout: 15000 },
    );
    assert.equal(await highlightedCells(page), 0);
  });

  await step("Tạo báo cáo (5 trang, xếp hạng đúng thứ tự)", async () => {
    const before = await sheetTabs(page);
    await P.button(page, P.NAMES.report).first().click();
    await page.waitForFunction(
      (prefixes) =>
        [...globalThis.document.querySelectorAll("[data-testid=sheet-tabs] [role=tab]")].filter((t) =>
          prefixes.some((p) => t.dataset.sheet.startsWith(p)),
        ).length >= prefixes.length,
      REPORT_PREFIXES,
      { timeout: 30000 },
    );
    const added = reportSheetsIn(await sheetTabs(page)).filter((t) => !before.includes(t));
    assert.equal(added.length, 5, `report sheets added: ${added.join(", ")}`);
    const ranking = added.find((t) => t.startsWith("Xếp hạng"));
    const order = await rankingOrder(page, ranking, hd);
    hd.forEach((g, i) =>
      assert.deepEqual(order[i], g.byRank, `group ${g.name} is not in rank order on ${ranking}`),
    );
    await showSheet(page, ranking);
  });

  await step("Tạo báo cáo cho 127 đơn vị (Hải Phòng 2025): đo thời gian", async () => {
    await openWorkbook(page, "hai-phong-2025.xlsx");
    await P.waitReady(page);
    const groups = await P.pane(page).getByTestId("groups").innerText();
    for (const g of hp)
      assert.ok(groups.includes(String(g.count)), `no group of ${g.count} units: ${groups}`);
    await P.openTab(page, "actions");
    const button = P.button(page, P.NAMES.report).first();
    await button.waitFor();
    const handle = await button.elementHandle();
    // Timed in the page: from the click to the report sheets in the grid and the pane's links to them.
    const ms = await page.evaluate(
      ({ target, prefixes }) =>
        new Promise((resolve, reject) => {
          const doc = globalThis.document;
          const done = () =>
            [...doc.querySelectorAll("[data-testid=sheet-tabs] [role=tab]")].filter((t) =>
              prefixes.some((p) => t.dataset.sheet.startsWith(p)),
            ).length >= prefixes.length && doc.querySelector("[data-testid=report-links]") !== null;
          const start = globalThis.performance.now();
          const observer = new globalThis.MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve(globalThis.performance.now() - start);
          });
          observer.observe(doc.body, { subtree: true, childList: true, attributes: true });
          globalThis.setTimeout(() => {
            observer.disconnect();
            reject(new Error("the report did not appear within 60 s"));
          }, 60000);
          target.click();
        }),
      { target: handle, prefixes: REPORT_PREFIXES },
    );
    figures.push(
      `click-to-report, 127 units (hai-phong-2025.xlsx): ${Math.round(ms)} ms (target ≤ 1000 ms; printed, not asserted)`,
    );
    const ranking = reportSheetsIn(await sheetTabs(page)).find((t) => t.startsWith("Xếp hạng"));
    const order = await rankingOrder(page, ranking, hp);
    hp.forEach((g, i) =>
      assert.deepEqual(order[i], g.byRank, `group ${g.name} is not in rank order on ${ranking}`),
    );
    const syncs = await page.evaluate(() => globalThis.__cchcPreview.syncCount());
    figures.push(`syncs so far on hai-phong-2025.xlsx (read + report): ${syncs}`);
  });

  await step("Thiết lập được giữ sau khi tải lại trang", async () => {
    await P.openTab(page, "settings");
    const threshold = P.pane(page)
      .getByRole("spinbutton", { name: /Ngưỡng/i })
      .first();
    await threshold.fill("80");
    await threshold.press("Tab");
    await page.waitForFunction(
      () => JSON.stringify(globalThis.__cchcPreview.settings()).includes("80"),
      null,
      {
        timeout: 10000,
      },
    );
    await sleep(400);
    await page.reload();
    await P.waitReady(page);
    await P.openTab(page, "settings");
    const after = P.pane(page)
      .getByRole("spinbutton", { name: /Ngưỡng/i })
      .first();
    assert.equal(await after.inputValue(), "80");
  });

  await step("Tệp hỏng (legacy.xls): thông báo rõ ràng", async () => {
    await openWorkbook(page, "legacy.xls");
    const alert = page.getByTestId("load-error");
    await alert.waitFor({ timeout: 15000 });
    const text = await alert.innerText();
    assert.match(text, /định dạng Excel cũ/);
    assert.match(text, /\.xlsx/);
  });

  await step("Mở tệp .xlsx của người dùng (bốn khối)", async () => {
    const four = groupsOf("four-groups.xlsx");
    await page.getByTestId("open-file").setInputFiles(path.join(ROOT, "test/fixtures/four-groups.xlsx"));
    await page.locator('[data-testid=grid][data-sheet="Chỉ số CCHC 2023"]').waitFor({ timeout: 15000 });
    await P.waitReady(page);
    const groups = await P.pane(page).getByTestId("groups").innerText();
    for (const g of four)
      assert.ok(groups.includes(String(g.count)), `no group of ${g.count} units: ${groups}`);
  });

  await step("Bảng có ô lỗi (messy.xlsx): cảnh báo bằng tiếng Việt", async () => {
    await openWorkbook(page, "messy.xlsx");
    await P.waitReady(page);
    const warnings = P.pane(page).getByTestId("warnings");
    await warnings.waitFor({ timeout: 15000 });
    const text = await warnings.innerText();
    assert.match(text, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, `not Vietnamese: ${text}`);
  });

  await step("taskpane.html chạy với chính sách CSP", async () => {
    await page.goto(`${origin}/taskpane.html`);
    const status = page.locator("#root [role=status]");
    await status.waitFor({ timeout: 15000 });
    assert.match(await status.innerText(), /Excel/);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.ok(csp, "taskpane.html has no Content-Security-Policy meta tag");
    assert.match(csp, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    assert.match(csp, /connect-src 'self'/);
    assert.ok(await page.evaluate(() => globalThis.__officeJsStub === true), "office.js was not loaded");
  });

  if (outside.length > 0)
    failures.push(`requests left the page's origin: ${[...new Set(outside)].join(", ")}`);
  return { failures, figures };
}

module.exports = { runSteps };
