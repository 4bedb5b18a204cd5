#!/usr/bin/env node
// The `cchc` command: src/cli compiled to JavaScript by esbuild (scripts/build-cli.js) and run with plain node — no
// tsx, nothing from devDependencies, so `npm ci --omit=dev` is enough. The compiled file, build/cli/cchc.cjs, is
// rebuilt only when a source changed since the last run.
const { compiledCli } = require("../scripts/build-cli");

let compiled;
try {
  compiled = compiledCli();
} catch (error) {
  console.error(`cchc: the command could not be compiled: ${error && error.message ? error.message : error}`);
  process.exit(1);
}
require(compiled).run();
