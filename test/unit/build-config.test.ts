/**
 * webpack.config.js as data (the config function is called; webpack is not run): the three entries,
 * the one shared-runtime page with the functions chunk first (its entry guarding functions.ts), the
 * per-language metadata, the production URL rewrite and its loud warning when no URL is given.
 */
import * as fs from "fs";
import * as path from "path";
import type { Configuration } from "webpack";
/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Configuration & { devServer: Record<string, unknown> };
const { HostingUrlPlugin, LocalizedFunctionsPlugin } = require("../../scripts/webpack-plugins") as {
  HostingUrlPlugin: new (...args: unknown[]) => {
    options: { url: string; files: (name: string) => boolean };
  };
  LocalizedFunctionsPlugin: new (...args: unknown[]) => { options: Record<string, string> };
};
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin") as new (
  ...args: unknown[]
) => { options: Record<string, string> };
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");

function pluginOf<T>(config: Configuration, type: new (...args: never[]) => T): T[] {
  return ((config.plugins ?? []) as unknown[]).filter((p): p is T => p instanceof type);
}

function quietly<T>(fn: () => T): { result: T; warned: string } {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    const result = fn();
    return { result, warned: warn.mock.calls.map((c) => c.join(" ")).join("\n") };
  } finally {
    warn.mockRestore();
    log.mockRestore();
  }
}

describe("webpack.config.js", () => {
  const savedAddinUrl = process.env.ADDIN_URL;
  beforeEach(() => delete process.env.ADDIN_URL);
  afterAll(() => {
    if (savedAddinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = savedAddinUrl;
  });

  test("builds functions, commands and taskpane; one page loads them in that order", () => {
    const { result: config } = quietly(() => makeConfig({}, { mode: "development" }));
    expect(config.entry).toEqual({
      // The guard that loads functions.ts only where Excel has custom functions (test/unit/build-functions-entry).
      functions: "./src/functions/entry.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    });
    const pages = (config.plugins ?? []).filter(
      (p) => p?.constructor?.name === "HtmlWebpackPlugin",
    ) as unknown as {
      userOptions: { filename: string; chunks: string[]; chunksSortMode: string };
    }[];
    expect(pages).toHaveLength(1);
    expect(pages[0].userOptions).toMatchObject({
      filename: "taskpane.html",
      chunks: ["functions", "commands", "taskpane"],
      chunksSortMode: "manual",
    });
  });

  test("the metadata plugin reads functions.ts, the module the functions entry loads", () => {
    const { result: config } = quietly(() => makeConfig({}, { mode: "development" }));
    const [metadata] = pluginOf(config, CustomFunctionsMetadataPlugin);
    expect(metadata.options).toEqual({ input: "./src/functions/functions.ts", output: "functions.json" });
    // The plugin appends CustomFunctions.associate to that module wherever it is bundled; the entry must import
    // it eagerly (same bundle, no extra request) and only behind the runtime check.
    const entry = fs.readFileSync(path.join(ROOT, "src/functions/entry.ts"), "utf8");
    expect(entry).toMatch(
      /hasCustomFunctionsRuntime\(\)\s*\?\s*import\(\/\* webpackMode: "eager" \*\/ "\.\/functions"\)/,
    );
    // And functions.ts is compiled by its own ts-loader instance (the entry is not).
    const rules = (config.module?.rules ?? []) as {
      include?: string;
      use: { options: { instance: string } };
    }[];
    const own = rules.filter((r) => r.include === path.join(ROOT, "src/functions/functions.ts"));
    expect(own.map((r) => r.use.options.instance)).toEqual(["functions"]);
  });

  test("emits functions.vi-VN.json from the locale file", () => {
    const { result: config } = quietly(() => makeConfig({}, { mode: "development" }));
    const [localize] = pluginOf(config, LocalizedFunctionsPlugin);
    expect(localize.options).toEqual({
      metadata: "functions.json",
      translations: path.join(ROOT, "src/functions/locales/vi-VN.json"),
      locale: "vi-VN",
      output: "functions.vi-VN.json",
    });
  });

  test("production with --env url rewrites manifest.xml and functions*.json only", () => {
    const { result: config, warned } = quietly(() =>
      makeConfig({ url: "https://cchc.example.gov.vn/addin" }, { mode: "production" }),
    );
    expect(warned).toBe("");
    const [rewrite] = pluginOf(config, HostingUrlPlugin);
    expect(rewrite.options.url).toBe("https://cchc.example.gov.vn/addin/");
    const files = [
      "manifest.xml",
      "functions.json",
      "functions.vi-VN.json",
      "taskpane.html",
      "help.html",
      "taskpane.js",
    ];
    expect(files.filter(rewrite.options.files)).toEqual([
      "manifest.xml",
      "functions.json",
      "functions.vi-VN.json",
    ]);
  });

  test("production takes ADDIN_URL when --env url is absent", () => {
    process.env.ADDIN_URL = "https://tinh.example.vn/cchc/";
    const { result: config } = quietly(() => makeConfig({}, { mode: "production" }));
    expect(pluginOf(config, HostingUrlPlugin)[0].options.url).toBe("https://tinh.example.vn/cchc/");
  });

  test("production without a URL builds, says loudly that the manifest points at localhost", () => {
    const { result: config, warned } = quietly(() => makeConfig({}, { mode: "production" }));
    expect(pluginOf(config, HostingUrlPlugin)).toHaveLength(0);
    expect(warned).toMatch(/WITHOUT A HOSTING URL/);
    expect(warned).toContain("https://localhost:3000/");
  });

  test("a bad URL stops the build before it starts", () => {
    expect(() =>
      quietly(() => makeConfig({ url: "http://insecure.example.vn/" }, { mode: "production" })),
    ).toThrow(/https/);
  });

  test("development never rewrites, even with a URL", () => {
    const { result: config } = quietly(() =>
      makeConfig({ url: "https://cchc.example.gov.vn/" }, { mode: "development" }),
    );
    expect(pluginOf(config, HostingUrlPlugin)).toHaveLength(0);
  });

  test("dev server: HTTPS on port 3000 with CORS open", () => {
    const { result: config } = quietly(() => makeConfig({ WEBPACK_SERVE: true }, { mode: "development" }));
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.headers).toEqual({ "Access-Control-Allow-Origin": "*" });
    const server = config.devServer.server as string | { type: string };
    expect(typeof server === "string" ? server : server.type).toBe("https");
  });
});
