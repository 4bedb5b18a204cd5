/**
 * The `cchc` command compiled to JavaScript (scripts/build-cli.js, bin/cchc.js): run with plain `node` it prints the
 * same JSON as the TypeScript sources run through tsx; it needs nothing from devDependencies; it is rebuilt when its
 * inputs change and only then; the release's standalone file runs from a folder without node_modules.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { builtinModules } from "node:module";
import os from "node:os";
import path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
const cli = require("../../scripts/build-cli") as {
  buildCli: (options: { outfile: string; standalone?: boolean }) => {
    outfile: string;
    inputs: string[];
    externals: string[];
  };
  compiledCli: (options?: { outfile?: string }) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = ["examples/hai-duong-2021.xlsx", "--previous", "examples/hai-duong-2020.xlsx"];
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  bin: Record<string, string>;
};

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-cli-test-"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function reportJson(command: string, args: string[], cwd = ROOT): unknown {
  const run = spawnSync(
    command,
    [...args, "report", ...EXAMPLE.map((a) => (a.startsWith("--") ? a : path.join(ROOT, a))), "--json", "-"],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    },
  );
  expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({
    status: 0,
    stderr: "",
  });
  return JSON.parse(run.stdout);
}

describe("cchc compiled to JavaScript", () => {
  let viaTsx: unknown;
  beforeAll(() => {
    viaTsx = reportJson(process.execPath, [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "src/cli/main.ts",
    ]);
  });

  test("bin/cchc.js, run with plain node, prints the JSON the tsx path prints", () => {
    expect(pkg.bin.cchc).toBe("bin/cchc.js");
    const bin = fs.readFileSync(path.join(ROOT, "bin/cchc.js"), "utf8");
    expect(bin).not.toMatch(/require\(["']tsx/);
    expect(reportJson(process.execPath, [path.join(ROOT, "bin/cchc.js")])).toEqual(viaTsx);
  });

  test("the standalone file (the release's cchc.cjs) runs from a folder without node_modules", () => {
    const outfile = path.join(work, "standalone", "cchc.cjs");
    const built = cli.buildCli({ outfile, standalone: true });
    expect(built.externals.every((e) => e.startsWith("node:") || builtinModules.includes(e))).toBe(true);
    expect(reportJson(process.execPath, [outfile], work)).toEqual(viaTsx);
  });

  test("needs at run time only packages from dependencies (npm ci --omit=dev installs them), never tsx or TypeScript", () => {
    const built = cli.buildCli({ outfile: path.join(work, "local", "cchc.cjs") });
    const packages = built.externals
      .filter((e) => !e.startsWith("node:") && !builtinModules.includes(e))
      .map((e) => (e.startsWith("@") ? e.split("/").slice(0, 2).join("/") : e.split("/")[0]));
    expect(packages.length).toBeGreaterThan(0);
    for (const name of packages) expect(Object.keys(pkg.dependencies)).toContain(name);
    expect(Object.keys(pkg.dependencies)).toContain("esbuild");
    expect(built.inputs.some((f) => f.endsWith(path.join("src", "cli", "main.ts")))).toBe(true);
  });

  test("compiledCli builds once, reuses the build while its inputs are unchanged, rebuilds when one changed", () => {
    const outfile = path.join(work, "cached", "cchc.cjs");
    expect(cli.compiledCli({ outfile })).toBe(outfile);
    const first = fs.statSync(outfile).mtimeMs;
    expect(cli.compiledCli({ outfile })).toBe(outfile);
    expect(fs.statSync(outfile).mtimeMs).toBe(first);

    // As if src/cli/main.ts had been edited since: its recorded size and time no longer match.
    const stampPath = `${outfile}.inputs.json`;
    const stamp = JSON.parse(fs.readFileSync(stampPath, "utf8")) as { inputs: Record<string, string> };
    const main = Object.keys(stamp.inputs).find((f) => f.endsWith(path.join("cli", "main.ts")));
    expect(main).toBeDefined();
    stamp.inputs[main as string] = "0:0";
    fs.writeFileSync(stampPath, JSON.stringify(stamp));
    fs.utimesSync(outfile, new Date(first / 1000 - 60), new Date(first / 1000 - 60));
    const before = fs.statSync(outfile).mtimeMs;
    cli.compiledCli({ outfile });
    expect(fs.statSync(outfile).mtimeMs).toBeGreaterThan(before);
  });
});
