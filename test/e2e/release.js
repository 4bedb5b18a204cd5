// `npm run release` on the real build (the one the browser steps used, made for https://e2e.example.invalid/cchc/):
// packs it with --dist (no second 90 s build), so the manifest the build really writes is checked (Microsoft's XSDs,
// the package version, every URL on the hosting URL); then the packed checksums verify, and the packed `cchc`
// command runs with plain node from the release folder alone.
const assert = require("assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { release } = require("../../scripts/release");

const ROOT = path.resolve(__dirname, "../..");
const BUILD_URL = "https://e2e.example.invalid/cchc/";

async function runReleaseStep({ buildDir }) {
  const started = Date.now();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-e2e-release-"));
  const title = "npm run release --dist trên bản dựng thật: tệp kê khai, mã SHA-256, lệnh cchc.cjs";
  try {
    const result = await release({ url: BUILD_URL, distDir: buildDir, outDir, log: () => undefined });
    assert.ok(
      result.files.includes("manifest.xml") && result.files.includes("cchc.cjs"),
      result.files.join(", "),
    );
    const sums = spawnSync("sha256sum", ["-c", "--strict", "SHA256SUMS"], { cwd: outDir, encoding: "utf8" });
    if (!sums.error) assert.equal(sums.status, 0, `sha256sum -c: ${sums.stdout}${sums.stderr}`);
    const example = path.join(ROOT, "examples", "hai-duong-2021.xlsx");
    const run = spawnSync(process.execPath, ["cchc.cjs", "report", example, "--json", "-"], {
      cwd: outDir,
      encoding: "utf8",
    });
    assert.equal(run.status, 0, `node cchc.cjs report: exit ${run.status}\n${run.stderr}`);
    assert.ok(JSON.parse(run.stdout).units.length > 0, "cchc.cjs reported no units");
    const note = result.missing.length > 0 ? ` (without ${result.missing.join(", ")})` : "";
    console.log(`  ✓ ${title}${note} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return { failures: [] };
  } catch (error) {
    console.log(`  ✗ ${title}\n      ${String(error && error.message).replace(/\n/g, "\n      ")}`);
    return { failures: [`${title}: ${error && error.message}`] };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { runReleaseStep };
