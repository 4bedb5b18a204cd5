/**
 * The one catalogue of what users read (src/i18n/messages.ts, and the pane's strings in pane.ts): every
 * message exists in both languages with the same placeholders, and every message is used somewhere —
 * a key nothing refers to is dead text that drifts out of date.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { vi } from "../../src/i18n/messages";
import { en } from "../../src/i18n/messages-en";
import { paneVi } from "../../src/i18n/pane";
import { paneEn } from "../../src/i18n/pane-en";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{[@#]?(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ["messages.ts", vi as Record<string, string>, en as Record<string, string>],
  ["pane.ts", paneVi as Record<string, string>, paneEn as Record<string, string>],
])("%s", (file, viText, enText) => {
  const others = sources(path.join(root, "src"))
    .filter((f) => !f.endsWith(path.join("i18n", file)))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  const words = new Set(others.match(/[A-Za-z0-9_]+/g) ?? []);
  // Keys built in code: `previous_${source}` uses every key starting with "previous_".
  const prefixes = [...others.matchAll(/[`"']([A-Za-z0-9_]+)\$\{/g)].map((m) => m[1]);

  it("has every message in Vietnamese and English with the same placeholders", () => {
    expect(Object.keys(enText).sort()).toEqual(Object.keys(viText).sort());
    for (const key of Object.keys(viText)) {
      expect([key, placeholders(enText[key])]).toEqual([key, placeholders(viText[key])]);
    }
  });

  it("uses every message somewhere in the product", () => {
    const unused = Object.keys(viText).filter(
      (key) => !words.has(key) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
