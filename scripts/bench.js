// `npm run bench`: the speed figures, measured on the code as it ships. The `cchc` command (scripts/build-cli.js)
// and the pane (webpack) run bundled code; tsx instead transforms each module apart, and every call across
// modules then goes through an export getter — a quarter slower on the detection and analysis loops. So the
// benchmark is bundled the same way (esbuild, npm packages left as require() calls) into build/bench/ and run
// with plain node. Figures are printed, never asserted.
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "build", "bench", "run.cjs");

esbuild.buildSync({
  entryPoints: [path.join(ROOT, "bench", "run.ts")],
  absWorkingDir: ROOT,
  outfile: OUT,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
process.chdir(ROOT);
require(OUT);
