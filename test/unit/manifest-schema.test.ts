/**
 * manifest.xml and every manifest the build writes, validated against Microsoft's XSDs with xmllint (the
 * in-repo copy, test/schemas/office-addin-manifest/). Office refuses a manifest that fails them. The build's
 * manifests come from a real webpack run of the config's asset plugins (copy, hosting-URL rewrite), for a
 * hosting URL, for none, and in development mode. Without xmllint these tests fail, unless
 * SKIP_MANIFEST_XSD=1 says to skip them (a developer without libxml2-utils; CI installs it in .ci/run).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack, { type Configuration, type WebpackPluginInstance } from "webpack";
import { MANIFEST_PATH, ROOT } from "./manifest-helpers";
/* eslint-disable @typescript-eslint/no-require-imports */
const { SCHEMA, validateManifest, xmllintAvailable } = require("../../scripts/validate-manifest") as {
  SCHEMA: string;
  validateManifest: (xml: string, label?: string) => { valid: boolean; errors: string[] };
  xmllintAvailable: () => boolean;
};
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Configuration;
const { LocalizedFunctionsPlugin, HelpPagePlugin } = require("../../scripts/webpack-plugins") as Record<
  string,
  new (...args: never[]) => unknown
>;
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin") as new (
  ...args: never[]
) => unknown;
const HtmlWebpackPlugin = require("html-webpack-plugin") as new (...args: never[]) => unknown;
const { StandalonePagePlugin } = require("../../scripts/standalone-page") as Record<
  string,
  new (...args: never[]) => unknown
>;
/* eslint-enable @typescript-eslint/no-require-imports */

const skip = process.env.SKIP_MANIFEST_XSD === "1";
const haveXmllint = xmllintAvailable();
const HOSTING = "https://cchc.example.gov.vn/addin/";
/**
 * Plugins that make the pages, the bundles' metadata, the help page and the standalone page (a whole second
 * build): nothing of theirs is a manifest.
 */
const NOT_MANIFEST_PLUGINS = [
  CustomFunctionsMetadataPlugin,
  LocalizedFunctionsPlugin,
  HelpPagePlugin,
  HtmlWebpackPlugin,
  StandalonePagePlugin,
];

function expectValid(xml: string, label: string): void {
  const { valid, errors } = validateManifest(xml, label);
  expect({ label, valid, errors }).toEqual({ label, valid: true, errors: [] });
}

/**
 * Runs webpack with the config's own plugins except the page and metadata ones, on an empty entry, and returns
 * every .xml file it writes (name → text). This is how `npm run build` writes the manifest, without bundling.
 */
async function manifestsTheBuildWrites(
  env: Record<string, unknown>,
  mode: string,
): Promise<Map<string, string>> {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-manifest-build-"));
  try {
    const config = makeConfig(env, { mode });
    const entry = path.join(outDir, "entry.js");
    fs.writeFileSync(entry, "");
    const plugins = (config.plugins ?? []).filter(
      (p) => !NOT_MANIFEST_PLUGINS.some((type) => p instanceof type),
    ) as WebpackPluginInstance[];
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: config.mode,
          context: ROOT,
          entry: { probe: entry },
          output: { path: path.join(outDir, "dist"), clean: true },
          plugins,
          infrastructureLogging: { level: "error" },
        },
        (error, result) => (error || !result ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const dist = path.join(outDir, "dist");
    return new Map(
      fs
        .readdirSync(dist, { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".xml"))
        .map((name) => [name, fs.readFileSync(path.join(dist, name), "utf8")]),
    );
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
    log.mockRestore();
    warn.mockRestore();
  }
}

describe("manifest XML schema validation (xmllint)", () => {
  if (skip) {
    test.skip("skipped: SKIP_MANIFEST_XSD=1", () => undefined);
    return;
  }

  test("xmllint is installed (Debian libxml2-utils; set SKIP_MANIFEST_XSD=1 to skip these tests)", () => {
    expect({ xmllint: haveXmllint }).toEqual({ xmllint: true });
  });

  const withXmllint = haveXmllint ? test : test.skip;

  withXmllint("validates against the in-repo copy of the schemas", () => {
    expect(path.relative(ROOT, SCHEMA)).toBe(
      path.join("test", "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd"),
    );
    expect(fs.existsSync(SCHEMA)).toBe(true);
  });

  withXmllint("manifest.xml is valid", () => {
    expectValid(fs.readFileSync(MANIFEST_PATH, "utf8"), "manifest.xml");
  });

  withXmllint("the validator rejects what Office rejects (unprefixed Sets inside VersionOverrides)", () => {
    const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
    const broken = xml.replace(/<(\/?)bt:(Sets?)\b/g, "<$1$2");
    expect(broken).not.toBe(xml);
    const result = validateManifest(broken, "broken.xml");
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/broken\.xml:\d+: element Sets/);
  });

  withXmllint(
    "every manifest a production build with a hosting URL writes is valid and on that URL",
    async () => {
      const written = await manifestsTheBuildWrites({ url: HOSTING }, "production");
      expect([...written.keys()]).toContain("manifest.xml");
      for (const [name, xml] of written) {
        expectValid(xml, `dist/${name}`);
        expect(xml).not.toContain("localhost");
        expect(xml).toContain(`${HOSTING}taskpane.html`);
      }
    },
    30000,
  );

  withXmllint(
    "every manifest a build without a hosting URL writes (production and development) is valid",
    async () => {
      for (const mode of ["production", "development"]) {
        const written = await manifestsTheBuildWrites({}, mode);
        expect([...written.keys()]).toContain("manifest.xml");
        for (const [name, xml] of written) expectValid(xml, `dist/${name} (${mode})`);
      }
    },
    30000,
  );
});
