/**
 * Helpers of the print tests: LibreOffice (headless) turns a workbook or a document into a PDF, poppler's
 * pdftoppm into page images (kept under test-results/ for people to look at) and pdftotext into text and
 * word boxes, on which the tests check that no text is hidden: no two words printed over each other.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Whether soffice, pdftoppm and pdftotext are installed (.ci/run installs them). */
export function printToolsPresent(): boolean {
  try {
    for (const tool of ["soffice", "pdftoppm", "pdftotext"])
      execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Converts `file` to PDF with LibreOffice in a fresh profile; returns the PDF's path (beside the file). */
export function toPdf(file: string): string {
  const dir = path.dirname(file);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-lo-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

/** Page images (PNG, `dpi`) of a PDF, named <prefix>-<n>.png in `dir`; returns their paths. */
export function pageImages(pdf: string, dir: string, prefix: string, dpi = 80): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (old.startsWith(`${prefix}-`)) fs.rmSync(path.join(dir, old));
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, path.join(dir, prefix)], { stdio: "pipe" });
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The PDF's text laid out as printed (pdftotext -layout). */
export function layoutText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every word of the PDF with its box (points, from the page's top left). */
export function words(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m)
      out.push({
        page,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]),
      });
  }
  return out;
}

/** Pairs of words printed over each other. */
export function overlaps(all: readonly Word[]): [Word, Word][] {
  const found: [Word, Word][] = [];
  const byPage = new Map<number, Word[]>();
  for (const w of all) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const list of byPage.values()) {
    const sorted = [...list].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
        const b = sorted[j];
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w <= 0 || h <= 0) continue;
        // Boxes run from the font's ascent to its descent, so the lines of a paragraph touch: words are
        // printed over each other only when they share half of a line's height and a third of a word.
        const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        const width = Math.min(a.xMax - a.xMin, b.xMax - b.xMin);
        if (h > height / 2 && w > width / 3) found.push([a, b]);
      }
    }
  }
  return found;
}
