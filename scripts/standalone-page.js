// dist/standalone.html, the one-file page for PCs whose Excel cannot run the add-in (src/standalone). A webpack
// plugin of the main build: while the add-in's pages build, it runs a second webpack compiler over
// src/standalone/index.tsx with every lazy chunk merged into one script (a single file cannot load chunks),
// then writes that script inline into src/standalone/standalone.html with the icon as a data: URL, and emits the
// page as an asset of the main build. The main build's own output is unchanged.
const fs = require("fs");
const os = require("os");
const path = require("path");

const NAME = "StandalonePagePlugin";
const ROOT = path.resolve(__dirname, "..");
/** Where the pane's code reads a picked file: on this page, through the worker (src/standalone/book.ts). */
const STANDALONE_READER = path.join(ROOT, "src/standalone/book.ts");
const TASKPANE_DIR = path.join(ROOT, "src/taskpane") + path.sep;

/**
 * The script made safe inside an inline <script>: "</script" and "<!--" would end or bend the element. Inside
 * JavaScript they can only be in strings, regular expressions, templates or comments, where "<\/" and "<\!"
 * read the same.
 */
function inlineSafe(script) {
  return script.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** The page's script compiler: one chunk, the reader swapped for the worker's in the pane's modules. */
function scriptConfig({ webpack, mode, tsRule, outDir }) {
  return {
    name: "standalone",
    mode,
    devtool: false,
    context: ROOT,
    target: "web",
    entry: { standalone: "./src/standalone/index.tsx" },
    output: { path: outDir, filename: "standalone.js", publicPath: "" },
    module: {
      rules: [
        tsRule,
        { test: /[\\/]cpexcel\.full\.mjs$/, use: path.join(__dirname, "standalone-codepages-loader.js") },
      ],
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The same ExcelJS without its bundled polyfills (85 KB): the page needs a current browser anyway.
      alias: { exceljs$: path.join(ROOT, "node_modules/exceljs/dist/exceljs.bare.min.js") },
    },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.NormalModuleReplacementPlugin(/[\\/]xlsx[\\/]readWorkbook$/, (resource) => {
        const issuer = (resource.contextInfo && resource.contextInfo.issuer) || "";
        if (issuer.startsWith(TASKPANE_DIR)) resource.request = STANDALONE_READER;
      }),
    ],
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
    stats: "errors-only",
  };
}

class StandalonePagePlugin {
  /**
   * @param {{ template: string, icon: string, tsRule: object, output?: string }} options
   *   tsRule: the module rule that compiles the page's TypeScript.
   */
  constructor(options) {
    this.options = { output: "standalone.html", ...options };
  }

  buildScript(compiler) {
    const { webpack } = compiler;
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-standalone-"));
    const mode = compiler.options.mode === "production" ? "production" : "development";
    const child = webpack(scriptConfig({ webpack, mode, tsRule: this.options.tsRule, outDir }));
    return new Promise((resolve, reject) => {
      child.run((error, stats) => {
        child.close(() => undefined);
        try {
          if (error) throw error;
          if (stats.hasErrors()) {
            const info = stats.toJson({ all: false, errors: true });
            throw new Error(info.errors.map((e) => e.message).join("\n\n"));
          }
          const scripts = fs.readdirSync(outDir).filter((f) => f.endsWith(".js"));
          if (scripts.length !== 1)
            throw new Error(`expected one script, webpack wrote: ${scripts.join(", ")}`);
          resolve(fs.readFileSync(path.join(outDir, scripts[0]), "utf8"));
        } catch (failure) {
          reject(failure);
        } finally {
          fs.rmSync(outDir, { recursive: true, force: true });
        }
      });
    });
  }

  page(script) {
    const template = fs.readFileSync(this.options.template, "utf8");
    const icon = `data:image/png;base64,${fs.readFileSync(this.options.icon).toString("base64")}`;
    // Replacement functions: the script's own "$&" or "$1" must stay as written.
    return template
      .replace("<!--CCHC_ICON-->", () => icon)
      .replace("<!--CCHC_SCRIPT-->", () => `<script>${inlineSafe(script)}</script>`);
  }

  apply(compiler) {
    const { webpack } = compiler;
    let pending = null;
    // Built beside the add-in's pages, started with them.
    compiler.hooks.make.tap(NAME, () => {
      pending = this.buildScript(compiler);
      pending.catch(() => undefined);
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.options.template);
      compilation.hooks.processAssets.tapPromise(
        { name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          try {
            const script = await pending;
            compilation.emitAsset(this.options.output, new webpack.sources.RawSource(this.page(script)), {
              minimized: true,
            });
          } catch (error) {
            compilation.errors.push(new webpack.WebpackError(`${NAME}: ${error && error.message}`));
          }
        },
      );
    });
  }
}

module.exports = { StandalonePagePlugin, inlineSafe, scriptConfig };
