// One webpack build of the add-in and its browser preview for the end-to-end run, into a folder of its own.
// Production mode: the bundle budget is about what ships (a development build's React and unminified
// code are ~4× larger, so its size says nothing), and on this project a production build takes about as
// long as a development one. Source maps are kept so that stack traces in the browser stay readable.
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../../..");

/** The three entries taskpane.html loads at start (webpack.config.js's shared-runtime page). */
const PANE_PAGE_ENTRIES = ["functions", "commands", "taskpane"];

function build(outDir, mode) {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  // A hosting URL keeps the production build quiet about localhost manifests (the manifest is not used here).
  const env =
    mode === "production" ? { preview: true, url: "https://e2e.example.invalid/cchc/" } : { preview: true };
  const config = makeConfig(env, { mode });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  config.devtool = "source-map";
  config.infrastructureLogging = { level: "error" };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) {
        const info = stats.toJson({ all: false, errors: true });
        return reject(new Error(info.errors.map((e) => e.message).join("\n\n")));
      }
      resolve(stats);
    });
  });
}

/** Resources of a module, looking inside concatenated modules. */
function resources(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(resources);
  return typeof module.resource === "string" ? [module.resource] : [];
}

/** The JS files taskpane.html loads at start, and whether any of them holds ExcelJS. */
function paneInitialFiles(stats) {
  const compilation = stats.compilation;
  const files = new Set();
  const excelJsIn = new Set();
  for (const name of PANE_PAGE_ENTRIES) {
    const entrypoint = compilation.entrypoints.get(name);
    if (!entrypoint) throw new Error(`webpack built no entry named ${name}`);
    for (const chunk of entrypoint.chunks) {
      for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk))
        if (resources(module).some((r) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(r)))
          for (const file of chunk.files) excelJsIn.add(file);
    }
  }
  return { files: [...files], excelJsIn: [...excelJsIn] };
}

module.exports = { build, paneInitialFiles, ROOT };
