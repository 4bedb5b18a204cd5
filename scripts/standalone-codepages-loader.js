// A webpack loader for the standalone page only (scripts/standalone-page.js): SheetJS's code-page tables without
// the double-byte East Asian pages (Japanese 932, Chinese 936 and 950, Korean 949, Mac Chinese 10008), which are
// 430 KB of the page's 3 MB budget. SheetJS needs a code page only for the 8-bit text of pre-97 .xls files (BIFF
// 2–5; Excel 97–2003 files store text as Unicode), and Vietnamese offices' files name a Windows or DOS single-byte
// page (1258, 1252, 437 …), all kept. A file naming a dropped page is refused with the reader's message for a .xls
// it cannot read, where the `cchc` command would read it. Fails the build if the file's layout changes.
const DROPPED = [932, 936, 949, 950, 10008];

module.exports = function dropDoubleByteCodePages(source) {
  let out = source;
  for (const page of DROPPED) {
    const start = out.indexOf(`\ncptable[${page}] = (function(){`);
    const next = start < 0 ? -1 : out.indexOf("\ncptable[", start + 1);
    if (start < 0 || next < 0 || !out.slice(start, next).trimEnd().endsWith("})();"))
      throw new Error(`cpexcel: code page ${page} is not where this loader expects it (SheetJS updated?)`);
    out = out.slice(0, start) + out.slice(next);
  }
  return out;
};
