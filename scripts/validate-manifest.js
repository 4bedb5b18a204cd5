// Validates add-in manifests offline against Microsoft's XSDs (test/schemas/office-addin-manifest/, a copy of
// ../shared/schemas/…) with xmllint (Debian package libxml2-utils). Office refuses a manifest that fails them
// ("Your add-in manifest is not valid"); office-addin-manifest's own validator needs an online service.
//   node scripts/validate-manifest.js [file.xml …]   default: manifest.xml, and dist/manifest.xml when built
// Exit 0 when every file validates, 1 when one does not, 2 when xmllint is missing.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "test/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
const XMLLINT = process.env.XMLLINT || "xmllint";
const INSTALL_HINT =
  "xmllint was not found. It validates manifest.xml against Microsoft's schemas: install Debian's " +
  "libxml2-utils (`sudo apt-get install -y libxml2-utils`; .ci/run does it on CI) or point XMLLINT at it.";

class XmllintMissingError extends Error {
  constructor() {
    super(INSTALL_HINT);
    this.name = "XmllintMissingError";
  }
}

function xmllintAvailable() {
  const probe = spawnSync(XMLLINT, ["--version"], { encoding: "utf8" });
  return !probe.error && probe.status === 0;
}

/**
 * Validates one manifest's text against the schema. `label` names it in the messages (xmllint reads stdin,
 * so nothing is written to disk). Throws XmllintMissingError when xmllint cannot run.
 * @param {string} xml
 * @param {string} [label]
 * @returns {{ valid: boolean, errors: string[] }}
 */
function validateManifest(xml, label = "manifest.xml") {
  const run = spawnSync(XMLLINT, ["--noout", "--nonet", "--schema", SCHEMA, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (run.error && run.error.code === "ENOENT") throw new XmllintMissingError();
  if (run.error) throw run.error;
  const errors = `${run.stderr}`
    .split("\n")
    .map((line) => line.replace(/^-(?=:| )/, label))
    .filter((line) => line.trim() !== "" && !/ validates$/.test(line));
  // xmllint exits 3 for an invalid document, 1 for one that is not well-formed, 4/5 when the schema fails.
  return { valid: run.status === 0, errors: run.status === 0 ? [] : errors };
}

function main(args) {
  const files = args.length > 0 ? args : ["manifest.xml", "dist/manifest.xml"];
  const existing = files.filter((f) => args.length > 0 || fs.existsSync(path.resolve(ROOT, f)));
  let failed = 0;
  for (const file of existing) {
    const full = path.resolve(args.length > 0 ? process.cwd() : ROOT, file);
    let result;
    try {
      result = validateManifest(fs.readFileSync(full, "utf8"), file);
    } catch (error) {
      console.error(error.message);
      return error instanceof XmllintMissingError ? 2 : 1;
    }
    if (result.valid) console.log(`${file}: valid (${path.relative(ROOT, SCHEMA)})`);
    else {
      failed++;
      console.error(`${file}: NOT VALID\n  ${result.errors.join("\n  ")}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { SCHEMA, XmllintMissingError, xmllintAvailable, validateManifest };
