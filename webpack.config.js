// webpack: the add-in's one page (taskpane.html: custom functions, ribbon commands and the pane share
// one runtime; its first own script, the ES5 legacy-host check, loads the bundles), the functions metadata in
// English and Vietnamese, help.html (the end-user help page, src/help/help.md: the manifest's SupportUrl), icons and
// the manifest.
//   npm run build -- --env url=https://host/path/   production, URLs rewritten to where dist/ is hosted
//   npm run build:dev                               development build (localhost URLs)
//   npm start                                       HTTPS dev server on https://localhost:3000/
//   npm run preview                                 the browser preview (simulated Excel), --env preview
//   --env preview                                   adds preview.html: the pane beside a simulated workbook
//   --env http                                      the dev server speaks plain HTTP (the preview needs no TLS)
//   --env standalone                                also write standalone.html in a development build
//   --env publisher="Sở Nội vụ tỉnh …"               the manifest's <ProviderName> (or ADDIN_PUBLISHER); default:
//                                                   manifest.xml's, the maintainers who host the shared release
// A production build (not the dev server) also writes standalone.html, the one-file page for PCs whose Excel cannot
// run the add-in (scripts/standalone-page.js).
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { WebpackError } = require("webpack");
const { DEV_URL, normalizeHostingUrl, requestedHostingUrl } = require("./scripts/hosting-url");
const {
  LocalizedFunctionsPlugin,
  HelpPagePlugin,
  HostingUrlPlugin,
  ManifestVersionPlugin,
} = require("./scripts/webpack-plugins");
const { StandalonePagePlugin } = require("./scripts/standalone-page");
const { version: PACKAGE_VERSION } = require("./package.json");

const PORT = 3000;
/** Example and fixture workbooks the preview offers (copied beside preview.html, fetched from there). */
const PREVIEW_WORKBOOKS = [
  "examples/hai-duong-2021.xlsx",
  "examples/hai-duong-2020.xlsx",
  "test/fixtures/hai-phong-2025.xlsx",
  "test/fixtures/four-groups.xlsx",
  "test/fixtures/messy.xlsx",
  "test/fixtures/no-table.xlsx",
  "test/fixtures/legacy.xls",
];
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/**
 * The functions bundle starts here: it loads FUNCTIONS_SOURCE only where Excel has the custom functions runtime,
 * so the page still loads where the manifest's functions are not in effect (Excel 2019, iPad: README chapter 4).
 * The metadata plugin keeps reading FUNCTIONS_SOURCE and appending its associate calls to that module.
 */
const FUNCTIONS_ENTRY = "./src/functions/entry.ts";
const TRANSLATIONS = path.resolve(__dirname, "src/functions/locales/vi-VN.json");
/** The pane page's first script of our own: the ES5 legacy-host check, which then loads the bundles. */
const LEGACY_CHECK = "src/taskpane/legacy-check.js";
/** Files Office reads that carry the hosting URL. */
const HOSTED_URL_FILES = (name) => name === "manifest.xml" || /^functions(\.[\w-]+)?\.json$/.test(name);

const FUNCTIONS_PATH = path.resolve(__dirname, FUNCTIONS_SOURCE);
/** The entries taskpane.html loads, in this order. */
const PAGE_ENTRIES = ["functions", "commands", "taskpane"];

function tsLoader(instance, production) {
  return {
    loader: "ts-loader",
    options: {
      instance,
      // Type errors in the bundled files fail the build; tests and scripts are checked by `npm run typecheck`.
      onlyCompileBundledFiles: true,
      compilerOptions: { module: "esnext", sourceMap: !production },
    },
  };
}

/** Certificates made by `npx office-addin-dev-certs install` (trusted on Windows/macOS), if present. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

function loudWarning(lines) {
  const bar = "!".repeat(78);
  console.warn(["", bar, ...lines.map((l) => `!! ${l}`), bar, ""].join("\n"));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const requested = requestedHostingUrl(env, process.env);
  const hostingUrl = production && requested ? normalizeHostingUrl(requested) : undefined;
  const publisher = env.publisher || process.env.ADDIN_PUBLISHER || undefined;

  const plugins = [
    new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
    new LocalizedFunctionsPlugin({
      metadata: "functions.json",
      translations: TRANSLATIONS,
      locale: "vi-VN",
      output: "functions.vi-VN.json",
    }),
    new HelpPagePlugin({
      source: path.resolve(__dirname, "src/help/help.md"),
      manifest: path.resolve(__dirname, "manifest.xml"),
      version: PACKAGE_VERSION,
      publisher,
      output: "help.html",
      // The localized copy keeps the same helpUrls.
      metadata: ["functions.json"],
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: one page. Functions first, so they register without waiting for React.
      chunks: ["functions", "commands", "taskpane"],
      chunksSortMode: "manual",
      hash: production,
      // Not injected: the template hands the list to the legacy-host check, which loads the bundles only on a
      // webview that can run them (LEGACY_CHECK).
      inject: false,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml" },
        // Plain ES5, shipped as written: `minimized` keeps the minifier (which may emit newer syntax) off it.
        { from: LEGACY_CHECK, to: "legacy-check.js", info: { minimized: true } },
      ],
    }),
    // dist/manifest.xml's <Version> is package.json's version (Office tells updates by it; `npm run release`).
    new ManifestVersionPlugin({ version: PACKAGE_VERSION, publisher }),
  ];

  const entry = {
    functions: FUNCTIONS_ENTRY,
    commands: "./src/commands/commands.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  if (env.preview) {
    // The browser preview: the real pane on the Excel simulator. Never part of a deployment unless asked.
    entry.preview = "./src/preview/index.tsx";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        hash: production,
      }),
      new CopyWebpackPlugin({
        patterns: PREVIEW_WORKBOOKS.map((file) => ({ from: file, to: "preview-workbooks/[name][ext]" })),
      }),
    );
  }

  if ((production && !serving) || env.standalone) {
    plugins.push(
      new StandalonePagePlugin({
        template: path.resolve(__dirname, "src/standalone/standalone.html"),
        icon: path.resolve(__dirname, "assets/icon-32.png"),
        // Its own ts-loader instance, transpiling only: the same sources are type-checked by the pages' build
        // and `npm run typecheck`; a second checker would double the build's time.
        tsRule: {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "standalone",
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: false },
            },
          },
        },
      }),
    );
  }

  if (hostingUrl) {
    plugins.push(new HostingUrlPlugin({ url: hostingUrl, files: HOSTED_URL_FILES }));
    console.log(`Hosting URL: ${hostingUrl} (replaces ${DEV_URL} in manifest.xml and functions*.json)`);
  } else if (production && !serving) {
    const message = [
      `PRODUCTION BUILD WITHOUT A HOSTING URL: dist/manifest.xml still points at ${DEV_URL}`,
      "It works only on this computer with `npm start` running. For a real deployment run:",
      "  npm run build -- --env url=https://your-server/path/     (or set ADDIN_URL)",
    ];
    loudWarning(message);
    plugins.push({
      apply(compiler) {
        compiler.hooks.thisCompilation.tap("LocalhostWarning", (compilation) => {
          compilation.warnings.push(new WebpackError(message[0]));
        });
      },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        // The functions file gets its own ts-loader instance: the metadata plugin adds a loader after
        // ts-loader to it, and in watch mode ts-loader re-applies the loaders that follow it in the
        // first module it saw to every changed file, which would append CustomFunctions.associate
        // calls to the pane's files.
        { test: /\.ts$/, include: FUNCTIONS_PATH, use: tsLoader("functions", production) },
        { test: /\.tsx?$/, exclude: [/node_modules/, FUNCTIONS_PATH], use: tsLoader("app", production) },
      ],
    },
    plugins,
    optimization: {
      splitChunks: {
        // Group modules by the chunks that hold them, not also by which of their exports each entry uses: the
        // functions use a few of the messages' exports and the pane most, and webpack would otherwise keep a
        // copy of src/i18n/messages.ts (20 KB gzip) in each instead of sharing one.
        usedExports: false,
        cacheGroups: {
          // The functions, the ribbon commands and the pane load on the same page and share the core and its
          // messages (src/i18n/messages.ts, used by the functions' errors too): one file, loaded first, for what
          // two of them use instead of a copy in each. Each entry keeps its own runtime (and module instances,
          // which src/taskpane/pane-messages.ts already expects); the functions still register without waiting
          // for React, which only the pane's bundle holds.
          paneShared: {
            name: "pane-shared",
            chunks: (chunk) => PAGE_ENTRIES.includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // React + Fluent UI make a large pane bundle; warn only when it grows well beyond that.
      maxAssetSize: 3 * 1024 * 1024,
      maxEntrypointSize: 4 * 1024 * 1024,
    },
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Without the office-addin-dev-certs files, webpack-dev-server makes a self-signed certificate.
      server: env.http ? "http" : devCertificates() ? { type: "https", options: devCertificates() } : "https",
      static: false,
      // Hot module replacement stays off: the pages load as they would in Office. The live-reload client
      // talks to the page's own origin over a WebSocket, which the pages' CSP (connect-src 'self') allows.
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
