// What standalone.html must be as a file, checked on the real build (test/e2e/standalone.js) and by the unit test
// (test/unit/standalone-page.test.ts): at most 3 MB, and nothing in its markup that points outside it — no src or
// href to another address (only data: and blob:, or a fragment), no url() to one in its styles, no <base>. The
// inline script's own text is not markup: whether the page requests anything is checked in the browser.

/** 3 MB, decimal, as the issue counts it. */
const MAX_BYTES = 3_000_000;

/** The markup with the text of every <script> element left out. */
function markupOnly(html) {
  return html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, "$1$2");
}

function isInside(url) {
  const value = url.trim();
  return value === "" || /^(data:|blob:|#)/i.test(value);
}

/** Problems with the file; an empty list when it is fine. */
function standaloneFileProblems(html) {
  const problems = [];
  const bytes = Buffer.byteLength(html, "utf8");
  if (bytes > MAX_BYTES) problems.push(`standalone.html is ${bytes} bytes, over ${MAX_BYTES}`);
  const markup = markupOnly(html);
  for (const match of markup.matchAll(
    /\b(src|href|action|srcset|poster|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  )) {
    const url = match[3] ?? match[4] ?? match[5] ?? "";
    if (!isInside(url)) problems.push(`${match[1]}="${url.slice(0, 80)}" points outside the file`);
  }
  for (const match of markup.matchAll(/url\(\s*['"]?([^'")]*)/gi))
    if (!isInside(match[1])) problems.push(`url(${match[1].slice(0, 80)}) points outside the file`);
  if (/<base\b/i.test(markup)) problems.push("a <base> element");
  if (!/http-equiv="Content-Security-Policy"[^>]*default-src 'none'/i.test(markup))
    problems.push("no Content-Security-Policy with default-src 'none'");
  if ((markup.match(/<script\b/gi) ?? []).length !== 1) problems.push("not exactly one inline script");
  return problems;
}

module.exports = { MAX_BYTES, standaloneFileProblems, markupOnly };
