// The manifest's <Version> is the package version: Office compares it to decide that an add-in was updated (and,
// for centralized deployment and catalogs, to offer the new ribbon), so every build writes package.json's version
// into dist/manifest.xml. Office's form is up to four numbers (XSD VersionType); "1.2.3" becomes "1.2.3.0".

class ManifestVersionError extends Error {
  constructor(message) {
    super(message);
    this.name = "ManifestVersionError";
  }
}

/** "1.2.3" → "1.2.3.0". A pre-release or build suffix ("1.2.3-beta.1") has no manifest form and is refused. */
function manifestVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion).trim());
  if (!match) {
    throw new ManifestVersionError(
      `package version "${packageVersion}" has no manifest form: use MAJOR.MINOR.PATCH (numbers only)`,
    );
  }
  const parts = match.slice(1).map(Number);
  if (parts.some((n) => n > 65535))
    throw new ManifestVersionError(`package version "${packageVersion}": each number must be at most 65535`);
  return `${parts.join(".")}.0`;
}

/** The manifest's <Version> text (undefined when there is none). */
function versionOf(xml) {
  const match = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(xml);
  return match ? match[1] : undefined;
}

/** The manifest with its one <Version> set to `version` (already in manifest form). */
function setManifestVersion(xml, version) {
  const found = xml.match(/<Version>[^<]*<\/Version>/g) || [];
  if (found.length !== 1)
    throw new ManifestVersionError(
      `manifest.xml must have exactly one <Version> element (found ${found.length})`,
    );
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** XSD ShortString: at most 125 characters. */
const MAX_PROVIDER_NAME = 125;

/**
 * The publisher's name as the manifest's <ProviderName> shows it in Office's add-in dialogs and the help page:
 * the maintainers for the shared release, or the Sở that builds and hosts its own copy (--publisher).
 */
function publisherName(name) {
  const text = String(name ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") throw new ManifestVersionError("the publisher's name is empty");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new ManifestVersionError("the publisher's name has control characters");
  if ([...text].length > MAX_PROVIDER_NAME)
    throw new ManifestVersionError(`the publisher's name is longer than ${MAX_PROVIDER_NAME} characters`);
  return text;
}

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** The manifest with its one <ProviderName> set to `name` (checked by publisherName, XML-escaped). */
function setProviderName(xml, name) {
  const found = xml.match(/<ProviderName>[^<]*<\/ProviderName>/g) || [];
  if (found.length !== 1)
    throw new ManifestVersionError(
      `manifest.xml must have exactly one <ProviderName> element (found ${found.length})`,
    );
  const escaped = publisherName(name).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
  return xml.replace(/<ProviderName>[^<]*<\/ProviderName>/, () => `<ProviderName>${escaped}</ProviderName>`);
}

module.exports = {
  ManifestVersionError,
  manifestVersion,
  versionOf,
  setManifestVersion,
  publisherName,
  setProviderName,
};
