/**
 * Unseen layouts, round 3: a third independent builder of province-style score workbooks, written with ExcelJS
 * directly — nothing from src/, nothing from test/fixtures/lib; only the model types of round 2's builder. Scores are
 * in hundredths of a point, so test/unseen/unseen-round3.test.ts computes every expected result exactly from the
 * model returned here.
 *
 * What rounds 1–2 did not vary: what Excel itself leaves in a workbook (a name spread over two merged columns, the
 * total merged over two columns, a row hidden by a filter, an AutoFilter on the header, rich-text names with a bold
 * part, a "(*)" footnote mark and a line break in names, the index column as percent-formatted fractions, "85,53%"
 * text and one cell formatted as a date); the 2025 reorganisation (wards, communes and special zones against last
 * year's districts in a group-column layout, with aliases and confirmed new units in a settings file); last year as
 * a sheet of the same workbook; ties in groups of 1, 6 and 40 units (binary noise, different unit maxima); head
 * ratings in words and codes mixed; checked components named by abbreviations in another order; a maxima row under
 * each group title; an index column holding ranks; two tables side by side.
 */
import ExcelJS from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import path from "node:path";
import { writeFileSync } from "node:fs";
import {
  FIELD_KEYS,
  type Book2,
  type FieldKey,
  type H,
  type PreviousUnit2,
  type Rating,
  type Unit2,
} from "./builder2";

export { FIELD_KEYS, type Book2, type FieldKey, type H, type Rating, type Unit2 };

// ---------------------------------------------------------------------------------------------------------
// Small tools (own copies)

class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

type Maxima = Record<FieldKey, H>;
const maxima = (v: H[]): Maxima => Object.fromEntries(FIELD_KEYS.map((k, i) => [k, v[i]])) as Maxima;
const M_SO = maxima([800, 900, 1300, 800, 900, 700, 1600, 3000]);
const M_HUYEN = maxima([900, 800, 1100, 700, 1000, 800, 1700, 3000]);
const M_2023 = maxima([900, 800, 1200, 700, 1000, 700, 1400, 3300]);

const num = (h: H) => h / 100;
const sumH = (a: H[]) => a.reduce((x, y) => x + y, 0);
/** Excel's cached SUM: doubles added left to right. */
const fsum = (a: H[]) => a.reduce((x, h) => x + h / 100, 0);
const round2 = (x: number) => Math.round(Number((x * 100).toPrecision(15))) / 100;
const vn = (h: H) => String(h / 100).replace(".", ",");

export function col(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function set(ws: Worksheet, r: number, c: number, v: CellValue, bold = false): void {
  const cell = ws.getCell(r, c);
  cell.value = v;
  if (bold) cell.font = { bold: true, name: "Times New Roman", size: 12 };
}
function merge(
  ws: Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  v: CellValue,
  bold = true,
): void {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  set(ws, r1, c1, v, bold);
  ws.getCell(r1, c1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}
const sumFormula = (f: string, result: number): CellValue => ({ formula: f, result }) as CellValue;

function titleBlock(ws: Worksheet, width: number, agency: [string, string], lines: string[], at = 1): number {
  const s = Math.max(3, Math.floor(width / 2));
  merge(ws, 1, at, 1, at + s - 2, agency[0], false);
  merge(ws, 1, at + s - 1, 1, at + width - 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  merge(ws, 2, at, 2, at + s - 2, agency[1]);
  merge(ws, 2, at + s - 1, 2, at + width - 1, "Độc lập - Tự do - Hạnh phúc");
  let r = 4;
  for (const t of lines) {
    merge(ws, r, at, r, at + width - 1, t, !t.startsWith("("));
    r++;
  }
  return r + 1;
}

async function save(wb: ExcelJS.Workbook, dir: string, file: string): Promise<string> {
  wb.creator = "Sở Nội vụ";
  await wb.xlsx.writeFile(path.join(dir, file));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Units

interface U {
  name: string;
  group: string;
  own: Maxima;
  scores: Record<FieldKey, H>;
  na: Set<FieldKey>;
  rating?: Rating;
  /** How the rating cell is written (else the code). */
  ratingText?: string;
}

function makeUnits(r: Rand, group: string, m: Maxima, names: string[], lo = 0.7, hi = 0.97): U[] {
  return names.map((name) => {
    const scores = {} as Record<FieldKey, H>;
    for (const k of FIELD_KEYS) {
      const step = k === "tacDong" ? 1 : 25;
      scores[k] = Math.min(m[k], Math.round((m[k] * (lo + (hi - lo) * r.next())) / step) * step);
    }
    return { name, group, own: { ...m }, scores, na: new Set<FieldKey>() };
  });
}
const applicable = (u: U) => FIELD_KEYS.filter((k) => !u.na.has(k));
const totalOf = (u: U): H => sumH(applicable(u).map((k) => u.scores[k]));
const maxOf = (u: U): H => sumH(applicable(u).map((k) => u.own[k]));
/** Moves the survey score so the unit's total is exactly `total` (hundredths). */
function setTotal(u: U, total: H): void {
  u.scores.tacDong += total - totalOf(u);
  if (u.scores.tacDong < 0 || u.scores.tacDong > u.own.tacDong) throw new Error(`setTotal ${u.name}`);
}

function unit2(u: U, sheet: string, row: number | null, name = u.name): Unit2 {
  const m: Unit2 = {
    name,
    group: u.group,
    sheet,
    row,
    fields: FIELD_KEYS.map((k) =>
      u.na.has(k) ? { key: k, score: 0, max: 0, na: true } : { key: k, score: u.scores[k], max: u.own[k] },
    ),
  };
  if (u.na.size) m.unitMax = maxOf(u);
  if (u.rating) m.rating = u.rating;
  return m;
}
const prev2 = (u: U, name = u.name): PreviousUnit2 => ({
  name,
  group: u.group,
  total: totalOf(u),
  max: maxOf(u),
});

/** Competition ranks within each group, exact (cross-multiplied). */
function ranksOf(list: U[]): Map<U, number> {
  const out = new Map<U, number>();
  for (const a of list)
    out.set(
      a,
      1 + list.filter((b) => b.group === a.group && totalOf(b) * maxOf(a) > totalOf(a) * maxOf(b)).length,
    );
  return out;
}

const FULL: Record<FieldKey, string> = {
  chiDao: "Công tác chỉ đạo, điều hành cải cách hành chính",
  theChe: "Cải cách thể chế",
  tthc: "Cải cách thủ tục hành chính",
  boMay: "Cải cách tổ chức bộ máy hành chính nhà nước",
  congVu: "Cải cách chế độ công vụ",
  taiChinh: "Cải cách tài chính công",
  cqs: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
  tacDong: "Điều tra xã hội học",
};

// ---------------------------------------------------------------------------------------------------------
// A plain table writer: STT, name, [Khối], fields, [unit maximum], total, index, [rank], [rating]

interface Block {
  title: string | null;
  units: U[];
  /** A "Điểm tối đa" row right under this block's title. */
  maxima?: Maxima;
  /** Group name written in the "Khối" column. */
  khoi?: string;
}
interface TableOpts {
  at?: number;
  order?: FieldKey[];
  labels?: Partial<Record<FieldKey, string>>;
  /** Where the field maxima are: in the header text "(12 điểm)", a "Điểm tối đa" row under the header, or per block. */
  maxIn: "header" | "row" | "block";
  headerMaxima?: Maxima;
  groupColumn?: boolean;
  unitMaxColumn?: boolean;
  index?: (u: U, total: number) => CellValue;
  rank?: { header: string; of: (u: U) => number | string };
  rating?: { header: string };
  nameHeader?: string;
}
interface Written {
  rows: Map<U, number>;
  header: number;
  next: number;
  width: number;
  indexCol: number;
  nameCol: number;
}

function table(ws: Worksheet, top: number, blocks: Block[], o: TableOpts): Written {
  const at = o.at ?? 1;
  const order = o.order ?? FIELD_KEYS;
  const cols: string[] = ["STT", o.nameHeader ?? "Tên cơ quan, đơn vị"];
  if (o.groupColumn) cols.push("Khối");
  const f0 = at + cols.length;
  for (const k of order) {
    const label = o.labels?.[k] ?? FULL[k];
    cols.push(o.maxIn === "header" ? `${label} (${vn((o.headerMaxima as Maxima)[k])} điểm)` : label);
  }
  const uMaxCol = o.unitMaxColumn ? at + cols.push("Điểm tối đa của đơn vị") - 1 : 0;
  const totalCol = at + cols.push("Tổng điểm") - 1;
  const indexCol = at + cols.push("Chỉ số CCHC (%)") - 1;
  const rankCol = o.rank ? at + cols.push(o.rank.header) - 1 : 0;
  const ratingCol = o.rating ? at + cols.push(o.rating.header) - 1 : 0;
  cols.forEach((h, i) => set(ws, top, at + i, h, true));
  let r = top + 1;
  const maximaRow = (m: Maxima) => {
    set(ws, r, at + 1, "Điểm tối đa", true);
    order.forEach((k, i) => set(ws, r, f0 + i, num(m[k]), true));
    set(ws, r, totalCol, 100, true);
    r++;
  };
  if (o.maxIn === "row") maximaRow(o.headerMaxima as Maxima);
  const rows = new Map<U, number>();
  const roman = ["I", "II", "III", "IV", "V"];
  blocks.forEach((b, bi) => {
    if (b.title) {
      set(ws, r, at, roman[bi], true);
      set(ws, r, at + 1, b.title, true);
      r++;
    }
    if (o.maxIn === "block") maximaRow(b.maxima as Maxima);
    b.units.forEach((u, n) => {
      set(ws, r, at, n + 1);
      set(ws, r, at + 1, u.name);
      if (o.groupColumn) set(ws, r, at + 2, b.khoi ?? "");
      order.forEach((k, i) => set(ws, r, f0 + i, u.na.has(k) ? "-" : num(u.scores[k])));
      if (uMaxCol) set(ws, r, uMaxCol, num(maxOf(u)));
      const total = fsum(order.filter((k) => !u.na.has(k)).map((k) => u.scores[k]));
      ws.getCell(r, totalCol).value = sumFormula(
        `SUM(${col(f0)}${r}:${col(f0 + order.length - 1)}${r})`,
        total,
      );
      const index = (total / num(maxOf(u))) * 100;
      ws.getCell(r, indexCol).value = o.index ? o.index(u, index) : round2(index);
      if (rankCol) set(ws, r, rankCol, (o.rank as { of: (u: U) => number | string }).of(u));
      if (ratingCol) set(ws, r, ratingCol, u.ratingText ?? u.rating ?? null);
      rows.set(u, r);
      r++;
    });
  });
  ws.getColumn(at + 1).width = 34;
  return { rows, header: top, next: r, width: cols.length, indexCol, nameCol: at + 1 };
}

function footer(ws: Worksheet, r: number, c: number): void {
  set(ws, r + 1, c, "Ghi chú: Chỉ số CCHC = Tổng điểm / Điểm tối đa × 100.");
  set(ws, r + 3, c + 1, "NGƯỜI LẬP BIỂU", true);
  set(ws, r + 3, c + 8, "GIÁM ĐỐC", true);
  set(ws, r + 8, c + 1, "Phạm Thị Lan", true);
  set(ws, r + 8, c + 8, "Trần Văn Nam", true);
}

// ---------------------------------------------------------------------------------------------------------
// xq1 — Hải Phòng 2024: what Excel leaves behind. Name over B:C merged (header, maxima row, every unit), total
// merged over two columns on every row, an AutoFilter on the header, a unit's row hidden (filtered out), names as
// rich text with a bold part, "(*)" footnote marks, a line break inside a name, the index column as fractions
// formatted "0.00%", three as text "85,53%" and one fraction formatted as a date. Last year's file: plain rows.

async function quirksHaiPhong(dir: string): Promise<Book2> {
  const r = new Rand(2024_31);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Công Thương",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Giáo dục và Đào tạo",
  ]);
  // One maxima row for the whole sheet: the districts have the departments' maxima.
  const huyen = makeUnits(r, "huyen", M_SO, [
    "UBND huyện An Dương",
    "UBND huyện Thủy Nguyên",
    "UBND quận Lê Chân",
    "UBND huyện Tiên Lãng",
    "UBND quận Kiến An",
    "UBND huyện Vĩnh Bảo",
  ]);
  const all = [...so, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as U;
  by("Sở Y tế").scores.tthc = 925; // 9,25 of 13 = 71 %: below
  by("UBND huyện Tiên Lãng").scores.cqs = 1200; // 12 of 16 = exactly 75 %: not below
  by("UBND quận Kiến An").scores.cqs = 1175; // 11,75 of 16: below
  // How each name is written in the cell.
  const written: Record<string, CellValue> = {
    "Sở Tư pháp": { richText: [{ text: "Sở ", font: { bold: true } }, { text: "Tư pháp" }] },
    "Sở Y tế": "Sở Y tế (*)",
    "UBND huyện An Dương": "UBND huyện\nAn Dương",
    "UBND huyện Thủy Nguyên": {
      richText: [{ text: "UBND huyện " }, { text: "Thủy Nguyên", font: { bold: true } }],
    },
    "UBND quận Kiến An": "UBND quận Kiến An (*)",
  };
  const hidden = "Sở Công Thương";
  const textIndex = new Set(["Sở Nội vụ", "UBND quận Lê Chân", "UBND huyện Vĩnh Bảo"]);
  const dateIndex = "Sở Tài chính";

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ 2024");
  const width = 15;
  const h = titleBlock(
    ws,
    width,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    [
      "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC QUẬN, HUYỆN",
      "(Kèm theo Quyết định số 815/QĐ-UBND ngày 20/3/2025 của UBND thành phố)",
    ],
  );
  // A STT, B:C name, D..K fields, L:M total, N index, O note.
  set(ws, h, 1, "STT", true);
  merge(ws, h, 2, h, 3, "Tên cơ quan, đơn vị");
  FIELD_KEYS.forEach((k, i) => set(ws, h, 4 + i, FULL[k], true));
  merge(ws, h, 12, h, 13, "Tổng điểm");
  set(ws, h, 14, "Chỉ số CCHC (%)", true);
  set(ws, h, 15, "Ghi chú", true);
  ws.autoFilter = { from: { row: h, column: 1 }, to: { row: h, column: 15 } };
  let row = h + 1;
  merge(ws, row, 2, row, 3, "Điểm tối đa");
  FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(M_SO[k]), true));
  merge(ws, row, 12, row, 13, 100);
  row++;
  const units: Unit2[] = [];
  for (const [roman, title, members] of [
    ["I", "CÁC SỞ, BAN, NGÀNH", so],
    ["II", "UBND CÁC QUẬN, HUYỆN", huyen],
  ] as const) {
    set(ws, row, 1, roman, true);
    merge(ws, row, 2, row, 15, title);
    ws.getCell(row, 2).alignment = { horizontal: "left" };
    row++;
    members.forEach((u, n) => {
      set(ws, row, 1, n + 1);
      merge(ws, row, 2, row, 3, written[u.name] ?? u.name, false);
      ws.getCell(row, 2).alignment = { horizontal: "left", wrapText: true };
      FIELD_KEYS.forEach((k, i) => set(ws, row, 4 + i, num(u.scores[k])));
      const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
      ws.mergeCells(row, 12, row, 13);
      ws.getCell(row, 12).value = sumFormula(`SUM(D${row}:K${row})`, total);
      const cell = ws.getCell(row, 14);
      const idx = round2(total);
      if (textIndex.has(u.name)) cell.value = `${idx.toFixed(2).replace(".", ",")}%`;
      else {
        cell.value = Number((idx / 100).toPrecision(15));
        cell.numFmt = u.name === dateIndex ? "dd/mm/yyyy" : "0.00%";
      }
      if (u.name === hidden) ws.getRow(row).hidden = true;
      units.push(unit2(u, ws.name, row));
      row++;
    });
  }
  set(ws, row + 1, 2, "(*) Đơn vị có phản ánh, kiến nghị về kết quả thẩm định, đã được xem xét lại.");
  footer(ws, row + 2, 1);
  // Last year: plain rows, names without marks, ranks given.
  const pr = new Rand(2023_31);
  const pso = makeUnits(pr, "so", M_2023, [...so.map((u) => u.name), "Sở Ngoại vụ"]);
  const phuyen = makeUnits(
    pr,
    "huyen",
    M_2023,
    huyen.map((u) => u.name),
  );
  const pall = [...pso, ...phuyen];
  const pranks = ranksOf(pall);
  const pwb = new ExcelJS.Workbook();
  const pws = pwb.addWorksheet("Năm 2023");
  const ph = titleBlock(
    pws,
    13,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"],
  );
  const pw = table(
    pws,
    ph,
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: pso },
      { title: "UBND CÁC QUẬN, HUYỆN", units: phuyen },
    ],
    { maxIn: "row", headerMaxima: M_2023, rank: { header: "Xếp hạng", of: (u) => pranks.get(u) as number } },
  );
  footer(pws, pw.next, 1);
  return {
    id: "xq1",
    file: await save(wb, dir, "xq1-hai-phong-2024-excel-quirks.xlsx"),
    layout: "classic",
    description:
      "classic rows with Excel quirks: name merged over B:C, total merged over L:M, AutoFilter on the header, a " +
      "hidden unit row, rich-text names, '(*)' marks, a line break in a name, index as 0.00% fractions, '85,53%' " +
      "text and one date-formatted fraction",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "huyen", pattern: /huyen|quan/ },
    ],
    units,
    previous: {
      file: await save(pwb, dir, "xq1-prev-2023.xlsx"),
      description: "2023, plain rows with ranks",
      units: pall.map((u) => prev2(u)),
      match: Object.fromEntries(all.map((u) => [u.name, u.name])),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// rg2 — Hải Phòng 2025 after the reorganisation: departments / wards / communes and special zones; last year's
// (2024) workbook lists departments and districts in a group-column layout sorted by index, without ranks. A
// settings file gives aliases (merged departments, a ward and two communes named after former districts) and one
// confirmed new unit; "Phường Lê Chân", "Đặc khu Cát Hải", "Xã Vĩnh Bảo" have no alias (other kind, other group).

async function reorgHaiPhong(dir: string): Promise<Book2> {
  const r = new Rand(2025_32);
  const M25 = maxima([800, 800, 1400, 700, 900, 800, 1600, 3000]);
  const so = makeUnits(r, "so", M25, [
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Sở Dân tộc và Tôn giáo",
  ]);
  const phuong = makeUnits(r, "phuong", M25, [
    "Phường Hồng Bàng",
    "Phường Lê Chân",
    "Phường Ngô Quyền",
    "Phường Bạch Đằng",
    "Phường Thủy Nguyên",
  ]);
  const xa = makeUnits(r, "xa", M25, [
    "Xã An Lão",
    "Xã Kiến Thụy",
    "Đặc khu Cát Hải",
    "Đặc khu Bạch Long Vĩ",
    "Xã Vĩnh Bảo",
  ]);
  const all = [...so, ...phuong, ...xa];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ số 2025");
  const top = titleBlock(
    ws,
    14,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    [
      "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
      "CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC PHƯỜNG, XÃ, ĐẶC KHU",
    ],
  );
  const w = table(
    ws,
    top,
    [
      { title: "KHỐI SỞ, BAN, NGÀNH", units: so },
      { title: "KHỐI PHƯỜNG", units: phuong },
      { title: "KHỐI XÃ, ĐẶC KHU", units: xa },
    ],
    { maxIn: "row", headerMaxima: M25 },
  );
  footer(ws, w.next, 1);

  // Last year (2024): departments and districts, a "Khối" column, sorted by index, no ranks.
  const pr = new Rand(2024_32);
  const pso = makeUnits(pr, "so", M_2023, [
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Xây dựng",
    "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài nguyên và Môi trường",
  ]);
  const phuyen = makeUnits(pr, "huyen", M_2023, [
    "UBND quận Hồng Bàng",
    "UBND quận Lê Chân",
    "UBND quận Ngô Quyền",
    "UBND huyện An Lão",
    "UBND huyện Kiến Thụy",
    "UBND huyện Cát Hải",
    "UBND huyện Bạch Long Vĩ",
    "UBND huyện Vĩnh Bảo",
    "UBND thành phố Thủy Nguyên",
  ]);
  const pall = [...pso, ...phuyen];
  const sorted = [...pall].sort((a, b) => totalOf(b) * maxOf(a) - totalOf(a) * maxOf(b));
  const pwb = new ExcelJS.Workbook();
  const pws = pwb.addWorksheet("KQ2024");
  const ph = titleBlock(
    pws,
    13,
    ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
    ["BẢNG TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  const pw = table(
    pws,
    ph,
    sorted.map((u) => ({
      title: null,
      units: [u],
      khoi: u.group === "so" ? "Sở, ban, ngành" : "Quận, huyện",
    })),
    { maxIn: "header", headerMaxima: M_2023, groupColumn: true, nameHeader: "Tên đơn vị" },
  );
  // The table writer numbers each one-unit block 1: renumber down the sheet.
  sorted.forEach((u, i) => set(pws, pw.rows.get(u) as number, 1, i + 1));
  footer(pws, pw.next, 1);

  const aliases: Record<string, string> = {
    "Sở Xây dựng": "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Môi trường": "Sở Nông nghiệp và Phát triển nông thôn",
    "Phường Hồng Bàng": "Quận Hồng Bàng",
    "Xã An Lão": "Huyện An Lão",
    "Xã Kiến Thụy": "UBND huyện Kiến Thụy",
  };
  const settingsFile = "rg2-settings.json";
  const content = { year: 2025, aliases, newUnits: ["Phường Bạch Đằng"] };
  writeFileSync(path.join(dir, settingsFile), JSON.stringify(content, null, 2));
  const match: Record<string, string> = {
    "Sở Tư pháp": "Sở Tư pháp",
    "Sở Nội vụ": "Sở Nội vụ",
    "Sở Y tế": "Sở Y tế",
    "Sở Xây dựng": "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Môi trường": "Sở Nông nghiệp và Phát triển nông thôn",
    "Phường Hồng Bàng": "UBND quận Hồng Bàng",
    "Xã An Lão": "UBND huyện An Lão",
    "Xã Kiến Thụy": "UBND huyện Kiến Thụy",
  };
  return {
    id: "rg2",
    file: await save(wb, dir, "rg2-hai-phong-2025-reorganised.xlsx"),
    layout: "classic",
    description:
      "2025 groups sở / phường / xã-đặc khu against 2024's sở / quận-huyện in a group-column layout without ranks; " +
      "aliases and a confirmed new unit in --settings; wards and special zones named like former districts",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "phuong", pattern: /phuong/ },
      { id: "xa", pattern: /\bxa\b.*dac khu|dac khu/ },
    ],
    units: all.map((u) => unit2(u, ws.name, w.rows.get(u) as number)),
    previous: {
      file: await save(pwb, dir, "rg2-prev-2024-group-column.xlsx"),
      description: "2024, group column, sorted, no ranks",
      units: pall.map((u) => prev2(u)),
      match,
    },
    settings: { file: settingsFile, content },
  };
}

// ---------------------------------------------------------------------------------------------------------
// ly3 — Quảng Ninh: "Năm 2023" (left) and "Năm 2024" (right) in one workbook, each titled with its year. 2024
// writes districts "Huyện Đông Triều", 2023 "UBND huyện Đông Triều"; one unit new in 2024, one gone.

async function lastYearSheetQuangNinh(dir: string): Promise<Book2> {
  const r = new Rand(2024_33);
  const names24so = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Ban Quản lý Khu kinh tế"];
  const names24h = [
    "Huyện Đông Triều",
    "Huyện Tiên Yên",
    "Huyện Vân Đồn",
    "Thành phố Hạ Long",
    "Thị xã Quảng Yên",
  ];
  const so = makeUnits(r, "so", M_SO, names24so);
  const huyen = makeUnits(r, "huyen", M_SO, names24h);
  const pr = new Rand(2023_33);
  const pso = makeUnits(pr, "so", M_2023, [
    "Sở Y tế",
    "Sở Tư pháp",
    "Sở Ngoại vụ",
    "Sở Nội vụ",
    "Sở Tài chính",
  ]);
  const phuyen = makeUnits(pr, "huyen", M_2023, [
    "UBND thị xã Quảng Yên",
    "UBND huyện Đông Triều",
    "UBND thành phố Hạ Long",
    "UBND huyện Vân Đồn",
    "UBND huyện Tiên Yên",
  ]);
  const wb = new ExcelJS.Workbook();
  const titles = (y: number) => [
    `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${y}`,
    "CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
  ];
  const ws23 = wb.addWorksheet("Năm 2023");
  const w23 = table(
    ws23,
    titleBlock(ws23, 13, ["UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ"], titles(2023)),
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: pso },
      { title: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", units: phuyen },
    ],
    { maxIn: "header", headerMaxima: M_2023 },
  );
  footer(ws23, w23.next, 1);
  const ws24 = wb.addWorksheet("Năm 2024");
  const w24 = table(
    ws24,
    titleBlock(ws24, 13, ["UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ"], titles(2024)),
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: so },
      { title: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", units: huyen },
    ],
    { maxIn: "row", headerMaxima: M_SO },
  );
  footer(ws24, w24.next, 1);
  const match: Record<string, string> = {
    "Sở Nội vụ": "Sở Nội vụ",
    "Sở Tư pháp": "Sở Tư pháp",
    "Sở Tài chính": "Sở Tài chính",
    "Sở Y tế": "Sở Y tế",
    "Huyện Đông Triều": "UBND huyện Đông Triều",
    "Huyện Tiên Yên": "UBND huyện Tiên Yên",
    "Huyện Vân Đồn": "UBND huyện Vân Đồn",
    "Thành phố Hạ Long": "UBND thành phố Hạ Long",
    "Thị xã Quảng Yên": "UBND thị xã Quảng Yên",
  };
  return {
    id: "ly3",
    file: await save(wb, dir, "ly3-quang-ninh-2024-with-2023-sheet.xlsx"),
    layout: "classic",
    description:
      "'Năm 2023' and 'Năm 2024' sheets in one workbook (last year first), names 'UBND huyện X' vs 'Huyện X', " +
      "a unit new in 2024 and one gone; maxima in the header (2023) and in a 'Điểm tối đa' row (2024)",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units: [...so, ...huyen].map((u) => unit2(u, ws24.name, w24.rows.get(u) as number)),
    previous: {
      file: "",
      description: "the 'Năm 2023' sheet of the same workbook",
      units: [...pso, ...phuyen].map((u) => prev2(u)),
      match,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// ti4 — Bình Định 2024: three groups of 1, 40 and 6 units. Ties: three communes on 85,2 points reached by different
// fields (binary noise in the cached SUMs), two more on 85 % with different unit maxima (78,2 of 92 and 85 of 100),
// a commune on 79,85 of 93 (85,8602 %) beside 85,86 of 100 (shown alike, not a tie), a tie for last place among the
// departments, and the single unit of its group on 85 % as well.

const COMMUNES = ["An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Vĩnh", "Long"].flatMap((a) =>
  ["Lợi", "Hưng", "Thịnh", "Phước", "Định"].map((b) => `Xã ${a} ${b}`),
);

async function tiesBinhDinh(dir: string): Promise<Book2> {
  const r = new Rand(2024_34);
  const vp = makeUnits(r, "vp", M_SO, ["Văn phòng UBND tỉnh"]);
  const xa = makeUnits(r, "xa", M_SO, COMMUNES, 0.72, 0.95);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Du lịch",
    "Sở Ngoại vụ",
  ]);
  const x = (i: number) => xa[i];
  // Three on 85,2 by different fields: binary noise in the cached sums.
  for (const i of [3, 17, 29]) setTotal(x(i), 8520);
  x(17).scores.tthc -= 25;
  x(17).scores.cqs += 25;
  // The third: the first move of points between two fields whose cached SUM differs from the first's.
  const cached = (u: U) => fsum(FIELD_KEYS.map((k) => u.scores[k]));
  search: for (const from of FIELD_KEYS)
    for (const to of FIELD_KEYS)
      for (const d of [5, 10, 15, 20, 30, 35, 45, 55]) {
        const t = x(29).scores;
        if (from === to || t[from] - d < 0 || t[to] + d > x(29).own[to]) continue;
        t[from] -= d;
        t[to] += d;
        if (cached(x(29)) !== cached(x(3))) break search;
        t[from] += d;
        t[to] -= d;
      }
  // 78,2 of 92 (chỉ đạo does not apply) = 85 %, 85 of 100 = 85 %.
  x(8).na.add("chiDao");
  setTotal(x(8), 7820);
  setTotal(x(33), 8500);
  // 79,85 of 93 (tài chính does not apply) = 85,8602 %; 85,86 of 100.
  x(12).na.add("taiChinh");
  setTotal(x(12), 7985);
  setTotal(x(21), 8586);
  setTotal(vp[0], 8500);
  setTotal(so[4], 7800);
  setTotal(so[5], 7800);
  for (const u of [...vp, ...xa, ...so])
    for (const k of FIELD_KEYS)
      if (u.scores[k] < 0 || u.scores[k] > u.own[k]) throw new Error(`ti4: ${u.name} ${k} out of range`);
  const sums = [3, 17, 29].map((i) => fsum(FIELD_KEYS.map((k) => x(i).scores[k])));
  if (new Set(sums).size < 2) throw new Error("ti4: no binary noise among the 85,2 ties");

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp 2024");
  const top = titleBlock(
    ws,
    14,
    ["UBND TỈNH BÌNH ĐỊNH", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  const w = table(
    ws,
    top,
    [
      { title: "VĂN PHÒNG UBND TỈNH", units: vp },
      { title: "UBND CÁC XÃ", units: xa },
      { title: "CÁC SỞ, BAN, NGÀNH", units: so },
    ],
    { maxIn: "row", headerMaxima: M_SO, unitMaxColumn: true },
  );
  footer(ws, w.next, 1);
  return {
    id: "ti4",
    file: await save(wb, dir, "ti4-binh-dinh-2024-ties-1-40-6.xlsx"),
    layout: "classic",
    description:
      "groups of 1, 40 and 6 units, one maxima row, a unit maximum column; ties on 85,2 by different fields (binary noise), " +
      "on 85 % across unit maxima 92 / 100, 85,8602 % vs 85,86 % (not a tie), a tie for last place",
    groups: [
      { id: "vp", pattern: /van phong/ },
      { id: "xa", pattern: /\bxa\b/ },
      { id: "so", pattern: /\bso\b/ },
    ],
    units: [...vp, ...xa, ...so].map((u) => unit2(u, ws.name, w.rows.get(u) as number)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// hr5 — Nam Định 2024: "Xếp loại người đứng đầu" in words and codes mixed, any case, one blank.

async function ratingsNamDinh(dir: string): Promise<Book2> {
  const r = new Rand(2024_35);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Thanh tra tỉnh",
  ]);
  const huyen = makeUnits(r, "huyen", M_SO, [
    "UBND thành phố Nam Định",
    "UBND huyện Giao Thủy",
    "UBND huyện Hải Hậu",
    "UBND huyện Ý Yên",
    "UBND huyện Xuân Trường",
    "UBND huyện Trực Ninh",
  ]);
  const spec: [string, Rating | undefined, string | undefined][] = [
    ["Sở Nội vụ", "HTXSNV", "HTXSNV"],
    ["Sở Tư pháp", "HTTNV", "Hoàn thành tốt nhiệm vụ"],
    ["Sở Tài chính", "HTNV", "HTNV"],
    ["Sở Y tế", "HTNV", "Hoàn thành nhiệm vụ"],
    ["Sở Giáo dục và Đào tạo", "KHTNV", "Không hoàn thành nhiệm vụ"],
    ["Thanh tra tỉnh", undefined, undefined],
    ["UBND thành phố Nam Định", "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"],
    ["UBND huyện Giao Thủy", "HTTNV", "HTTNV"],
    ["UBND huyện Hải Hậu", "HTNV", "htnv"],
    ["UBND huyện Ý Yên", "KHTNV", "KHTNV"],
    ["UBND huyện Xuân Trường", "HTTNV", "hoàn thành tốt nhiệm vụ"],
    ["UBND huyện Trực Ninh", "HTNV", "HOÀN THÀNH NHIỆM VỤ"],
  ];
  const all = [...so, ...huyen];
  for (const [n, rating, text] of spec) {
    const u = all.find((x) => x.name === n) as U;
    u.rating = rating;
    u.ratingText = text;
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Xếp loại 2024");
  const top = titleBlock(
    ws,
    14,
    ["UBND TỈNH NAM ĐỊNH", "SỞ NỘI VỤ"],
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 VÀ XẾP LOẠI NGƯỜI ĐỨNG ĐẦU"],
  );
  const w = table(
    ws,
    top,
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: so },
      { title: "UBND CÁC HUYỆN, THÀNH PHỐ", units: huyen },
    ],
    { maxIn: "row", headerMaxima: M_SO, rating: { header: "Xếp loại người đứng đầu" } },
  );
  footer(ws, w.next, 1);
  return {
    id: "hr5",
    file: await save(wb, dir, "hr5-nam-dinh-2024-head-ratings-mixed.xlsx"),
    layout: "classic",
    description: "a 'Xếp loại người đứng đầu' column with words and codes mixed, any case, one blank",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units: all.map((u) => unit2(u, ws.name, w.rows.get(u) as number)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// ab6 — Thái Bình 2024: fields in another order, named by abbreviations ("Cải cách TTHC", "CQĐT, CQS" second), the
// maxima in the header "(13 điểm)"; units below 75 % on TTHC, on CQĐT-CQS, on both, and on fields not checked.

async function abbreviationsThaiBinh(dir: string): Promise<Book2> {
  const r = new Rand(2024_36);
  const so = makeUnits(r, "so", M_SO, ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng"]);
  const huyen = makeUnits(r, "huyen", M_SO, [
    "UBND thành phố Thái Bình",
    "UBND huyện Đông Hưng",
    "UBND huyện Kiến Xương",
    "UBND huyện Tiền Hải",
    "UBND huyện Vũ Thư",
  ]);
  const all = [...so, ...huyen];
  const by = (n: string) => all.find((u) => u.name === n) as U;
  by("Sở Y tế").scores.tthc = 950; // 9,5 of 13: below
  by("Sở Xây dựng").scores.cqs = 1175; // 11,75 of 16: below
  by("UBND huyện Vũ Thư").scores.tthc = 900; // both below
  by("UBND huyện Vũ Thư").scores.cqs = 1100;
  by("UBND huyện Tiền Hải").scores.tthc = 975; // 9,75 of 13 = exactly 75 %: not below
  by("Sở Tư pháp").scores.theChe = 500; // a field not checked: never listed
  by("UBND huyện Đông Hưng").scores.taiChinh = 350;
  const order: FieldKey[] = ["chiDao", "cqs", "theChe", "tthc", "boMay", "congVu", "taiChinh", "tacDong"];
  const labels: Partial<Record<FieldKey, string>> = {
    chiDao: "Chỉ đạo, điều hành CCHC",
    cqs: "CQĐT, CQS",
    theChe: "Cải cách thể chế",
    tthc: "Cải cách TTHC",
    boMay: "Cải cách tổ chức bộ máy",
    congVu: "Cải cách chế độ công vụ",
    taiChinh: "Cải cách tài chính công",
    tacDong: "Điều tra XHH",
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("CCHC 2024");
  const top = titleBlock(
    ws,
    13,
    ["UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ"],
    ["CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  );
  const w = table(
    ws,
    top,
    [
      { title: "SỞ, BAN, NGÀNH", units: so },
      { title: "UBND HUYỆN, THÀNH PHỐ", units: huyen },
    ],
    { maxIn: "header", headerMaxima: M_SO, order, labels },
  );
  footer(ws, w.next, 1);
  return {
    id: "ab6",
    file: await save(wb, dir, "ab6-thai-binh-2024-abbreviated-fields.xlsx"),
    layout: "classic",
    description:
      "fields in another order named 'Cải cách TTHC', 'CQĐT, CQS' (second), 'Điều tra XHH', maxima '(13 điểm)'",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units: all.map((u) => unit2(u, ws.name, w.rows.get(u) as number)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// gm7 — Hưng Yên 2024: a "Điểm tối đa" row under each group title, different per group (TTHC 13 for departments,
// 11 for districts; CQĐT 16 / 17). Scores chosen so that using the other group's maxima changes the 75 % list.

async function groupMaximaHungYen(dir: string): Promise<Book2> {
  const r = new Rand(2024_37);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
  ]);
  const huyen = makeUnits(r, "huyen", M_HUYEN, [
    "UBND thành phố Hưng Yên",
    "UBND huyện Văn Lâm",
    "UBND huyện Kim Động",
    "UBND huyện Ân Thi",
    "UBND huyện Phù Cừ",
  ]);
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as U;
  by("Sở Y tế").scores.tthc = 925; // 9,25 of 13 = 71,2 % (of 11 it would be 84 %): below
  by("Sở Tư pháp").scores.cqs = 1250; // 12,5 of 16 = 78 % (of 17 it would be 73,5 %): not below
  by("UBND huyện Ân Thi").scores.tthc = 850; // 8,5 of 11 = 77,3 % (of 13 it would be 65 %): not below
  by("UBND huyện Phù Cừ").scores.cqs = 1250; // 12,5 of 17 = 73,5 % (of 16 it would be 78 %): below
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kết quả");
  const top = titleBlock(ws, 13, ["UBND TỈNH HƯNG YÊN", "SỞ NỘI VỤ"], ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2024"]);
  const w = table(
    ws,
    top,
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: so, maxima: M_SO },
      { title: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", units: huyen, maxima: M_HUYEN },
    ],
    { maxIn: "block" },
  );
  footer(ws, w.next, 1);
  return {
    id: "gm7",
    file: await save(wb, dir, "gm7-hung-yen-2024-maxima-per-group.xlsx"),
    layout: "classic",
    description: "a 'Điểm tối đa' row under each group title, different per group",
    groups: [
      { id: "so", pattern: /\bso\b/ },
      { id: "huyen", pattern: /huyen/ },
    ],
    units: [...so, ...huyen].map((u) => unit2(u, ws.name, w.rows.get(u) as number)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// rk8 — impossible: the "Chỉ số CCHC (%)" column holds each unit's rank (1…n) beside a right total.

async function indexIsRank(dir: string): Promise<Book2> {
  const r = new Rand(2024_38);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
  ]);
  const huyen = makeUnits(r, "huyen", M_SO, [
    "UBND huyện Lục Ngạn",
    "UBND huyện Lạng Giang",
    "UBND huyện Yên Dũng",
    "UBND huyện Sơn Động",
  ]);
  const ranks = ranksOf([...so, ...huyen]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ số");
  const top = titleBlock(ws, 13, ["UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ"], ["CHỈ SỐ CCHC NĂM 2024"]);
  const w = table(
    ws,
    top,
    [
      { title: "CÁC SỞ, BAN, NGÀNH", units: so },
      { title: "UBND CÁC HUYỆN", units: huyen },
    ],
    { maxIn: "row", headerMaxima: M_SO, index: (u) => ranks.get(u) as number },
  );
  footer(ws, w.next, 1);
  const letter = col(w.indexCol);
  return {
    id: "rk8",
    file: await save(wb, dir, "rk8-bac-giang-2024-index-holds-ranks.xlsx"),
    layout: "classic",
    description: "the index column holds ranks 1…n",
    groups: [],
    units: [],
    refusal: {
      mentions: [new RegExp(`(Cột|cột|column)\\s+${letter}\\b`), /chỉ số/i],
      why: `names column ${letter} and says it was taken for the index`,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// sb9 — Lào Cai 2024: two tables side by side on one sheet (departments A–M, districts O–AA), same header row.

async function sideBySideLaoCai(dir: string): Promise<Book2> {
  const r = new Rand(2024_39);
  const so = makeUnits(r, "so", M_SO, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Công Thương",
  ]);
  const huyen = makeUnits(r, "huyen", M_HUYEN, [
    "UBND thành phố Lào Cai",
    "UBND thị xã Sa Pa",
    "UBND huyện Bát Xát",
    "UBND huyện Bảo Thắng",
    "UBND huyện Si Ma Cai",
    "UBND huyện Mường Khương",
  ]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ 2024");
  const top = titleBlock(ws, 27, ["UBND TỈNH LÀO CAI", "SỞ NỘI VỤ"], ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2024"]);
  merge(ws, top, 1, top, 13, "BIỂU 1. CÁC SỞ, BAN, NGÀNH");
  merge(ws, top, 15, top, 27, "BIỂU 2. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ");
  const a = table(ws, top + 1, [{ title: null, units: so }], { maxIn: "row", headerMaxima: M_SO });
  const b = table(ws, top + 1, [{ title: null, units: huyen }], {
    maxIn: "row",
    headerMaxima: M_HUYEN,
    at: 15,
  });
  footer(ws, Math.max(a.next, b.next), 1);
  return {
    id: "sb9",
    file: await save(wb, dir, "sb9-lao-cai-2024-side-by-side.xlsx"),
    layout: "classic",
    description: "two tables side by side (A–M departments, O–AA districts) on the same header row",
    groups: [],
    units: [],
    refusal: {
      mentions: [
        /cạnh nhau|hai bảng|2 bảng|song song|side by side/i,
        new RegExp(`\\b${col(b.nameCol)}\\d*\\b`),
      ],
      why: `says there are two tables side by side, naming the second (its name column ${col(b.nameCol)})`,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

/** Writes every round-3 workbook (and last year's files, settings) into dir and returns their models. */
export async function buildAll3(dir: string): Promise<Book2[]> {
  return Promise.all([
    quirksHaiPhong(dir),
    reorgHaiPhong(dir),
    lastYearSheetQuangNinh(dir),
    tiesBinhDinh(dir),
    ratingsNamDinh(dir),
    abbreviationsThaiBinh(dir),
    groupMaximaHungYen(dir),
    indexIsRank(dir),
    sideBySideLaoCai(dir),
  ]);
}
