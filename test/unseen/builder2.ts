/**
 * Unseen layouts, round 2 (issue 8): a second independent builder of province-style score workbooks, written with
 * ExcelJS directly — nothing from src/, nothing from test/fixtures/lib, and only types from round 1's builder.
 * Each workbook comes with the data it holds (scores in hundredths of a point, so the test's arithmetic is exact);
 * test/unseen/unseen-round2.test.ts computes every expected result from that model itself.
 *
 * What round 1 did not vary: a 4-row merged header with the maxima written "(Tối đa: 12,5 điểm)" and three
 * groups; two tables one under the other on one sheet; group sheets plus a "Tổng hợp" sheet; paired columns with
 * "KAD" in a field's maximum cell; 62 unit columns with criteria three levels deep against last year's rows table
 * of 2024 names; forms named only in a merged title with two appraisal rounds and a blank form; a group column
 * spelled five ways; "7.500" beside "7,5"; ties at the top and bottom of a group across different maxima, with the
 * index as a fraction; cross-sheet formulas without results (SUM ranges, ROUND, IF, MIN) and one with SUMIF; a
 * "Tổng điểm" column holding ranks; a pivot table; group average rows "Điểm bình quân" and a "Tổng cuối" row; a blank
 * row above the "Điểm tối đa" row.
 */
import ExcelJS from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import path from "node:path";
import { writeFileSync } from "node:fs";
import { FIELD_KEYS, type FieldKey, type H, type Rating } from "./builder";

export { FIELD_KEYS, type FieldKey, type H, type Rating };

// ---------------------------------------------------------------------------------------------------------
// The model the test reads

export interface Field2 {
  key: FieldKey;
  /** Points (hundredths); 0 for a field that does not apply. */
  score: H;
  /** The unit's own maximum of the field (hundredths); 0 when the whole field does not apply. */
  max: H;
  /** The whole field does not apply to the unit ("KAD" in its maximum cell). */
  na?: boolean;
  /** The workbook does not say the unit's own maximum of this field (only the unit's total maximum). */
  maxUnknown?: boolean;
}

export interface Unit2 {
  name: string;
  group: string;
  sheet: string;
  /** 1-based row the product should report; null = not checked. */
  row: number | null;
  fields: Field2[];
  /** The unit's maximum when the workbook gives it in a column of its own (else the sum of the field maxima). */
  unitMax?: H;
  rating?: Rating;
  /** Last year's rank written in the table itself; null = "Mới" / "-" / blank. */
  previousRank?: number | null;
  notAssessed?: boolean;
}

export interface Group2 {
  id: string;
  /** Matched against the product's group name, folded (no diacritics, lower case). */
  pattern: RegExp;
}

export interface PreviousUnit2 {
  name: string;
  group: string;
  total: H;
  max: H;
  /** Last year's form was never appraised: no rank. */
  notAssessed?: boolean;
}

export interface Book2 {
  id: string;
  file: string;
  layout: string;
  description: string;
  groups: Group2[];
  units: Unit2[];
  inTablePrevious?: boolean;
  previous?: {
    file: string;
    description: string;
    units: PreviousUnit2[];
    /** This year's name → last year's name, as a careful person pairs them (same kind, same group). */
    match: Record<string, string>;
  };
  /** A settings file written beside the workbook (passed with --settings). */
  settings?: { file: string; content: unknown };
  /** Warnings that must be among the JSON's warnings (each pattern matched by some message). */
  warnings?: { pattern: RegExp; why: string }[];
  /** The workbook must be refused (exit 2) with a message matching each pattern. */
  refusal?: { mentions: RegExp[]; why: string };
  /** Extra arguments for the run (e.g. --sheet). */
  args?: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Small tools (own copies: round 1's are not exported)

class Rand {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

function draw(r: Rand, max: H, lo: number, hi: number, step: H): H {
  const raw = max * (lo + (hi - lo) * r.next());
  return Math.max(0, Math.min(max, Math.round(raw / step) * step));
}
const num = (h: H): number => h / 100;
const sumH = (hs: H[]): H => hs.reduce((a, b) => a + b, 0);
/** Excel's cached SUM: binary doubles added left to right. */
const fsum = (hs: H[]): number => hs.reduce((a, h) => a + h / 100, 0);
const round2 = (x: number): number => Math.round(Number((x * 100).toPrecision(15))) / 100;
/** Text with a decimal comma: 875 → "8,75", 850 → "8,5" (at least minDecimals decimals). */
function comma(h: H, minDecimals = 0): string {
  let s = (h / 100).toFixed(2);
  while (s.split(".")[1].length > minDecimals && s.endsWith("0")) s = s.slice(0, -1);
  if (s.endsWith(".")) s = s.slice(0, -1);
  return s.replace(".", ",");
}
/** Vietnamese display of a maximum: 1250 → "12,5". */
const vn = (h: H) => comma(h);

export function colLetter(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const addr = (row: number, col: number) => `${colLetter(col)}${row}`;

function set(ws: Worksheet, row: number, col: number, value: CellValue, bold = false): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (bold) cell.font = { bold: true, name: "Times New Roman", size: 12 };
}
function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value: CellValue, bold = true) {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  set(ws, r1, c1, value, bold);
  ws.getCell(r1, c1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}
const formula = (f: string, result?: number): CellValue =>
  (result === undefined ? { formula: f } : { formula: f, result }) as CellValue;

/** Agency, motto and title lines; returns the first free row after a blank one. */
function titleBlock(
  ws: Worksheet,
  width: number,
  agency: [string, string],
  lines: string[],
  split?: number,
): number {
  const s = split ?? Math.max(3, Math.floor(width / 2));
  merge(ws, 1, 1, 1, s - 1, agency[0], false);
  merge(ws, 1, s, 1, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  merge(ws, 2, 1, 2, s - 1, agency[1]);
  merge(ws, 2, s, 2, width, "Độc lập - Tự do - Hạnh phúc");
  let row = 4;
  for (const t of lines) {
    merge(ws, row, 1, row, width, t, !t.startsWith("("));
    row++;
  }
  return row + 1;
}

function signature(ws: Worksheet, row: number, left: number, right: number, who: [string, string]): void {
  set(ws, row, left, "NGƯỜI LẬP BIỂU", true);
  set(ws, row, right, "KT. GIÁM ĐỐC", true);
  set(ws, row + 1, right, "PHÓ GIÁM ĐỐC", true);
  set(ws, row + 5, left, who[0], true);
  set(ws, row + 5, right, who[1], true);
}

async function save(wb: ExcelJS.Workbook, dir: string, file: string): Promise<string> {
  wb.creator = "Sở Nội vụ";
  await wb.xlsx.writeFile(path.join(dir, file));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Units in rows

type Maxima = Record<FieldKey, H>;
const maxima = (v: H[]): Maxima => Object.fromEntries(FIELD_KEYS.map((k, i) => [k, v[i]])) as Maxima;
/** Thanh Hóa-style maxima with halves; each set sums to 100 points. */
const TH_2023 = maxima([850, 750, 1250, 650, 900, 700, 1400, 3500]);
const SO_2024 = maxima([900, 800, 1200, 700, 1000, 700, 1400, 3300]);
const HUYEN_2024 = maxima([850, 850, 1150, 700, 950, 750, 1250, 3500]);
const P_2025 = maxima([800, 800, 1400, 700, 900, 800, 1600, 3000]);

const SEVEN = FIELD_KEYS.filter((k) => k !== "tacDong");

interface RU {
  name: string;
  group: string;
  own: Maxima;
  scores: Record<FieldKey, H>;
  /** Fields that do not apply to the unit at all. */
  na: Set<FieldKey>;
  rating?: Rating;
  previousRank?: number | null;
  unitMax?: H;
}

function makeUnits(r: Rand, group: string, m: Maxima, names: string[], lo = 0.7, hi = 0.97): RU[] {
  return names.map((name) => {
    const scores = {} as Record<FieldKey, H>;
    for (const k of FIELD_KEYS) scores[k] = draw(r, m[k], lo, hi, k === "tacDong" ? 1 : 25);
    return { name, group, own: { ...m }, scores, na: new Set<FieldKey>() };
  });
}
const applicable = (u: RU) => FIELD_KEYS.filter((k) => !u.na.has(k));
const totalOf = (u: RU): H => sumH(applicable(u).map((k) => u.scores[k]));
const maxOf = (u: RU): H => u.unitMax ?? sumH(applicable(u).map((k) => u.own[k]));

function fieldsOf(u: RU, maxUnknown: FieldKey[] = []): Field2[] {
  return FIELD_KEYS.map((k) =>
    u.na.has(k)
      ? { key: k, score: 0, max: 0, na: true }
      : {
          key: k,
          score: u.scores[k],
          max: u.own[k],
          ...(maxUnknown.includes(k) ? { maxUnknown: true } : {}),
        },
  );
}
function unit2(u: RU, sheet: string, row: number | null, maxUnknown: FieldKey[] = []): Unit2 {
  const m: Unit2 = { name: u.name, group: u.group, sheet, row, fields: fieldsOf(u, maxUnknown) };
  if (u.unitMax !== undefined) m.unitMax = u.unitMax;
  if (u.rating) m.rating = u.rating;
  if (u.previousRank !== undefined) m.previousRank = u.previousRank;
  return m;
}

/** Competition ranks (1, 2, 2, 4) within each group, exact (cross-multiplied). */
function groupRanks<T extends { group: string }>(
  list: T[],
  total: (t: T) => H,
  max: (t: T) => H,
): Map<T, number> {
  const out = new Map<T, number>();
  for (const a of list)
    out.set(a, 1 + list.filter((b) => b.group === a.group && total(b) * max(a) > total(a) * max(b)).length);
  return out;
}

const FULL: Record<FieldKey, string> = {
  chiDao: "Công tác chỉ đạo, điều hành cải cách hành chính",
  theChe: "Cải cách thể chế",
  tthc: "Cải cách thủ tục hành chính",
  boMay: "Cải cách tổ chức bộ máy hành chính nhà nước",
  congVu: "Cải cách chế độ công vụ",
  taiChinh: "Cải cách tài chính công",
  cqs: "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
  tacDong: "Điểm điều tra xã hội học",
};

const RATING_WORDS: Record<Rating, string> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

// ---------------------------------------------------------------------------------------------------------
// cl1 — Thanh Hóa 2023, classic rows: a 4-row merged header (a band over the fields, "Điểm thẩm định" over the
// seven appraised fields, the field names with "(Tối đa: 12,5 điểm)", a numbering row "(1) … (11)=(3)+…+(10)"),
// three groups ("I. CÁC SỞ, BAN, NGÀNH" as one cell merged across), the head's rating in words typed several ways
// (line break, capitals, NFD, double space), an average row, notes, signatures.

async function classicThanhHoa(dir: string): Promise<Book2> {
  const r = new Rand(2023_21);
  const so = makeUnits(r, "so", TH_2023, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Dân tộc",
  ]);
  const tw = makeUnits(r, "tw", TH_2023, [
    "Công an tỉnh",
    "Cục Thuế tỉnh",
    "Kho bạc Nhà nước tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Cục Hải quan Thanh Hóa",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    TH_2023,
    [
      "Thành phố Thanh Hóa",
      "Thành phố Sầm Sơn",
      "Thị xã Bỉm Sơn",
      "Thị xã Nghi Sơn",
      "Huyện Hoằng Hóa",
      "Huyện Quảng Xương",
      "Huyện Mường Lát",
      "Huyện Quan Sơn",
    ],
    0.64,
    0.96,
  );
  const all = [...so, ...tw, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as RU;
  by("Huyện Mường Lát").scores.tthc = 925; // 9,25 of 12,5 = 74 %: below
  by("Huyện Quan Sơn").scores.cqs = 1050; // 10,5 of 14 = exactly 75 %: not below
  by("Ban Dân tộc").scores.tthc = 925; // below as well
  by("Cục Thuế tỉnh").scores.cqs = 1025; // 10,25 of 14: below
  const ratings: Rating[] = ["HTTNV", "HTXSNV", "HTTNV", "HTNV", "HTTNV", "KHTNV", "HTTNV"];
  all.forEach((u, i) => (u.rating = ratings[i % ratings.length]));
  by("Huyện Mường Lát").rating = "HTNV";
  // How each rating is typed: some with a line break (Alt+Enter), in capitals, NFD, with double spaces.
  const typed = (u: RU, i: number): string => {
    const w = RATING_WORDS[u.rating as Rating];
    switch (i % 5) {
      case 1:
        return w.replace(" nhiệm vụ", "\nnhiệm vụ");
      case 2:
        return w.toUpperCase();
      case 3:
        return w.normalize("NFD");
      case 4:
        return ` ${w.replace(" ", "  ")} `;
      default:
        return w;
    }
  };

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ số CCHC 2023");
  // Columns: A STT, B name, C..J fields (7 appraised + survey), K total, L index, M rating, N note.
  const width = 14;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"],
    [
      "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
      "CỦA CÁC SỞ, BAN, NGÀNH; CÁC CƠ QUAN TRUNG ƯƠNG ĐÓNG TRÊN ĐỊA BÀN VÀ UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
      "(Kèm theo Quyết định số 1021/QĐ-UBND ngày 25/3/2024 của Chủ tịch UBND tỉnh Thanh Hóa)",
    ],
  );
  const h = row;
  merge(ws, h, 1, h + 2, 1, "STT");
  merge(ws, h, 2, h + 2, 2, "Tên cơ quan, đơn vị");
  merge(ws, h, 3, h, 10, "ĐIỂM ĐẠT ĐƯỢC THEO TỪNG LĨNH VỰC");
  merge(ws, h + 1, 3, h + 1, 9, "Điểm thẩm định");
  merge(ws, h + 1, 10, h + 2, 10, `${FULL.tacDong} (Tối đa: ${vn(TH_2023.tacDong)} điểm)`);
  SEVEN.forEach((k, i) =>
    merge(ws, h + 2, 3 + i, h + 2, 3 + i, `${FULL[k]} (Tối đa: ${vn(TH_2023[k])} điểm)`),
  );
  merge(ws, h, 11, h + 2, 11, "Tổng điểm (Tối đa: 100 điểm)");
  merge(ws, h, 12, h + 2, 12, "Chỉ số CCHC (%)");
  merge(ws, h, 13, h + 2, 13, "Xếp loại người đứng đầu về CCHC");
  merge(ws, h, 14, h + 2, 14, "Ghi chú");
  for (let c = 1; c <= width; c++)
    set(ws, h + 3, c, c === 11 ? "(11)=(3)+…+(10)" : c === 12 ? "(12)=(11)" : `(${c})`);
  ws.getColumn(2).width = 34;
  row = h + 4;
  const units: Unit2[] = [];
  const first = row;
  let i = 0;
  for (const [title, members] of [
    ["I. CÁC SỞ, BAN, NGÀNH", so],
    ["II. CÁC CƠ QUAN TRUNG ƯƠNG ĐÓNG TRÊN ĐỊA BÀN TỈNH", tw],
    ["III. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", huyen],
  ] as const) {
    merge(ws, row, 1, row, width, title);
    ws.getCell(row, 1).alignment = { horizontal: "left" };
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, j) => set(ws, row, 3 + j, num(u.scores[k])));
      const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
      ws.getCell(row, 11).value = formula(`SUM(C${row}:J${row})`, total);
      ws.getCell(row, 12).value = formula(`ROUND(K${row},2)`, round2(total));
      set(ws, row, 13, typed(u, i++));
      ws.getCell(row, 13).alignment = { wrapText: true };
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  set(ws, row, 2, "Bình quân chung", true);
  const columnOf = (u: RU, c: number): number =>
    c <= 10
      ? num(u.scores[FIELD_KEYS[c - 3]])
      : c === 11
        ? fsum(FIELD_KEYS.map((k) => u.scores[k]))
        : round2(fsum(FIELD_KEYS.map((k) => u.scores[k])));
  for (let c = 3; c <= 12; c++)
    ws.getCell(row, c).value = formula(
      `ROUND(AVERAGE(${colLetter(c)}${first}:${colLetter(c)}${row - 1}),2)`,
      round2(all.reduce((a, u) => a + columnOf(u, c), 0) / all.length),
    );
  row += 2;
  merge(ws, row, 1, row, width, "Ghi chú: Xếp loại người đứng đầu do Chủ tịch UBND tỉnh quyết định.", false);
  signature(ws, row + 2, 2, 11, ["Lê Thị Thu", "Nguyễn Văn Hùng"]);
  return {
    id: "cl1",
    file: await save(wb, dir, "cl1-thanh-hoa-2023-classic-4row.xlsx"),
    layout: "classic",
    description:
      "classic rows, Thanh Hóa 2023: 4-row merged header (band / 'Điểm thẩm định' over the 7 fields / names with " +
      "'(Tối đa: 12,5 điểm)' / numbering '(1)…(11)=(3)+…+(10)'), three groups 'I./II./III.' in one merged cell, " +
      "ratings in words with a line break, capitals, NFD, double spaces; 'Bình quân chung' row",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "tw", pattern: /trung uong/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// tw2 — Thái Nguyên 2022: two tables on one sheet, one under the other ("Biểu 1" departments, "Biểu 2" districts),
// each with its own title, its own 2-row header (a band "Điểm thẩm định các lĩnh vực" over the seven fields and the
// subtotal "Cộng điểm thẩm định"), its own "Điểm tối đa" row (different maxima), then survey, total, index, rank.

async function twoTablesThaiNguyen(dir: string): Promise<Book2> {
  const r = new Rand(2022_22);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Ngoại vụ",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Lao động - Thương binh và Xã hội",
    "Thanh tra tỉnh",
    "Văn phòng UBND tỉnh",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    HUYEN_2024,
    [
      "Thành phố Thái Nguyên",
      "Thành phố Sông Công",
      "Thành phố Phổ Yên",
      "Huyện Đại Từ",
      "Huyện Định Hóa",
      "Huyện Phú Lương",
      "Huyện Đồng Hỷ",
      "Huyện Võ Nhai",
      "Huyện Phú Bình",
    ],
    0.66,
    0.96,
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RU;
  by("Huyện Võ Nhai").scores.tthc = 850; // 8,5 of 11,5: below
  by("Huyện Phú Bình").scores.cqs = 925; // 9,25 of 12,5 = 74 %: below
  by("Sở Xây dựng").scores.tthc = 900; // 9 of 12: exactly 75 %
  const rank = groupRanks([...so, ...huyen], totalOf, maxOf);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ 2022");
  // A STT, B name, C..I seven fields, J subtotal, K survey, L total, M index, N rank.
  const width = 14;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"],
    [
      "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022",
      "(Kèm theo Quyết định số 845/QĐ-UBND ngày 18/4/2023 của UBND tỉnh)",
    ],
  );
  const short: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo, điều hành",
    theChe: "Thể chế",
    tthc: "Thủ tục hành chính",
    boMay: "Tổ chức bộ máy",
    congVu: "Chế độ công vụ",
    taiChinh: "Tài chính công",
    cqs: "Chính quyền điện tử, chính quyền số",
    tacDong: "Điểm điều tra XHH",
  };
  const units: Unit2[] = [];
  for (const [title, members, m] of [
    ["BIỂU 1: KẾT QUẢ CHỈ SỐ CCHC NĂM 2022 CỦA CÁC SỞ, BAN, NGÀNH", so, SO_2024],
    ["BIỂU 2: KẾT QUẢ CHỈ SỐ CCHC NĂM 2022 CỦA UBND CÁC HUYỆN, THÀNH PHỐ", huyen, HUYEN_2024],
  ] as const) {
    merge(ws, row, 1, row, width, title);
    row += 2;
    const h = row;
    merge(ws, h, 1, h + 1, 1, "STT");
    merge(ws, h, 2, h + 1, 2, "Tên cơ quan, đơn vị");
    merge(ws, h, 3, h, 10, "Điểm thẩm định các lĩnh vực");
    SEVEN.forEach((k, i) => set(ws, h + 1, 3 + i, short[k], true));
    set(ws, h + 1, 10, "Cộng điểm thẩm định", true);
    merge(ws, h, 11, h + 1, 11, short.tacDong);
    merge(ws, h, 12, h + 1, 12, "Tổng điểm");
    merge(ws, h, 13, h + 1, 13, "Chỉ số CCHC (%)");
    merge(ws, h, 14, h + 1, 14, "Xếp hạng");
    row = h + 2;
    set(ws, row, 2, "Điểm tối đa", true);
    SEVEN.forEach((k, i) => set(ws, row, 3 + i, num(m[k])));
    set(ws, row, 10, num(sumH(SEVEN.map((k) => m[k]))));
    set(ws, row, 11, num(m.tacDong));
    set(ws, row, 12, 100);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      SEVEN.forEach((k, i) => set(ws, row, 3 + i, num(u.scores[k])));
      const sub = fsum(SEVEN.map((k) => u.scores[k]));
      ws.getCell(row, 10).value = formula(`SUM(C${row}:I${row})`, sub);
      set(ws, row, 11, num(u.scores.tacDong));
      ws.getCell(row, 12).value = formula(`J${row}+K${row}`, sub + num(u.scores.tacDong));
      ws.getCell(row, 13).value = formula(`ROUND(L${row},2)`, round2(sub + num(u.scores.tacDong)));
      set(ws, row, 14, rank.get(u) ?? null);
      units.push(unit2(u, ws.name, row));
      row++;
    });
    row += 3;
  }
  signature(ws, row, 2, 11, ["Dương Thị Lan", "Ma Văn Thắng"]);
  return {
    id: "tw2",
    file: await save(wb, dir, "tw2-thai-nguyen-2022-two-tables.xlsx"),
    layout: "classic + (b), two tables on one sheet",
    description:
      "two tables one under the other on one sheet (Thái Nguyên 2022: 'BIỂU 1 … CÁC SỞ, BAN, NGÀNH' then 'BIỂU 2 … " +
      "UBND CÁC HUYỆN, THÀNH PHỐ'), each with its own 2-row header, its own 'Điểm tối đa' row (different maxima), " +
      "subtotal 'Cộng điểm thẩm định', survey, total, index, rank",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// gs3 — Vĩnh Phúc 2024: a "Tổng hợp" sheet first (name, total, index, rank in group, group rows: all units), then
// one sheet per group with the fields ("Khối Sở", "Khối Huyện"), each with a "Điểm tối đa" row.

async function groupSheetsVinhPhuc(dir: string): Promise<Book2> {
  const r = new Rand(2024_23);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Giáo dục và Đào tạo",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Ban Quản lý các khu công nghiệp",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    HUYEN_2024,
    [
      "Thành phố Vĩnh Yên",
      "Thành phố Phúc Yên",
      "Huyện Bình Xuyên",
      "Huyện Tam Đảo",
      "Huyện Lập Thạch",
      "Huyện Sông Lô",
      "Huyện Yên Lạc",
    ],
    0.66,
    0.96,
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RU;
  by("Huyện Sông Lô").scores.tthc = 850; // below
  by("Sở Giáo dục và Đào tạo").scores.cqs = 1040; // 10,4 of 14: below
  const rank = groupRanks([...so, ...huyen], totalOf, maxOf);

  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet("Tổng hợp");
  const units: Unit2[] = [];
  {
    const width = 6;
    let row = titleBlock(
      sum,
      width,
      ["UBND TỈNH VĨNH PHÚC", "SỞ NỘI VỤ"],
      ["TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    );
    ["STT", "Tên cơ quan, đơn vị", "Tổng điểm", "Chỉ số CCHC (%)", "Xếp hạng trong khối", "Ghi chú"].forEach(
      (t, i) => set(sum, row, i + 1, t, true),
    );
    row++;
    for (const [roman, title, members] of [
      ["I", "KHỐI SỞ, BAN, NGÀNH", so],
      ["II", "KHỐI UBND CẤP HUYỆN", huyen],
    ] as const) {
      set(sum, row, 1, roman, true);
      set(sum, row, 2, title, true);
      row++;
      members.forEach((u, n) => {
        set(sum, row, 1, n + 1);
        set(sum, row, 2, u.name);
        set(sum, row, 3, num(totalOf(u)));
        set(sum, row, 4, round2((totalOf(u) / maxOf(u)) * 100));
        set(sum, row, 5, rank.get(u) ?? null);
        row++;
      });
    }
    sum.getColumn(2).width = 34;
  }
  for (const [sheet, title, members, m] of [
    ["Khối Sở", "CỦA CÁC SỞ, BAN, NGÀNH", so, SO_2024],
    ["Khối Huyện", "CỦA UBND CÁC HUYỆN, THÀNH PHỐ", huyen, HUYEN_2024],
  ] as const) {
    const ws = wb.addWorksheet(sheet);
    const width = 12;
    let row = titleBlock(
      ws,
      width,
      ["UBND TỈNH VĨNH PHÚC", "SỞ NỘI VỤ"],
      [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 ${title}`],
    );
    ["STT", "Tên cơ quan, đơn vị", ...FIELD_KEYS.map((k) => FULL[k]), "Tổng điểm", "Chỉ số CCHC (%)"].forEach(
      (t, i) => set(ws, row, i + 1, t, true),
    );
    row++;
    set(ws, row, 2, "Điểm tối đa", true);
    FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(m[k])));
    set(ws, row, 11, 100);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(u.scores[k])));
      const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
      ws.getCell(row, 11).value = formula(`SUM(C${row}:J${row})`, total);
      ws.getCell(row, 12).value = formula(`ROUND(K${row}/$K$${row - n - 1}*100,2)`, round2(total));
      units.push(unit2(u, sheet, row));
      row++;
    });
    ws.getColumn(2).width = 34;
  }
  return {
    id: "gs3",
    file: await save(wb, dir, "gs3-vinh-phuc-2024-group-sheets-summary.xlsx"),
    layout: "classic, a sheet per group plus 'Tổng hợp'",
    description:
      "Vĩnh Phúc 2024: 'Tổng hợp' first (name, total, index, rank in group; group rows I/II; no fields), then " +
      "'Khối Sở' and 'Khối Huyện' with the eight fields and their own 'Điểm tối đa' rows (different maxima). " +
      "Expected: each unit once, read from its group sheet (the fields are there)",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Criteria trees (units across columns, forms)

interface Crit {
  tt: string;
  name: string;
  max: H;
  key?: FieldKey;
  children?: Crit[];
}

/** Splits max into n parts, multiples of 25 (the last takes the rest). */
function split(max: H, n: number): H[] {
  const base = Math.floor(max / n / 25) * 25;
  const parts = Array.from({ length: n - 1 }, () => base);
  return [...parts, max - sumH(parts)];
}

const SUBNAMES = [
  "Kế hoạch và tổ chức thực hiện",
  "Kết quả thực hiện nhiệm vụ",
  "Công tác kiểm tra, theo dõi",
  "Tuyên truyền, sáng kiến",
];

/** A criteria tree: 3 children per field (2 for the survey), the first split again when deep (1.1.1, 1.1.2). */
function makeTree(m: Maxima, deep: boolean): Crit[] {
  return FIELD_KEYS.map((k, i) => {
    const tt = String(i + 1);
    const n = k === "tacDong" ? 2 : 3;
    const children: Crit[] = split(m[k], n).map((mx, j) => {
      const ctt = `${tt}.${j + 1}`;
      const c: Crit = { tt: ctt, name: SUBNAMES[j], max: mx };
      if (deep && j === 0 && mx >= 50)
        c.children = split(mx, 2).map((g, q) => ({
          tt: `${ctt}.${q + 1}`,
          name: `Tiêu chí thành phần ${ctt}.${q + 1}`,
          max: g,
        }));
      return c;
    });
    return {
      tt,
      name: k === "tacDong" ? "Tác động của cải cách hành chính" : FULL[k],
      max: m[k],
      key: k,
      children,
    };
  });
}
const leavesOf = (t: Crit[]): Crit[] => t.flatMap((c) => (c.children ? leavesOf(c.children) : [c]));
function rowsOf(t: Crit[], level = 1): { c: Crit; level: number }[] {
  return t.flatMap((c) => [{ c, level }, ...(c.children ? rowsOf(c.children, level + 1) : [])]);
}

interface TU {
  name: string;
  group: string;
  tree: Crit[];
  leaf: Map<string, H | string>;
}
function drawLeaves(
  r: Rand,
  t: Crit[],
  lo: number,
  hi: number,
  kad: Record<string, string> = {},
): Map<string, H | string> {
  const m = new Map<string, H | string>();
  for (const l of leavesOf(t))
    m.set(l.tt, kad[l.tt] ?? draw(r, l.max, lo, hi, l.tt.startsWith("8") ? 1 : 25));
  return m;
}
/** A criterion's score and the unit's maximum of it; marker when nothing under it applies. */
function valueOf(
  leaf: Map<string, H | string>,
  c: Crit,
): { score: H; max: H; marker: string | null; parts: H[] } {
  if (!c.children) {
    const v = leaf.get(c.tt) as H | string;
    return typeof v === "string"
      ? { score: 0, max: 0, marker: v, parts: [] }
      : { score: v, max: c.max, marker: null, parts: [v] };
  }
  const kids = c.children.map((k) => valueOf(leaf, k));
  const ok = kids.filter((k) => k.marker === null);
  if (ok.length === 0) return { score: 0, max: 0, marker: kids[0].marker, parts: [] };
  return {
    score: sumH(ok.map((k) => k.score)),
    max: sumH(ok.map((k) => k.max)),
    marker: null,
    parts: ok.map((k) => k.score),
  };
}
function treeFields(u: TU): Field2[] {
  return u.tree.map((top) => {
    const v = valueOf(u.leaf, top);
    return { key: top.key as FieldKey, score: v.score, max: v.max };
  });
}
const treeTotal = (u: TU) => sumH(treeFields(u).map((f) => f.score));
const treeMax = (u: TU) => sumH(treeFields(u).map((f) => f.max));

// ---------------------------------------------------------------------------------------------------------
// pk4 — Phú Thọ 2024, paired columns: "Điểm tối đa" + "Điểm đạt" under each merged field header; a field that does
// not apply to a unit has "KAD" / "-" / "Không áp dụng" in its maximum cell (score "KAD", blank, "-" or 0); group
// rows "A" / "B" with the title in the name column; total of the achieved points, index, rank.
// Last year: Phú Thọ 2023 as per-unit forms (one sheet per unit, group line "(Khối …)"), one form never appraised.

async function pairedKadPhuTho(dir: string): Promise<Book2> {
  const r = new Rand(2024_24);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Ngoại vụ",
    "Sở Kế hoạch và Đầu tư",
    "Ban Dân tộc",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Sở Khoa học và Công nghệ",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    SO_2024,
    [
      "Thành phố Việt Trì",
      "Thị xã Phú Thọ",
      "Huyện Lâm Thao",
      "Huyện Thanh Sơn",
      "Huyện Tân Sơn",
      "Huyện Cẩm Khê",
    ],
    0.66,
    0.96,
  );
  const all = [...so, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as RU;
  // Not applicable (maximum cell, score cell):
  const naCells = new Map<string, { key: FieldKey; max: string; score: CellValue }>([
    ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", { key: "tthc", max: "KAD", score: "KAD" }],
    ["Ban Dân tộc", { key: "taiChinh", max: "KAD", score: null }],
    ["Sở Ngoại vụ", { key: "theChe", max: "-", score: "-" }],
    ["Thị xã Phú Thọ", { key: "boMay", max: "Không áp dụng", score: 0 }],
  ]);
  for (const [name, c] of naCells) by(name).na.add(c.key);
  by("Huyện Tân Sơn").scores.tthc = 875; // 8,75 of 12: below
  by("Huyện Tân Sơn").scores.cqs = 1050; // 10,5 of 14: exactly 75 %
  by("Văn phòng Đoàn ĐBQH và HĐND tỉnh").scores.cqs = 1025; // below
  // A unit whose own maximum is lowered below the column's on a field that applies partly.
  by("Sở Khoa học và Công nghệ").own.cqs = 1200;
  by("Sở Khoa học và Công nghệ").scores.cqs = 899; // 8,99 of 12: below
  const rank = groupRanks(all, totalOf, maxOf);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kết quả 2024");
  // A TT, B name, then 8 pairs C..R, S total, T index, U rank.
  const width = 21;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH PHÚ THỌ", "SỞ NỘI VỤ"],
    [
      "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "(Kèm theo Quyết định số 389/QĐ-UBND ngày 20/02/2025 của UBND tỉnh Phú Thọ)",
    ],
  );
  const h = row;
  merge(ws, h, 1, h + 1, 1, "TT");
  merge(ws, h, 2, h + 1, 2, "Tên cơ quan, đơn vị");
  FIELD_KEYS.forEach((k, i) => {
    merge(ws, h, 3 + 2 * i, h, 4 + 2 * i, FULL[k]);
    set(ws, h + 1, 3 + 2 * i, "Điểm tối đa", true);
    set(ws, h + 1, 4 + 2 * i, "Điểm đạt", true);
  });
  merge(ws, h, 19, h + 1, 19, "Tổng điểm đạt");
  merge(ws, h, 20, h + 1, 20, "Chỉ số CCHC (%)");
  merge(ws, h, 21, h + 1, 21, "Xếp hạng");
  ws.getColumn(2).width = 34;
  row = h + 2;
  const units: Unit2[] = [];
  for (const [letter, title, members] of [
    ["A", "KHỐI SỞ, BAN, NGÀNH", so],
    ["B", "KHỐI UBND CÁC HUYỆN, THÀNH, THỊ", huyen],
  ] as const) {
    set(ws, row, 1, letter, true);
    set(ws, row, 2, title, true);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      const na = naCells.get(u.name);
      FIELD_KEYS.forEach((k, i) => {
        if (na && na.key === k) {
          set(ws, row, 3 + 2 * i, na.max);
          if (na.score !== null) set(ws, row, 4 + 2 * i, na.score);
        } else {
          set(ws, row, 3 + 2 * i, num(u.own[k]));
          set(ws, row, 4 + 2 * i, num(u.scores[k]));
        }
      });
      const refs = FIELD_KEYS.map((_, i) => addr(row, 4 + 2 * i)).join(",");
      const total = fsum(applicable(u).map((k) => u.scores[k]));
      ws.getCell(row, 19).value = formula(`SUM(${refs})`, total);
      ws.getCell(row, 20).value = formula(
        `ROUND(S${row}/SUM(${FIELD_KEYS.map((_, i) => addr(row, 3 + 2 * i)).join(",")})*100,2)`,
        round2((totalOf(u) / maxOf(u)) * 100),
      );
      set(ws, row, 21, rank.get(u) ?? null);
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  row++;
  merge(
    ws,
    row,
    1,
    row,
    12,
    "Ghi chú: KAD: lĩnh vực không áp dụng đối với đơn vị; điểm tối đa của đơn vị được trừ tương ứng.",
    false,
  );
  const file = await save(wb, dir, "pk4-phu-tho-2024-paired-kad.xlsx");

  // Last year: forms.
  const rp = new Rand(2023_24);
  const tSo = makeTree(SO_2024, false);
  const prevUnits: { name: string; group: string; appraised: boolean; kad?: Record<string, string> }[] = [
    { name: "Sở Nội vụ", group: "so", appraised: true },
    { name: "Sở Tư pháp", group: "so", appraised: true },
    { name: "Sở Ngoại vụ", group: "so", appraised: false },
    { name: "Sở Kế hoạch và Đầu tư", group: "so", appraised: true },
    { name: "Ban Dân tộc", group: "so", appraised: true, kad: { "6.2": "KAD" } },
    { name: "Sở Lao động - Thương binh và Xã hội", group: "so", appraised: true },
    { name: "UBND thành phố Việt Trì", group: "huyen", appraised: true },
    { name: "UBND thị xã Phú Thọ", group: "huyen", appraised: true },
    { name: "UBND huyện Lâm Thao", group: "huyen", appraised: true },
    { name: "UBND huyện Thanh Sơn", group: "huyen", appraised: true },
    { name: "UBND huyện Tân Sơn", group: "huyen", appraised: true },
    { name: "UBND huyện Cẩm Khê", group: "huyen", appraised: true },
  ];
  const pw = new ExcelJS.Workbook();
  const prevModel: PreviousUnit2[] = [];
  for (const pu of prevUnits) {
    const u: TU = {
      name: pu.name,
      group: pu.group,
      tree: tSo,
      leaf: drawLeaves(rp, tSo, 0.62, 0.97, pu.kad),
    };
    const sheetName = pu.name.replace(/^UBND /, "").slice(0, 31);
    const ps = pw.addWorksheet(sheetName);
    formSheet(ps, u, {
      agency: ["UBND TỈNH PHÚ THỌ", "HỘI ĐỒNG THẨM ĐỊNH"],
      title: [
        "PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        `Đơn vị: ${pu.name}`,
        pu.group === "so" ? "(Khối sở, ban, ngành)" : "(Khối UBND cấp huyện)",
      ],
      columns: ["Điểm tự đánh giá", "Điểm thẩm định"],
      values: [selfOf(rp, u), pu.appraised ? u.leaf : null],
    });
    prevModel.push({
      name: pu.name,
      group: pu.group,
      total: treeTotal(u),
      max: treeMax(u),
      notAssessed: !pu.appraised,
    });
  }
  const previous = await save(pw, dir, "pk4-phu-tho-2023-forms.xlsx");
  return {
    id: "pk4",
    file,
    layout: "a (paired) with whole fields not applicable; last year (e) forms",
    description:
      "Phú Thọ 2024 paired 'Điểm tối đa' / 'Điểm đạt' under merged field headers; a whole field not applicable has " +
      "'KAD' / '-' / 'Không áp dụng' in its maximum cell (score 'KAD', blank, '-' or 0) — the unit's maximum is " +
      "lowered by it; group rows 'A' / 'B'; a unit's own lowered maximum (12 of 14) on CQS",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
    previous: {
      file: previous,
      description:
        "Phú Thọ 2023 as forms: 'Đơn vị: …' and '(Khối …)' lines, Sở Ngoại vụ's form never appraised, Sở LĐTBXH gone " +
        "since, district units written 'UBND huyện …'",
      units: prevModel,
      match: {
        "Sở Nội vụ": "Sở Nội vụ",
        "Sở Tư pháp": "Sở Tư pháp",
        "Sở Ngoại vụ": "Sở Ngoại vụ",
        "Sở Kế hoạch và Đầu tư": "Sở Kế hoạch và Đầu tư",
        "Ban Dân tộc": "Ban Dân tộc",
        "Thành phố Việt Trì": "UBND thành phố Việt Trì",
        "Thị xã Phú Thọ": "UBND thị xã Phú Thọ",
        "Huyện Lâm Thao": "UBND huyện Lâm Thao",
        "Huyện Thanh Sơn": "UBND huyện Thanh Sơn",
        "Huyện Tân Sơn": "UBND huyện Tân Sơn",
        "Huyện Cẩm Khê": "UBND huyện Cẩm Khê",
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Per-unit forms

/** A self-assessment: the appraisal plus a quarter point here and there. */
function selfOf(r: Rand, u: TU): Map<string, H | string> {
  const m = new Map(u.leaf);
  for (const l of leavesOf(u.tree)) {
    const v = m.get(l.tt);
    if (typeof v === "number" && r.next() < 0.35) m.set(l.tt, Math.min(l.max, v + 25));
  }
  return m;
}

/**
 * A scoring form: title lines (the first may be given as one merged cell holding everything), a one-row header
 * STT | criterion | Điểm tối đa | columns… | Ghi chú, criteria rows with SUM parents, a TỔNG ĐIỂM row.
 * Returns the row of the title line naming the unit.
 */
function formSheet(
  ws: Worksheet,
  u: TU,
  o: {
    agency: [string, string] | null;
    title: string[];
    columns: string[];
    values: (Map<string, H | string> | null)[];
  },
): number {
  const width = 4 + o.columns.length;
  let row: number;
  if (o.agency) row = titleBlock(ws, width, o.agency, o.title, 4);
  else {
    o.title.forEach((t, i) => {
      merge(ws, 1 + i, 1, 1 + i, width, t);
      ws.getRow(1 + i).height = t.includes("\n") ? 36 : 20;
    });
    row = o.title.length + 2;
  }
  const firstTitle = o.agency ? 4 : 1;
  const nameRow =
    firstTitle +
    o.title.findIndex((t) => t.toLowerCase().includes(u.name.toLowerCase().replace(/^ubnd /, "")));
  const head = row;
  ["TT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", ...o.columns, "Ghi chú"].forEach((t, i) =>
    set(ws, head, i + 1, t, true),
  );
  ws.getColumn(2).width = 52;
  row = head + 1;
  const rows = rowsOf(u.tree);
  const rowOf = new Map<string, number>();
  rows.forEach(({ c }, i) => rowOf.set(c.tt, row + i));
  const topRows: number[] = [];
  for (const { c, level } of rows) {
    set(ws, row, 1, c.tt, level === 1);
    set(ws, row, 2, c.name, level === 1);
    set(ws, row, 3, num(c.max), level === 1);
    if (level === 1) topRows.push(row);
    o.values.forEach((m, j) => {
      if (!m) return;
      const col = 4 + j;
      const v = valueOf(m, c);
      if (v.marker !== null) set(ws, row, col, v.marker);
      else if (!c.children) set(ws, row, col, num(v.score));
      else
        ws.getCell(row, col).value = formula(
          `SUM(${(c.children as Crit[]).map((k) => addr(rowOf.get(k.tt) as number, col)).join(",")})`,
          fsum(v.parts),
        );
    });
    row++;
  }
  set(ws, row, 2, "TỔNG ĐIỂM", true);
  ws.getCell(row, 3).value = formula(`SUM(${topRows.map((t) => addr(t, 3)).join(",")})`, 100);
  o.values.forEach((m, j) => {
    if (!m) return;
    const col = 4 + j;
    ws.getCell(row, col).value = formula(
      `SUM(${topRows.map((t) => addr(t, col)).join(",")})`,
      fsum(u.tree.map((t) => valueOf(m, t).score)),
    );
  });
  set(ws, row + 2, 2, "ĐẠI DIỆN ĐƠN VỊ", true);
  set(ws, row + 2, 4, "TỔ THẨM ĐỊNH", true);
  return nameRow;
}

// ---------------------------------------------------------------------------------------------------------
// ac5 — Hải Phòng 2025 after the reorganisation: units across columns — 26 wards under "KHỐI PHƯỜNG" (written without
// the prefix, as in the sheet's header), 36 communes and special zones under "KHỐI XÃ, ĐẶC KHU" (with it) — criteria
// three levels deep with SUM parents (cached), "KAD" / "-" leaves, "Tổng điểm", "Chỉ số (%)", "Xếp hạng" rows.
// Last year: Hải Phòng 2024's commune-level table in rows ("A. KHỐI PHƯỜNG" / "B. KHỐI XÃ, THỊ TRẤN", a maxima row,
// a rank column), with 2024 names: some the same, some with the prefix where this year has none (tolerated), some
// of another kind ("Xã An Dương" vs this year's "Phường An Dương"; "Thị trấn Cát Hải" vs "Đặc khu Cát Hải"; not the
// same unit), most merged away.

const WARDS_2025 = [
  "Hồng Bàng",
  "Hồng An",
  "Ngô Quyền",
  "Gia Viên",
  "Lê Chân",
  "An Biên",
  "Hải An",
  "Đông Hải",
  "Kiến An",
  "Phù Liễn",
  "Đồ Sơn",
  "Nam Đồ Sơn",
  "Dương Kinh",
  "Hưng Đạo",
  "Thủy Nguyên",
  "Thiên Hương",
  "Hòa Bình",
  "Nam Triệu",
  "Bạch Đằng",
  "Lưu Kiếm",
  "Lê Ích Mộc",
  "Phường An Dương",
  "An Hải",
  "An Phong",
  "Bắc An Phụ",
  "Tứ Minh",
];
const COMMUNES_2025 = [
  "Xã An Lão",
  "Xã An Khánh",
  "Xã An Quang",
  "Xã An Trường",
  "Xã Kiến Thụy",
  "Xã Kiến Minh",
  "Xã Kiến Hải",
  "Xã Kiến Hưng",
  "Xã Nghi Dương",
  "Xã Quyết Thắng",
  "Xã Tiên Lãng",
  "Xã Tân Minh",
  "Xã Tiên Minh",
  "Xã Chấn Hưng",
  "Xã Hùng Thắng",
  "Xã Vĩnh Bảo",
  "Xã Nguyễn Bỉnh Khiêm",
  "Xã Vĩnh Am",
  "Xã Vĩnh Hải",
  "Xã Vĩnh Hòa",
  "Xã Vĩnh Thịnh",
  "Xã Vĩnh Thuận",
  "Xã Việt Khê",
  "Xã Hà Đông",
  "Xã Thanh Hà",
  "Xã Hà Nam",
  "Xã Hà Bắc",
  "Xã Hồng Châu",
  "Xã Lạc Phượng",
  "Xã Nguyên Giáp",
  "Xã Tứ Kỳ",
  "Xã Chí Minh",
  "Xã Đại Sơn",
  "Xã Tân Kỳ",
  "Đặc khu Cát Hải",
  "Đặc khu Bạch Long Vĩ",
];

async function acrossHaiPhong(dir: string): Promise<Book2> {
  const r = new Rand(2025_25);
  const t = makeTree(P_2025, true);
  const kads: Record<string, Record<string, string>> = {
    "Đặc khu Bạch Long Vĩ": { "6.2": "KAD", "2.1.1": "KAD" },
    "Đặc khu Cát Hải": { "6.2": "-" },
    "Dương Kinh": { "5.3": "KAD" },
  };
  const units: TU[] = [
    ...WARDS_2025.map((n) => ({
      name: n,
      group: "phuong",
      tree: t,
      leaf: drawLeaves(r, t, 0.68, 0.98, kads[n]),
    })),
    ...COMMUNES_2025.map((n) => ({
      name: n,
      group: "xa",
      tree: t,
      leaf: drawLeaves(r, t, 0.62, 0.96, kads[n]),
    })),
  ];
  // Low TTHC for two units, CQS exactly 75 % for one.
  const tthcLeaves = leavesOf(t).filter((l) => l.tt.startsWith("3."));
  for (const n of ["Xã Hà Bắc", "Tứ Minh"]) {
    const u = units.find((x) => x.name === n) as TU;
    for (const l of tthcLeaves) u.leaf.set(l.tt, Math.floor((l.max * 0.6) / 25) * 25);
  }
  {
    // Xã Chí Minh: CQS exactly 75 % (12 of 16), spread over its leaves.
    const u = units.find((x) => x.name === "Xã Chí Minh") as TU;
    const cqs = leavesOf(t).filter((x) => x.tt.startsWith("7."));
    const want = (P_2025.cqs * 3) / 4;
    cqs.forEach((l) => u.leaf.set(l.tt, Math.floor((l.max * 3) / 4)));
    const last = cqs[cqs.length - 1];
    u.leaf.set(last.tt, (u.leaf.get(last.tt) as H) + want - sumH(cqs.map((l) => u.leaf.get(l.tt) as H)));
  }
  const nW = WARDS_2025.length;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("TH điểm 2025");
  const width = 3 + units.length;
  let row = titleBlock(
    ws,
    12,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    ["BẢNG TỔNG HỢP ĐIỂM THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND CÁC PHƯỜNG, XÃ, ĐẶC KHU"],
  );
  const h = row;
  merge(ws, h, 1, h + 1, 1, "TT");
  merge(ws, h, 2, h + 1, 2, "Tiêu chí, tiêu chí thành phần");
  merge(ws, h, 3, h + 1, 3, "Điểm tối đa");
  merge(ws, h, 4, h, 3 + nW, "KHỐI PHƯỜNG");
  merge(ws, h, 4 + nW, h, width, "KHỐI XÃ, ĐẶC KHU");
  units.forEach((u, i) => set(ws, h + 1, 4 + i, u.name, true));
  ws.getColumn(2).width = 48;
  row = h + 2;
  const rows = rowsOf(t);
  const rowOf = new Map<string, number>();
  rows.forEach(({ c }, i) => rowOf.set(c.tt, row + i));
  const topRows: number[] = [];
  for (const { c, level } of rows) {
    set(ws, row, 1, c.tt, level === 1);
    set(ws, row, 2, c.name, level === 1);
    set(ws, row, 3, num(c.max), level === 1);
    if (level === 1) topRows.push(row);
    units.forEach((u, i) => {
      const col = 4 + i;
      const v = valueOf(u.leaf, c);
      if (v.marker !== null) set(ws, row, col, v.marker);
      else if (!c.children) set(ws, row, col, num(v.score));
      else {
        const kids = c.children as Crit[];
        const a = rowOf.get(kids[0].tt) as number;
        // A contiguous range over the children rows only when no grandchildren lie between.
        const contiguous = kids.every((k) => !k.children);
        const f = contiguous
          ? `SUM(${addr(a, col)}:${addr(rowOf.get(kids[kids.length - 1].tt) as number, col)})`
          : `SUM(${kids.map((k) => addr(rowOf.get(k.tt) as number, col)).join(",")})`;
        ws.getCell(row, col).value = formula(f, fsum(v.parts));
      }
    });
    row++;
  }
  set(ws, row, 2, "Tổng điểm", true);
  set(ws, row, 3, 100, true);
  set(ws, row + 1, 2, "Chỉ số (%)", true);
  set(ws, row + 2, 2, "Xếp hạng", true);
  const rank = groupRanks(units, treeTotal, treeMax);
  units.forEach((u, i) => {
    const col = 4 + i;
    ws.getCell(row, col).value = formula(
      `SUM(${topRows.map((tr) => addr(tr, col)).join(",")})`,
      fsum(treeFields(u).map((f) => f.score)),
    );
    ws.getCell(row + 1, col).value = formula(
      `ROUND(${addr(row, col)}/${num(treeMax(u))}*100,2)`,
      round2((treeTotal(u) / treeMax(u)) * 100),
    );
    set(ws, row + 2, col, rank.get(u) ?? null);
  });
  signature(ws, row + 5, 2, 10, ["Trần Thị Hạnh", "Bùi Văn Quân"]);
  const file = await save(wb, dir, "ac5-hai-phong-2025-across-62.xlsx");

  // Last year, rows, 2024 names.
  const rp = new Rand(2024_25);
  const prevPhuong = [
    "Phường Hồng Bàng",
    "Phường Ngô Quyền",
    "Phường Lê Chân",
    "Phường Hải An",
    "Phường Kiến An",
    "Phường Đồ Sơn",
    "Phường Máy Chai",
    "Phường Cát Dài",
    "Phường Trại Cau",
    "Phường Lạch Tray",
  ];
  const prevXa = [
    "Xã An Lão",
    "Kiến Thụy",
    "Xã Tiên Lãng",
    "Xã Vĩnh Bảo",
    "Xã An Dương",
    "Thị trấn Cát Hải",
    "Xã Vĩnh Am",
    "Xã Đại Thắng",
    "Xã Tân Liên",
    "Thị trấn Núi Đèo",
    "Xã Hưng Đạo",
  ];
  const ps = makeUnits(rp, "phuong", SO_2024, prevPhuong, 0.66, 0.97);
  const px = makeUnits(rp, "xa", SO_2024, prevXa, 0.6, 0.96);
  const prank = groupRanks([...ps, ...px], totalOf, maxOf);
  const pw = new ExcelJS.Workbook();
  const pws = pw.addWorksheet("Xa phuong 2024");
  let prow = titleBlock(
    pws,
    13,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN"],
  );
  ["STT", "Tên đơn vị", ...FIELD_KEYS.map((k) => FULL[k]), "Tổng điểm", "Chỉ số (%)", "Xếp hạng"].forEach(
    (x, i) => set(pws, prow, i + 1, x, true),
  );
  prow++;
  set(pws, prow, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => set(pws, prow, 3 + i, num(SO_2024[k])));
  set(pws, prow, 11, 100);
  prow++;
  for (const [letter, title, members] of [
    ["A", "KHỐI PHƯỜNG", ps],
    ["B", "KHỐI XÃ, THỊ TRẤN", px],
  ] as const) {
    set(pws, prow, 1, letter, true);
    set(pws, prow, 2, title, true);
    prow++;
    members.forEach((u, n) => {
      set(pws, prow, 1, n + 1);
      set(pws, prow, 2, u.name);
      FIELD_KEYS.forEach((k, i) => set(pws, prow, 3 + i, num(u.scores[k])));
      pws.getCell(prow, 11).value = formula(
        `SUM(C${prow}:J${prow})`,
        fsum(FIELD_KEYS.map((k) => u.scores[k])),
      );
      set(pws, prow, 12, round2((totalOf(u) / maxOf(u)) * 100));
      set(pws, prow, 13, prank.get(u) ?? null);
      prow++;
    });
  }
  const previous = await save(pw, dir, "ac5-hai-phong-2024-rows.xlsx");

  return {
    id: "ac5",
    file,
    layout: "d (62 unit columns, 3 levels); last year classic rows",
    description:
      "Hải Phòng 2025 units across columns: 'KHỐI PHƯỜNG' merged over 26 ward columns (names without the prefix), " +
      "'KHỐI XÃ, ĐẶC KHU' over 36 (with it), criteria 1 / 1.1 / 1.1.1 with SUM parents (cached, ranges and lists), " +
      "'KAD' / '-' leaves, rows 'Tổng điểm', 'Chỉ số (%)', 'Xếp hạng'",
    groups: [
      { id: "phuong", pattern: /phuong/ },
      { id: "xa", pattern: /\bxa\b|dac khu/ },
    ],
    units: units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: ws.name,
      row: h + 1,
      fields: treeFields(u),
    })),
    previous: {
      file: previous,
      description:
        "Hải Phòng 2024 commune level in rows ('A. KHỐI PHƯỜNG' / 'B. KHỐI XÃ, THỊ TRẤN', maxima row, rank column); " +
        "'Phường Hồng Bàng' = this year's 'Hồng Bàng' (prefix missing: tolerated), 'Kiến Thụy' = 'Xã Kiến Thụy'; " +
        "'Xã An Dương' ≠ 'Phường An Dương' and 'Thị trấn Cát Hải' ≠ 'Đặc khu Cát Hải' (another kind); 'Xã Hưng Đạo' " +
        "(a commune, ranked among communes) ≠ this year's ward 'Hưng Đạo' written without its prefix under 'KHỐI PHƯỜNG'",
      units: [...ps, ...px].map((u) => ({ name: u.name, group: u.group, total: totalOf(u), max: maxOf(u) })),
      match: {
        "Hồng Bàng": "Phường Hồng Bàng",
        "Ngô Quyền": "Phường Ngô Quyền",
        "Lê Chân": "Phường Lê Chân",
        "Hải An": "Phường Hải An",
        "Kiến An": "Phường Kiến An",
        "Đồ Sơn": "Phường Đồ Sơn",
        "Xã An Lão": "Xã An Lão",
        "Xã Kiến Thụy": "Kiến Thụy",
        "Xã Tiên Lãng": "Xã Tiên Lãng",
        "Xã Vĩnh Bảo": "Xã Vĩnh Bảo",
        "Xã Vĩnh Am": "Xã Vĩnh Am",
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// fm6 — Hà Giang 2024 forms: sheets "Phieu 1" … "Phieu 8"; the unit named only in the merged title cell ("PHIẾU
// CHẤM ĐIỂM … CỦA UBND HUYỆN MÈO VẠC", twice with a line break inside the cell); no agency lines, no group line;
// columns "Điểm tự đánh giá", "Điểm thẩm định lần 1", "Điểm thẩm định lần 2" (the final one); one form not
// appraised (both rounds blank); groups given by a settings file (unitGroups, one entry by sheet name).

async function formsHaGiang(dir: string): Promise<Book2> {
  const r = new Rand(2024_26);
  const tSo = makeTree(SO_2024, true);
  const tHuyen = makeTree(HUYEN_2024, true);
  const list: {
    name: string;
    title: string;
    group: string;
    appraised: boolean;
    kad?: Record<string, string>;
  }[] = [
    { name: "Sở Tài chính", title: "SỞ TÀI CHÍNH", group: "so", appraised: true },
    { name: "Sở Y tế", title: "SỞ Y TẾ", group: "so", appraised: true, kad: { "6.2": "KAD" } },
    { name: "Sở Giao thông vận tải", title: "SỞ GIAO THÔNG VẬN TẢI", group: "so", appraised: true },
    { name: "UBND thành phố Hà Giang", title: "UBND THÀNH PHỐ HÀ GIANG", group: "huyen", appraised: true },
    { name: "UBND huyện Mèo Vạc", title: "UBND HUYỆN MÈO VẠC", group: "huyen", appraised: true },
    { name: "UBND huyện Đồng Văn", title: "UBND HUYỆN ĐỒNG VĂN", group: "huyen", appraised: false },
    { name: "UBND huyện Bắc Mê", title: "UBND HUYỆN BẮC MÊ", group: "huyen", appraised: true },
    { name: "UBND huyện Vị Xuyên", title: "UBND HUYỆN VỊ XUYÊN", group: "huyen", appraised: true },
  ];
  const wb = new ExcelJS.Workbook();
  const units: Unit2[] = [];
  list.forEach((x, i) => {
    const t = x.group === "so" ? tSo : tHuyen;
    const u: TU = { name: x.name, group: x.group, tree: t, leaf: drawLeaves(r, t, 0.64, 0.97, x.kad) };
    if (x.name === "UBND huyện Bắc Mê")
      for (const l of leavesOf(t).filter((c) => c.tt.startsWith("3.")))
        u.leaf.set(l.tt, Math.floor((l.max * 0.6) / 25) * 25);
    const final = u.leaf;
    // Round 1 differs: higher on most criteria (so Bắc Mê's first round is not below 75 %), lower on others.
    const first = new Map(final);
    for (const l of leavesOf(t)) {
      const v = first.get(l.tt);
      if (typeof v !== "number") continue;
      if (x.name === "UBND huyện Bắc Mê" && l.tt.startsWith("3.")) first.set(l.tt, l.max);
      else if (r.next() < 0.3) first.set(l.tt, Math.min(l.max, v + 25));
    }
    const ws = wb.addWorksheet(`Phieu ${i + 1}`);
    const oneLine = i % 3 !== 1;
    const title = oneLine
      ? `PHIẾU CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA ${x.title}`
      : `PHIẾU CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024\nCỦA ${x.title}`;
    const nameRow = formSheet(ws, u, {
      agency: null,
      title: [title],
      columns: ["Điểm tự đánh giá", "Điểm thẩm định lần 1", "Điểm thẩm định lần 2"],
      values: [selfOf(r, u), x.appraised ? first : null, x.appraised ? final : null],
    });
    const m: Unit2 = { name: x.name, group: x.group, sheet: ws.name, row: nameRow, fields: treeFields(u) };
    if (!x.appraised) m.notAssessed = true;
    units.push(m);
  });
  const settingsFile = "fm6-settings.json";
  const content = {
    unitGroups: {
      "Sở Tài chính": "Khối sở, ban, ngành",
      "Sở Y tế": "Khối sở, ban, ngành",
      "Phieu 3": "Khối sở, ban, ngành",
      "Thành phố Hà Giang": "Khối UBND huyện, thành phố",
      "UBND huyện Mèo Vạc": "Khối UBND huyện, thành phố",
      "Huyện Đồng Văn": "Khối UBND huyện, thành phố",
      "UBND huyện Bắc Mê": "Khối UBND huyện, thành phố",
      "huyện Vị Xuyên": "Khối UBND huyện, thành phố",
    },
  };
  writeFileSync(path.join(dir, settingsFile), JSON.stringify(content, null, 2));
  return {
    id: "fm6",
    file: await save(wb, dir, "fm6-ha-giang-2024-forms-title.xlsx"),
    layout: "e (forms named in the merged title; two appraisal rounds)",
    description:
      "Hà Giang 2024 forms on 'Phieu 1'…'Phieu 8': the unit only in the merged title cell 'PHIẾU CHẤM ĐIỂM … CỦA " +
      "UBND HUYỆN MÈO VẠC' (twice with a line break in the cell), no group line; 'Điểm tự đánh giá' / 'Điểm thẩm " +
      "định lần 1' / 'Điểm thẩm định lần 2'; Đồng Văn not appraised; groups from --settings unitGroups (names in " +
      "other spellings, one by sheet name 'Phieu 3'); Bắc Mê below 75 % on TTHC only in the final round",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
    settings: { file: settingsFile, content },
  };
}

// ---------------------------------------------------------------------------------------------------------
// gc7 — Bình Dương 2023: the group in a column "Khối", typed inconsistently ("Sở, ngành", "SỞ, NGÀNH", "Sở ngành",
// "sở, ngành ", "Sở,ngành"; "Huyện, thị xã, thành phố", "HUYỆN, THỊ XÃ, THÀNH PHỐ", "Huyện, thị xã, thành phố."),
// rows sorted by index, "Thứ hạng năm 2022" with numbers, "Mới", "-", "—" and blanks, ratings as abbreviations and
// words. A careful user expects two groups: the spellings differ only in case, spaces and punctuation.

async function groupColumnBinhDuong(dir: string): Promise<Book2> {
  const r = new Rand(2023_27);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Y tế",
    "Sở Tài nguyên và Môi trường",
    "Sở Thông tin và Truyền thông",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Thủ Dầu Một",
    "Thành phố Dĩ An",
    "Thành phố Thuận An",
    "Thành phố Tân Uyên",
    "Thị xã Bến Cát",
    "Huyện Bàu Bàng",
    "Huyện Dầu Tiếng",
    "Huyện Phú Giáo",
  ]);
  const all = [...so, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as RU;
  by("Huyện Phú Giáo").scores.tthc = 875; // below
  by("Sở Thông tin và Truyền thông").scores.cqs = 1049; // below
  const soSpell = ["Sở, ngành", "SỞ, NGÀNH", "Sở ngành", "sở, ngành ", "Sở,ngành"];
  const hSpell = ["Huyện, thị xã, thành phố", "HUYỆN, THỊ XÃ, THÀNH PHỐ", "Huyện, thị xã, thành phố."];
  const previous: (number | string | null)[] = [
    2,
    5,
    1,
    "Mới",
    3,
    "-",
    4,
    "—",
    1,
    2,
    "Mới",
    5,
    4,
    3,
    null,
    6,
  ];
  all.forEach((u, i) => {
    const p = previous[i];
    u.previousRank = typeof p === "number" ? p : null;
    u.rating = (["HTTNV", "HTXSNV", "HTNV", "HTTNV", "KHTNV", "HTTNV"] as Rating[])[i % 6];
  });
  const prevText = new Map(all.map((u, i) => [u, previous[i]]));
  const rank = groupRanks(all, totalOf, maxOf);
  const sorted = [...all].sort((a, b) => totalOf(b) * maxOf(a) - totalOf(a) * maxOf(b));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ số 2023");
  const heads: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo, điều hành",
    theChe: "Cải cách thể chế",
    tthc: "Cải cách TTHC",
    boMay: "Tổ chức bộ máy",
    congVu: "Chế độ công vụ",
    taiChinh: "Tài chính công",
    cqs: "Chính quyền số",
    tacDong: "Tác động của CCHC",
  };
  // A STT, B name, C Khối, D..K fields, L total, M index, N rank 2023, O rank 2022, P rating.
  const width = 16;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH BÌNH DƯƠNG", "SỞ NỘI VỤ"],
    ["BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", "(Sắp xếp theo chỉ số từ cao đến thấp)"],
  );
  [
    "STT",
    "Tên đơn vị",
    "Khối",
    ...FIELD_KEYS.map((k) => heads[k]),
    "Tổng điểm",
    "Chỉ số (%)",
    "Thứ hạng năm 2023",
    "Thứ hạng năm 2022",
    "Xếp loại người đứng đầu",
  ].forEach((x, i) => set(ws, row, i + 1, x, true));
  row++;
  set(ws, row, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(SO_2024[k])));
  set(ws, row, 12, 100);
  row++;
  const units: Unit2[] = [];
  let si = 0;
  let hi = 0;
  sorted.forEach((u, n) => {
    set(ws, row, 1, n + 1);
    set(ws, row, 2, u.name);
    set(ws, row, 3, u.group === "so" ? soSpell[si++ % soSpell.length] : hSpell[hi++ % hSpell.length]);
    FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(u.scores[k])));
    const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
    ws.getCell(row, 12).value = formula(`SUM(D${row}:K${row})`, total);
    ws.getCell(row, 13).value = formula(`ROUND(L${row},2)`, round2(total));
    set(ws, row, 14, rank.get(u) ?? null);
    const p = prevText.get(u);
    if (p !== null && p !== undefined) set(ws, row, 15, p);
    const i = all.indexOf(u);
    set(ws, row, 16, i % 2 === 0 ? (u.rating as string) : RATING_WORDS[u.rating as Rating].toLowerCase());
    units.push(unit2(u, ws.name, row));
    row++;
  });
  return {
    id: "gc7",
    file: await save(wb, dir, "gc7-binh-duong-2023-khoi-spellings.xlsx"),
    layout: "c (group column spelled five ways)",
    description:
      "Bình Dương 2023: 'Khối' column typed 'Sở, ngành' / 'SỞ, NGÀNH' / 'Sở ngành' / 'sở, ngành ' / 'Sở,ngành' and " +
      "'Huyện, thị xã, thành phố' / upper case / with a final period — expected: two groups; rows sorted by index; " +
      "'Thứ hạng năm 2022' with numbers, 'Mới', '-', '—', blank; ratings abbreviated or in lower-case words",
    groups: [
      { id: "so", pattern: /so/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
    inTablePrevious: true,
  };
}

// ---------------------------------------------------------------------------------------------------------
// tx8 — Kon Tum 2024: every number pasted as text from Word, with decimal commas ("7,5", "8,25") — and three cells
// typed with three decimals and a point ("7.500", "6.250", "12.000") that read as thousands in a comma locale.
// Expected: read as 7,5 / 6,25 / 12 (the only reading under the maxima) with a warning naming each cell, or
// refused naming them — never read silently.

async function textNumbersKonTum(dir: string): Promise<Book2> {
  const r = new Rand(2024_28);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Kon Tum",
    "Huyện Đắk Hà",
    "Huyện Ngọc Hồi",
    "Huyện Đắk Glei",
    "Huyện Sa Thầy",
  ]);
  const all = [...so, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as RU;
  by("Sở Tư pháp").scores.theChe = 750;
  by("Huyện Đắk Hà").scores.boMay = 625;
  by("Huyện Sa Thầy").scores.tthc = 1200;
  by("Huyện Đắk Glei").scores.tthc = 875; // below
  const odd = new Map<string, { key: FieldKey; text: string }>([
    ["Sở Tư pháp", { key: "theChe", text: "7.500" }],
    ["Huyện Đắk Hà", { key: "boMay", text: "6.250" }],
    ["Huyện Sa Thầy", { key: "tthc", text: "12.000" }],
  ]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bang diem");
  const width = 12;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH KON TUM", "SỞ NỘI VỤ"],
    ["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  [
    "TT",
    "Cơ quan, đơn vị",
    ...FIELD_KEYS.map((k) => `${FULL[k]} (${vn(SO_2024[k])} điểm)`),
    "Tổng điểm",
    "Chỉ số (%)",
  ].forEach((x, i) => set(ws, row, i + 1, x, true));
  row++;
  const units: Unit2[] = [];
  const cells: string[] = [];
  for (const [roman, title, members] of [
    ["I", "SỞ, BAN, NGÀNH", so],
    ["II", "UBND HUYỆN, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, roman, true);
    set(ws, row, 2, title, true);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, `${n + 1}`);
      set(ws, row, 2, u.name);
      const o = odd.get(u.name);
      FIELD_KEYS.forEach((k, i) => {
        if (o && o.key === k) {
          set(ws, row, 3 + i, o.text);
          cells.push(addr(row, 3 + i));
        } else set(ws, row, 3 + i, comma(u.scores[k]));
      });
      set(ws, row, 11, comma(totalOf(u), 2));
      set(ws, row, 12, comma(Math.round((totalOf(u) / maxOf(u)) * 10000), 2));
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  return {
    id: "tx8",
    file: await save(wb, dir, "tx8-kon-tum-2024-text-numbers.xlsx"),
    layout: "classic, numbers as text",
    description:
      "Kon Tum 2024: every number text with a decimal comma ('8,25'), three cells typed '7.500' / '6.250' / '12.000' " +
      `(${cells.join(", ")}) — read as 7,5 / 6,25 / 12 with a warning naming each, never silently`,
    groups: [
      { id: "so", pattern: /\bso\b|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
    warnings: cells.map((c, i) => ({
      pattern: new RegExp(`\\b${c}\\b|${["7\\.500", "6\\.250", "12\\.000"][i]}`),
      why: `the ambiguous text in ${c}`,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// ti10 — Yên Bái 2024: ties at the boundaries of a group across different unit maxima (a column "Điểm tối đa của
// đơn vị"): 85 of 100 = 76,5 of 90 = 80,75 of 95 (a three-way tie), the last two places 78,2 of 100 = 70,38 of 90,
// two first places 92,5 of 100 = 83,25 of 90; 85,86 of 100 against 81,57 of 95 (= 85,863…: both show 85,86, not a
// tie). The index is a percent-formatted fraction (=L/C, full precision), no rank column.
// Last year: Yên Bái 2023 in paired columns (a), a tie, names "UBND huyện …", "TP …", "TX …".

async function tiesYenBai(dir: string): Promise<Book2> {
  const r = new Rand(2024_30);
  /** A unit whose fields sum exactly to total (hundredths), within the maxima, taiChinh lowered by max − unitMax. */
  /** Where a lowered maximum was cut: tài chính công first (5 points), then thể chế. */
  const cuts = (unitMax: H): Partial<Record<FieldKey, H>> => {
    const cut = 10000 - unitMax;
    return cut === 0 ? {} : { taiChinh: Math.min(cut, 500), ...(cut > 500 ? { theChe: cut - 500 } : {}) };
  };
  const exact = (name: string, group: string, total: H, unitMax: H): RU => {
    const own = { ...SO_2024 };
    const cut = cuts(unitMax);
    for (const [k, c] of Object.entries(cut) as [FieldKey, H][]) own[k] -= c;
    const u: RU = { name, group, own, scores: {} as Record<FieldKey, H>, na: new Set(), unitMax };
    // Start from 80 % of every field, then move the difference, a quarter point at a time where there is room.
    const room = (k: FieldKey) => own[k];
    for (const k of FIELD_KEYS) u.scores[k] = Math.floor((room(k) * 0.8) / 25) * 25;
    let diff = total - sumH(FIELD_KEYS.map((k) => u.scores[k]));
    // The survey takes the hundredths.
    const rest = ((diff % 25) + 25) % 25;
    u.scores.tacDong += rest;
    diff -= rest;
    while (diff !== 0) {
      const step = diff > 0 ? 25 : -25;
      const k = FIELD_KEYS[Math.floor(r.next() * FIELD_KEYS.length)];
      const v = u.scores[k] + step;
      if (v < 0 || v > room(k)) continue;
      u.scores[k] = v;
      diff -= step;
    }
    return u;
  };
  const so = [
    exact("Sở Nội vụ", "so", 9120, 10000),
    exact("Sở Tư pháp", "so", 8500, 10000),
    exact("Sở Tài chính", "so", 7650, 9000),
    exact("Sở Xây dựng", "so", 8075, 9500),
    exact("Sở Y tế", "so", 8586, 10000),
    exact("Sở Công Thương", "so", 8157, 9500),
    exact("Sở Giáo dục và Đào tạo", "so", 7820, 10000),
    exact("Ban Dân tộc", "so", 7038, 9000),
  ];
  const huyen = [
    exact("Thành phố Yên Bái", "huyen", 9250, 10000),
    exact("Thị xã Nghĩa Lộ", "huyen", 8325, 9000),
    exact("Huyện Văn Yên", "huyen", 8800, 10000),
    exact("Huyện Trấn Yên", "huyen", 8030, 10000),
    exact("Huyện Mù Cang Chải", "huyen", 7480, 9500),
    exact("Huyện Lục Yên", "huyen", 8650, 10000),
  ];
  // The unit's maximum is written, not the fields it was cut from: their own maxima are unknown to the reader.
  const maxUnknown = (u: RU): FieldKey[] => Object.keys(cuts(u.unitMax ?? 10000)) as FieldKey[];

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kết quả");
  // A STT, B name, C unit max, D..K fields, L total, M index (fraction).
  const width = 13;
  let row = titleBlock(
    ws,
    width,
    ["UBND TỈNH YÊN BÁI", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  [
    "STT",
    "Tên cơ quan, đơn vị",
    "Điểm tối đa của đơn vị",
    ...FIELD_KEYS.map((k) => FULL[k]),
    "Tổng điểm đạt",
    "Chỉ số CCHC",
  ].forEach((x, i) => set(ws, row, i + 1, x, true));
  row++;
  set(ws, row, 2, "Điểm tối đa", true);
  set(ws, row, 3, 100);
  FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(SO_2024[k])));
  set(ws, row, 12, 100);
  row++;
  const units: Unit2[] = [];
  for (const [roman, title, members] of [
    ["I", "CÁC SỞ, BAN, NGÀNH", so],
    ["II", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, roman, true);
    set(ws, row, 2, title, true);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      set(ws, row, 3, num(maxOf(u)));
      FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(u.scores[k])));
      const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
      ws.getCell(row, 12).value = formula(`SUM(D${row}:K${row})`, total);
      ws.getCell(row, 13).value = formula(`L${row}/C${row}`, total / num(maxOf(u)));
      ws.getCell(row, 13).numFmt = "0.00%";
      units.push(unit2(u, ws.name, row, maxUnknown(u)));
      row++;
    });
  }
  const file = await save(wb, dir, "ti10-yen-bai-2024-ties-fraction.xlsx");

  // Last year, paired columns.
  const rp = new Rand(2023_30);
  const prevSo = makeUnits(rp, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Y tế",
    "Sở Công Thương",
    "Sở Giáo dục và Đào tạo",
    "Ban Dân tộc",
  ]);
  const prevHuyen = makeUnits(rp, "huyen", SO_2024, [
    "TP Yên Bái",
    "TX Nghĩa Lộ",
    "UBND huyện Văn Yên",
    "UBND huyện Trấn Yên",
    "UBND huyện Mù Cang Chải",
    "UBND huyện Lục Yên",
  ]);
  const pb = (n: string) => [...prevSo, ...prevHuyen].find((u) => u.name === n) as RU;
  // Ties last year: Sở Tài chính with Sở Xây dựng (same scores), UBND huyện Trấn Yên with Lục Yên.
  pb("Sở Xây dựng").scores = { ...pb("Sở Tài chính").scores };
  pb("UBND huyện Lục Yên").scores = { ...pb("UBND huyện Trấn Yên").scores };
  const pw = new ExcelJS.Workbook();
  const ps = pw.addWorksheet("2023");
  let prow = titleBlock(
    ps,
    20,
    ["UBND TỈNH YÊN BÁI", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"],
  );
  merge(ps, prow, 1, prow + 1, 1, "STT");
  merge(ps, prow, 2, prow + 1, 2, "Tên cơ quan, đơn vị");
  FIELD_KEYS.forEach((k, i) => {
    merge(ps, prow, 3 + 2 * i, prow, 4 + 2 * i, FULL[k]);
    set(ps, prow + 1, 3 + 2 * i, "Điểm tối đa", true);
    set(ps, prow + 1, 4 + 2 * i, "Điểm đạt", true);
  });
  merge(ps, prow, 19, prow + 1, 19, "Tổng điểm");
  merge(ps, prow, 20, prow + 1, 20, "Chỉ số (%)");
  prow += 2;
  for (const [roman, title, members] of [
    ["I", "CÁC SỞ, BAN, NGÀNH", prevSo],
    ["II", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", prevHuyen],
  ] as const) {
    set(ps, prow, 1, roman, true);
    set(ps, prow, 2, title, true);
    prow++;
    members.forEach((u, n) => {
      set(ps, prow, 1, n + 1);
      set(ps, prow, 2, u.name);
      FIELD_KEYS.forEach((k, i) => {
        set(ps, prow, 3 + 2 * i, num(u.own[k]));
        set(ps, prow, 4 + 2 * i, num(u.scores[k]));
      });
      set(ps, prow, 19, num(totalOf(u)));
      set(ps, prow, 20, round2((totalOf(u) / maxOf(u)) * 100));
      prow++;
    });
  }
  const previous = await save(pw, dir, "ti10-yen-bai-2023-paired.xlsx");
  const same = (a: string, b: string = a) => [a, b];
  return {
    id: "ti10",
    file,
    layout: "classic with a per-unit maximum column, index a fraction; last year (a) paired",
    description:
      "Yên Bái 2024: 'Điểm tối đa của đơn vị' column (100 / 95 / 90), index '=L/C' as a %-formatted fraction; " +
      "a three-way tie 85 (85/100, 76,5/90, 80,75/95), a tie for last (78,2/100 = 70,38/90), a tie for first " +
      "(92,5/100 = 83,25/90), 85,86/100 vs 81,57/95 (both show 85,86%, not a tie)",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
    previous: {
      file: previous,
      description:
        "Yên Bái 2023 paired columns, ties (Tài chính = Xây dựng, Trấn Yên = Lục Yên), 'TP', 'TX', 'UBND huyện'",
      units: [...prevSo, ...prevHuyen].map((u) => ({
        name: u.name,
        group: u.group,
        total: totalOf(u),
        max: maxOf(u),
      })),
      match: Object.fromEntries([
        ...prevSo.map((u) => same(u.name)),
        same("Thành phố Yên Bái", "TP Yên Bái"),
        same("Thị xã Nghĩa Lộ", "TX Nghĩa Lộ"),
        same("Huyện Văn Yên", "UBND huyện Văn Yên"),
        same("Huyện Trấn Yên", "UBND huyện Trấn Yên"),
        same("Huyện Mù Cang Chải", "UBND huyện Mù Cang Chải"),
        same("Huyện Lục Yên", "UBND huyện Lục Yên"),
      ]) as Record<string, string>,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// fx12 — Bắc Kạn 2024 from a web system: formulas without results across sheets. "Tổng hợp" takes TTHC from
// 'Chi tiết TTHC' (=ROUND(SUM('Chi tiết TTHC'!C5:F5),2)), CQS capped with IF (=IF(SUM(…)>14,14,SUM(…))), the survey
// from 'Điểm XHH' (=ROUND('Điểm XHH'!C5*10/100+'Điểm XHH'!D5*23/100,2)), public service with MIN, the maxima row
// from 'Tham số', total =SUM(C8:J8), index =ROUND(K8/K$6*100,2). README: all of these are computed.
// fx12b — the same workbook with TTHC as =SUMIF('Chi tiết TTHC'!$B$5:$B$20,B8,'Chi tiết TTHC'!$G$5:$G$20): refused,
// naming the cells and SUMIF.

async function crossSheetBacKan(dir: string, sumif: boolean): Promise<Book2> {
  const r = new Rand(2024_31);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Xây dựng",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Bắc Kạn",
    "Huyện Ba Bể",
    "Huyện Chợ Đồn",
    "Huyện Na Rì",
    "Huyện Pác Nặm",
  ]);
  const all = [...so, ...huyen];
  // TTHC split into 4 criteria (3, 2, 4, 3 points), CQS into 3 (5, 5, 4; the IF's cap at 14 never binds but must be
  // computed), the survey from two percentages, public service as a rate capped with MIN.
  const tthcParts = new Map<RU, H[]>();
  const cqsParts = new Map<RU, H[]>();
  const xhh = new Map<RU, [number, number]>();
  for (const u of all) {
    const p = [300, 200, 400, 300].map((m) => draw(r, m, 0.6, 1, 25));
    tthcParts.set(u, p);
    u.scores.tthc = sumH(p);
    const q = [500, 500, 400].map((m) => draw(r, m, 0.6, 1, 25));
    cqsParts.set(u, q);
    u.scores.cqs = sumH(q);
    // Percentages with one decimal: CBCC (of 10 points) and people (of 23 points).
    const a = 700 + Math.floor(r.next() * 290); // tenths of a percent: 70.0–98.9
    const b = 650 + Math.floor(r.next() * 330);
    xhh.set(u, [a / 10, b / 10]);
    // ROUND(a*10/100 + b*23/100, 2) in hundredths, computed as Excel would (binary, then round to 2 decimals).
    u.scores.tacDong = Math.round(round2(((a / 10) * 10) / 100 + ((b / 10) * 23) / 100) * 100);
  }
  (all.find((u) => u.name === "Huyện Pác Nặm") as RU).scores.congVu = 1000; // MIN(10, 10.5) caps at 10
  const tthcBelow = all.find((u) => u.name === "Huyện Na Rì") as RU;
  tthcParts.set(tthcBelow, [200, 150, 250, 225]);
  tthcBelow.scores.tthc = 825; // 8,25 of 12: below

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp");
  const ct = wb.addWorksheet("Chi tiết TTHC");
  const cq = wb.addWorksheet("Chi tiết CQS");
  const xs = wb.addWorksheet("Điểm XHH");
  const ts = wb.addWorksheet("Tham số");
  // Tham số: field names and maxima.
  set(ts, 1, 1, "Lĩnh vực", true);
  set(ts, 1, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => {
    set(ts, 2 + i, 1, FULL[k]);
    set(ts, 2 + i, 2, num(SO_2024[k]));
  });
  // Detail sheets: one row per unit from row 5, in the same order as the summary.
  const detail = (s: Worksheet, title: string, heads: string[]) => {
    set(s, 1, 1, title, true);
    ["STT", "Đơn vị", ...heads].forEach((x, i) => set(s, 4, i + 1, x, true));
  };
  detail(ct, "CHI TIẾT ĐIỂM CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ["3.1", "3.2", "3.3", "3.4", "Mã đơn vị", "Cộng"]);
  detail(cq, "CHI TIẾT ĐIỂM CHÍNH QUYỀN SỐ", ["7.1", "7.2", "7.3"]);
  detail(xs, "KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC", [
    "Mức độ hài lòng của CBCC (%)",
    "Mức độ hài lòng của người dân (%)",
  ]);
  all.forEach((u, i) => {
    const dr = 5 + i;
    for (const s of [ct, cq, xs]) {
      set(s, dr, 1, i + 1);
      set(s, dr, 2, u.name);
    }
    (tthcParts.get(u) as H[]).forEach((p, j) => set(ct, dr, 3 + j, num(p)));
    set(ct, dr, 7, num(u.scores.tthc));
    (cqsParts.get(u) as H[]).forEach((p, j) => set(cq, dr, 3 + j, num(p)));
    const [a, b] = xhh.get(u) as [number, number];
    set(xs, dr, 3, a);
    set(xs, dr, 4, b);
  });

  // Summary: A STT, B name, C..J fields, K total, L index.
  const heads: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo, điều hành",
    theChe: "Thể chế",
    tthc: "Thủ tục hành chính",
    boMay: "Tổ chức bộ máy",
    congVu: "Chế độ công vụ",
    taiChinh: "Tài chính công",
    cqs: "Chính quyền điện tử, chính quyền số",
    tacDong: "Điểm điều tra xã hội học",
  };
  set(ws, 1, 1, "UBND TỈNH BẮC KẠN", true);
  set(ws, 2, 1, "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 (xuất từ phần mềm chấm điểm)", true);
  ["STT", "Tên đơn vị", ...FIELD_KEYS.map((k) => heads[k]), "Tổng điểm", "Chỉ số (%)"].forEach((x, i) =>
    set(ws, 5, i + 1, x, true),
  );
  const maxRow = 6;
  set(ws, maxRow, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((_, i) => (ws.getCell(maxRow, 3 + i).value = formula(`'Tham số'!B${2 + i}`)));
  ws.getCell(maxRow, 11).value = formula(`SUM(C${maxRow}:J${maxRow})`);
  let row = maxRow + 1;
  const units: Unit2[] = [];
  let firstCell = "";
  let k = 0;
  for (const [title, members] of [
    ["I. CÁC SỞ, BAN, NGÀNH", so],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, title, true);
    row++;
    members.forEach((u, n) => {
      const dr = 5 + k++;
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      set(ws, row, 3, num(u.scores.chiDao));
      set(ws, row, 4, num(u.scores.theChe));
      if (sumif) {
        ws.getCell(row, 5).value = formula(
          `SUMIF('Chi tiết TTHC'!$B$5:$B$20,B${row},'Chi tiết TTHC'!$G$5:$G$20)`,
        );
        if (!firstCell) firstCell = `E${row}`;
      } else ws.getCell(row, 5).value = formula(`ROUND(SUM('Chi tiết TTHC'!C${dr}:F${dr}),2)`);
      set(ws, row, 6, num(u.scores.boMay));
      // Public service: a rate of 10 points, capped at 10 with MIN.
      const rate = u.name === "Huyện Pác Nặm" ? 105 : u.scores.congVu / 10;
      ws.getCell(row, 7).value = formula(`MIN(10,10*${rate}%)`);
      set(ws, row, 8, num(u.scores.taiChinh));
      ws.getCell(row, 9).value = formula(
        `IF(SUM('Chi tiết CQS'!C${dr}:E${dr})>14,14,SUM('Chi tiết CQS'!C${dr}:E${dr}))`,
      );
      ws.getCell(row, 10).value = formula(`ROUND('Điểm XHH'!C${dr}*10/100+'Điểm XHH'!D${dr}*23/100,2)`);
      ws.getCell(row, 11).value = formula(`SUM(C${row}:J${row})`);
      ws.getCell(row, 12).value = formula(`ROUND(K${row}/K$${maxRow}*100,2)`);
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  const id = sumif ? "fx12b" : "fx12";
  const file = await save(
    wb,
    dir,
    sumif ? "fx12b-bac-kan-2024-sumif-no-results.xlsx" : "fx12-bac-kan-2024-cross-sheet-no-results.xlsx",
  );
  const groups = [
    { id: "so", pattern: /so|nganh/ },
    { id: "huyen", pattern: /huyen/ },
  ];
  if (sumif)
    return {
      id,
      file,
      layout: "f (refused): SUMIF without results",
      description:
        "fx12 with the TTHC column as =SUMIF('Chi tiết TTHC'!$B$5:$B$20,B8,'Chi tiết TTHC'!$G$5:$G$20) saved without " +
        `results — outside the computed functions: refused naming the cells (${firstCell}…) and SUMIF`,
      groups,
      units: [],
      refusal: { mentions: [/SUMIF/, new RegExp(`\\b${firstCell}\\b`)], why: "SUMIF inside the score table" },
    };
  return {
    id,
    file,
    layout: "f: cross-sheet formulas without results",
    description:
      "Bắc Kạn 2024 from a web system, no stored results: maxima row ='Tham số'!B2…, TTHC =ROUND(SUM('Chi tiết " +
      "TTHC'!C5:F5),2), public service =MIN(10,10*84%), CQS =IF(SUM('Chi tiết CQS'!C5:E5)>14,14,SUM(…)), survey " +
      "=ROUND('Điểm XHH'!C5*10/100+'Điểm XHH'!D5*23/100,2), total =SUM(C8:J8), index =ROUND(K8/K$6*100,2); " +
      "the three source sheets hold names and 2–6 numbers each",
    groups,
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// im13 — impossible: Cao Bằng 2024 whose "Tổng điểm" column holds each unit's rank and whose "Xếp hạng" column holds
// the total (pasted one column off). Must be refused naming column K (the total) and why.

async function totalIsRankCaoBang(dir: string): Promise<Book2> {
  const r = new Rand(2024_32);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Công Thương",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Cao Bằng",
    "Huyện Trùng Khánh",
    "Huyện Hòa An",
    "Huyện Bảo Lạc",
    "Huyện Quảng Hòa",
  ]);
  const all = [...so, ...huyen];
  const rank = groupRanks(all, totalOf, maxOf);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ");
  let row = titleBlock(
    ws,
    13,
    ["UBND TỈNH CAO BẰNG", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  [
    "STT",
    "Tên cơ quan, đơn vị",
    ...FIELD_KEYS.map((k) => `${FULL[k]} (${vn(SO_2024[k])} điểm)`),
    "Tổng điểm",
    "Chỉ số (%)",
    "Xếp hạng",
  ].forEach((x, i) => set(ws, row, i + 1, x, true));
  row++;
  for (const [title, members] of [
    ["I. SỞ, BAN, NGÀNH", so],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, title, true);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(u.scores[k])));
      set(ws, row, 11, rank.get(u) ?? null); // the rank, under "Tổng điểm"
      set(ws, row, 12, round2((totalOf(u) / maxOf(u)) * 100));
      set(ws, row, 13, num(totalOf(u))); // the total, under "Xếp hạng"
      row++;
    });
  }
  return {
    id: "im13",
    file: await save(wb, dir, "im13-cao-bang-2024-total-is-rank.xlsx"),
    layout: "classic (impossible)",
    description:
      "Cao Bằng 2024: the 'Tổng điểm' column (K) holds the ranks 1…6, the 'Xếp hạng' column (M) the totals — the " +
      "total disagrees with the sum of the fields for every unit",
    groups: [],
    units: [],
    refusal: { mentions: [/[Cc]ột K\b/, /[Tt]ổng điểm/], why: "the total column holds ranks" },
  };
}

// ---------------------------------------------------------------------------------------------------------
// pv14 — outside the list: a PivotTable pasted as values, groups as columns ("Sở, ban, ngành" / "UBND cấp huyện"),
// one index value per unit in its group's column, "Tổng cuối" column and row. Must be refused, not read.

async function pivotSonLa(dir: string): Promise<Book2> {
  const r = new Rand(2024_33);
  const so = makeUnits(r, "so", SO_2024, ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế"]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Sơn La",
    "Huyện Mộc Châu",
    "Huyện Mai Sơn",
    "Huyện Sốp Cộp",
  ]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Pivot");
  set(ws, 1, 1, "CHỈ SỐ CCHC NĂM 2024 THEO KHỐI", true);
  set(ws, 3, 1, "Tổng của Chỉ số CCHC (%)", true);
  set(ws, 3, 2, "Khối", true);
  ["Tên đơn vị", "Sở, ban, ngành", "UBND cấp huyện", "Tổng cuối"].forEach((x, i) =>
    set(ws, 4, i + 1, x, true),
  );
  let row = 5;
  let sumSo = 0;
  let sumH2 = 0;
  for (const u of [...so, ...huyen].sort((a, b) => a.name.localeCompare(b.name, "vi"))) {
    const idx = round2((totalOf(u) / maxOf(u)) * 100);
    set(ws, row, 1, u.name);
    set(ws, row, u.group === "so" ? 2 : 3, idx);
    set(ws, row, 4, idx);
    if (u.group === "so") sumSo += idx;
    else sumH2 += idx;
    row++;
  }
  set(ws, row, 1, "Tổng cuối", true);
  set(ws, row, 2, round2(sumSo));
  set(ws, row, 3, round2(sumH2));
  set(ws, row, 4, round2(sumSo + sumH2));
  return {
    id: "pv14",
    file: await save(wb, dir, "pv14-son-la-2024-pivot.xlsx"),
    layout: "outside the list (pivot, groups as columns)",
    description:
      "Sơn La 2024: a PivotTable pasted as values — 'Tổng của Chỉ số CCHC (%)' / 'Khối' / 'Tên đơn vị | Sở, ban, " +
      "ngành | UBND cấp huyện | Tổng cuối', each unit's index in its group's column, a 'Tổng cuối' row and column",
    groups: [],
    units: [],
    refusal: { mentions: [/\S/], why: "a layout outside the list" },
  };
}

// ---------------------------------------------------------------------------------------------------------
// av15 — Hòa Bình 2024, classic rows: after each group's units a row "Điểm bình quân" (the group's averages, AVERAGE
// formulas with cached results) — not a unit; the last line of the table "Tổng cuối" is not a unit either (the label
// Vietnamese Excel gives a grand total).

async function averageRowsHoaBinh(dir: string): Promise<Book2> {
  const r = new Rand(2024_35);
  const so = makeUnits(r, "so", SO_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
    "Sở Xây dựng",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2024, [
    "Thành phố Hòa Bình",
    "Huyện Mai Châu",
    "Huyện Lương Sơn",
    "Huyện Kim Bôi",
    "Huyện Lạc Sơn",
    "Huyện Đà Bắc",
  ]);
  (huyen.find((u) => u.name === "Huyện Đà Bắc") as RU).scores.cqs = 1000; // below
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ 2024");
  let row = titleBlock(
    ws,
    12,
    ["UBND TỈNH HÒA BÌNH", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  [
    "STT",
    "Tên cơ quan, đơn vị",
    ...FIELD_KEYS.map((k) => `${FULL[k]} (${vn(SO_2024[k])} điểm)`),
    "Tổng điểm",
    "Chỉ số (%)",
  ].forEach((x, i) => set(ws, row, i + 1, x, true));
  row++;
  const units: Unit2[] = [];
  const value = (u: RU, c: number): number =>
    c <= 10
      ? num(u.scores[FIELD_KEYS[c - 3]])
      : c === 11
        ? fsum(FIELD_KEYS.map((k) => u.scores[k]))
        : round2(fsum(FIELD_KEYS.map((k) => u.scores[k])));
  const firstRows: number[] = [];
  for (const [title, members] of [
    ["I. CÁC SỞ, BAN, NGÀNH", so],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, title, true);
    row++;
    const first = row;
    firstRows.push(first);
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(u.scores[k])));
      ws.getCell(row, 11).value = formula(`SUM(C${row}:J${row})`, fsum(FIELD_KEYS.map((k) => u.scores[k])));
      ws.getCell(row, 12).value = formula(
        `ROUND(K${row},2)`,
        round2(fsum(FIELD_KEYS.map((k) => u.scores[k]))),
      );
      units.push(unit2(u, ws.name, row));
      row++;
    });
    set(ws, row, 2, "Điểm bình quân", true);
    for (let c = 3; c <= 12; c++)
      ws.getCell(row, c).value = formula(
        `ROUND(AVERAGE(${colLetter(c)}${first}:${colLetter(c)}${row - 1}),2)`,
        round2(members.reduce((a, u) => a + value(u, c), 0) / members.length),
      );
    row++;
  }
  const everyone = [...so, ...huyen];
  set(ws, row, 2, "Tổng cuối", true);
  for (let c = 3; c <= 12; c++)
    ws.getCell(row, c).value = formula(
      `ROUND(AVERAGE(${firstRows.map((f, i) => `${colLetter(c)}${f}:${colLetter(c)}${f + [so, huyen][i].length - 1}`).join(",")}),2)`,
      round2(everyone.reduce((a, u) => a + value(u, c), 0) / everyone.length),
    );
  return {
    id: "av15",
    file: await save(wb, dir, "av15-hoa-binh-2024-average-rows.xlsx"),
    layout: "classic with a group average row",
    description:
      "Hòa Bình 2024: after each group a row 'Điểm bình quân' (ROUND(AVERAGE(…),2) with cached results), a last " +
      "row 'Tổng cuối' — neither is a unit",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
  };
}

// sp16 — Lai Châu 2024, classic rows: one blank row between the header and the "Điểm tối đa" row (a spacer the
// typist left), group rows, units.

async function spacerLaiChau(dir: string): Promise<Book2> {
  const r = new Rand(2024_36);
  const so = makeUnits(r, "so", HUYEN_2024, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Xây dựng",
  ]);
  const huyen = makeUnits(r, "huyen", HUYEN_2024, [
    "Thành phố Lai Châu",
    "Huyện Tam Đường",
    "Huyện Phong Thổ",
    "Huyện Sìn Hồ",
    "Huyện Mường Tè",
  ]);
  (huyen.find((u) => u.name === "Huyện Mường Tè") as RU).scores.tthc = 850; // 8,5 of 11,5: below
  (so.find((u) => u.name === "Sở Y tế") as RU).scores.cqs = 925; // 9,25 of 12,5 = 74 %: below
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp");
  let row = titleBlock(
    ws,
    12,
    ["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  ["STT", "Tên cơ quan, đơn vị", ...FIELD_KEYS.map((k) => FULL[k]), "Tổng điểm", "Chỉ số (%)"].forEach(
    (x, i) => set(ws, row, i + 1, x, true),
  );
  row += 2; // the blank spacer row
  set(ws, row, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(HUYEN_2024[k])));
  set(ws, row, 11, 100);
  row++;
  const units: Unit2[] = [];
  for (const [title, members] of [
    ["I. SỞ, BAN, NGÀNH", so],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, title, true);
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(u.scores[k])));
      ws.getCell(row, 11).value = formula(`SUM(C${row}:J${row})`, fsum(FIELD_KEYS.map((k) => u.scores[k])));
      ws.getCell(row, 12).value = formula(
        `ROUND(K${row},2)`,
        round2(fsum(FIELD_KEYS.map((k) => u.scores[k]))),
      );
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  return {
    id: "sp16",
    file: await save(wb, dir, "sp16-lai-chau-2024-spacer-row.xlsx"),
    layout: "classic with a blank row above the maxima row",
    description:
      "Lai Châu 2024: one-row header, a blank spacer row, then the 'Điểm tối đa' row (maxima 8,5 / 8,5 / 11,5 …), " +
      "group rows 'I. …' / 'II. …', units",
    groups: [
      { id: "so", pattern: /so|nganh/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units,
  };
}

/** Writes every round-2 workbook (and last year's files, settings) into dir and returns their models. */
export async function buildAll2(dir: string): Promise<Book2[]> {
  return Promise.all([
    classicThanhHoa(dir),
    twoTablesThaiNguyen(dir),
    groupSheetsVinhPhuc(dir),
    pairedKadPhuTho(dir),
    acrossHaiPhong(dir),
    formsHaGiang(dir),
    groupColumnBinhDuong(dir),
    textNumbersKonTum(dir),
    tiesYenBai(dir),
    crossSheetBacKan(dir, false),
    crossSheetBacKan(dir, true),
    totalIsRankCaoBang(dir),
    pivotSonLa(dir),
    averageRowsHoaBinh(dir),
    spacerLaiChau(dir),
  ]);
}
