/**
 * The one name normaliser: unit names and header text compared as staff read them. Unicode NFC/NFD,
 * spaces, case, tone-mark placement, leading numbering and punctuation ignored; the usual abbreviations
 * equal their words (UBND = Ủy ban nhân dân, TP = thành phố, TX = thị xã, H. = huyện).
 */

/** Runs of white space (zero-width space included) that display as one space. */
const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;
/** White space other than single ASCII spaces: only then is there anything for SPACES to change. */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** NFC, spaces collapsed, trimmed: the text as it should be displayed. */
export function cleanText(text: string): string {
  const composed = text.normalize("NFC");
  return (UNUSUAL_SPACE.test(composed) ? composed.replace(SPACES, " ") : composed).trim();
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9%]+/g;

/**
 * Lower case without accents, punctuation as spaces: for matching header vocabulary. (Decomposing makes the
 * NFC of cleanText needless, and every space becomes punctuation here, so the text is not cleaned first.)
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(NOT_WORD, " ")
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
  const decomposed = text.toLowerCase().normalize("NFD");
  // Most names are plain Vietnamese words and single spaces: split those without the (slower) Unicode classes.
  const words = PLAIN_WORDS.test(decomposed)
    ? decomposed.split(" ")
    : decomposed.split(/[^\p{L}\p{N}\p{M}]+/u);
  const out: string[] = [];
  for (const word of words) if (word !== "") out.push(canonicalSyllable(word));
  return out;
}

/** Decomposed lower-case words of ASCII letters, digits, "đ" and combining marks, one space apart. */
const PLAIN_WORDS = /^[\u0300-\u036fa-z0-9\u0111]+(?: [\u0300-\u036fa-z0-9\u0111]+)*$/;

/** Canonical spellings of the decomposed words seen so far: names share few syllables, so this stays small. */
const SYLLABLES = new Map<string, string>();
const MAX_SYLLABLES = 20_000;

/** One decomposed word with its tone mark moved last, recomposed (NFC never joins across a space). */
function canonicalSyllable(word: string): string {
  let canonical = SYLLABLES.get(word);
  if (canonical === undefined) {
    const tones = word.match(TONE_MARKS);
    canonical = (tones === null ? word : word.replace(TONE_MARKS, "") + tones.join("")).normalize("NFC");
    if (SYLLABLES.size >= MAX_SYLLABLES) SYLLABLES.clear();
    SYLLABLES.set(word, canonical);
  }
  return canonical;
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
 * "TP" = "thành phố", "H." = "huyện" at the start or after "UBND").
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
    } else if (words[i] === "h" && i + 1 < words.length && (i === 0 || out.join(" ") === PEOPLES_COMMITTEE)) {
      // "H. Nam Sách", "UBND H. Nam Sách": "H." stands for "huyện" only where a kind is written.
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
