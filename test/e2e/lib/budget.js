// The pane's initial JavaScript, gzip-compressed file by file as a web server sends it: a deterministic size.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 200 * 1024;

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function measure(outDir, files) {
  const sizes = files.map((file) => {
    const full = path.join(outDir, file);
    return { file, raw: fs.statSync(full).size, gzip: gzipSize(full) };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  return { sizes, total, budget: BUDGET_BYTES, within: total <= BUDGET_BYTES };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

module.exports = { measure, kb, BUDGET_BYTES };
