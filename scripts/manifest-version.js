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

module.exports = { ManifestVersionError, manifestVersion, versionOf, setManifestVersion };
