/**
 * `npm run release` (scripts/release.js) without the 90 s production build: an injected build writes a small dist/
 * (the real manifest.xml with its URLs rewritten and its version set, as the webpack plugins do), the standalone CLI
 * build is faked, and xmllint validates the manifest for real (SKIP_MANIFEST_XSD=1 fakes it, as in the schema test).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/* eslint-disable @typescript-eslint/no-require-imports */
type Validate = (xml: string, label?: string) => { valid: boolean; errors: string[] };
interface ReleaseOptions {
  url: string;
  root?: string;
  distDir?: string;
  outDir?: string;
  version?: string;
  publisher?: string;
  build?: (o: { url: string; root: string; distDir: string; publisher?: string }) => void | Promise<void>;
  buildCli?: (o: { outfile: string }) => void | Promise<void>;
  validate?: Validate;
  log?: (line: string) => void;
}
const { release, parseArgs, manifestProblems } = require("../../scripts/release") as {
  release: (
    o: ReleaseOptions,
  ) => Promise<{ files: string[]; missing: string[]; version: string; url: string }>;
  parseArgs: (argv: string[], env: Record<string, string | undefined>) => Record<string, string | undefined>;
  manifestProblems: (
    xml: string,
    o: { url: string; version: string; validate: Validate; publisher?: string },
  ) => string[];
};
const { rewriteDevUrls } = require("../../scripts/hosting-url") as {
  rewriteDevUrls: (text: string, url: string) => string;
};
const mv = require("../../scripts/manifest-version") as {
  manifestVersion: (v: string) => string;
  setManifestVersion: (xml: string, v: string) => string;
  setProviderName: (xml: string, name: string) => string;
  versionOf: (xml: string) => string | undefined;
};
const { validateManifest, xmllintAvailable } = require("../../scripts/validate-manifest") as {
  validateManifest: Validate;
  xmllintAvailable: () => boolean;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../..");
const URL_ = "https://cchc.example.gov.vn/addin/";
const SOURCE_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const validate: Validate =
  process.env.SKIP_MANIFEST_XSD === "1" && !xmllintAvailable()
    ? () => ({ valid: true, errors: [] })
    : validateManifest;

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-release-test-"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

/** What the production build would write, in small: the manifest as the webpack plugins make it. */
function fakeBuild({ standalone = false, manifest = (xml: string) => xml } = {}) {
  const calls: { url: string; distDir: string; publisher?: string }[] = [];
  const build = ({ url, distDir, publisher }: { url: string; distDir: string; publisher?: string }) => {
    calls.push({ url, distDir, publisher });
    fs.mkdirSync(distDir, { recursive: true });
    let xml = mv.setManifestVersion(rewriteDevUrls(SOURCE_MANIFEST, url), mv.manifestVersion("2.3.4"));
    if (publisher !== undefined) xml = mv.setProviderName(xml, publisher);
    fs.writeFileSync(path.join(distDir, "manifest.xml"), manifest(xml));
    fs.writeFileSync(path.join(distDir, "taskpane.html"), "<!doctype html>");
    if (standalone)
      fs.writeFileSync(path.join(distDir, "standalone.html"), "<!doctype html><title>standalone</title>");
  };
  return { build, calls };
}

const fakeCli = ({ outfile }: { outfile: string }) => fs.writeFileSync(outfile, "// cchc\n");

function options(extra: Partial<ReleaseOptions> = {}): ReleaseOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    url: URL_,
    root: work,
    version: "2.3.4",
    outDir: path.join(work, "release"),
    buildCli: fakeCli,
    validate,
    log: (line: string) => lines.push(line),
    lines,
    ...extra,
  };
}

function sums(dir: string): string[] {
  return fs.readFileSync(path.join(dir, "SHA256SUMS"), "utf8").trim().split("\n");
}

describe("npm run release", () => {
  test("builds for the URL, checks the manifest and packs manifest, standalone page, command, notes and checksums", async () => {
    const { build, calls } = fakeBuild({ standalone: true });
    const o = options({ build });
    const result = await release(o);
    expect(calls).toEqual([{ url: URL_, distDir: path.join(work, "dist") }]);
    expect(result.missing).toEqual([]);
    const out = path.join(work, "release");
    expect(fs.readdirSync(out).sort()).toEqual(
      ["SHA256SUMS", "cchc.cjs", "manifest.xml", "standalone.html", "HUONG-DAN.txt"].sort(),
    );
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(mv.versionOf(manifest)).toBe("2.3.4.0");
    expect(manifest).toContain(`${URL_}taskpane.html`);
    // Every packed file is listed with its SHA-256, in `sha256sum -c` form.
    const listed = sums(out).filter((l) => !l.startsWith("#"));
    expect(listed.map((l) => l.split("  ")[1]).sort()).toEqual(
      ["cchc.cjs", "manifest.xml", "standalone.html", "HUONG-DAN.txt"].sort(),
    );
    for (const line of listed) {
      const [hash, file] = line.split("  ");
      expect(
        crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(out, file)))
          .digest("hex"),
      ).toBe(hash);
    }
    const check = spawnSync("sha256sum", ["-c", "--strict", "SHA256SUMS"], { cwd: out, encoding: "utf8" });
    if (!check.error) expect(check.status).toBe(0);
  });

  test("without standalone.html it still packs, and says so in its output, its notes and the checksum list", async () => {
    const o = options({ build: fakeBuild().build });
    const result = await release(o);
    expect(result.missing).toEqual(["standalone.html"]);
    const out = path.join(work, "release");
    expect(fs.existsSync(path.join(out, "standalone.html"))).toBe(false);
    expect(o.lines.join("\n")).toMatch(/standalone\.html is not in the build/);
    expect(sums(out)).toContain("# standalone.html: not in this release (the build does not write it yet)");
    expect(fs.readFileSync(path.join(out, "HUONG-DAN.txt"), "utf8")).toMatch(/standalone\.html +CHƯA CÓ/);
  });

  test("packs an existing build with --dist, without building", async () => {
    const dist = path.join(work, "elsewhere");
    fakeBuild().build({ url: URL_, distDir: dist });
    const build = jest.fn();
    const result = await release(options({ distDir: dist, build }));
    expect(build).not.toHaveBeenCalled();
    expect(result.files).toContain("manifest.xml");
  });

  test("refuses a manifest of another version, another URL, or one the schemas reject", async () => {
    await expect(release(options({ build: fakeBuild().build, version: "2.3.5" }))).rejects.toThrow(
      /<Version> is 2\.3\.4\.0, expected 2\.3\.5\.0/,
    );
    const dist = path.join(work, "built-for-another-url");
    fakeBuild().build({ url: URL_, distDir: dist });
    await expect(release(options({ distDir: dist, url: "https://other.example.vn/cchc/" }))).rejects.toThrow(
      /URLs outside https:\/\/other\.example\.vn\/cchc\//,
    );
    const broken = fakeBuild({
      manifest: (xml) => xml.replace("<bt:Sets", "<Sets").replace("</bt:Sets>", "</Sets>"),
    });
    await expect(release(options({ build: broken.build, validate: validateManifest }))).rejects.toThrow(
      /not valid against Microsoft's schemas/,
    );
    expect(fs.existsSync(path.join(work, "release"))).toBe(false);
  });

  test("refuses a development manifest and a version with no manifest form before building", async () => {
    const dev = fakeBuild({ manifest: () => mv.setManifestVersion(SOURCE_MANIFEST, "2.3.4.0") });
    await expect(release(options({ build: dev.build }))).rejects.toThrow(
      /still points at https:\/\/localhost:3000\//,
    );
    const build = jest.fn();
    await expect(release(options({ build, version: "2.3.4-beta.1" }))).rejects.toThrow(/no manifest form/);
    await expect(release(options({ build, url: "http://insecure.example.vn/" }))).rejects.toThrow(/https/);
    expect(build).not.toHaveBeenCalled();
  });

  test("a Sở that hosts its own copy names itself the publisher: <ProviderName> built, checked and escaped", async () => {
    const { build, calls } = fakeBuild();
    const o = options({ build, publisher: "  Sở Nội vụ tỉnh Hải Dương & CNTT  " });
    await release(o);
    expect(calls[0].publisher).toBe("Sở Nội vụ tỉnh Hải Dương & CNTT");
    const xml = fs.readFileSync(path.join(work, "release", "manifest.xml"), "utf8");
    expect(xml).toContain("<ProviderName>Sở Nội vụ tỉnh Hải Dương &amp; CNTT</ProviderName>");
    expect(o.lines.join("\n")).toContain('publisher "Sở Nội vụ tỉnh Hải Dương & CNTT"');
    // A build that ignored the publisher is not released.
    const ignoring = fakeBuild();
    const ignoringBuild = ({ url, distDir }: { url: string; distDir: string }) =>
      ignoring.build({ url, distDir });
    await expect(release(options({ build: ignoringBuild, publisher: "Sở Nội vụ" }))).rejects.toThrow(
      /<ProviderName> is "Nhóm phát triển bổ trợ Chỉ số CCHC", expected "Sở Nội vụ"/,
    );
    await expect(release(options({ build, publisher: "x".repeat(126) }))).rejects.toThrow(/125/);
    await expect(release(options({ build, publisher: "  " }))).rejects.toThrow(/empty/);
  });

  test("reads --url, --publisher, --dist and --out, or ADDIN_URL and ADDIN_PUBLISHER", () => {
    expect(parseArgs(["--url", URL_, "--publisher=Sở Nội vụ"], {})).toMatchObject({ publisher: "Sở Nội vụ" });
    expect(parseArgs([], { ADDIN_URL: URL_, ADDIN_PUBLISHER: "Sở A" })).toMatchObject({ publisher: "Sở A" });
    expect(parseArgs([], { ADDIN_URL: URL_ }).publisher).toBeUndefined();
    expect(parseArgs(["--url", URL_, "--out=x"], {})).toMatchObject({ url: URL_, outDir: path.resolve("x") });
    expect(parseArgs([], { ADDIN_URL: URL_ })).toMatchObject({ url: URL_ });
    expect(() => parseArgs([], {})).toThrow(/hosting URL/);
    expect(() => parseArgs(["--url"], {})).toThrow(/needs a value/);
    expect(() => parseArgs(["--uri", URL_], {})).toThrow(/unknown option/);
  });

  test("the manifest in the repository, built for a URL at the package's version, passes every check", () => {
    const pkgVersion = (
      JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    const xml = mv.setManifestVersion(rewriteDevUrls(SOURCE_MANIFEST, URL_), mv.manifestVersion(pkgVersion));
    expect(manifestProblems(xml, { url: URL_, version: pkgVersion, validate })).toEqual([]);
  });
});

describe("manifest version", () => {
  test("is the package version in Office's four-number form", () => {
    expect(mv.manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(mv.manifestVersion("12.0.65535")).toBe("12.0.65535.0");
    expect(() => mv.manifestVersion("1.2")).toThrow(/MAJOR\.MINOR\.PATCH/);
    expect(() => mv.manifestVersion("1.2.70000")).toThrow(/65535/);
  });

  test("replaces the one <Version> element and refuses a manifest without exactly one", () => {
    expect(mv.versionOf(mv.setManifestVersion(SOURCE_MANIFEST, "9.8.7.0"))).toBe("9.8.7.0");
    expect(() => mv.setManifestVersion("<OfficeApp/>", "1.0.0.0")).toThrow(/exactly one <Version>/);
  });
});
