/**
 * Seeded mutations of real workbooks and settings files for the fuzz run: hostile cell text (control and
 * bidi characters, prototype names, formulas, huge numbers and texts), cells far away, broken structure
 * (parts removed or doubled, merges over the whole sheet, formulas without results), and bytes flipped or
 * cut. Every case is reproducible from its seed.
 */
import JSZip from "jszip";
import { Random } from "../fixtures/lib/random";

export interface Case {
  readonly seed: number;
  /** What was done, for the failure message. */
  readonly steps: string[];
  readonly workbook: Uint8Array;
  /** A settings file's text, when the case has one. */
  readonly settings: string | null;
}

const HOSTILE_TEXTS = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "Sở Y tế\u001b]0;pwned\u0007",
  "_x001B_[2J_x001B_[H",
  "Tổng\u202e1,01",
  "\u2066Xã A\u2069",
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "85,5",
  "1.234,5",
  "85,5%",
  "KAD",
  "-",
  "Không áp dụng",
  "#N/A",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "9".repeat(32_000),
  "Điểm tối đa (" + "9".repeat(5_000) + " điểm)",
  "x".repeat(40_000),
  "",
  " ",
  "\u0000",
  "Khối\nSở",
];

const NUMBERS = [
  "1e308",
  "-1e308",
  "-5",
  "0",
  "1000000",
  "0.0000001",
  "85.5",
  "NaN",
  "Infinity",
  "1.7976931348623157e309",
];

const FAR_CELLS = ["XFD1048576", "XFD1", "A1048576", "ZZ5000", "AAA100"];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text a cell may not hold in XML 1.0 (NUL and most C0 controls) goes in as Excel's _xHHHH_ escapes. */
function cellText(text: string): string {
  const excel = text.replace(
    // eslint-disable-next-line no-control-regex -- Excel escapes exactly these
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeXml(excel);
}

type XmlMutation = (xml: string, random: Random, steps: string[]) => string;

/** Replaces the n-th match of a pattern. */
function replaceOne(
  xml: string,
  pattern: RegExp,
  random: Random,
  replace: (match: string) => string,
): string {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return xml;
  const m = random.pick(matches);
  const at = m.index ?? 0;
  return xml.slice(0, at) + replace(m[0]) + xml.slice(at + m[0].length);
}

const SHEET_MUTATIONS: readonly XmlMutation[] = [
  // A number cell gets a hostile number.
  (xml, random, steps) => {
    const value = random.pick(NUMBERS);
    steps.push(`number → ${value}`);
    return replaceOne(xml, /<c r="[A-Z]+\d+"(?: s="\d+")?><v>[^<]*<\/v><\/c>/g, random, (m) =>
      m.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`),
    );
  },
  // A cell becomes hostile inline text.
  (xml, random, steps) => {
    const text = random.pick(HOSTILE_TEXTS);
    steps.push(`inline text → ${JSON.stringify(text.slice(0, 40))}`);
    return replaceOne(xml, /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>.*?<\/c>)/g, random, (m) => {
      const ref = /r="([A-Z]+\d+)"/.exec(m)?.[1] ?? "A1";
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${cellText(text)}</t></is></c>`;
    });
  },
  // A cell becomes an error value.
  (xml, random, steps) => {
    const code = random.pick(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#BOGUS!"]);
    steps.push(`error → ${code}`);
    return replaceOne(xml, /<c r="([A-Z]+\d+)"[^>]*?><v>[^<]*<\/v><\/c>/g, random, (m) => {
      const ref = /r="([A-Z]+\d+)"/.exec(m)?.[1] ?? "A1";
      return `<c r="${ref}" t="e"><v>${escapeXml(code)}</v></c>`;
    });
  },
  // A formula without a stored result.
  (xml, random, steps) => {
    steps.push("formula without a result");
    return replaceOne(xml, /<c r="([A-Z]+\d+)"([^>]*?)><v>[^<]*<\/v><\/c>/g, random, (m) => {
      const ref = /r="([A-Z]+\d+)"/.exec(m)?.[1] ?? "A1";
      return `<c r="${ref}"><f>SUM(C10:M10)</f></c>`;
    });
  },
  // Every number cell's result dropped (a workbook written by a script).
  (xml, _random, steps) => {
    steps.push("every number cell a formula without a result");
    return xml.replace(/<c r="([A-Z]+\d+)"((?: s="\d+")?)><v>[^<]*<\/v><\/c>/g, '<c r="$1"$2><f>1+1</f></c>');
  },
  // A stray value far away.
  (xml, random, steps) => {
    const ref = random.pick(FAR_CELLS);
    steps.push(`stray value at ${ref}`);
    const row = Number(/\d+/.exec(ref)?.[0]);
    return xml.replace("</sheetData>", `<row r="${row}"><c r="${ref}"><v>1</v></c></row></sheetData>`);
  },
  // A merge over a huge area.
  (xml, random, steps) => {
    const ref = random.pick(["A1:XFD1048576", "A1:O49", "B10:B49", "A9:XFD9"]);
    steps.push(`merge ${ref}`);
    if (xml.includes("<mergeCells"))
      return xml.replace(/<mergeCells count="\d+">/, `$&<mergeCell ref="${ref}"/>`);
    return xml.replace(
      "</sheetData>",
      `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
    );
  },
  // A row or a cell removed.
  (xml, random, steps) => {
    steps.push("a row removed");
    return replaceOne(xml, /<row r="\d+"[^>]*>.*?<\/row>/g, random, () => "");
  },
  // A lying dimension.
  (xml, _random, steps) => {
    steps.push("dimension A1:XFD1048576");
    return xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
  },
  // A cell reference that is not one.
  (xml, random, steps) => {
    const ref = random.pick(["A0", "XFE1", "A1048577", "", "1A"]);
    steps.push(`cell reference "${ref}"`);
    return replaceOne(xml, /<c r="[A-Z]+\d+"/g, random, () => `<c r="${ref}"`);
  },
];

const STRINGS_MUTATIONS: readonly XmlMutation[] = [
  (xml, random, steps) => {
    const text = random.pick(HOSTILE_TEXTS);
    steps.push(`shared string → ${JSON.stringify(text.slice(0, 40))}`);
    return replaceOne(
      xml,
      /<t(?: xml:space="preserve")?>[^<]*<\/t>/g,
      random,
      () => `<t xml:space="preserve">${cellText(text)}</t>`,
    );
  },
  (xml, random, steps) => {
    steps.push("two shared strings swapped");
    const texts = [...xml.matchAll(/<t(?: xml:space="preserve")?>([^<]*)<\/t>/g)];
    if (texts.length < 2) return xml;
    const a = random.pick(texts);
    const b = random.pick(texts);
    return xml.replace(a[0], `\u0000A`).replace(b[0], a[0]).replace(`\u0000A`, b[0]);
  },
];

const PART_MUTATIONS: readonly ((zip: JSZip, random: Random, steps: string[]) => Promise<void>)[] = [
  async (zip, random, steps) => {
    const part = random.pick([
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/theme/theme1.xml",
      "docProps/core.xml",
    ]);
    steps.push(`part removed: ${part}`);
    zip.remove(part);
  },
  async (zip, random, steps) => {
    const part = random.pick(["xl/workbook.xml", "xl/sharedStrings.xml"]);
    const text = await zip.file(part)?.async("string");
    if (text === undefined) return;
    steps.push(`part emptied: ${part}`);
    zip.file(part, text.slice(0, random.int(0, text.length)));
  },
  async (zip, _random, steps) => {
    steps.push("sheet hidden, second empty sheet");
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", workbook.replace(/<sheet /, '<sheet state="hidden" '));
  },
];

/** Flips bytes or cuts the file. */
function byteMutation(bytes: Uint8Array, random: Random, steps: string[]): Uint8Array {
  const out = new Uint8Array(bytes);
  if (random.next() < 0.3) {
    const length = random.int(0, out.length - 1);
    steps.push(`cut at ${length} bytes`);
    return out.slice(0, length);
  }
  const flips = random.int(1, 8);
  steps.push(`${flips} bytes flipped`);
  for (let i = 0; i < flips; i++) out[random.int(0, out.length - 1)] = random.int(0, 255);
  return out;
}

/**
 * A zip holding one name twice: the theme's entry renamed, in its local and central headers, to
 * "[Content_Types].xml" (the same length), so two entries carry that name.
 */
function duplicateEntry(bytes: Uint8Array, steps: string[]): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const from = "xl/theme/theme1.xml";
  const to = "[Content_Types].xml";
  if (!text.includes(from)) return bytes;
  steps.push(`entry ${from} renamed ${to}: two entries of one name`);
  return new Uint8Array(Buffer.from(text.split(from).join(to), "latin1"));
}

const SETTINGS_VALUES: readonly unknown[] = [
  75,
  0.75,
  150,
  -1,
  "75",
  null,
  "2022-02-30",
  "2022-03-15",
  "x".repeat(5_000),
  [],
  {},
  { __proto__: "HTNV" },
  ["A", "ZZZ"],
  "P",
  "XFD",
  true,
  1e308,
];

function settingsText(random: Random, steps: string[]): string {
  const settings: Record<string, unknown> = {};
  const fields = [
    "threshold",
    "year",
    "reviewDeadline",
    "sendTo",
    "checkedComponents",
    "ratings",
    "attendees",
    "aliases",
    "newUnits",
    "mapping",
    "bands",
    "rankDecimals",
  ];
  for (let i = random.int(1, 3); i > 0; i--) {
    const field = random.pick(fields);
    let value: unknown = random.pick(SETTINGS_VALUES);
    if (field === "mapping") {
      const role = random.pick([
        "name",
        "group",
        "total",
        "index",
        "unitMax",
        "previousRank",
        "rating",
        "headerTop",
      ]);
      value =
        role === "headerTop"
          ? { headerTop: random.pick([1, 9, 500, 2_000_000]) }
          : { [role]: random.pick(["A", "B", "O", "P", "XFD", "ZZ"]) };
    }
    if (field === "ratings" || field === "attendees" || field === "aliases") {
      value = JSON.parse(
        `{"${random.pick(["__proto__", "constructor", "toString", "Sở Y tế"])}": ${JSON.stringify(random.pick(["HTNV", "KHTNV", "x", 5]))}}`,
      );
    }
    settings[field] = value;
  }
  const text = JSON.stringify(settings);
  steps.push(`settings ${text.slice(0, 120)}`);
  return text;
}

/** One mutated case from a seed, over one of the base workbooks. */
export async function mutate(base: Uint8Array, seed: number): Promise<Case> {
  const random = new Random(seed);
  const steps: string[] = [];
  const kind = random.next();
  let workbook: Uint8Array;
  if (kind < 0.15) {
    workbook = byteMutation(base, random, steps);
  } else if (kind < 0.18) {
    workbook = duplicateEntry(base, steps);
  } else {
    const zip = await JSZip.loadAsync(base);
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (let i = random.int(1, 3); i > 0; i--) {
      const where = random.next();
      if (where < 0.6 && sheet) {
        const xml = (await zip.file(sheet)?.async("string")) ?? "";
        zip.file(sheet, random.pick(SHEET_MUTATIONS)(xml, random, steps));
      } else if (where < 0.85 && zip.file("xl/sharedStrings.xml")) {
        const xml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
        zip.file("xl/sharedStrings.xml", random.pick(STRINGS_MUTATIONS)(xml, random, steps));
      } else {
        await random.pick(PART_MUTATIONS)(zip, random, steps);
      }
    }
    workbook = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  const settings = random.next() < 0.3 ? settingsText(random, steps) : null;
  return { seed, steps, workbook, settings };
}
