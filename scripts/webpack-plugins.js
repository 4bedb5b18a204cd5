// The build steps webpack has no plugin for, each a thin wrapper over a pure function in scripts/:
// - LocalizedFunctionsPlugin: functions.json → functions.<locale>.json (localize-functions.js)
// - HelpPagePlugin: src/help/help.md → help.html, and every function's helpUrl anchor checked (help-page.js)
// - HostingUrlPlugin: production URL rewrite of manifest.xml and functions*.json (hosting-url.js)
// - ManifestVersionPlugin: the package version as manifest.xml's <Version> (manifest-version.js)
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { localizeFunctions } = require("./localize-functions");
const {
  renderHelpPage,
  placeholderBody,
  missingHelpAnchors,
  fillPlaceholders,
  providerNameOf,
} = require("./help-page");
const { rewriteDevUrls } = require("./hosting-url");
const { manifestVersion, publisherName, setManifestVersion, setProviderName } = require("./manifest-version");

function readAssetJson(compilation, name) {
  const asset = compilation.getAsset(name);
  if (!asset) return undefined;
  return JSON.parse(asset.source.source().toString());
}

function jsonSource(value) {
  return new sources.RawSource(JSON.stringify(value, null, 2) + "\n");
}

class LocalizedFunctionsPlugin {
  /** @param {{ metadata: string, translations: string, locale: string, output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { metadata, translations, locale, output } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          compilation.fileDependencies.add(translations);
          const source = readAssetJson(compilation, metadata);
          if (!source) {
            // The metadata plugin reports its own errors; without functions.json there is nothing to translate.
            if (compilation.errors.length === 0) {
              compilation.errors.push(
                new WebpackError(`${metadata} was not emitted; cannot make ${output}.`),
              );
            }
            return;
          }
          let parsed;
          try {
            parsed = JSON.parse(fs.readFileSync(translations, "utf8"));
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`Cannot read the ${locale} translations ${translations}: ${error.message}`),
            );
            return;
          }
          try {
            compilation.emitAsset(output, jsonSource(localizeFunctions(source, parsed, locale)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

class HelpPagePlugin {
  /**
   * @param {{ source: string, output: string, metadata: string[], manifest: string, version: string,
   *   publisher?: string }} options
   *   source: the markdown page; manifest: manifest.xml (its ProviderName, unless `publisher` replaces it);
   *   version: the package version
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, output, metadata, manifest, version, publisher } = this.options;
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        async () => {
          let bodyHtml;
          const haveSource = fs.existsSync(source);
          if (haveSource) {
            compilation.fileDependencies.add(source);
            compilation.fileDependencies.add(manifest);
            const { marked } = await import("marked");
            try {
              const values = {
                Version: version,
                ProviderName:
                  publisher !== undefined
                    ? publisherName(publisher)
                    : providerNameOf(fs.readFileSync(manifest, "utf8")),
              };
              const markdown = fillPlaceholders(fs.readFileSync(source, "utf8"), values);
              bodyHtml = await marked.parse(markdown, { gfm: true });
            } catch (error) {
              compilation.errors.push(new WebpackError(`${path.basename(source)}: ${error.message}`));
              return;
            }
          } else {
            compilation.missingDependencies.add(source);
            compilation.warnings.push(
              new WebpackError(`${path.basename(source)} not found: ${output} is a placeholder page.`),
            );
            bodyHtml = placeholderBody(path.basename(source));
          }
          const html = renderHelpPage({ bodyHtml });
          compilation.emitAsset(output, new sources.RawSource(html));
          if (!haveSource) return;
          for (const name of metadata) {
            const json = readAssetJson(compilation, name);
            if (!json) continue;
            for (const { id, anchor } of missingHelpAnchors(json, html, output)) {
              compilation.warnings.push(
                new WebpackError(
                  `${name}: ${id} links to ${output}#${anchor}, which ${path.basename(source)} does not define.`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

class HostingUrlPlugin {
  /** @param {{ url: string, files: (name: string) => boolean }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { url, files } = this.options;
    compiler.hooks.thisCompilation.tap("HostingUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HostingUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!files(name)) continue;
            const text = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(rewriteDevUrls(text, url)));
          }
        },
      );
    });
  }
}

class ManifestVersionPlugin {
  /**
   * @param {{ version: string, publisher?: string, manifest?: string }} options the package version; the
   *   publisher's name for <ProviderName> (kept as manifest.xml has it when not given); the manifest asset's name
   */
  constructor(options) {
    this.options = { manifest: "manifest.xml", ...options };
  }

  apply(compiler) {
    const { version, publisher, manifest } = this.options;
    compiler.hooks.thisCompilation.tap("ManifestVersionPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestVersionPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const asset = compilation.getAsset(manifest);
          if (!asset) return;
          try {
            let xml = setManifestVersion(asset.source.source().toString(), manifestVersion(version));
            if (publisher !== undefined) xml = setProviderName(xml, publisher);
            compilation.updateAsset(manifest, new sources.RawSource(xml));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsPlugin, HelpPagePlugin, HostingUrlPlugin, ManifestVersionPlugin };
