// The add-in is developed against https://localhost:3000/ and hosted by each province on its own
// HTTPS server. The production build rewrites every development URL in the files Office reads
// (manifest.xml, functions*.json) to the hosting URL given at build time: `--env url=…` or ADDIN_URL.

const { URL } = require("url");

const DEV_URL = "https://localhost:3000/";

class HostingUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "HostingUrlError";
  }
}

/**
 * The hosting URL as the rewrite uses it: absolute https, no query or fragment, ending with "/".
 * Characters that would need escaping in XML or JSON are refused rather than escaped.
 * @param {string} url
 */
function normalizeHostingUrl(url) {
  if (typeof url !== "string" || url.trim() === "") {
    throw new HostingUrlError("The hosting URL is empty.");
  }
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new HostingUrlError(
      `"${url}" is not an absolute URL (expected e.g. https://cchc.example.gov.vn/addin/).`,
    );
  }
  if (parsed.protocol !== "https:") {
    throw new HostingUrlError(`"${url}" must use https: Office loads add-ins only over HTTPS.`);
  }
  if (parsed.search || parsed.hash) {
    throw new HostingUrlError(
      `"${url}" must not have a query or a fragment: it is the folder that holds dist/.`,
    );
  }
  if (parsed.username || parsed.password) {
    throw new HostingUrlError(`"${url}" must not carry credentials.`);
  }
  let href = parsed.href;
  if (!href.endsWith("/")) href += "/";
  if (/[&<>"'\\\s]/.test(href)) {
    throw new HostingUrlError(
      `"${url}" contains characters that are not allowed in the manifest (& < > " ' \\ or spaces).`,
    );
  }
  if (href === DEV_URL) {
    throw new HostingUrlError(`"${url}" is the development URL; give the URL where dist/ will be hosted.`);
  }
  return href;
}

/**
 * Replaces every occurrence of the development URL prefix in `text` with the hosting URL.
 * @param {string} text file contents (manifest.xml, functions.json …)
 * @param {string} hostingUrl
 */
function rewriteDevUrls(text, hostingUrl) {
  const base = normalizeHostingUrl(hostingUrl);
  return text.split(DEV_URL).join(base);
}

/**
 * The hosting URL asked for, if any: webpack's `--env url=…` first, then ADDIN_URL.
 * @param {Record<string, unknown>} [webpackEnv]
 * @param {Record<string, string | undefined>} [environment]
 * @returns {string | undefined}
 */
function requestedHostingUrl(webpackEnv = {}, environment = {}) {
  if (webpackEnv.url !== undefined) {
    const fromEnv = typeof webpackEnv.url === "string" ? webpackEnv.url.trim() : "";
    if (!fromEnv) throw new HostingUrlError("--env url needs a value: --env url=https://host/path/");
    return fromEnv;
  }
  const fromVariable = (environment.ADDIN_URL || "").trim();
  return fromVariable || undefined;
}

module.exports = { DEV_URL, HostingUrlError, normalizeHostingUrl, rewriteDevUrls, requestedHostingUrl };
