/**
 * The legacy-host check (src/taskpane/legacy-check.js) run in jsdom: on Trident, EdgeHTML, or an engine that lacks
 * a feature the bundles need it shows the ways out in Vietnamese and English and loads no bundle; elsewhere it
 * loads the bundles of its data-bundles list, in order. And the build wires it: the page's first script of our
 * own, the bundles not injected, the file shipped untouched. (The built page in Chromium: test/e2e/legacy.js.)
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import type { Configuration } from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Configuration;
const { parse } = require("espree") as {
  parse: (code: string, options: { ecmaVersion: number; sourceType: string }) => unknown;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "src/taskpane/legacy-check.js"), "utf8");
const TEMPLATE = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
const BUNDLES = ["functions.js?h1", "commands.js?h1", "taskpane.js?h1"];
const CHROMIUM_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
const TRIDENT_UA =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGEHTML_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

interface Run {
  window: JSDOM["window"];
  document: Document;
  loaded: string[];
  message: HTMLElement | null;
}

/** The page's body as the template writes it, the check run in it with a user agent and features removed. */
function run(userAgent: string, remove: string[] = []): Run {
  const dom = new JSDOM(
    `<!doctype html><html lang="vi"><head></head><body>
      <div id="root"><p>Đang tải Chỉ số CCHC…</p></div>
      <script id="cchc-legacy-check" src="legacy-check.js" data-bundles="${BUNDLES.join(" ")}"></script>
    </body></html>`,
    { url: "https://cchc.example.gov.vn/addin/taskpane.html?_host_Info=Excel", runScripts: "outside-only" },
  );
  const { window } = dom;
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  // jsdom has no fetch; a browser that runs the pane has one.
  (window as unknown as Record<string, unknown>).fetch = () => undefined;
  for (const feature of remove) window.eval(`delete ${feature}`);
  window.eval(SOURCE);
  const document = window.document;
  const loaded = [...document.querySelectorAll("script")]
    .filter((s) => s.id !== "cchc-legacy-check")
    .map((s) => s.getAttribute("src") ?? "");
  return { window, document, loaded, message: document.querySelector("[data-testid=legacy-host]") };
}

describe("legacy-check.js", () => {
  test("is ECMAScript 5: it parses as an ES5 script (what Internet Explorer 11 runs)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The parser itself is strict: the same file with one arrow function does not parse.
    expect(() => parse(`${SOURCE}\nvar f = () => 1;`, { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });

  test("on a current webview it loads the bundles in the listed order and shows nothing", () => {
    const { document, loaded, message } = run(CHROMIUM_UA);
    expect(message).toBeNull();
    expect(loaded).toEqual(BUNDLES);
    const scripts = [...document.querySelectorAll<HTMLScriptElement>("script[src]")].slice(1);
    expect(scripts.map((s) => s.async)).toEqual([false, false, false]);
    expect(document.documentElement.getAttribute("data-legacy-host")).toBe("false");
    expect(document.getElementById("root")?.textContent).toContain("Đang tải");
  });

  test.each([
    ["Trident (Internet Explorer 11)", TRIDENT_UA, [], /Trident/],
    ["EdgeHTML (Edge Legacy)", EDGEHTML_UA, [], /EdgeHTML/],
    [
      "a Chromium without Object.fromEntries and fetch",
      CHROMIUM_UA,
      ["Object.fromEntries", "window.fetch"],
      /fetch, Object\.fromEntries/,
    ],
    ["a Chromium without Promise", CHROMIUM_UA, ["window.Promise"], /Promise\.allSettled/],
    [
      "a Chromium without String.prototype.replaceAll",
      CHROMIUM_UA,
      ["String.prototype.replaceAll"],
      /replaceAll/,
    ],
  ])("on %s it shows the ways out and loads nothing", (_name, userAgent, remove, reason) => {
    const { window, document, loaded, message } = run(userAgent, remove);
    expect(loaded).toEqual([]);
    expect(message).not.toBeNull();
    expect(message?.getAttribute("role")).toBe("alert");
    expect(document.getElementById("root")?.textContent).not.toContain("Đang tải");
    expect(document.documentElement.getAttribute("data-legacy-host")).toBe("true");
    expect((window as unknown as { cchcLegacyHost: string[] }).cchcLegacyHost.join(", ")).toMatch(reason);

    const vi = message?.querySelector("[lang=vi]")?.textContent ?? "";
    const en = message?.querySelector("[lang=en]")?.textContent ?? "";
    expect(vi).toMatch(/không chạy được/);
    expect(vi).toMatch(/Excel trên web/);
    expect(vi).toMatch(/Microsoft 365/);
    expect(vi).toMatch(/standalone\.html/);
    expect(vi).toMatch(/cchc report/);
    expect(en).toMatch(/cannot run/);
    expect(en).toMatch(/Excel on the web/);
    expect(en).toMatch(/cchc report/);
    const links = [...(message?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "https://cchc.example.gov.vn/addin/standalone.html",
      "https://cchc.example.gov.vn/addin/standalone.html",
    ]);
  });
});

describe("the pane page and the build", () => {
  test("taskpane.html: office.js, then the legacy check as the only script of our own, handed the bundles", () => {
    const sources = [...TEMPLATE.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(sources[1]).toMatch(/^legacy-check\.js/);
    expect(TEMPLATE).toMatch(/id="cchc-legacy-check"/);
    expect(TEMPLATE).toMatch(/data-bundles="<%- htmlWebpackPlugin\.files\.js\.join\(' '\) %>"/);
  });

  test("webpack injects no bundle into taskpane.html and copies the check untouched by the minifier", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = makeConfig({}, { mode: "production" });
    log.mockRestore();
    warn.mockRestore();
    const plugins = (config.plugins ?? []) as unknown as {
      constructor: { name: string };
      userOptions?: { filename: string; inject: unknown };
      patterns?: { from: string; to: string; info?: Record<string, unknown> }[];
    }[];
    const page = plugins.find((p) => p.userOptions?.filename === "taskpane.html");
    expect(page?.userOptions?.inject).toBe(false);
    const copied = plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "legacy-check.js");
    expect(copied).toEqual({
      from: "src/taskpane/legacy-check.js",
      to: "legacy-check.js",
      info: { minimized: true },
    });
  });
});
