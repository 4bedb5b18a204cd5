// Microsoft's office.js as the CDN serves it, from the npm package @microsoft/office-js (it carries the CDN's
// files under dist/). Too large to be a dependency every `npm ci` installs (12 MB packed, 86 MB unpacked), so the
// browser test fetches it here once: `npm pack` from the registry into node_modules/.cache/, the tarball checked
// against the integrity npm published for this version, then dist/ unpacked without its *.debug.js copies.
//   node test/e2e/lib/office-js-package.js   fetch (or find) it and print the folder
//   OFFICE_JS_DIR=…                           use an unpacked dist/ folder instead (no registry needed)
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../../..");
const NAME = "@microsoft/office-js";
const VERSION = "1.1.110";
/** `npm view @microsoft/office-js@1.1.110 dist.integrity` */
const INTEGRITY =
  "sha512-80nZ3gGUq6Fb22sX8tBdktfulM7uYnrdQu32bpsb3waTeKoakc+j6H6+L21xRV4plDBrufnRMVH3ULMt/06Jwg==";
const CACHE = path.join(ROOT, "node_modules", ".cache", `office-js-${VERSION}`);
const TARBALL = `microsoft-office-js-${VERSION}.tgz`;

function integrityOf(file) {
  return `sha512-${crypto.createHash("sha512").update(fs.readFileSync(file)).digest("base64")}`;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr || result.stdout}`,
    );
  return result.stdout;
}

/** The unpacked dist/ folder of office.js (office.js, the host files, the locale strings), fetched when missing. */
function officeJsDist({ log = () => undefined } = {}) {
  if (process.env.OFFICE_JS_DIR) return path.resolve(process.env.OFFICE_JS_DIR);
  const dist = path.join(CACHE, "package", "dist");
  const done = path.join(CACHE, ".complete");
  if (fs.existsSync(done) && fs.existsSync(path.join(dist, "office.js"))) return dist;

  fs.rmSync(CACHE, { recursive: true, force: true });
  fs.mkdirSync(CACHE, { recursive: true });
  log(`Fetching ${NAME}@${VERSION} (12 MB, once) into ${path.relative(ROOT, CACHE)}/ …`);
  run("npm", ["pack", `${NAME}@${VERSION}`, "--pack-destination", CACHE, "--silent"], { cwd: CACHE });
  const tarball = path.join(CACHE, TARBALL);
  const actual = integrityOf(tarball);
  if (actual !== INTEGRITY) {
    fs.rmSync(CACHE, { recursive: true, force: true });
    throw new Error(`${TARBALL}: integrity ${actual}, expected ${INTEGRITY}`);
  }
  run("tar", ["-xzf", TARBALL, "--wildcards", "package/dist/*", "--exclude=*.debug.js"], { cwd: CACHE });
  fs.rmSync(tarball);
  fs.writeFileSync(done, `${NAME}@${VERSION} ${INTEGRITY}\n`);
  return dist;
}

if (require.main === module) console.log(officeJsDist({ log: (line) => console.error(line) }));

module.exports = { officeJsDist, OFFICE_JS_VERSION: VERSION };
