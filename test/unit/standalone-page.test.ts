/**
 * The standalone page as a file: at most 3 MB, nothing in its markup pointing outside it, one inline script made
 * safe for HTML; the build's code-page trimming keeps every single-byte page. The e2e run checks the real build
 * the same way (test/e2e/standalone.js); here the checker itself is tested, and dist/standalone.html when a build
 * left one.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { standaloneFileProblems, MAX_BYTES } = require("../e2e/lib/standalone-file") as {
  standaloneFileProblems(html: string): string[];
  MAX_BYTES: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { StandalonePagePlugin, inlineSafe } = require("../../scripts/standalone-page") as {
  StandalonePagePlugin: new (options: { template: string; icon: string; tsRule: object }) => {
    page(script: string): string;
  };
  inlineSafe(script: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dropDoubleByteCodePages = require("../../scripts/standalone-codepages-loader") as (s: string) => string;

const root = path.resolve(__dirname, "../..");
const plugin = new StandalonePagePlugin({
  template: path.join(root, "src/standalone/standalone.html"),
  icon: path.join(root, "assets/icon-32.png"),
  tsRule: {},
});

describe("the page the build writes", () => {
  const script = 'globalThis.out = ["</script>", "<!-- x -->", "$&", "$1"].join("|");';
  const html = plugin.page(script);

  test("has its script inline, its icon as data:, a CSP that allows no connection, and nothing outside", () => {
    expect(standaloneFileProblems(html)).toEqual([]);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("connect-src 'none'");
    expect(html).toMatch(/<link rel="icon" type="image\/png" href="data:image\/png;base64,/);
  });

  test("the inline script cannot end early and reads as written ($& and </script> included)", () => {
    const inline = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(inline).not.toMatch(/<\/script/i);
    expect(inline).not.toContain("<!--");
    const context: { out?: string } = {};
    runInNewContext(inline, { globalThis: context });
    expect(context.out).toBe(["</script>", "<!-- x -->", "$&", "$1"].join("|"));
    expect(inlineSafe("/<\\/script>/u")).toBe("/<\\/script>/u");
  });
});

describe("the file checker", () => {
  const page = (body: string, head = "") =>
    `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">${head}</head><body>${body}<script>var a = "<a href='https://x.example/'>";</script></body></html>`;

  test("accepts data:, blob: and fragments, and looks past the script's own text", () => {
    expect(standaloneFileProblems(page('<img src="data:image/png;base64,AA"><a href="#top">x</a>'))).toEqual(
      [],
    );
  });

  test.each([
    ['<script src="https://cdn.example/x.js"></script>', "src"],
    ['<link rel="stylesheet" href="//cdn.example/x.css">', "href"],
    ['<div style="background:url(https://x.example/a.png)"></div>', "url("],
    ['<base href="https://x.example/">', "points outside"],
  ])("refuses %s", (markup, word) => {
    expect(standaloneFileProblems(page(markup)).join(" ")).toContain(word);
  });

  test("refuses a file over 3 MB and one without the CSP", () => {
    expect(standaloneFileProblems(page("x".repeat(MAX_BYTES)))[0]).toMatch(/over 3000000/);
    expect(standaloneFileProblems("<html><script></script></html>")).toContain(
      "no Content-Security-Policy with default-src 'none'",
    );
  });
});

describe("SheetJS's code pages on the page", () => {
  const file = path.join(root, "node_modules/@e965/xlsx/dist/cpexcel.full.mjs");
  const source = readFileSync(file, "utf8");
  const trimmed = dropDoubleByteCodePages(source);

  test("drop the East Asian double-byte pages and keep every other, Vietnamese 1258 included", () => {
    const pages = (text: string) => [...text.matchAll(/^cptable\[(\d+)\] = /gm)].map((m) => Number(m[1]));
    expect(pages(trimmed)).toEqual(pages(source).filter((p) => ![932, 936, 949, 950, 10008].includes(p)));
    expect(pages(trimmed)).toContain(1258);
    expect(Buffer.byteLength(source) - Buffer.byteLength(trimmed)).toBeGreaterThan(400_000);
    expect(trimmed.endsWith(source.slice(-2000))).toBe(true);
  });

  test("fail loudly on a layout they do not know", () => {
    expect(() => dropDoubleByteCodePages("cptable[437] = (function(){})();\n")).toThrow(/932/);
  });
});

const built = path.join(root, "dist/standalone.html");
(existsSync(built) ? describe : describe.skip)("dist/standalone.html (when a build left one)", () => {
  test("is at most 3 MB and points nowhere outside itself", () => {
    expect(standaloneFileProblems(readFileSync(built, "utf8"))).toEqual([]);
  });
});
