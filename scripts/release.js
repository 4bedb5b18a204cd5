// npm run release -- --url https://<host>/<path>/
// A release a province can deploy without a server or a Node toolchain: builds dist/ for the URL where the
// maintainers host it (webpack, production), checks the built manifest (Microsoft's XSDs, <Version> = the package
// version, every URL on the hosting URL) and packs release/:
//   manifest.xml     what admins upload (Integrated Apps), add to a shared-folder catalog or sideload
//   standalone.html  the one-file page for PCs whose Excel cannot run the add-in (when the build writes it)
//   cchc.cjs         the `cchc` command in one file: `node cchc.cjs report …` (Node 20, no npm)
//   SHA256SUMS       their SHA-256 checksums (`sha256sum -c SHA256SUMS`); a missing file is named in a # line
//   HUONG-DAN.txt    what each file is for, in Vietnamese and English
// Options: --url (or ADDIN_URL), --publisher "<name>" (or ADDIN_PUBLISHER: the manifest's <ProviderName>, shown in
// Office's add-in dialogs and the help page; default manifest.xml's, the maintainers), --dist <folder> to pack a
// build made already for that URL instead of building, --out <folder> (default release/). Exit 0 when packed, 1 when a check fails, 2 for a wrong command line.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { normalizeHostingUrl, DEV_URL } = require("./hosting-url");
const { manifestVersion, versionOf, publisherName } = require("./manifest-version");
const { providerNameOf } = require("./help-page");

const ROOT = path.resolve(__dirname, "..");
const STANDALONE = "standalone.html";
const CLI = "cchc.cjs";
const SUMS = "SHA256SUMS";
const NOTES = "HUONG-DAN.txt";

class ReleaseError extends Error {
  constructor(message) {
    super(message);
    this.name = "ReleaseError";
  }
}

/** The production build for `url` into dist/ (about 90 s): what `npm run build -- --env url=…` does. */
function webpackBuild({ url, root, publisher }) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  // The publisher goes through the environment: a name may hold "=" or quotes, which --env would split.
  const env = { ...process.env };
  if (publisher !== undefined) env.ADDIN_PUBLISHER = publisher;
  else delete env.ADDIN_PUBLISHER;
  const run = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `url=${url}`], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  if (run.status !== 0) throw new ReleaseError(`the build failed (webpack exit ${run.status})`);
}

/** The standalone `cchc` command (scripts/build-cli.js). */
function standaloneCli({ outfile }) {
  require("./build-cli").buildCli({ outfile, standalone: true });
}

/** Problems with a built manifest for this release; an empty list when it is right. */
function manifestProblems(xml, { url, version, validate, publisher }) {
  const problems = [];
  if (publisher !== undefined) {
    let actual;
    try {
      actual = providerNameOf(xml);
    } catch {
      actual = undefined;
    }
    if (actual !== publisher)
      problems.push(
        `<ProviderName> is ${actual === undefined ? "missing" : `"${actual}"`}, expected "${publisher}"`,
      );
  }
  const expected = manifestVersion(version);
  const actual = versionOf(xml);
  if (actual !== expected)
    problems.push(`<Version> is ${actual ?? "missing"}, expected ${expected} (package.json's ${version})`);
  if (xml.includes(DEV_URL))
    problems.push(`it still points at ${DEV_URL}: the build was not made for ${url}`);
  const foreign = [
    ...new Set([...xml.matchAll(/\b(?:DefaultValue|Value)="(https:\/\/[^"]*)"/g)].map((m) => m[1])),
  ]
    .filter((u) => !u.startsWith(url))
    .sort();
  if (foreign.length > 0) problems.push(`URLs outside ${url}: ${foreign.join(", ")}`);
  const schema = validate(xml, "dist/manifest.xml");
  if (!schema.valid) problems.push(`not valid against Microsoft's schemas:\n  ${schema.errors.join("\n  ")}`);
  return problems;
}

function sha256(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function notes({ url, version, missing }) {
  const absent = missing.includes(STANDALONE);
  return [
    `Chỉ số CCHC ${version} — bản phát hành cho ${url}`,
    "",
    "manifest.xml     tệp kê khai: tải lên Microsoft 365 admin center (Integrated apps), đặt vào thư mục",
    "                 chia sẻ (Trusted Add-in Catalogs) hoặc Upload My Add-in. Các tệp web nằm sẵn ở",
    `                 ${url} — Sở không cần máy chủ.`,
    absent
      ? `${STANDALONE}  CHƯA CÓ trong bản này (bản dựng chưa tạo trang độc lập).`
      : `${STANDALONE}  trang độc lập cho máy có Excel cũ: mở bằng Edge hoặc Chrome, không cần mạng.`,
    `${CLI}         lệnh cchc: node ${CLI} report bang-diem.xlsx --out bao-cao.xlsx (cần Node.js 20).`,
    `${SUMS}       mã SHA-256 của các tệp: sha256sum -c ${SUMS}`,
    "Hướng dẫn: README, chương 5 (Triển khai); người dùng: trang Trợ giúp (help.html).",
    "",
    `CCHC Index ${version}, released for ${url}`,
    "manifest.xml: upload in the Microsoft 365 admin center (Integrated apps), put in a shared-folder catalog or",
    "use Upload My Add-in; the web files are already hosted at that URL.",
    absent
      ? `${STANDALONE}: NOT in this release (the build does not write it yet).`
      : `${STANDALONE}: the one-file page for PCs whose Excel cannot run the add-in.`,
    `${CLI}: the cchc command (Node.js 20). ${SUMS}: SHA-256 checksums.`,
    "",
  ].join("\n");
}

/**
 * Builds (unless `distDir` is given), checks and packs a release. `build`, `buildCli` and `validate` are injectable
 * for tests. Returns what was packed and what was missing.
 */
async function release({
  url,
  root = ROOT,
  distDir,
  outDir = path.join(root, "release"),
  version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version,
  publisher: requestedPublisher,
  build = webpackBuild,
  buildCli = standaloneCli,
  validate = require("./validate-manifest").validateManifest,
  log = (line) => console.log(line),
}) {
  const hostingUrl = normalizeHostingUrl(url);
  manifestVersion(version); // a version with no manifest form stops here, before the long build
  const publisher = requestedPublisher === undefined ? undefined : publisherName(requestedPublisher);
  const dist = distDir ? path.resolve(distDir) : path.join(root, "dist");
  if (!distDir) {
    log(`Building dist/ for ${hostingUrl} (webpack, production) …`);
    await build({ url: hostingUrl, root, distDir: dist, publisher });
  } else log(`Packing the build in ${dist} (no build: --dist).`);

  const manifestFile = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestFile))
    throw new ReleaseError(`${manifestFile} does not exist: nothing to release`);
  const problems = manifestProblems(fs.readFileSync(manifestFile, "utf8"), {
    url: hostingUrl,
    version,
    validate,
    publisher,
  });
  if (problems.length > 0)
    throw new ReleaseError(`dist/manifest.xml cannot be released:\n- ${problems.join("\n- ")}`);
  log(
    `dist/manifest.xml: valid, <Version> ${manifestVersion(version)}, publisher "${providerNameOf(
      fs.readFileSync(manifestFile, "utf8"),
    )}", every URL on ${hostingUrl}`,
  );

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(manifestFile, path.join(outDir, "manifest.xml"));
  const missing = [];
  if (fs.existsSync(path.join(dist, STANDALONE)))
    fs.copyFileSync(path.join(dist, STANDALONE), path.join(outDir, STANDALONE));
  else {
    missing.push(STANDALONE);
    log(`NOTE: ${STANDALONE} is not in the build (not built yet): the release goes without it.`);
  }
  await buildCli({ outfile: path.join(outDir, CLI), root });
  fs.writeFileSync(path.join(outDir, NOTES), notes({ url: hostingUrl, version, missing }));

  const packed = ["manifest.xml", STANDALONE, CLI, NOTES].filter((f) => !missing.includes(f));
  const lines = [
    `# Chỉ số CCHC ${version}, ${hostingUrl} — check with: sha256sum -c ${SUMS}`,
    ...missing.map((f) => `# ${f}: not in this release (the build does not write it yet)`),
    ...packed.map((f) => `${sha256(path.join(outDir, f))}  ${f}`),
  ];
  fs.writeFileSync(path.join(outDir, SUMS), `${lines.join("\n")}\n`);
  log(`Packed ${path.relative(process.cwd(), outDir) || outDir}/: ${[...packed, SUMS].join(", ")}`);
  return { outDir, files: [...packed, SUMS], missing, version: manifestVersion(version), url: hostingUrl };
}

function parseArgs(argv, environment) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (!["--url", "--publisher", "--dist", "--out"].includes(flag))
      throw new ReleaseError(`unknown option ${argv[i]}`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined || value === "") throw new ReleaseError(`${flag} needs a value`);
    options[flag.slice(2)] = value;
  }
  options.url = options.url || environment.ADDIN_URL;
  if (!options.url)
    throw new ReleaseError("give the hosting URL: npm run release -- --url https://host/path/");
  const publisher = options.publisher || environment.ADDIN_PUBLISHER || undefined;
  return {
    url: options.url,
    publisher,
    distDir: options.dist,
    outDir: options.out && path.resolve(options.out),
  };
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv, process.env);
  } catch (error) {
    console.error(`release: ${error.message}`);
    return 2;
  }
  try {
    await release(options);
    return 0;
  } catch (error) {
    const known = ["ReleaseError", "HostingUrlError", "ManifestVersionError", "XmllintMissingError"];
    console.error(`release: ${known.includes(error && error.name) ? error.message : error && error.stack}`);
    return 1;
  }
}

if (require.main === module) main(process.argv.slice(2)).then((code) => (process.exitCode = code));

module.exports = { release, parseArgs, manifestProblems, ReleaseError };
