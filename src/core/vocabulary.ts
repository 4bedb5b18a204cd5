/**
 * The header and row vocabulary of real score workbooks (DOMAIN.md), matched on folded text (no accents,
 * lower case, punctuation as spaces) so "Tên cơ quan, đơn vị", "TEN CO QUAN DON VI" and "Tên đơn vị" meet.
 */
import { foldText } from "./names";

export type ColumnRole =
  "stt" | "name" | "group" | "total" | "index" | "unitMax" | "previousRank" | "rank" | "rating" | "note";

const test = (patterns: RegExp[]) => (folded: string) => patterns.some((p) => p.test(folded));

const isStt = test([/^(stt|tt|so tt|so thu tu|thu tu)$/]);
const isName = test([
  /^(ten )?(co quan|don vi|dia phuong)( don vi| dia phuong)?( hanh chinh)?( nam \d{4})?$/,
  /^ten (co quan|don vi|dia phuong)/,
  /^(co quan|don vi) (duoc )?(danh gia|tham dinh)/,
  /^ten$/,
]);
const isGroup = test([/^(khoi|nhom|nhom don vi|khoi don vi)$/]);
const isTotal = test([
  /^tong( cong| cuoi)?$/,
  /^grand total$/,
  /^tong (so )?diem( dat( duoc)?)?( tham dinh)?( sau tham dinh)?$/,
  /^diem (dat|tong|tong cong)( duoc)?$/,
  /^tong diem \d/,
]);
const isIndex = test([
  /^chi so( cchc| cai cach hanh chinh)?( %)?( nam \d{4})?( %)?$/,
  /^(ty|ti) le( %)?$/,
  /^%$/,
]);
const isUnitMax = test([/^(tong )?diem (toi da|chuan)( cua don vi)?$/, /^toi da$/, /^thang diem$/]);
const isRank = test([/^(xep hang|thu hang|hang)( nam)?( \d{4})?$/, /^(xep hang|thu hang) chung$/]);
const isPreviousRank = test([
  /^(xep hang|thu hang|hang) (nam )?(truoc|\d{4} truoc)$/,
  /^(xep hang|thu hang|hang) nam \d{4}$/,
]);
const isRating = test([
  /^xep loai/,
  /^danh gia xep loai/,
  /^muc do hoan thanh/,
  /^ket qua xep loai/,
  /nguoi dung dau/,
]);
const isNote = test([/^ghi chu/]);

/** The year named in a header such as "Xếp hạng năm 2020". */
export function headerYear(folded: string): number | null {
  const match = /\b(19|20)(\d{2})\b/.exec(folded);
  return match ? Number(match[1] + match[2]) : null;
}

/**
 * The role of a column from its header (folded), or null for a component column. `year` is the index year
 * when known: "Xếp hạng năm 2020" in a 2021 table is last year's rank.
 */
export function columnRole(header: string, year: number | null): ColumnRole | null {
  const folded = foldText(header);
  if (folded === "") return null;
  if (isStt(folded)) return "stt";
  if (isName(folded)) return "name";
  if (isGroup(folded)) return "group";
  if (isNote(folded)) return "note";
  if (isRating(folded)) return "rating";
  if (isPreviousRank(folded) || isRank(folded)) {
    const y = headerYear(folded);
    if (/truoc/.test(folded)) return "previousRank";
    if (y !== null && year !== null) return y < year ? "previousRank" : "rank";
    return "rank";
  }
  if (isUnitMax(folded)) return "unitMax";
  if (isIndex(folded)) return "index";
  if (isTotal(folded)) return "total";
  return null;
}

/**
 * What a header under a parent header is: the field's points ("Tổng", "Điểm", "Điểm đạt"), its percentage
 * ("%"), the unit's own maximum of it ("Điểm tối đa", "Điểm chuẩn"), a part of its points ("Thẩm định",
 * "Điều tra XHH"), or a field of its own (under an umbrella such as "Điểm các lĩnh vực").
 */
export type SubRole = "points" | "percent" | "max" | "part" | "field";

export function subRole(header: string): SubRole {
  const folded = foldText(header);
  if (/^((diem )?(toi da|chuan)|thang diem|diem toi da theo quy dinh)$/.test(folded)) return "max";
  if (/^(%|ty le|ti le|chi so|chi so %|ty le %|ty le dat|% dat duoc)$/.test(folded)) return "percent";
  if (
    /^(tong|tong diem|diem|cong|diem dat|tong cong|diem tong|tong so|diem dat duoc|tong diem dat)$/.test(
      folded,
    )
  ) {
    return "points";
  }
  if (
    /^(diem )?(tu danh gia|tu cham|tham dinh|danh gia|dieu tra( xa hoi hoc| xhh)?|dtxhh|khao sat|ket qua tham dinh|sau tham dinh|truoc tham dinh|hoi dong tham dinh|diem thuong|diem tru)\b/.test(
      folded,
    )
  ) {
    return "part";
  }
  return "field";
}

/**
 * How much of a header's text detection examines: real headers are far shorter, and a cell of 32,000
 * characters must not cost more than a short one.
 */
export const MAX_HEADER_TEXT = 200;

/** A maximum written in header text: "(16 điểm)", "(16đ)", "16 điểm", "Tối đa 16", "tối đa: 16,5". */
export function headerMaximum(header: string): number | null {
  // Joined headers hold up to four rows of capped text; a number starts after a non-digit, so each
  // match attempt starts once per run of digits (linear, whatever the text).
  const text = header.slice(0, 4 * MAX_HEADER_TEXT);
  const folded = foldText(text.replace(/(\d),(\d)/g, "$1.$2").replace(/(\d)\.(\d)/g, "$1dot$2"));
  const patterns = [/(?<!\d)(\d+(?:dot\d+)?) ?(?:diem|d)\b/, /toi da (\d+(?:dot\d+)?)/];
  for (const pattern of patterns) {
    const match = pattern.exec(folded);
    if (match) return Number(match[1].replace("dot", "."));
  }
  return null;
}

/** A row label that says the row holds the maxima ("Điểm tối đa", "Điểm chuẩn", "Thang điểm"). */
export function isMaxRowLabel(text: string): boolean {
  return /^(tong )?(diem toi da|toi da|diem chuan|thang diem|diem toi da theo quy dinh)$/.test(
    foldText(text),
  );
}

/** The first words of the footer labels isFooterLabel knows (its patterns below start with one of these). */
const FOOTER_FIRST_WORDS = new Set([
  "tong",
  "cong",
  "trung",
  "binh",
  "diem",
  "chi",
  "grand",
  "average",
  "ghi",
  "nguoi",
  "lap",
  "giam",
  "kt",
  "pho",
  "chu",
  "noi",
  "xac",
  "tm",
  "thu",
  "da",
]);

/** Rows after the units that are not units: totals, averages, notes, signatures, dates. */
export function isFooterLabel(text: string): boolean {
  // A footnote under the table: "(*) Đơn vị có phản ánh …", "* Ghi chú …".
  if (/^\s*(\(\*+\)|\*+)\s*\S/u.test(text)) return true;
  // Every footer below starts with one of these words: fold the first word only for most names (units).
  const start = text.replace(/^[^\p{L}\p{N}%]+/u, "");
  const space = start.search(/\s/);
  const firstWord = foldText(space < 0 ? start : start.slice(0, space)).split(" ")[0];
  if (!FOOTER_FIRST_WORDS.has(firstWord)) return false;
  const folded = foldText(text);
  return (
    /^(tong cong|tong so|tong|cong)( (chung|toan tinh|toan khoi|khoi|cac don vi|so))?$/.test(folded) ||
    /^(tong so|tong cong|tong|cong) \d+( don vi| co quan| dia phuong)?$/.test(folded) ||
    /^(trung binh|binh quan|diem trung binh|diem binh quan|chi so trung binh|chi so binh quan|tong cuoi|grand total|average|ghi chu|nguoi lap|nguoi lap bieu|lap bieu|giam doc|kt giam doc|pho giam doc|chu tich|kt chu tich|noi nhan|xac nhan|tm uy ban nhan dan|tm ubnd|thu truong|da ky)\b/.test(
      folded,
    )
  );
}

/** Footer rows after which nothing is a unit any more (notes and signatures). */
export function isEndOfTable(text: string): boolean {
  return /^(ghi chu|nguoi lap|lap bieu|giam doc|kt giam doc|chu tich|kt chu tich|noi nhan|tm uy ban nhan dan|tm ubnd|thu truong)\b/.test(
    foldText(text),
  );
}

/** A group heading: "I. CÁC SỞ, BAN, NGÀNH", "KHỐI PHƯỜNG", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ". */
export function looksLikeGroupTitle(text: string): boolean {
  const folded = foldText(text);
  if (
    /^(khoi|nhom|cac so|cac co quan|cac don vi|ubnd cac|uy ban nhan dan cac|cac phuong|cac xa|cac huyen)\b/.test(
      folded,
    )
  ) {
    return true;
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 3 &&
    letters === letters.toLocaleUpperCase("vi") &&
    letters !== letters.toLocaleLowerCase("vi")
  );
}

/**
 * Text over unit columns that can name their group ("Khối sở, ban, ngành", "CÁC SỞ, BAN, NGÀNH", "UBND CẤP
 * HUYỆN"): not a title, the motto, a date, number or decision line, nor a label of the unit columns as a whole
 * ("Đơn vị", "Điểm của các đơn vị", "Kết quả chấm điểm").
 */
export function isGroupHeaderOverUnits(text: string): boolean {
  const folded = foldText(text);
  if (folded === "" || text.length > 150 || !/\p{L}/u.test(text)) return false;
  if (/^(khoi|nhom)\b/.test(folded)) return true;
  return !(
    /\b(cong hoa|doc lap|kem theo|quyet dinh|chi so|cai cach hanh chinh|nam \d{4}|don vi tinh|dvt)\b|\bngay\b.*\bthang\b|^so \d/.test(
      folded,
    ) ||
    /^(ten )?(cac )?((co quan|don vi)( don vi)?|diem|ket qua)( (dat|cham|cham diem|tham dinh|dat duoc|duoc danh gia|duoc cham diem))?( (cua )?(cac )?(co quan )?(don vi|co quan))?$/.test(
      folded,
    )
  );
}

/** The two components the seed names, found by their headers. */
export const DEFAULT_CHECKED_COMPONENTS: readonly {
  readonly id: string;
  readonly label: string;
  readonly pattern: RegExp;
}[] = [
  { id: "tthc", label: "Cải cách thủ tục hành chính", pattern: /thu tuc hanh chinh|\btthc\b/ },
  {
    id: "cqdt",
    label: "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    pattern: /chinh quyen dien tu|chinh quyen so|\bcqdt\b|\bcqs\b|chuyen doi so/,
  },
];

/**
 * The depth of a criterion's number in a TT column of criteria as rows: "1" (or 1) → 1, "1.1" → 2, "1.1.1" → 3,
 * a Roman numeral "I" (a section) → 0, a letter "a)" (an item under the deepest number) → 9; null for
 * anything else. A "1.1" Excel stored as the number 1.1 counts as "1.1".
 */
export function criterionDepth(value: unknown): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0 || value >= 1000) return null;
    return Number.isInteger(value) ? 1 : String(value).split(".").length;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text.length === 0 || text.length > 16) return null;
  if (/^\d{1,3}(\.\d{1,3})*\.?$/.test(text)) return text.replace(/\.$/, "").split(".").length;
  if (/^(?=[IVXL])(X{0,3})(IX|IV|V?I{0,3})\.?$/.test(text)) return 0;
  if (/^[a-zđ]\)$|^[a-zđ]\.$/u.test(text)) return 9;
  return null;
}

/** The header of the criterion column of criteria as rows: "Tiêu chí", "Nội dung", "Lĩnh vực, tiêu chí…". */
export function isCriterionHeader(header: string): boolean {
  return /^(cac )?(linh vuc|tieu chi|noi dung|chi tieu|tieu chuan|ten (linh vuc|tieu chi|chi tieu))\b/.test(
    foldText(header),
  );
}

/**
 * A column header naming a kind of score rather than a unit: "Điểm tự đánh giá", "Điểm thẩm định", "Điểm đạt",
 * "Tổng điểm", "%" — a scoring form's columns, not a unit's column of a consolidated sheet.
 */
export function isScoreKindHeader(header: string): boolean {
  const folded = foldText(header);
  if (folded === "") return false;
  return (
    subRole(header) !== "field" ||
    /^(diem )?(tu danh gia|tu cham|tham dinh|hoi dong|sau tham dinh|de nghi|danh gia)\b/.test(folded) ||
    /\b(tu danh gia|tu cham|tham dinh)\b/.test(folded)
  );
}

/** A self-assessment column ("Điểm tự đánh giá", "Tự chấm"): never the final score. */
export function isSelfAssessmentHeader(header: string): boolean {
  return /\btu (danh gia|cham)\b/.test(foldText(header));
}

/** The final appraisal column ("Điểm thẩm định", "Kết quả thẩm định"), not "trước thẩm định". */
export function isFinalAppraisalHeader(header: string): boolean {
  const folded = foldText(header);
  return /tham dinh|hoi dong/.test(folded) && !/truoc tham dinh/.test(folded);
}

/**
 * The unit a scoring form names in its title: "PHIẾU CHẤM ĐIỂM … của Sở Tư pháp", "của UBND huyện Gia Lộc", "Đơn
 * vị: Sở Y tế"; null for other lines (the decision line "(Kèm theo Quyết định … của UBND tỉnh)" included).
 */
export function formUnitName(line: string): string | null {
  const text = line.trim();
  const folded = foldText(text);
  if (/kem theo|quyet dinh|ban hanh|huong dan|ngay \d|cong hoa|doc lap/.test(folded)) return null;
  const labelled =
    /^(?:tên\s+)?(?:cơ quan,?\s*đơn vị|cơ quan|đơn vị(?: được (?:đánh giá|thẩm định|chấm điểm))?)\s*:\s*(.+)$/iu.exec(
      text,
    );
  if (labelled) return labelled[1].trim() || null;
  const of = /(?:^|\s)(?:của|CỦA)\s+(.+)$/u.exec(text);
  if (of && /phieu|cham diem|tu danh gia|bang diem|ket qua|^cua /.test(folded)) {
    const name = of[1]
      .replace(/\s*\((?:khối|khoi)[^)]*\)\s*$/iu, "")
      .replace(/[.:;,]+$/, "")
      .trim();
    return name === "" ? null : name;
  }
  return null;
}

/** The group a scoring form names in its title: "(Khối sở, ban, ngành)", "Áp dụng đối với UBND cấp huyện". */
export function formGroupName(line: string): string | null {
  const text = line.trim().replace(/^\(|\)$/g, "");
  // A labelled line: "Khối: Sở, ban, ngành", "Thuộc khối: UBND cấp huyện" — the group is what follows the colon.
  const labelled = /(?:^|\s)khối\s*:\s*([^()]+?)\s*\)?$/iu.exec(text);
  if (labelled && labelled[1] !== "") return capitalise(labelled[1]);
  const khoi = /(?:^|\s|\()(khối\s+[^()]+?)\s*\)?$/iu.exec(text);
  if (khoi && !/^khối lượng/iu.test(khoi[1])) return capitalise(khoi[1]);
  const applied = /(?:áp dụng (?:cho|đối với)|dành cho|đối với)\s+(.+?)\s*\)?$/iu.exec(text);
  if (applied && !/kem theo|quyet dinh/.test(foldText(text))) return capitalise(applied[1]);
  return null;
}

function capitalise(text: string): string {
  const clean = text.replace(/[.:;,]+$/, "").trim();
  return clean.charAt(0).toLocaleUpperCase("vi") + clean.slice(1);
}
