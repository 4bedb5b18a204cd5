/**
 * The one name normaliser: unit names and header text compared as staff read them. Unicode NFC/NFD,
 * spaces, case, accents, leading numbering and punctuation ignored; the usual abbreviations equal their
 * words (UBND = Ủy ban nhân dân, TP = thành phố, TX = thị xã, H. = huyện).
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

/** Abbreviations written out (on folded text), longest first. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\btp\b/g, "thanh pho"],
  [/\btx\b/g, "thi xa"],
  [/\btt\b/g, "thi tran"],
  [/^h\b/g, "huyen"],
  [/\bkh cn\b/g, "khoa hoc va cong nghe"],
  [/\bkh va cn\b/g, "khoa hoc va cong nghe"],
  [/\bkhcn\b/g, "khoa hoc va cong nghe"],
  [/\bgtvt\b/g, "giao thong van tai"],
  [/\bgd dt\b/g, "giao duc va dao tao"],
  [/\bgd va dt\b/g, "giao duc va dao tao"],
  [/\bgddt\b/g, "giao duc va dao tao"],
  [/\bld tb xh\b/g, "lao dong thuong binh va xa hoi"],
  [/\bldtbxh\b/g, "lao dong thuong binh va xa hoi"],
  [/\btn mt\b/g, "tai nguyen va moi truong"],
  [/\btnmt\b/g, "tai nguyen va moi truong"],
  [/\bvh tt dl\b/g, "van hoa the thao va du lich"],
  [/\bvhttdl\b/g, "van hoa the thao va du lich"],
  [/\bnn ptnt\b/g, "nong nghiep va phat trien nong thon"],
  [/\bnnptnt\b/g, "nong nghiep va phat trien nong thon"],
  [/\bkh dt\b/g, "ke hoach va dau tu"],
  [/\bkhdt\b/g, "ke hoach va dau tu"],
  [/\btt tt\b/g, "thong tin va truyen thong"],
  [/\btttt\b/g, "thong tin va truyen thong"],
  [/\bbql\b/g, "ban quan ly"],
  [/\bkcn\b/g, "khu cong nghiep"],
];

/** A unit's kind words that may be left out when the rest is unique in its group ("UBND huyện Nam Sách" = "Nam Sách"). */
const KIND_PREFIXES: readonly string[] = [
  "uy ban nhan dan",
  "thanh pho",
  "thi xa",
  "huyen",
  "phuong",
  "xa",
  "thi tran",
  "dac khu",
  "quan",
];

/**
 * The matching key of a unit name: numbering ("1.", "1)", "I.") and trailing punctuation dropped, accents
 * and case folded (old and new tone placement — "Uỷ"/"Ủy", "hoà"/"hòa" — meet), abbreviations written out.
 * Two units of one group with the same key are ambiguous and never matched.
 */
export function unitKey(name: string): string {
  let key = foldText(cleanText(name).replace(/^\s*(\d+|[ivxlc]+)\s*[.)/-]\s*/i, ""));
  for (const [pattern, words] of ABBREVIATIONS) key = key.replace(pattern, words);
  return key;
}

/** The key without its kind prefix (so "UBND huyện Nam Sách", "Huyện Nam Sách" and "Nam Sách" meet). */
export function coreKey(key: string): string {
  const prefix = KIND_PREFIXES.find((p) => key.startsWith(`${p} `));
  return prefix ? coreKey(key.slice(prefix.length + 1)) : key;
}

/** Whether text is a Roman numeral (group rows are numbered I, II, III…). */
export function isRomanNumeral(text: string): boolean {
  return /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})\.?$/i.test(cleanText(text));
}
