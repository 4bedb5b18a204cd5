#!/usr/bin/env node
// The `cchc` command: runs the TypeScript sources through tsx, so no build step is needed.
require("tsx/cjs");
require("../src/cli/main.ts").run();
