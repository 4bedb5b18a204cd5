// help.html: the end-user help page (src/help/help.md, Vietnamese) rendered as one page, served next to the add-in:
// the manifest's SupportUrl and the ribbon's "learn more" link. Each custom function's metadata carries a helpUrl
// (…/help.html#cchc-rank) that Excel opens from the formula tooltip; the page holds the matching <a id="…"></a>
// anchors. {{Version}} and {{ProviderName}} in the source are filled from package.json and manifest.xml (the
// publisher's name, as Office shows it). Rendering the markdown needs `marked` (ESM-only, loaded with import() by
// the build); the page shell, the placeholders and the anchor checks here are plain functions.

const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** A static page: its own inline style sheet, images from its site, nothing else (no script at all). */
const HELP_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A complete, self-contained HTML page around already rendered body HTML.
 * @param {{ bodyHtml: string, title?: string, lang?: string }} page
 */
function renderHelpPage({ bodyHtml, title = "Chỉ số CCHC — Hướng dẫn", lang = "vi" }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${HELP_PAGE_CSP}" />
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: "Segoe UI", system-ui, -apple-system, sans-serif; line-height: 1.55; color: #242424;
         max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
  h1, h2, h3 { line-height: 1.25; }
  h2 { border-bottom: 1px solid #e0e0e0; padding-bottom: .25rem; margin-top: 2.5rem; }
  code, pre { font-family: Consolas, "Cascadia Mono", monospace; background: #f5f5f5; }
  code { padding: 0 .2rem; border-radius: 3px; }
  pre { padding: .75rem 1rem; white-space: pre-wrap; border-radius: 4px; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #d1d1d1; padding: .3rem .6rem; text-align: left; vertical-align: top; }
  a { color: #0f6cbd; }
  :target { scroll-margin-top: 1rem; }
</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`;
}

/** The page shown when its source does not exist (yet): the build still works and says why. */
function placeholderBody(source = "README.md") {
  const name = escapeHtml(source);
  return (
    "<h1>Chỉ số CCHC</h1>\n" +
    `<p>Trang hướng dẫn sẽ được tạo từ ${name}; tệp này chưa có trong bản dựng.</p>\n` +
    `<p lang="en">This help page is generated from ${name}, which was not present at build time.</p>\n`
  );
}

/** The publisher's name as the manifest gives it (<ProviderName>), XML entities decoded. */
function providerNameOf(manifestXml) {
  const match = /<ProviderName>([^<]*)<\/ProviderName>/.exec(manifestXml);
  if (!match) throw new Error("manifest.xml has no <ProviderName>");
  const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return match[1].trim().replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => entities[e]);
}

/**
 * Replaces every {{Name}} in a markdown source with values[Name] (HTML-escaped); an unknown name is an error, so
 * that a typo never reaches users as braces.
 * @param {string} text
 * @param {Record<string, string>} values
 */
function fillPlaceholders(text, values) {
  return text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(values, name))
      throw new Error(`help page: unknown placeholder ${whole} (known: ${Object.keys(values).join(", ")})`);
    return escapeHtml(values[name]);
  });
}

/** Every id and name target in an HTML string (quoted or, as minified HTML has them, unquoted). */
function findAnchors(html) {
  const anchors = new Set();
  for (const match of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    anchors.add(match[1] ?? match[2] ?? match[3]);
  }
  return anchors;
}

/**
 * Functions whose helpUrl points into `pageName` at an anchor the page does not have.
 * @param {{ functions?: { id: string, helpUrl?: string }[] }} metadata
 * @param {string} html the help page
 * @param {string} [pageName]
 * @returns {{ id: string, anchor: string }[]}
 */
function missingHelpAnchors(metadata, html, pageName = "help.html") {
  const anchors = findAnchors(html);
  const missing = [];
  for (const fn of (metadata && metadata.functions) || []) {
    if (typeof fn.helpUrl !== "string") continue;
    const hashAt = fn.helpUrl.indexOf("#");
    const page = (hashAt < 0 ? fn.helpUrl : fn.helpUrl.slice(0, hashAt)).split("/").pop();
    if (page !== pageName || hashAt < 0) continue;
    const anchor = decodeURIComponent(fn.helpUrl.slice(hashAt + 1));
    if (!anchors.has(anchor)) missing.push({ id: fn.id, anchor });
  }
  return missing;
}

module.exports = {
  HELP_PAGE_CSP,
  escapeHtml,
  renderHelpPage,
  placeholderBody,
  providerNameOf,
  fillPlaceholders,
  findAnchors,
  missingHelpAnchors,
};
