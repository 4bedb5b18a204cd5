/**
 * help.html (scripts/help-page.js): the page shell, the placeholder used before README.md exists,
 * and the check that every function's helpUrl anchor exists on the page.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const help = require("../../scripts/help-page") as {
  escapeHtml: (text: string) => string;
  renderHelpPage: (page: { bodyHtml: string; title?: string; lang?: string }) => string;
  placeholderBody: () => string;
  findAnchors: (html: string) => Set<string>;
  missingHelpAnchors: (
    metadata: { functions?: { id: string; helpUrl?: string }[] },
    html: string,
    pageName?: string,
  ) => { id: string; anchor: string }[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const metadata = {
  functions: [
    { id: "INDEX", helpUrl: "https://localhost:3000/help.html#cchc-index" },
    { id: "RANK", helpUrl: "https://localhost:3000/help.html#cchc-rank" },
    { id: "RATING", helpUrl: "https://localhost:3000/help.html#cchc-rating" },
    { id: "OTHER", helpUrl: "https://example.vn/docs.html#elsewhere" },
    { id: "PLAIN" },
  ],
};

describe("help page", () => {
  test("wraps the rendered README in a complete Vietnamese page", () => {
    const html = help.renderHelpPage({ bodyHtml: "<h1>Chỉ số CCHC</h1>", title: "A <b> & c" });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html).toContain("<title>A &lt;b&gt; &amp; c</title>");
    expect(html).toContain("<h1>Chỉ số CCHC</h1>");
  });

  test("finds id and name anchors, quoted either way or unquoted", () => {
    const anchors = help.findAnchors(
      `<a id="cchc-rank"></a><h2 id='cchc-index'>x</h2><a name="old">y</a><p class="id">z</p><a id=min-1>`,
    );
    expect([...anchors].sort()).toEqual(["cchc-index", "cchc-rank", "min-1", "old"]);
  });

  test("lists the functions whose anchor the page lacks, ignoring other pages and functions without help", () => {
    const html = help.renderHelpPage({ bodyHtml: '<a id="cchc-index"></a><a id="cchc-rank"></a>' });
    expect(help.missingHelpAnchors(metadata, html)).toEqual([{ id: "RATING", anchor: "cchc-rating" }]);
    expect(help.missingHelpAnchors(metadata, html + '<a id="cchc-rating"></a>')).toEqual([]);
  });

  test("the placeholder page has no anchors, so every help link is reported", () => {
    const html = help.renderHelpPage({ bodyHtml: help.placeholderBody() });
    expect(html).toContain("README.md");
    expect(help.missingHelpAnchors(metadata, html).map((m) => m.id)).toEqual(["INDEX", "RANK", "RATING"]);
  });

  test("escapes the characters HTML gives meaning to", () => {
    expect(help.escapeHtml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });
});
