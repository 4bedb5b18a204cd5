/**
 * The one name normaliser: unit names and header text compared as staff read them. Unicode NFC/NFD,
 * spaces, case, tone-mark placement, leading numbering and punctuation ignored; the usual abbreviations
 * equal their words (UBND = Ủy ban nhân dân, TP = thành phố, TX = thị xã, H. = huyện).
 */
import { stripDiacritics } from "./cellValue";

/** NFC, spaces collapsed, trimmed: the text as it should be displayed. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u2007\u202f\u200b]+/g, " ")
    .trim();
}

/** Lower case without accents, punctuation as spaces: for matching header vocabulary. */
export function foldText(text: string): string {
  return stripDiacritics(cleanText(text))
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The words of a name in one canonical spelling: lower case, NFC, punctuation dropped, and each syllable's
 * tone mark placed the same way whatever the keyboard did (old "hoà"/"Uỷ" and new "hòa"/"Ủy" meet), while
 * "Giang" and "Giàng" stay apart.
 */
function canonicalWords(text: string): string[] {
  // Vietnamese has no locale-specific case rules, so plain toLowerCase is exact (and much faster).
  const words = text
    .toLowerCase()
    .normalize("NFD")
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== "")
    .map((word) => {
      const tones = word.match(TONE_MARKS);
      return tones === null ? word : word.replace(TONE_MARKS, "") + tones.join("");
    });
  return words.join(" ").normalize("NFC").split(" ");
}

/** Abbreviations and the words they stand for; longer ones are tried first. */
const ABBREVIATIONS: readonly [string, string][] = [
  ["ubnd", "ủy ban nhân dân"],
  ["hđnd", "hội đồng nhân dân"],
  ["tt tt", "thông tin và truyền thông"],
  ["tt&tt", "thông tin và truyền thông"],
  ["tttt", "thông tin và truyền thông"],
  ["kh cn", "khoa học và công nghệ"],
  ["kh và cn", "khoa học và công nghệ"],
  ["khcn", "khoa học và công nghệ"],
  ["kh đt", "kế hoạch và đầu tư"],
  ["kh và đt", "kế hoạch và đầu tư"],
  ["khđt", "kế hoạch và đầu tư"],
  ["gtvt", "giao thông vận tải"],
  ["gd đt", "giáo dục và đào tạo"],
  ["gd và đt", "giáo dục và đào tạo"],
  ["gdđt", "giáo dục và đào tạo"],
  ["lđ tb xh", "lao động thương binh và xã hội"],
  ["lđ tb và xh", "lao động thương binh và xã hội"],
  ["lđtbxh", "lao động thương binh và xã hội"],
  ["tn mt", "tài nguyên và môi trường"],
  ["tn và mt", "tài nguyên và môi trường"],
  ["tnmt", "tài nguyên và môi trường"],
  ["vh tt dl", "văn hóa thể thao và du lịch"],
  ["vh tt và dl", "văn hóa thể thao và du lịch"],
  ["vhttdl", "văn hóa thể thao và du lịch"],
  ["nn ptnt", "nông nghiệp và phát triển nông thôn"],
  ["nn và ptnt", "nông nghiệp và phát triển nông thôn"],
  ["nnptnt", "nông nghiệp và phát triển nông thôn"],
  ["bql", "ban quản lý"],
  ["kcn", "khu công nghiệp"],
  ["tp", "thành phố"],
  ["tx", "thị xã"],
  ["tt", "thị trấn"],
];

/** Abbreviations by their first word, longest first. */
const ABBREVIATIONS_BY_FIRST_WORD = new Map<string, [string[], string[]][]>();
for (const [short, long] of ABBREVIATIONS) {
  const words = canonicalWords(short);
  const list = ABBREVIATIONS_BY_FIRST_WORD.get(words[0]) ?? [];
  list.push([words, canonicalWords(long)]);
  list.sort((a, b) => b[0].length - a[0].length);
  ABBREVIATIONS_BY_FIRST_WORD.set(words[0], list);
}

/** A unit's kind words that may be left out when the rest is unique in its group ("UBND huyện Nam Sách" = "Nam Sách"). */
const KIND_PREFIXES: readonly string[] = [
  "ủy ban nhân dân",
  "thành phố",
  "thị xã",
  "huyện",
  "quận",
  "phường",
  "xã",
  "thị trấn",
  "đặc khu",
].map((p) => canonicalWords(p).join(" "));

/**
 * The matching key of a unit name: leading numbering ("1.", "1)", "I.") and punctuation dropped, case and
 * spaces ignored, tone marks placed canonically, abbreviations written out ("UBND" = "Ủy ban nhân dân",
 * "TP" = "thành phố", "H." = "huyện").
 */
export function unitKey(name: string): string {
  const words = canonicalWords(name.replace(/^\s*(\d+|[ivxlc]+)\s*[.)/-]\s*/i, ""));
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const hit = ABBREVIATIONS_BY_FIRST_WORD.get(words[i])?.find(([short]) =>
      short.every((w, k) => words[i + k] === w),
    );
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else if (i === 0 && words[0] === "h" && words.length > 1) {
      out.push(...canonicalWords("huyện"));
      i += 1;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out.join(" ");
}

/** The key without its kind prefix (so "UBND huyện Nam Sách", "Huyện Nam Sách" and "Nam Sách" meet). */
export function coreKey(key: string): string {
  const prefix = KIND_PREFIXES.find((p) => key.startsWith(`${p} `));
  return prefix ? coreKey(key.slice(prefix.length + 1)) : key;
}

const PEOPLES_COMMITTEE = canonicalWords("ủy ban nhân dân").join(" ");

/**
 * The unit's kind as its name writes it ("huyện", "phường", "đặc khu"…; "Ủy ban nhân dân" alone is no kind),
 * null when the name has none. A missing kind is tolerated in matching, a different one is not: "Phường Lê
 * Chân" (a 2025 ward) is not "Quận Lê Chân" (a former district).
 */
export function kindKey(key: string): string | null {
  let rest = key;
  let kind: string | null = null;
  for (;;) {
    const prefix = KIND_PREFIXES.find((p) => rest.startsWith(`${p} `));
    if (prefix === undefined) return kind;
    if (prefix !== PEOPLES_COMMITTEE) kind = prefix;
    rest = rest.slice(prefix.length + 1);
  }
}

/** Whether two kinds may name the same unit: equal, or one of them not written. */
export function kindsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Whether text is a Roman numeral (group rows are numbered I, II, III…). */
export function isRomanNumeral(text: string): boolean {
  return /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i.test(cleanText(text));
}
