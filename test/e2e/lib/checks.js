// What every step checks besides its own assertions: no serious or critical axe violation, no Content
// Security Policy violation, no uncaught page error, no request leaving the page's origin; and a screenshot.
const fs = require("fs");
const path = require("path");
const { AxeBuilder } = require("@axe-core/playwright");

const SERIOUS = new Set(["serious", "critical"]);

/** Collects CSP violations in every page of the context (read back by `cspViolations`). */
const CSP_LISTENER = `
  globalThis.__cspViolations = [];
  globalThis.document.addEventListener("securitypolicyviolation", (e) => {
    globalThis.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
  });
`;

class PageWatch {
  constructor(page) {
    this.page = page;
    this.errors = [];
    this.consoleErrors = [];
    page.on("pageerror", (error) => this.errors.push(error.stack || error.message));
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
  }

  takeErrors() {
    const errors = this.errors.splice(0);
    return errors;
  }
}

async function cspViolations(page) {
  return page.evaluate("globalThis.__cspViolations ? globalThis.__cspViolations.splice(0) : []");
}

/**
 * Fluent UI's focus manager (Tabster) puts focus sentinels in the page, `<i data-tabster-dummy tabindex="0"
 * aria-hidden="true">`, which hand focus on at once: axe's aria-hidden-focus flags them, a known false
 * positive ("by design" for Fluent UI v9, microsoft/fluentui#27517, microsoft/tabster#288; Accessibility
 * Insights suppresses exactly these nodes). Only those nodes of only that rule are dropped.
 */
function withoutTabsterSentinels(violation) {
  if (violation.id !== "aria-hidden-focus") return violation;
  const nodes = violation.nodes.filter((n) => !/\bdata-tabster-dummy\b/.test(n.html));
  return nodes.length > 0 ? { ...violation, nodes } : null;
}

async function axeProblems(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => SERIOUS.has(v.impact))
    .map(withoutTabsterSentinels)
    .filter(Boolean)
    .map(
      (v) =>
        `axe ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length} node(s): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")})`,
    );
}

/** Runs the common checks; returns the problems found (an empty list when the step is clean). */
async function checkPage(watch, shotPath, { axe = true } = {}) {
  const problems = [];
  fs.mkdirSync(path.dirname(shotPath), { recursive: true });
  await watch.page.screenshot({ path: shotPath, fullPage: false });
  for (const v of await cspViolations(watch.page))
    problems.push(
      `CSP violation: ${v.directive} blocked ${v.blocked || "(inline)"} at ${v.source}:${v.line}`,
    );
  for (const e of watch.takeErrors()) problems.push(`page error: ${e}`);
  if (axe) problems.push(...(await axeProblems(watch.page)));
  return problems;
}

module.exports = { CSP_LISTENER, PageWatch, checkPage };
