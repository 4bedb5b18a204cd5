/**
 * The end-user help page (src/help/help.md → help.html, the manifest's SupportUrl): its placeholders, the publisher
 * taken from the manifest, an anchor for every custom function, the Office 2019 chapter, and a page that runs no
 * script under its own Content Security Policy.
 */
import fs from "node:fs";
import path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
const help = require("../../scripts/help-page") as {
  HELP_PAGE_CSP: string;
  renderHelpPage: (page: { bodyHtml: string }) => string;
  providerNameOf: (xml: string) => string;
  fillPlaceholders: (text: string, values: Record<string, string>) => string;
  findAnchors: (html: string) => Set<string>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(ROOT, "src/help/help.md"), "utf8");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("help page placeholders", () => {
  test("fills {{Name}} with escaped values and refuses unknown names", () => {
    expect(
      help.fillPlaceholders("v{{Version}} · {{ ProviderName }}", { Version: "1.2.0", ProviderName: "A & B" }),
    ).toBe("v1.2.0 · A &amp; B");
    expect(() => help.fillPlaceholders("{{Versoin}}", { Version: "1" })).toThrow(
      /unknown placeholder \{\{Versoin\}\}/,
    );
  });

  test("the publisher is the manifest's ProviderName, entities decoded", () => {
    expect(
      help.providerNameOf("<OfficeApp><ProviderName> Sở Nội vụ &amp; CNTT </ProviderName></OfficeApp>"),
    ).toBe("Sở Nội vụ & CNTT");
    expect(() => help.providerNameOf("<OfficeApp />")).toThrow(/ProviderName/);
    expect(help.providerNameOf(manifest)).not.toBe("");
  });
});

describe("src/help/help.md", () => {
  test("uses only the placeholders the build fills, and names the version and the publisher", () => {
    const filled = help.fillPlaceholders(source, { Version: "9.9.9", ProviderName: "Nhà phát hành thử" });
    expect(filled).toContain("9.9.9");
    expect(filled).toContain("Nhà phát hành thử");
    expect(filled).not.toMatch(/\{\{/);
  });

  test("has the anchor every custom function's helpUrl points at (src/functions/functions.ts)", () => {
    const functionsSource = fs.readFileSync(path.join(ROOT, "src/functions/functions.ts"), "utf8");
    const anchors = [...functionsSource.matchAll(/help\.html#([\w-]+)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(6);
    const present = help.findAnchors(source);
    for (const anchor of anchors) expect(present).toContain(anchor);
  });

  test("is the end users' page: Vietnamese, every function with an example, what to do on Office 2019", () => {
    for (const fn of ["INDEX", "RANK", "RANKS", "BELOW75", "RANKCHANGE", "RATING"])
      expect(source).toMatch(new RegExp(`=CCHC\\.${fn}\\(`));
    expect(source).toMatch(/Office 2019/);
    expect(source).toMatch(/Excel trên web/);
    expect(source).toMatch(/WebView2/);
    // Not the developers' README: no npm, webpack or source paths.
    expect(source).not.toMatch(/\bnpm\b|webpack|src\//);
  });
});

describe("help.html shell", () => {
  test("declares a Content Security Policy that allows no script and no connection", () => {
    const html = help.renderHelpPage({ bodyHtml: "<h1>x</h1>" });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${help.HELP_PAGE_CSP}" />`);
    expect(help.HELP_PAGE_CSP).toMatch(/default-src 'none'/);
    expect(help.HELP_PAGE_CSP).not.toMatch(/script-src|connect-src/);
  });
});
