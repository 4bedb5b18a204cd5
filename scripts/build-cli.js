// The `cchc` command compiled to JavaScript, so that it runs with plain `node`: no tsx, no TypeScript, nothing from
// devDependencies (`npm ci --omit=dev` is enough). esbuild, a runtime dependency for this reason, bundles src/cli.
// - compiledCli(): the checkout's own build, build/cli/cchc.cjs, with the npm packages left as require() calls
//   (they resolve from node_modules). bin/cchc.js asks for it on every run; it is rebuilt (≈ 0.2 s) only when a
//   source file, esbuild or this script changed since the last build (their sizes and times are kept beside it),
//   so it never runs stale sources. Where build/ cannot be written, a standalone build goes to the temp folder.
// - buildCli({ outfile, standalone: true }): one file with every package inside (≈ 3.5 MB), for the release:
//   `node cchc.cjs report …` on any PC with Node 20, no npm at all.
//   node scripts/build-cli.js [--standalone] [outfile]   build once and print the path
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const LOCAL_OUT = path.join(ROOT, "build", "cli", "cchc.cjs");
const BANNER = "// The `cchc` command, compiled from src/cli by scripts/build-cli.js (esbuild). Do not edit.";

function loadEsbuild() {
  try {
    return require("esbuild");
  } catch {
    return undefined;
  }
}

/**
 * Bundles src/cli/main.ts into one CommonJS file for Node 20.
 * @param {{ outfile: string, standalone?: boolean, esbuild?: any }} options
 * @returns {{ outfile: string, inputs: string[], externals: string[] }}
 */
function buildCli({ outfile, standalone = false, esbuild = loadEsbuild() }) {
  if (!esbuild)
    throw new Error("esbuild is not installed: run `npm ci` (it is a dependency of the cchc command).");
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: temporary,
    ...(standalone ? {} : { packages: "external" }),
    metafile: true,
    banner: { js: BANNER },
    legalComments: standalone ? "eof" : "none",
    logLevel: "silent",
  });
  fs.renameSync(temporary, outfile);
  const externals = new Set();
  for (const output of Object.values(result.metafile.outputs))
    for (const i of output.imports) if (i.external) externals.add(i.path);
  return {
    outfile,
    inputs: Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input)),
    externals: [...externals].sort(),
  };
}

function fingerprint(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** What a local build depends on besides its inputs: esbuild's version and this script. */
function toolStamp(esbuild) {
  const self = crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(__dirname, "build-cli.js")))
    .digest("hex")
    .slice(0, 16);
  return `${esbuild ? esbuild.version : "none"}:${self}`;
}

function stampFile(outfile) {
  return `${outfile}.inputs.json`;
}

function isFresh(outfile, esbuild) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(outfile), "utf8"));
  } catch {
    return false;
  }
  if (!fs.existsSync(outfile) || stamp.tool !== toolStamp(esbuild)) return false;
  return Object.entries(stamp.inputs).every(
    ([file, print]) => fingerprint(path.resolve(ROOT, file)) === print,
  );
}

function buildWithStamp(outfile, standalone, esbuild) {
  const built = buildCli({ outfile, standalone, esbuild });
  const inputs = Object.fromEntries(built.inputs.map((f) => [path.relative(ROOT, f), fingerprint(f)]));
  fs.writeFileSync(stampFile(outfile), JSON.stringify({ tool: toolStamp(esbuild), inputs }, null, 1));
  return outfile;
}

/**
 * The path of a compiled `cchc` that matches the sources, building it when needed. Without esbuild (it should not
 * happen after `npm ci`), an existing build is used as it is.
 * @param {{ outfile?: string }} [options]
 */
function compiledCli({ outfile = LOCAL_OUT } = {}) {
  const esbuild = loadEsbuild();
  if (isFresh(outfile, esbuild)) return outfile;
  if (!esbuild) {
    if (fs.existsSync(outfile)) return outfile;
    throw new Error(
      `${path.relative(ROOT, outfile)} is missing and esbuild is not installed: run \`npm ci\`.`,
    );
  }
  try {
    return buildWithStamp(outfile, false, esbuild);
  } catch (error) {
    if (!["EACCES", "EPERM", "EROFS"].includes(error && error.code)) throw error;
    // A read-only checkout: a standalone build (npm packages inside) in the temp folder, keyed by the checkout.
    const key = crypto.createHash("sha256").update(ROOT).digest("hex").slice(0, 12);
    const fallback = path.join(os.tmpdir(), `cchc-cli-${key}`, "cchc.cjs");
    return isFresh(fallback, esbuild) ? fallback : buildWithStamp(fallback, true, esbuild);
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const standalone = args.includes("--standalone");
  const outfile = args.find((a) => !a.startsWith("--"));
  const built = buildCli({ outfile: path.resolve(outfile || LOCAL_OUT), standalone });
  console.log(built.outfile);
}

module.exports = { buildCli, compiledCli, LOCAL_OUT, ENTRY };
