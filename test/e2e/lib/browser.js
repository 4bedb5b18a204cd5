// Debian's chromium driven by playwright-core, launched as TOOLCHAIN.md says (these flags, a fresh profile).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumMissing() {
  return !fs.existsSync(CHROMIUM);
}

const INSTALL_HINT = [
  `Chromium was not found at ${CHROMIUM}. The browser tests drive Debian's chromium:`,
  "  sudo apt-get update && sudo apt-get install -y chromium     (~400 MB; .ci/run does this on CI)",
  "or point CHROMIUM_PATH at another Chromium. (`npx playwright install` cannot download browsers here.)",
].join("\n");

/** A persistent context on a fresh, empty profile folder (Playwright passes it as --user-data-dir). */
async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: "vi-VN",
    acceptDownloads: false,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launch, chromiumMissing, INSTALL_HINT, CHROMIUM, FLAGS };
