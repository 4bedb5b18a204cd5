/**
 * Unseen layouts (issue 8): an independent builder of score workbooks typed the way different provinces type
 * them, written with ExcelJS directly — nothing from src/ and nothing from the project's fixture generator
 * (test/fixtures/lib). Each workbook comes with the data it holds (a WorkbookModel, scores in hundredths of a
 * point so the test can do exact arithmetic); the test computes the expected results from that model itself.
 *
 * Layouts: (a) paired columns per field, (b) an appraisal subtotal beside the survey, (c) the group as a
 * column, (d) units across columns, (e) a scoring form per unit, (f) formulas saved without results; plus a
 * last-year workbook in another layout, an impossible workbook and a layout outside the list.
 */
import ExcelJS from "exceljs";
import type { CellValue, Worksheet } from "exceljs";
import path from "node:path";

/** Hundredths of a point: 8.75 points is 875. */
export type H = number;

export type FieldKey = "chiDao" | "theChe" | "tthc" | "boMay" | "congVu" | "taiChinh" | "cqs" | "tacDong";
export const FIELD_KEYS: FieldKey[] = [
  "chiDao",
  "theChe",
  "tthc",
  "boMay",
  "congVu",
  "taiChinh",
  "cqs",
  "tacDong",
];
/** The two components the seed document names for explanatory reports. */
export const CHECKED: FieldKey[] = ["tthc", "cqs"];

export type Rating = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";

export interface FieldScore {
  key: FieldKey;
  /** Points achieved (hundredths). */
  score: H;
  /** The unit's own maximum of this field (hundredths): the column maximum less criteria that do not apply. */
  max: H;
}

export interface UnitModel {
  name: string;
  group: string;
  sheet: string;
  /** The 1-based row the product should report (the unit's row; the header row naming it across columns). */
  row: number | null;
  fields: FieldScore[];
  rating?: Rating;
  /** Last year's rank written in the table itself; null = "Mới" / "-" (not comparable). */
  previousRank?: number | null;
  /** A form not yet appraised: the unit is not assessed. */
  notAssessed?: boolean;
}

export interface GroupModel {
  id: string;
  /** Matched against the product's group name, folded (no diacritics, lower case). */
  pattern: RegExp;
}

export interface PreviousUnit {
  name: string;
  group: string;
  total: H;
  max: H;
}

export interface WorkbookModel {
  id: string;
  file: string;
  layout: string;
  description: string;
  groups: GroupModel[];
  units: UnitModel[];
  /** Whether the table carries last year's rank itself (layout c). */
  inTablePrevious?: boolean;
  previous?: {
    file: string;
    description: string;
    units: PreviousUnit[];
    /** This year's name → last year's name, as a person would pair them. */
    match: Record<string, string>;
  };
  /** The workbook must be refused (exit 2) with a message matching each pattern. */
  refusal?: { mentions: RegExp[]; why: string };
}

// ---------------------------------------------------------------------------------------------------------
// Small tools

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

/** A score of `max` between lo and hi of it, on a step (25 = quarter points, 1 = hundredths). */
function draw(r: Rand, max: H, lo: number, hi: number, step: H): H {
  const raw = max * (lo + (hi - lo) * r.next());
  return Math.max(0, Math.min(max, Math.round(raw / step) * step));
}

const num = (h: H): number => h / 100;
/** Text with a decimal comma, as pasted from Word: 875 → "8,75", 850 → "8,5", 800 → "8". */
function comma(h: H, minDecimals = 0): string {
  let s = (h / 100).toFixed(2);
  while (s.includes(".") && s.endsWith("0") && s.split(".")[1].length > minDecimals) s = s.slice(0, -1);
  if (s.endsWith(".")) s = s.slice(0, -1);
  return s.replace(".", ",");
}
/** Excel's cached result of a SUM: binary doubles added left to right. */
const fsum = (hs: H[]): number => hs.reduce((a, h) => a + h / 100, 0);
/** ROUND(x, 2) of a positive number, decided on the decimal value as Excel does. */
const round2 = (x: number): number => Math.round(Number((x * 100).toPrecision(15))) / 100;
const sumH = (hs: H[]): H => hs.reduce((a, b) => a + b, 0);

function colLetter(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const addr = (row: number, col: number): string => `${colLetter(col)}${row}`;

/** Competition ranks (1, 2, 2, 4) of total/max within the given list, exact (cross-multiplied). */
function ranksOf(items: { total: H; max: H }[]): number[] {
  return items.map((a) => 1 + items.filter((b) => b.total * a.max > a.total * b.max).length);
}

function set(ws: Worksheet, row: number, col: number, value: CellValue, bold = false): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (bold) cell.font = { bold: true, name: "Times New Roman", size: 12 };
}

function merged(
  ws: Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  value: CellValue,
  bold = true,
) {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  set(ws, r1, c1, value, bold);
  ws.getCell(r1, c1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Agency, motto, title lines, as every official table starts. */
function titleBlock(
  ws: Worksheet,
  width: number,
  lines: { agency: [string, string]; title: string[]; split?: number },
): number {
  const split = lines.split ?? Math.max(3, Math.floor(width / 2));
  merged(ws, 1, 1, 1, split - 1, lines.agency[0], false);
  merged(ws, 1, split, 1, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  merged(ws, 2, 1, 2, split - 1, lines.agency[1]);
  merged(ws, 2, split, 2, width, "Độc lập - Tự do - Hạnh phúc");
  let row = 4;
  for (const t of lines.title) {
    merged(ws, row, 1, row, width, t, !t.startsWith("("));
    row++;
  }
  return row + 1;
}

interface Column<U> {
  /** Header text per header row; null or missing = merged with the cell above (or blank when none). */
  head: (string | null)[];
  value?: (u: U) => CellValue;
  hidden?: boolean;
  width?: number;
  numFmt?: string;
}

/** Writes a header band: equal texts side by side merge across, a null under a text merges down. */
function writeHeader<U>(ws: Worksheet, top: number, cols: Column<U>[]): number {
  const depth = Math.max(...cols.map((c) => c.head.length));
  const text = (c: number, r: number) => cols[c].head[r] ?? null;
  for (let r = 0; r < depth; r++) {
    for (let c = 0; c < cols.length;) {
      const t = text(c, r);
      if (t === null) {
        c++;
        continue;
      }
      let e = c;
      const sameAbove = (a: number, b: number) => {
        for (let k = 0; k < r; k++) if (text(a, k) !== text(b, k)) return false;
        return true;
      };
      while (e + 1 < cols.length && text(e + 1, r) === t && sameAbove(c, e + 1)) e++;
      let b = r;
      if (e === c) while (b + 1 < depth && text(c, b + 1) === null) b++;
      merged(ws, top + r, c + 1, top + b, e + 1, t);
      c = e + 1;
    }
  }
  cols.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width ?? 12;
    if (col.hidden) column.hidden = true;
  });
  return top + depth;
}

function writeUnitRow<U>(ws: Worksheet, row: number, cols: Column<U>[], u: U): void {
  cols.forEach((col, i) => {
    if (!col.value) return;
    const v = col.value(u);
    if (v === null || v === undefined || v === "") return;
    set(ws, row, i + 1, v);
    if (col.numFmt) ws.getCell(row, i + 1).numFmt = col.numFmt;
  });
}

function signature(ws: Worksheet, row: number, left: number, right: number, who: [string, string]): void {
  set(ws, row, left, "NGƯỜI LẬP BIỂU", true);
  set(ws, row, right, "KT. GIÁM ĐỐC", true);
  set(ws, row + 1, right, "PHÓ GIÁM ĐỐC", true);
  set(ws, row + 5, left, who[0], true);
  set(ws, row + 5, right, who[1], true);
}

// ---------------------------------------------------------------------------------------------------------
// Maxima (hundredths) of the fields, by methodology year and group; each sums to 100 points.

type Maxima = Record<FieldKey, H>;
/** Maxima in the order of FIELD_KEYS: chỉ đạo, thể chế, TTHC, bộ máy, công vụ, tài chính, CQĐT/CQS, tác động. */
const maxima = (values: H[]): Maxima =>
  Object.fromEntries(FIELD_KEYS.map((k, i) => [k, values[i]])) as Maxima;
const SO_2023 = maxima([900, 800, 1200, 700, 1000, 700, 1400, 3300]);
const HUYEN_2023 = maxima([900, 850, 1100, 650, 1050, 800, 1350, 3300]);
const SO_2025 = maxima([800, 900, 1300, 800, 900, 700, 1600, 3000]);
const PHUONG_2025 = maxima([800, 800, 1400, 700, 900, 800, 1600, 3000]);
const XA_2025 = maxima([800, 800, 1500, 700, 900, 700, 1600, 3000]);

const FULL_NAMES: Record<FieldKey, string> = {
  chiDao: "Công tác chỉ đạo, điều hành CCHC",
  theChe: "Cải cách thể chế",
  tthc: "Cải cách thủ tục hành chính",
  boMay: "Cải cách tổ chức bộ máy hành chính nhà nước",
  congVu: "Cải cách chế độ công vụ",
  taiChinh: "Cải cách tài chính công",
  cqs: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
  tacDong: "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội",
};

const SO = { id: "so", pattern: /so|nganh/ };
const HUYEN = { id: "huyen", pattern: /huyen/ };
const PHUONG = { id: "phuong", pattern: /phuong/ };
const XA = { id: "xa", pattern: /\bxa\b|dac khu/ };

/** Scores of one unit, field by field, drawn within [lo, hi] of each maximum. */
function drawFields(r: Rand, own: Maxima, lo: number, hi: number): Record<FieldKey, H> {
  const out = {} as Record<FieldKey, H>;
  for (const k of FIELD_KEYS) out[k] = draw(r, own[k], lo, hi, k === "tacDong" ? 1 : 25);
  return out;
}

function fieldsOf(scores: Record<FieldKey, H>, own: Maxima): FieldScore[] {
  return FIELD_KEYS.map((k) => ({ key: k, score: scores[k], max: own[k] }));
}

/**
 * A copy of a's scores with a few hundredths moved between two of the given fields: another row of the table
 * with the same decimal total — chosen so that Excel's binary SUM of the row differs from a's (85.19999999999999
 * against 85.2), which the precision rule must still call a tie.
 */
function tieWith(a: Record<FieldKey, H>, own: Maxima, movable: FieldKey[] = FIELD_KEYS): Record<FieldKey, H> {
  const sumOf = (x: Record<FieldKey, H>) => fsum(FIELD_KEYS.map((k) => x[k]));
  for (const d of [1, 2, 3, 5, 7, 25, 11, 13]) {
    for (const up of movable) {
      for (const down of movable) {
        if (up === down || a[up] + d > own[up] || a[down] < d) continue;
        const b = { ...a, [up]: a[up] + d, [down]: a[down] - d };
        if (sumOf(b) !== sumOf(a)) return b;
      }
    }
  }
  throw new Error("no split of the same total shows binary noise");
}

interface RowUnit {
  name: string;
  group: string;
  own: Maxima;
  scores: Record<FieldKey, H>;
  rating?: Rating;
  previousRank?: number | null;
  previousText?: string;
  code?: string;
}

const totalOf = (u: RowUnit): H => sumH(FIELD_KEYS.map((k) => u.scores[k]));
const maxOf = (u: RowUnit): H => sumH(FIELD_KEYS.map((k) => u.own[k]));

function makeUnits(
  r: Rand,
  group: string,
  maxima: Maxima,
  names: string[],
  lo = 0.68,
  hi = 0.97,
  ownMax: Record<string, Partial<Maxima>> = {},
): RowUnit[] {
  return names.map((name) => {
    const own = { ...maxima, ...(ownMax[name] ?? {}) };
    return { name, group, own, scores: drawFields(r, own, lo, hi) };
  });
}

function unitModel(u: RowUnit, sheet: string, row: number | null): UnitModel {
  const m: UnitModel = { name: u.name, group: u.group, sheet, row, fields: fieldsOf(u.scores, u.own) };
  if (u.rating) m.rating = u.rating;
  if (u.previousRank !== undefined) m.previousRank = u.previousRank;
  return m;
}

/** Ranks within each group, written where a sheet shows this year's rank. */
function groupRanks(units: RowUnit[]): Map<RowUnit, number> {
  const out = new Map<RowUnit, number>();
  for (const g of new Set(units.map((u) => u.group))) {
    const members = units.filter((u) => u.group === g);
    const ranks = ranksOf(members.map((u) => ({ total: totalOf(u), max: maxOf(u) })));
    members.forEach((u, i) => out.set(u, ranks[i]));
  }
  return out;
}

async function save(wb: ExcelJS.Workbook, dir: string, file: string): Promise<string> {
  wb.creator = "Sở Nội vụ";
  await wb.xlsx.writeFile(path.join(dir, file));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// (a) Nghệ An 2023: paired "Điểm tối đa" / "Điểm đạt được" under each merged field header, a numbering row
// "(1) (2) …" under the header, a hidden unit-code column, Roman group rows merged across, per-unit maxima
// (criteria that do not apply), a tie, exact-75 % cases, this year's "Xếp hạng", notes and signatures.

async function pairedNgheAn(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2023_01);
  const so = makeUnits(
    r,
    "so",
    SO_2023,
    [
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Tài chính",
      "Sở Kế hoạch và Đầu tư",
      "Sở Y tế",
      "Sở Giáo dục và Đào tạo",
      "Ban Dân tộc",
      "Văn phòng UBND tỉnh",
    ],
    0.72,
    0.97,
    { "Ban Dân tộc": { taiChinh: 450 }, "Văn phòng UBND tỉnh": { theChe: 550 }, "Sở Y tế": { cqs: 1200 } },
  );
  const huyen = makeUnits(
    r,
    "huyen",
    HUYEN_2023,
    [
      "Thành phố Vinh",
      "Thị xã Cửa Lò",
      "Thị xã Hoàng Mai",
      "Huyện Diễn Châu",
      "Huyện Quỳnh Lưu",
      "Huyện Kỳ Sơn",
    ],
    0.72,
    0.97,
    { "Huyện Kỳ Sơn": { taiChinh: 600 } },
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RowUnit;
  by("Sở Tài chính").scores = tieWith(by("Sở Tư pháp").scores, SO_2023); // a tie: same total, same maximum
  by("Sở Y tế").scores.cqs = 900; // 9 of its own 12 = exactly 75 %: not below
  by("Sở Giáo dục và Đào tạo").scores.tthc = 899; // 8.99 of 12: below
  by("Huyện Kỳ Sơn").scores.tthc = 800; // 8 of 11: below
  by("Huyện Kỳ Sơn").scores.cqs = 1000; // 10 of 13.5: below
  by("Thị xã Hoàng Mai").scores.tthc = 825; // 8.25 of 11 = exactly 75 %
  so.forEach((u, i) => (u.code = `SNA${String(i + 1).padStart(2, "0")}`));
  huyen.forEach((u, i) => (u.code = `HNA${String(i + 1).padStart(2, "0")}`));
  const all = [...so, ...huyen];
  const rank = groupRanks(all);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ 2023");
  const fields: [FieldKey, string][] = FIELD_KEYS.map((k) => [
    k,
    k === "tacDong" ? "Tác động của CCHC đến người dân, tổ chức" : FULL_NAMES[k],
  ]);
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["STT"], value: () => ++stt, width: 5 },
    { head: ["Tên cơ quan, đơn vị"], value: (u) => u.name, width: 30 },
    { head: ["Mã ĐV"], value: (u) => u.code ?? null, hidden: true },
  ];
  for (const [k, name] of fields) {
    cols.push({ head: [name, "Điểm tối đa"], value: (u) => num(u.own[k]) });
    cols.push({ head: [name, "Điểm đạt được"], value: (u) => num(u.scores[k]) });
  }
  const first = 4;
  const scoreCols = fields.map((_, i) => colLetter(first + 2 * i + 1));
  const maxCols = fields.map((_, i) => colLetter(first + 2 * i));
  const tmaxCol = first + 2 * fields.length;
  cols.push(
    { head: ["Tổng điểm tối đa"] },
    { head: ["Tổng điểm đạt"] },
    { head: ["Chỉ số CCHC (%)"] },
    { head: ["Xếp hạng"], value: (u) => rank.get(u) ?? null, width: 8 },
  );
  const width = cols.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ"],
    title: [
      "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
      "CỦA CÁC SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ",
      "(Kèm theo Quyết định số 512/QĐ-UBND ngày 05/3/2024 của UBND tỉnh Nghệ An)",
    ],
  });
  row = writeHeader(ws, row, cols);
  // The numbering row "(1) (2) …" official tables put under the header.
  let n = 0;
  cols.forEach((c, i) => {
    if (!c.hidden) set(ws, row, i + 1, `(${++n})`);
  });
  row++;
  const units: UnitModel[] = [];
  const section = (roman: string, title: string, members: RowUnit[]) => {
    set(ws, row, 1, roman, true);
    merged(ws, row, 2, row, width, title);
    ws.getCell(row, 2).alignment = { horizontal: "left" };
    row++;
    stt = 0;
    for (const u of members) {
      writeUnitRow(ws, row, cols, u);
      const ref = (c: string) => `${c}${row}`;
      ws.getCell(row, tmaxCol).value = {
        formula: `SUM(${maxCols.map(ref).join(",")})`,
        result: fsum(FIELD_KEYS.map((k) => u.own[k])),
      };
      ws.getCell(row, tmaxCol + 1).value = {
        formula: `SUM(${scoreCols.map(ref).join(",")})`,
        result: fsum(FIELD_KEYS.map((k) => u.scores[k])),
      };
      ws.getCell(row, tmaxCol + 2).value = {
        formula: `ROUND(${addr(row, tmaxCol + 1)}/${addr(row, tmaxCol)}*100,2)`,
        result: round2((totalOf(u) / maxOf(u)) * 100),
      };
      units.push(unitModel(u, ws.name, row));
      row++;
    }
  };
  section("I", "KHỐI SỞ, BAN, NGÀNH", so);
  section("II", "KHỐI UBND CẤP HUYỆN", huyen);
  row++;
  merged(
    ws,
    row,
    1,
    row,
    width,
    "Ghi chú: Đơn vị có tiêu chí không áp dụng (KAD) thì điểm tối đa của lĩnh vực được trừ tương ứng.",
    false,
  );
  signature(ws, row + 2, 2, width - 4, ["Nguyễn Thị Hoa", "Trần Văn Minh"]);
  return {
    id: "a1",
    file: await save(wb, dir, "a1-nghe-an-2023-paired.xlsx"),
    layout: "a",
    description:
      "(a) Nghệ An 2023: merged field headers over 'Điểm tối đa' + 'Điểm đạt được', a '(1) (2) …' numbering row, " +
      "hidden code column, 'I/II' group rows, per-unit maxima, 'Tổng điểm tối đa', this year's 'Xếp hạng'",
    groups: [SO, HUYEN],
    units,
  };
}

// (a) Quảng Ninh 2025: "Điểm chuẩn" / "Điểm thẩm định" pairs, upper-case field headers, every score typed as
// text with a decimal comma, a blank spacer column, three groups (sở / phường / xã, đặc khu) named in the name
// column only, 6,3 of 8,4 and 7,35 of 9,8 (exactly 75 %).

async function pairedQuangNinh(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2025_02);
  const so = makeUnits(
    r,
    "so",
    SO_2025,
    ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"],
    0.74,
    0.98,
  );
  const phuong = makeUnits(
    r,
    "phuong",
    PHUONG_2025,
    ["Phường Hạ Long", "Phường Bãi Cháy", "Phường Cẩm Phả", "Phường Móng Cái 1"],
    0.72,
    0.97,
    { "Phường Bãi Cháy": { cqs: 840 } },
  );
  const xa = makeUnits(
    r,
    "xa",
    XA_2025,
    ["Xã Quảng Tân", "Xã Đầm Hà", "Đặc khu Vân Đồn", "Đặc khu Cô Tô"],
    0.7,
    0.96,
    { "Đặc khu Cô Tô": { tthc: 980, boMay: 500 } },
  );
  const by = (n: string) => [...so, ...phuong, ...xa].find((u) => u.name === n) as RowUnit;
  by("Phường Bãi Cháy").scores.cqs = 630; // 6,3 of 8,4: exactly 75 %
  by("Đặc khu Cô Tô").scores.tthc = 735; // 7,35 of 9,8: exactly 75 %
  by("Xã Quảng Tân").scores.cqs = 1190; // 11,9 of 16: below
  by("Phường Móng Cái 1").scores.tthc = 1049; // 10,49 of 14: below

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp");
  const upper: Record<FieldKey, string> = {
    chiDao: "CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
    theChe: "CẢI CÁCH THỂ CHẾ",
    tthc: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    boMay: "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
    congVu: "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    taiChinh: "CẢI CÁCH TÀI CHÍNH CÔNG",
    cqs: "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
    tacDong: "TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH",
  };
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["TT"], value: () => String(++stt), width: 5 },
    { head: ["Cơ quan, đơn vị"], value: (u) => u.name, width: 28 },
    { head: [], width: 2 },
  ];
  for (const k of FIELD_KEYS) {
    cols.push({ head: [upper[k], "Điểm chuẩn"], value: (u) => comma(u.own[k]) });
    cols.push({ head: [upper[k], "Điểm thẩm định"], value: (u) => comma(u.scores[k], 2) });
  }
  cols.push(
    { head: ["Tổng điểm"], value: (u) => comma(totalOf(u), 2) },
    { head: ["Chỉ số (%)"], value: (u) => comma(Math.round((totalOf(u) / maxOf(u)) * 10000), 2) },
  );
  const width = cols.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH QUẢNG NINH", "SỞ NỘI VỤ"],
    title: [
      "BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
      "(Kèm theo Báo cáo số 45/BC-SNV ngày 20/01/2026 của Sở Nội vụ)",
    ],
  });
  row = writeHeader(ws, row, cols);
  const units: UnitModel[] = [];
  for (const [title, members] of [
    ["KHỐI SỞ, BAN, NGÀNH", so],
    ["KHỐI PHƯỜNG", phuong],
    ["KHỐI XÃ, ĐẶC KHU", xa],
  ] as const) {
    set(ws, row++, 2, title, true);
    stt = 0;
    for (const u of members) {
      writeUnitRow(ws, row, cols, u);
      units.push(unitModel(u, ws.name, row));
      row++;
    }
  }
  row++;
  set(ws, row, 2, "Ghi chú: Điểm chuẩn của đơn vị đã trừ các tiêu chí không áp dụng.");
  signature(ws, row + 2, 2, width - 4, ["Phạm Thu Trang", "Vũ Đức Thắng"]);
  return {
    id: "a2",
    file: await save(wb, dir, "a2-quang-ninh-2025-paired-text.xlsx"),
    layout: "a",
    description:
      "(a) Quảng Ninh 2025: upper-case merged field headers over 'Điểm chuẩn' + 'Điểm thẩm định', all numbers text " +
      "with decimal commas, blank spacer column, three groups named in the name column (sở / phường / xã, đặc khu)",
    groups: [SO, PHUONG, XA],
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (b) Quảng Bình 2022: one header row, maxima inside the header texts ("(12 điểm)"), abbreviated field names
// ("Cải cách TTHC", "CQĐT, CQS"), the subtotal "Điểm thẩm định (67 điểm)" before "Điểm điều tra XHH (33 điểm)"
// and "Tổng điểm (100 điểm)", the head's rating in words of every case, an average row, notes, signatures.

async function subtotalQuangBinh(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2022_03);
  const so = makeUnits(r, "so", SO_2023, [
    "Sở Công Thương",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Sở Giao thông vận tải",
    "Thanh tra tỉnh",
    "Sở Thông tin và Truyền thông",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    SO_2023,
    [
      "Thành phố Đồng Hới",
      "Thị xã Ba Đồn",
      "Huyện Bố Trạch",
      "Huyện Quảng Trạch",
      "Huyện Minh Hóa",
      "Huyện Lệ Thủy",
    ],
    0.66,
    0.96,
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RowUnit;
  by("Huyện Minh Hóa").scores.tthc = 875; // 8,75 of 12: below
  by("Sở Du lịch").scores.cqs = 1050; // 10,5 of 14 = exactly 75 %
  const ratingWords: [Rating, string][] = [
    ["HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"],
    ["HTTNV", "Hoàn thành tốt nhiệm vụ"],
    ["HTNV", "hoàn thành nhiệm vụ"],
    ["KHTNV", "Không hoàn thành nhiệm vụ"],
  ];
  const rate = (u: RowUnit): Rating => {
    const i = (totalOf(u) / maxOf(u)) * 100;
    return i >= 90 ? "HTXSNV" : i >= 80 ? "HTTNV" : i >= 72 ? "HTNV" : "KHTNV";
  };
  for (const u of [...so, ...huyen]) u.rating = rate(u);
  by("Thanh tra tỉnh").rating = "HTNV"; // decided by the province, not by the index

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chi so CCHC 2022");
  const heads: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo, điều hành CCHC (9 điểm)",
    theChe: "Cải cách thể chế (8 điểm)",
    tthc: "Cải cách TTHC (12 điểm)",
    boMay: "Cải cách tổ chức bộ máy (7 điểm)",
    congVu: "Cải cách chế độ công vụ (10 điểm)",
    taiChinh: "Cải cách tài chính công (7 điểm)",
    cqs: "Xây dựng và phát triển CQĐT, CQS (14 điểm)",
    tacDong: "Điểm điều tra XHH (33 điểm)",
  };
  const seven = FIELD_KEYS.filter((k) => k !== "tacDong");
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["TT"], value: () => ++stt, width: 5 },
    { head: ["Tên cơ quan, đơn vị"], value: (u) => u.name, width: 30 },
    ...seven.map((k) => ({ head: [heads[k]], value: (u: RowUnit) => num(u.scores[k]) })),
    { head: ["Điểm thẩm định (67 điểm)"] },
    { head: [heads.tacDong], value: (u) => num(u.scores.tacDong) },
    { head: ["Tổng điểm (100 điểm)"] },
    { head: ["Chỉ số CCHC (%)"] },
    {
      head: ["Xếp loại"],
      value: (u) => ratingWords.find(([k]) => k === u.rating)?.[1] ?? null,
      width: 26,
    },
  ];
  const width = cols.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH QUẢNG BÌNH", "SỞ NỘI VỤ"],
    title: [
      "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022",
      "(Kèm theo Quyết định số 701/QĐ-UBND ngày 14/3/2023)",
    ],
  });
  row = writeHeader(ws, row, cols);
  const units: UnitModel[] = [];
  const firstUnitRow = row + 1;
  for (const [roman, title, members] of [
    ["I", "CÁC SỞ, BAN, NGÀNH", so],
    ["II", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", huyen],
  ] as const) {
    set(ws, row, 1, roman, true);
    set(ws, row, 2, title, true);
    row++;
    stt = 0;
    for (const u of members) {
      writeUnitRow(ws, row, cols, u);
      const sub = fsum(seven.map((k) => u.scores[k]));
      ws.getCell(row, 10).value = { formula: `SUM(C${row}:I${row})`, result: sub };
      ws.getCell(row, 12).value = { formula: `J${row}+K${row}`, result: sub + num(u.scores.tacDong) };
      ws.getCell(row, 13).value = {
        formula: `ROUND(L${row},2)`,
        result: round2(sub + num(u.scores.tacDong)),
      };
      units.push(unitModel(u, ws.name, row));
      row++;
    }
  }
  set(ws, row, 2, "Bình quân", true);
  const everyone = [...so, ...huyen];
  const columnValue = (u: RowUnit, c: number): number => {
    if (c <= 9) return num(u.scores[seven[c - 3]]);
    if (c === 10) return fsum(seven.map((k) => u.scores[k]));
    if (c === 11) return num(u.scores.tacDong);
    return fsum(FIELD_KEYS.map((k) => u.scores[k]));
  };
  for (let c = 3; c <= 13; c++)
    ws.getCell(row, c).value = {
      formula: `ROUND(AVERAGE(${colLetter(c)}${firstUnitRow}:${colLetter(c)}${row - 1}),2)`,
      result: round2(everyone.reduce((a, u) => a + columnValue(u, c), 0) / everyone.length),
    };
  row += 2;
  set(ws, row, 1, "Ghi chú: Điểm điều tra xã hội học do Sở Nội vụ phối hợp Cục Thống kê thực hiện.");
  signature(ws, row + 2, 2, width - 3, ["Lê Thị Mai", "Hoàng Văn Nam"]);
  return {
    id: "b1",
    file: await save(wb, dir, "b1-quang-binh-2022-subtotal.xlsx"),
    layout: "b",
    description:
      "(b) Quảng Bình 2022: one header row with maxima in the header texts, abbreviated 'Cải cách TTHC' / " +
      "'CQĐT, CQS', subtotal 'Điểm thẩm định (67 điểm)' + 'Điểm điều tra XHH (33 điểm)' + 'Tổng điểm', ratings in " +
      "words, an average row ('Bình quân')",
    groups: [SO, HUYEN],
    units,
  };
}

// (b) Hà Tĩnh 2024: each group on its own sheet with its own maxima row, a three-row header — a band
// "KẾT QUẢ THẨM ĐỊNH CÁC LĨNH VỰC" over the seven fields and the subtotal "Điểm thẩm định" —, short field names,
// numbers pasted as text with a decimal point.

async function subtotalHaTinh(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_04);
  const so = makeUnits(r, "so", SO_2023, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Ngoại vụ",
    "Sở Tài nguyên và Môi trường",
    "Ban Quản lý Khu kinh tế tỉnh",
    "Sở Y tế",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    HUYEN_2023,
    ["Thành phố Hà Tĩnh", "Thị xã Hồng Lĩnh", "Thị xã Kỳ Anh", "Huyện Cẩm Xuyên", "Huyện Hương Sơn"],
    0.66,
    0.95,
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RowUnit;
  by("Huyện Hương Sơn").scores.cqs = 1012; // 10,12 of 13,5: below
  by("Sở Ngoại vụ").scores.tthc = 900; // 9 of 12 = exactly 75 %

  const wb = new ExcelJS.Workbook();
  const units: UnitModel[] = [];
  const short: Record<FieldKey, string> = {
    chiDao: "Công tác chỉ đạo, điều hành",
    theChe: "Thể chế",
    tthc: "Thủ tục hành chính",
    boMay: "Tổ chức bộ máy",
    congVu: "Chế độ công vụ",
    taiChinh: "Tài chính công",
    cqs: "Chính quyền điện tử, chính quyền số",
    tacDong: "Điểm điều tra XHH",
  };
  const seven = FIELD_KEYS.filter((k) => k !== "tacDong");
  const band = "KẾT QUẢ THẨM ĐỊNH CÁC LĨNH VỰC";
  const text = (h: H) => (h / 100).toString();
  for (const [sheet, members, maxima, titleGroup, pasted] of [
    ["Sở, ngành", so, SO_2023, "CÁC SỞ, BAN, NGÀNH", true],
    ["Cấp huyện", huyen, HUYEN_2023, "UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ", false],
  ] as const) {
    const ws = wb.addWorksheet(sheet);
    let stt = 0;
    const cols: Column<RowUnit>[] = [
      { head: ["STT"], value: () => ++stt, width: 5 },
      { head: ["Tên đơn vị"], value: (u) => u.name, width: 30 },
      ...seven.map((k) => ({
        head: [band, short[k]],
        value: (u: RowUnit) => (pasted ? text(u.scores[k]) : num(u.scores[k])),
      })),
      { head: [band, "Điểm thẩm định"] },
      { head: [short.tacDong], value: (u) => num(u.scores.tacDong) },
      { head: ["Tổng điểm"] },
      { head: ["Chỉ số CCHC (%)"] },
    ];
    const width = cols.length;
    let row = titleBlock(ws, width, {
      agency: ["UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ"],
      title: [`KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA ${titleGroup}`],
    });
    row = writeHeader(ws, row, cols);
    set(ws, row, 2, "Điểm tối đa", true);
    seven.forEach((k, i) => set(ws, row, 3 + i, num(maxima[k])));
    set(ws, row, 10, num(sumH(seven.map((k) => maxima[k]))));
    set(ws, row, 11, num(maxima.tacDong));
    set(ws, row, 12, 100);
    row++;
    for (const u of members) {
      writeUnitRow(ws, row, cols, u);
      const sub = fsum(seven.map((k) => u.scores[k]));
      if (pasted) {
        // Pasted from another file: the totals are pasted values too (a SUM over text would give 0).
        set(ws, row, 10, text(sumH(seven.map((k) => u.scores[k]))));
        set(ws, row, 12, text(totalOf(u)));
        set(ws, row, 13, text(totalOf(u)));
      } else {
        ws.getCell(row, 10).value = { formula: `SUM(C${row}:I${row})`, result: sub };
        ws.getCell(row, 12).value = { formula: `J${row}+K${row}`, result: sub + num(u.scores.tacDong) };
        ws.getCell(row, 13).value = {
          formula: `ROUND(L${row}/100*100,2)`,
          result: round2(sub + num(u.scores.tacDong)),
        };
      }
      units.push(unitModel(u, sheet, row));
      row++;
    }
    signature(ws, row + 2, 2, width - 3, ["Đặng Văn Lực", "Nguyễn Hồng Sơn"]);
  }
  return {
    id: "b2",
    file: await save(wb, dir, "b2-ha-tinh-2024-subtotal-sheets.xlsx"),
    layout: "b",
    description:
      "(b) Hà Tĩnh 2024: each group on its own sheet ('Sở, ngành' / 'Cấp huyện') with its own 'Điểm tối đa' row " +
      "(different maxima), 3-row header with the band 'KẾT QUẢ THẨM ĐỊNH CÁC LĨNH VỰC' over the fields and the " +
      "subtotal 'Điểm thẩm định', short field names, department scores pasted as text with a decimal point",
    groups: [SO, HUYEN],
    units,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (c) Bắc Ninh 2023: the group in a column "Khối", rows sorted by index across groups, "(9đ)" maxima in the
// headers, this year's rank ("Xếp hạng năm 2023") and last year's ("Xếp hạng năm 2022": numbers, "Mới", "-"),
// the index as a percent-formatted fraction, ratings abbreviated in any case.

async function groupColumnBacNinh(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2023_05);
  const so = makeUnits(r, "so", SO_2023, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
  ]);
  const huyen = makeUnits(r, "huyen", SO_2023, [
    "Thành phố Bắc Ninh",
    "Thành phố Từ Sơn",
    "Thị xã Quế Võ",
    "Thị xã Thuận Thành",
    "Huyện Yên Phong",
    "Huyện Gia Bình",
    "Huyện Lương Tài",
  ]);
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RowUnit;
  by("Huyện Gia Bình").scores = tieWith(by("Huyện Yên Phong").scores, SO_2023);
  by("Sở Y tế").scores.cqs = 1025; // 10,25 of 14: below
  by("Huyện Lương Tài").scores.tthc = 850; // 8,5 of 12: below
  const previous: Record<string, number | string> = {
    "Sở Nội vụ": 3,
    "Sở Tư pháp": 1,
    "Sở Kế hoạch và Đầu tư": 2,
    "Sở Công Thương": 6,
    "Sở Xây dựng": "Mới",
    "Sở Giáo dục và Đào tạo": 4,
    "Sở Y tế": 5,
    "Thành phố Bắc Ninh": 2,
    "Thành phố Từ Sơn": "-",
    "Thị xã Quế Võ": 1,
    "Thị xã Thuận Thành": "Mới",
    "Huyện Yên Phong": 5,
    "Huyện Gia Bình": 3,
    "Huyện Lương Tài": 4,
  };
  const ratings: Rating[] = ["HTXSNV", "HTTNV", "HTTNV", "HTNV", "HTTNV", "HTTNV", "KHTNV"];
  const all = [...so, ...huyen];
  all.forEach((u, i) => {
    const p = previous[u.name];
    u.previousRank = typeof p === "number" ? p : null;
    u.previousText = String(p);
    u.rating = ratings[i % ratings.length];
  });
  const rank = groupRanks(all);
  all.sort((a, b) => totalOf(b) * maxOf(a) - totalOf(a) * maxOf(b));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Xếp hạng 2023");
  const heads: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo điều hành (9đ)",
    theChe: "Thể chế (8đ)",
    tthc: "Thủ tục hành chính (12đ)",
    boMay: "Tổ chức bộ máy (7đ)",
    congVu: "Công vụ (10đ)",
    taiChinh: "Tài chính công (7đ)",
    cqs: "Chính quyền điện tử, chính quyền số (14đ)",
    tacDong: "Tác động của CCHC (33đ)",
  };
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["STT"], value: () => ++stt, width: 5 },
    { head: ["Tên cơ quan, đơn vị"], value: (u) => u.name, width: 28 },
    { head: ["Khối"], value: (u) => (u.group === "so" ? "Sở, ban, ngành" : "UBND cấp huyện"), width: 16 },
    ...FIELD_KEYS.map((k) => ({ head: [heads[k]], value: (u: RowUnit) => num(u.scores[k]) })),
    { head: ["Tổng điểm (100đ)"] },
    { head: ["Chỉ số CCHC (%)"], numFmt: "0.00%" },
    { head: ["Xếp hạng năm 2023"], value: (u) => rank.get(u) ?? null },
    {
      head: ["Xếp hạng năm 2022"],
      value: (u) => (typeof previous[u.name] === "number" ? previous[u.name] : (u.previousText ?? null)),
    },
    {
      head: ["Xếp loại"],
      value: (u) => (u.name.includes("Gia Bình") ? (u.rating ?? "").toLowerCase() : (u.rating ?? null)),
    },
  ];
  const width = cols.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH BẮC NINH", "SỞ NỘI VỤ"],
    title: [
      "KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
      "(Xếp theo thứ tự chỉ số từ cao xuống thấp)",
    ],
  });
  row = writeHeader(ws, row, cols);
  const units: UnitModel[] = [];
  for (const u of all) {
    writeUnitRow(ws, row, cols, u);
    const total = fsum(FIELD_KEYS.map((k) => u.scores[k]));
    ws.getCell(row, 12).value = { formula: `SUM(D${row}:K${row})`, result: total };
    ws.getCell(row, 13).value = { formula: `ROUND(L${row}/100,4)`, result: Math.round(total * 100) / 10000 };
    ws.getCell(row, 13).numFmt = "0.00%";
    units.push(unitModel(u, ws.name, row));
    row++;
  }
  row++;
  set(
    ws,
    row,
    2,
    "Ghi chú: “Mới”: đơn vị mới thành lập hoặc mới đưa vào đánh giá; “-”: không xếp hạng năm 2022.",
  );
  signature(ws, row + 2, 2, width - 3, ["Nguyễn Thu Hà", "Đỗ Mạnh Cường"]);
  return {
    id: "c1",
    file: await save(wb, dir, "c1-bac-ninh-2023-khoi-column.xlsx"),
    layout: "c",
    description:
      "(c) Bắc Ninh 2023: 'Khối' column, rows sorted by index across groups, '(9đ)' maxima in headers, both " +
      "'Xếp hạng năm 2023' (this year) and 'Xếp hạng năm 2022' (numbers, 'Mới', '-'), index as a %-formatted fraction, " +
      "ratings abbreviated",
    groups: [SO, HUYEN],
    units,
    inTablePrevious: true,
  };
}

// (c) Lạng Sơn 2024: "Khối" as the last visible column, a two-row header with the band "Điểm đạt được theo
// từng lĩnh vực", a "Điểm tối đa" row, some rows typed as text with decimal commas, "Xếp hạng năm trước"
// with "Mới" and "-", a hidden helper column "Sắp xếp".

async function groupColumnLangSon(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_06);
  const so = makeUnits(r, "so", SO_2023, [
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Ngoại vụ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
  ]);
  const huyen = makeUnits(
    r,
    "huyen",
    SO_2023,
    [
      "Thành phố Lạng Sơn",
      "Huyện Cao Lộc",
      "Huyện Lộc Bình",
      "Huyện Hữu Lũng",
      "Huyện Tràng Định",
      "Huyện Bắc Sơn",
    ],
    0.64,
    0.95,
  );
  const by = (n: string) => [...so, ...huyen].find((u) => u.name === n) as RowUnit;
  by("Huyện Tràng Định").scores.cqs = 1049; // below
  by("Huyện Bắc Sơn").scores.tthc = 900; // exactly 75 %
  const previous: Record<string, number | string> = {
    "Sở Nội vụ": 2,
    "Sở Tài chính": 1,
    "Sở Ngoại vụ": 5,
    "Sở Văn hóa, Thể thao và Du lịch": 3,
    "Sở Khoa học và Công nghệ": "Mới",
    "Thành phố Lạng Sơn": 4,
    "Huyện Cao Lộc": 1,
    "Huyện Lộc Bình": 6,
    "Huyện Hữu Lũng": "-",
    "Huyện Tràng Định": 2,
    "Huyện Bắc Sơn": 3,
  };
  const all = [...so, ...huyen];
  for (const u of all) {
    const p = previous[u.name];
    u.previousRank = typeof p === "number" ? p : null;
    u.previousText = String(p);
  }
  all.sort((a, b) => totalOf(b) * maxOf(a) - totalOf(a) * maxOf(b));
  const asText = new Set(["Sở Ngoại vụ", "Huyện Cao Lộc", "Huyện Hữu Lũng"]);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  const band = "Điểm đạt được theo từng lĩnh vực";
  const names: Record<FieldKey, string> = {
    chiDao: "Công tác chỉ đạo, điều hành CCHC",
    theChe: "Cải cách thể chế",
    tthc: "Cải cách thủ tục hành chính",
    boMay: "Cải cách tổ chức bộ máy",
    congVu: "Cải cách chế độ công vụ",
    taiChinh: "Cải cách tài chính công",
    cqs: "Chính quyền điện tử, chính quyền số",
    tacDong: "Điều tra xã hội học",
  };
  let stt = 0;
  const v = (u: RowUnit, h: H) => (asText.has(u.name) ? comma(h, 2) : num(h));
  const cols: Column<RowUnit>[] = [
    { head: ["TT"], value: () => ++stt, width: 5 },
    { head: ["Cơ quan, đơn vị"], value: (u) => u.name, width: 28 },
    ...FIELD_KEYS.map((k) => ({ head: [band, names[k]], value: (u: RowUnit) => v(u, u.scores[k]) })),
    { head: ["Tổng điểm"], value: (u) => v(u, totalOf(u)) },
    { head: ["Chỉ số (%)"], value: (u) => v(u, Math.round((totalOf(u) / maxOf(u)) * 10000)) },
    {
      head: ["Xếp hạng năm trước"],
      value: (u) => (typeof previous[u.name] === "number" ? previous[u.name] : (u.previousText ?? null)),
    },
    {
      head: ["Khối"],
      value: (u) => (u.group === "so" ? "Khối sở, ngành" : "Khối huyện, thành phố"),
      width: 18,
    },
    { head: ["Sắp xếp"], value: (u) => Math.round((totalOf(u) / maxOf(u)) * 1000), hidden: true },
  ];
  const width = cols.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"],
    title: ["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  });
  row = writeHeader(ws, row, cols);
  set(ws, row, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(SO_2023[k])));
  set(ws, row, 11, 100);
  row++;
  const units: UnitModel[] = [];
  for (const u of all) {
    writeUnitRow(ws, row, cols, u);
    units.push(unitModel(u, ws.name, row));
    row++;
  }
  set(ws, row, 2, "Tổng cộng", true);
  row += 2;
  signature(ws, row, 2, width - 3, ["Hoàng Thị Lan", "Lộc Văn Tuấn"]);
  return {
    id: "c2",
    file: await save(wb, dir, "c2-lang-son-2024-khoi-last.xlsx"),
    layout: "c",
    description:
      "(c) Lạng Sơn 2024: 'Khối' as the last visible column ('Khối sở, ngành' / 'Khối huyện, thành phố'), 2-row " +
      "header with a band over the fields, a 'Điểm tối đa' row, some rows as text with decimal commas, " +
      "'Xếp hạng năm trước' with 'Mới' / '-', hidden helper 'Sắp xếp', a 'Tổng cộng' row",
    groups: [SO, HUYEN],
    units,
    inTablePrevious: true,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Criteria trees for the layouts with criteria as rows (d, e).

interface Criterion {
  tt: string;
  name: string;
  max: H;
  key?: FieldKey;
  children?: Criterion[];
}

function tree(fieldMax: Maxima, huyen: boolean): Criterion[] {
  const c = (tt: string, name: string, max: H, children?: Criterion[]): Criterion => ({
    tt,
    name,
    max,
    children,
  });
  const top = (key: FieldKey, tt: string, name: string, children: Criterion[]): Criterion => {
    const sum = sumH(children.map((x) => x.max));
    if (sum !== fieldMax[key]) throw new Error(`criteria of ${key} sum to ${sum}, not ${fieldMax[key]}`);
    return { tt, name, max: fieldMax[key], key, children };
  };
  return [
    top("chiDao", "1", "Công tác chỉ đạo, điều hành cải cách hành chính", [
      c("1.1", "Kế hoạch cải cách hành chính năm", 200, [
        c("1.1.1", "Ban hành kế hoạch kịp thời", 100),
        c("1.1.2", "Mức độ hoàn thành kế hoạch", 100),
      ]),
      c("1.2", "Báo cáo cải cách hành chính", 150),
      c("1.3", "Kiểm tra cải cách hành chính", 200),
      c("1.4", "Công tác tuyên truyền cải cách hành chính", 150),
      c("1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", 200),
    ]),
    top("theChe", "2", "Cải cách thể chế", [
      c("2.1", "Xây dựng, ban hành văn bản quy phạm pháp luật", 300, [
        c("2.1.1", "Thực hiện quy trình xây dựng văn bản", 150),
        c("2.1.2", "Chất lượng văn bản ban hành", 150),
      ]),
      c("2.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", 250),
      c("2.3", "Tổ chức thực hiện và kiểm tra văn bản quy phạm pháp luật", huyen ? 300 : 250),
    ]),
    top("tthc", "3", "Cải cách thủ tục hành chính", [
      c("3.1", "Kiểm soát, rà soát thủ tục hành chính", 300),
      c("3.2", "Công khai thủ tục hành chính", 200),
      c("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", 400, [
        c("3.3.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", 200),
        c("3.3.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 200),
      ]),
      c("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị", huyen ? 200 : 300),
    ]),
    top("boMay", "4", "Cải cách tổ chức bộ máy hành chính nhà nước", [
      c("4.1", "Sắp xếp, kiện toàn tổ chức bộ máy", huyen ? 300 : 350),
      c("4.2", "Quản lý, sử dụng biên chế", 350),
    ]),
    top("congVu", "5", "Cải cách chế độ công vụ", [
      c("5.1", "Vị trí việc làm", 300),
      c("5.2", "Tuyển dụng, sử dụng công chức, viên chức", 300),
      c("5.3", "Đào tạo, bồi dưỡng", 200),
      c("5.4", "Chấp hành kỷ luật, kỷ cương hành chính", huyen ? 250 : 200),
    ]),
    top("taiChinh", "6", "Cải cách tài chính công", [
      c("6.1", "Thực hiện dự toán ngân sách", huyen ? 300 : 250),
      c("6.2", "Cơ chế tự chủ của đơn vị sự nghiệp công lập", huyen ? 300 : 250),
      c("6.3", "Quản lý, sử dụng tài sản công", 200),
    ]),
    top("cqs", "7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", [
      c("7.1", "Hạ tầng số", 400, [
        c("7.1.1", "Hệ thống quản lý văn bản", 200),
        c("7.1.2", "Chữ ký số", 200),
      ]),
      c("7.2", "Cung cấp dịch vụ công trực tuyến", huyen ? 450 : 500),
      c("7.3", "Dữ liệu số, chia sẻ dữ liệu", 250),
      c("7.4", "Bảo đảm an toàn thông tin", 250),
    ]),
    top("tacDong", "8", "Tác động của cải cách hành chính", [
      c("8.1", "Khảo sát cán bộ, công chức", 1000),
      c("8.2", "Khảo sát người dân, tổ chức", 2300),
    ]),
  ];
}

const leaves = (t: Criterion[]): Criterion[] => t.flatMap((c) => (c.children ? leaves(c.children) : [c]));

interface TreeUnit {
  name: string;
  group: string;
  tree: Criterion[];
  /** Leaf scores; a string marks a criterion that does not apply ("KAD", "-", "Không áp dụng"). */
  leaf: Map<string, H | string>;
}

function drawTree(r: Rand, t: Criterion[], lo: number, hi: number, kad: Record<string, string> = {}) {
  const leaf = new Map<string, H | string>();
  for (const l of leaves(t))
    leaf.set(l.tt, kad[l.tt] ?? draw(r, l.max, lo, hi, l.tt.startsWith("8") ? 1 : 25));
  return leaf;
}

/** A criterion's value for a unit: a number, or the marker when nothing under it applies. */
function valueOf(u: TreeUnit, c: Criterion): { score: H; max: H; marker: string | null; parts: H[] } {
  if (!c.children) {
    const v = u.leaf.get(c.tt) as H | string;
    return typeof v === "string"
      ? { score: 0, max: 0, marker: v, parts: [] }
      : { score: v, max: c.max, marker: null, parts: [v] };
  }
  const kids = c.children.map((k) => valueOf(u, k));
  const applicable = kids.filter((k) => k.marker === null);
  if (applicable.length === 0) return { score: 0, max: 0, marker: kids[0].marker, parts: [] };
  return {
    score: sumH(applicable.map((k) => k.score)),
    max: sumH(applicable.map((k) => k.max)),
    marker: null,
    parts: applicable.map((k) => k.score),
  };
}

function treeFields(u: TreeUnit): FieldScore[] {
  return u.tree.map((top) => {
    const v = valueOf(u, top);
    return { key: top.key as FieldKey, score: v.score, max: v.max };
  });
}
const treeTotal = (u: TreeUnit) => sumH(treeFields(u).map((f) => f.score));
const treeMax = (u: TreeUnit) => sumH(treeFields(u).map((f) => f.max));

/** Rows of a criteria table, depth first, with their level (1, 2, 3). */
function rowsOf(t: Criterion[], level = 1): { c: Criterion; level: number }[] {
  return t.flatMap((c) => [{ c, level }, ...(c.children ? rowsOf(c.children, level + 1) : [])]);
}

// ---------------------------------------------------------------------------------------------------------
// (d) Bắc Giang 2024: units across columns under a three-row header — "Điểm thẩm định của các đơn vị" over all
// unit columns, the groups merged over theirs, the unit names —, parent criteria as SUM formulas with cached
// results, "KAD" / "-" / "Không áp dụng", "Tổng điểm", "Chỉ số (%)", "Xếp hạng" rows, a note, signatures.

async function acrossBacGiang(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_07);
  const t = tree(SO_2023, false);
  const mk = (
    name: string,
    group: string,
    kad: Record<string, string> = {},
    lo = 0.7,
    hi = 0.98,
  ): TreeUnit => ({
    name,
    group,
    tree: t,
    leaf: drawTree(r, t, lo, hi, kad),
  });
  const units: TreeUnit[] = [
    mk("Sở Nội vụ", "so"),
    mk("Sở Tư pháp", "so"),
    mk("Sở Tài chính", "so"),
    mk("Sở Y tế", "so", { "2.1.1": "KAD", "2.1.2": "KAD" }),
    mk("Sở Giáo dục và Đào tạo", "so", { "6.2": "-" }),
    mk("Thành phố Bắc Giang", "huyen"),
    mk("Huyện Lục Ngạn", "huyen", {}, 0.6, 0.9),
    mk("Huyện Yên Dũng", "huyen"),
    mk("Huyện Sơn Động", "huyen", { "7.3": "Không áp dụng" }, 0.55, 0.85),
  ];
  // Huyện Sơn Động: TTHC leaves low enough to fall below 75 %.
  const son = units[8];
  for (const tt of ["3.1", "3.2", "3.3.1", "3.3.2", "3.4"])
    son.leaf.set(tt, Math.floor(((leaves(t).find((l) => l.tt === tt) as Criterion).max * 0.6) / 25) * 25);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tong hop diem");
  const width = 3 + units.length;
  let row = titleBlock(ws, width, {
    agency: ["UBND TỈNH BẮC GIANG", "SỞ NỘI VỤ"],
    title: [
      "BẢNG TỔNG HỢP ĐIỂM THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "(Kèm theo Báo cáo số 18/BC-HĐTĐ ngày 12/01/2025 của Hội đồng thẩm định)",
    ],
  });
  const head = row;
  merged(ws, head, 1, head + 2, 1, "TT");
  merged(ws, head, 2, head + 2, 2, "Lĩnh vực, tiêu chí, tiêu chí thành phần");
  merged(ws, head, 3, head + 2, 3, "Điểm tối đa");
  merged(ws, head, 4, head, width, "Điểm thẩm định của các đơn vị");
  merged(ws, head + 1, 4, head + 1, 8, "Sở, ban, ngành");
  merged(ws, head + 1, 9, head + 1, 12, "UBND cấp huyện");
  units.forEach((u, i) => set(ws, head + 2, 4 + i, u.name, true));
  ws.getColumn(2).width = 50;
  row = head + 3;
  const topRows: number[] = [];
  const rowOf = new Map<string, number>();
  const rows = rowsOf(t);
  rows.forEach(({ c }, i) => rowOf.set(c.tt, row + i));
  for (const { c, level } of rows) {
    set(ws, row, 1, c.tt, level === 1);
    set(ws, row, 2, c.name, level === 1);
    set(ws, row, 3, num(c.max), level === 1);
    if (level === 1) topRows.push(row);
    units.forEach((u, i) => {
      const v = valueOf(u, c);
      const col = 4 + i;
      if (v.marker !== null) set(ws, row, col, v.marker);
      else if (!c.children) set(ws, row, col, num(v.score));
      else {
        const refs = (c.children as Criterion[]).map((k) => addr(rowOf.get(k.tt) as number, col));
        ws.getCell(row, col).value = { formula: `SUM(${refs.join(",")})`, result: fsum(v.parts) };
      }
    });
    row++;
  }
  set(ws, row, 2, "Tổng điểm", true);
  set(ws, row, 3, 100, true);
  const ranks = new Map<TreeUnit, number>();
  for (const g of ["so", "huyen"]) {
    const members = units.filter((u) => u.group === g);
    const rk = ranksOf(members.map((u) => ({ total: treeTotal(u), max: treeMax(u) })));
    members.forEach((u, i) => ranks.set(u, rk[i]));
  }
  units.forEach((u, i) => {
    const col = 4 + i;
    const parts = treeFields(u).map((f) => f.score);
    ws.getCell(row, col).value = {
      formula: `SUM(${topRows.map((tr) => addr(tr, col)).join(",")})`,
      result: fsum(parts),
    };
    ws.getCell(row + 1, col).value = {
      formula: `ROUND(${addr(row, col)}/${num(treeMax(u))}*100,2)`,
      result: round2((treeTotal(u) / treeMax(u)) * 100),
    };
    set(ws, row + 2, col, ranks.get(u) ?? null);
  });
  set(ws, row + 1, 2, "Chỉ số (%)", true);
  set(ws, row + 2, 2, "Xếp hạng", true);
  row += 4;
  merged(
    ws,
    row,
    1,
    row,
    8,
    "Ghi chú: KAD, “-”, “Không áp dụng”: tiêu chí không áp dụng đối với đơn vị, điểm tối đa của đơn vị được trừ tương ứng.",
    false,
  );
  signature(ws, row + 2, 2, width - 2, ["Ngô Thị Thủy", "Thân Văn Hải"]);
  return {
    id: "d1",
    file: await save(wb, dir, "d1-bac-giang-2024-across.xlsx"),
    layout: "d",
    description:
      "(d) Bắc Giang 2024: units across columns, 3-row header ('Điểm thẩm định của các đơn vị' / merged groups " +
      "'Sở, ban, ngành' + 'UBND cấp huyện' / unit names), criteria 1 / 1.1 / 1.1.1 with SUM formulas (cached), " +
      "'KAD', '-', 'Không áp dụng', rows 'Tổng điểm', 'Chỉ số (%)', 'Xếp hạng'",
    groups: [SO, HUYEN],
    units: units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: ws.name,
      row: head + 2,
      fields: treeFields(u),
    })),
  };
}

// (d) Hải Dương 2024 across columns (typed values, decimal-comma text, "-", groups "Khối sở, ban, ngành" /
// "Khối UBND cấp huyện", names "TP …", "UBND huyện …", a unit new this year), compared with last year's
// Hải Dương 2023 table in rows (group rows, "(9 điểm)" maxima, no rank column; a unit gone since).

async function acrossHaiDuongWithPrevious(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_08);
  // Two-level criteria: the three-level ones folded into their parents.
  const fold = (cs: Criterion[]): Criterion[] =>
    cs.map((c) => ({ ...c, children: c.children?.map((k) => ({ tt: k.tt, name: k.name, max: k.max })) }));
  const t = fold(tree(SO_2023, false));
  const mk = (
    name: string,
    group: string,
    kad: Record<string, string> = {},
    lo = 0.7,
    hi = 0.97,
  ): TreeUnit => ({
    name,
    group,
    tree: t,
    leaf: drawTree(r, t, lo, hi, kad),
  });
  const units: TreeUnit[] = [
    mk("Sở Nội vụ", "so"),
    mk("Sở Tư pháp", "so"),
    mk("Sở Khoa học và Công nghệ", "so"),
    mk("Sở Giao thông vận tải", "so"),
    mk("Sở Y tế", "so", {}, 0.62, 0.9),
    mk("Ban Quản lý các khu công nghiệp tỉnh", "so", { "6.2": "-" }),
    mk("TP Hải Dương", "huyen"),
    mk("TP Chí Linh", "huyen"),
    mk("TX Kinh Môn", "huyen"),
    mk("UBND huyện Nam Sách", "huyen"),
    mk("UBND huyện Ninh Giang", "huyen", {}, 0.6, 0.88),
  ];
  const yte = units[4];
  yte.leaf.set("7.2", 250);
  yte.leaf.set("7.1", 200); // CQĐT, CQS well below 75 %
  const asText = new Set(["Sở Tư pháp", "TX Kinh Môn"]);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp 2024");
  const width = 3 + units.length;
  let row = titleBlock(ws, width, {
    agency: ["ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"],
    title: ["TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024"],
  });
  const head = row;
  merged(ws, head, 1, head + 1, 1, "STT");
  merged(ws, head, 2, head + 1, 2, "Nội dung tiêu chí");
  merged(ws, head, 3, head + 1, 3, "Điểm tối đa");
  merged(ws, head, 4, head, 9, "Khối sở, ban, ngành");
  merged(ws, head, 10, head, 14, "Khối UBND cấp huyện");
  units.forEach((u, i) => set(ws, head + 1, 4 + i, u.name, true));
  row = head + 2;
  for (const { c, level } of rowsOf(t)) {
    set(ws, row, 1, c.tt, level === 1);
    set(ws, row, 2, c.name, level === 1);
    set(ws, row, 3, num(c.max));
    units.forEach((u, i) => {
      const v = valueOf(u, c);
      set(ws, row, 4 + i, v.marker ?? (asText.has(u.name) ? comma(v.score) : num(v.score)));
    });
    row++;
  }
  set(ws, row, 2, "Tổng điểm đạt", true);
  set(ws, row, 3, 100);
  set(ws, row + 1, 2, "Chỉ số CCHC (%)", true);
  units.forEach((u, i) => {
    set(ws, row, 4 + i, num(treeTotal(u)));
    set(ws, row + 1, 4 + i, Math.round((treeTotal(u) / treeMax(u)) * 10000) / 100);
  });
  signature(ws, row + 4, 2, width - 2, ["Vũ Thị Hằng", "Phạm Quang Huy"]);
  const file = await save(wb, dir, "d2-hai-duong-2024-across.xlsx");

  // Last year, in rows.
  const rp = new Rand(2023_09);
  const prevSo = makeUnits(rp, "so", SO_2023, [
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Khoa học và Công nghệ",
    "Sở Giao thông vận tải",
    "Sở Y tế",
    "Sở Ngoại vụ",
  ]);
  const prevHuyen = makeUnits(
    rp,
    "huyen",
    SO_2023,
    ["Thành phố Hải Dương", "Thành phố Chí Linh", "Thị xã Kinh Môn", "Huyện Nam Sách", "Huyện Ninh Giang"],
    0.65,
    0.97,
  );
  const pw = new ExcelJS.Workbook();
  const ps = pw.addWorksheet("KQ2023");
  const heads: Record<FieldKey, string> = {
    chiDao: "Công tác chỉ đạo, điều hành CCHC (9 điểm)",
    theChe: "Cải cách thể chế (8 điểm)",
    tthc: "Cải cách thủ tục hành chính (12 điểm)",
    boMay: "Cải cách tổ chức bộ máy hành chính (7 điểm)",
    congVu: "Cải cách chế độ công vụ (10 điểm)",
    taiChinh: "Cải cách tài chính công (7 điểm)",
    cqs: "Xây dựng và phát triển chính quyền điện tử, chính quyền số (14 điểm)",
    tacDong: "Tác động của CCHC (33 điểm)",
  };
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["STT"], value: () => ++stt },
    { head: ["Tên cơ quan, đơn vị"], value: (u) => u.name, width: 28 },
    ...FIELD_KEYS.map((k) => ({ head: [heads[k]], value: (u: RowUnit) => num(u.scores[k]) })),
    { head: ["Tổng điểm"] },
    { head: ["Chỉ số CCHC (%)"], value: (u) => round2(num(totalOf(u))) },
  ];
  let prow = titleBlock(ps, cols.length, {
    agency: ["ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"],
    title: ["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", "(Kèm theo Quyết định số 620/QĐ-UBND)"],
  });
  prow = writeHeader(ps, prow, cols);
  for (const [roman, title, members] of [
    ["I", "CÁC SỞ, BAN, NGÀNH", prevSo],
    ["II", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", prevHuyen],
  ] as const) {
    set(ps, prow, 1, roman, true);
    merged(ps, prow, 2, prow, cols.length, title);
    prow++;
    stt = 0;
    for (const u of members) {
      writeUnitRow(ps, prow, cols, u);
      ps.getCell(prow, 11).value = {
        formula: `SUM(C${prow}:J${prow})`,
        result: fsum(FIELD_KEYS.map((k) => u.scores[k])),
      };
      prow++;
    }
  }
  set(ps, prow, 2, "Trung bình", true);
  signature(ps, prow + 3, 2, cols.length - 3, ["Vũ Thị Hằng", "Phạm Quang Huy"]);
  const previousFile = await save(pw, dir, "d2-hai-duong-2023-rows.xlsx");

  return {
    id: "d2",
    file,
    layout: "d",
    description:
      "(d) Hải Dương 2024: units across columns, 2-row header (groups 'Khối sở, ban, ngành' / 'Khối UBND cấp huyện' " +
      "merged over the unit names), criteria 1 / 1.1 typed as values (two units as decimal-comma text), '-', rows " +
      "'Tổng điểm đạt' and 'Chỉ số CCHC (%)', no rank row; names 'TP …', 'TX …', 'UBND huyện …'",
    groups: [SO, HUYEN],
    units: units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: ws.name,
      row: head + 1,
      fields: treeFields(u),
    })),
    previous: {
      file: previousFile,
      description:
        "last year (2023) in rows: 'I/II' group rows merged across, maxima '(9 điểm)' in the headers, no rank " +
        "column (ranks computed), 'Trung bình' row; Sở Ngoại vụ gone since, Ban Quản lý các KCN new this year",
      units: [...prevSo, ...prevHuyen].map((u) => ({
        name: u.name,
        group: u.group,
        total: totalOf(u),
        max: maxOf(u),
      })),
      match: {
        "Sở Nội vụ": "Sở Nội vụ",
        "Sở Tư pháp": "Sở Tư pháp",
        "Sở Khoa học và Công nghệ": "Sở Khoa học và Công nghệ",
        "Sở Giao thông vận tải": "Sở Giao thông vận tải",
        "Sở Y tế": "Sở Y tế",
        "TP Hải Dương": "Thành phố Hải Dương",
        "TP Chí Linh": "Thành phố Chí Linh",
        "TX Kinh Môn": "Thị xã Kinh Môn",
        "UBND huyện Nam Sách": "Huyện Nam Sách",
        "UBND huyện Ninh Giang": "Huyện Ninh Giang",
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// (e) Điện Biên 2024: a scoring form per unit on sheets "01" … "07" after a "Hướng dẫn" sheet, the unit in a
// line "Cơ quan, đơn vị: …", the group in a line "Khối: …", different criteria tables (maxima) per group,
// columns "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Ghi chú".

function formSheet(
  ws: Worksheet,
  u: TreeUnit,
  opts: {
    agency: [string, string];
    title: string[];
    header: "single" | "appraisals";
    self: Map<string, H | string>;
    first?: Map<string, H | string>;
    appraised: boolean;
  },
): number {
  const width = 6;
  let row = titleBlock(ws, width, { agency: opts.agency, title: opts.title, split: 4 });
  const nameRow = opts.title.findIndex((t) => t.includes(u.name));
  const head = row;
  if (opts.header === "single") {
    [
      "STT",
      "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
      "Điểm tối đa",
      "Điểm tự đánh giá",
      "Điểm thẩm định",
      "Ghi chú",
    ].forEach((h, i) => set(ws, head, i + 1, h, true));
    row = head + 1;
  } else {
    merged(ws, head, 1, head + 1, 1, "TT");
    merged(ws, head, 2, head + 1, 2, "Nội dung tiêu chí");
    merged(ws, head, 3, head + 1, 3, "Điểm tối đa");
    merged(ws, head, 4, head, 6, "Điểm đánh giá");
    set(ws, head + 1, 4, "Điểm tự chấm", true);
    set(ws, head + 1, 5, "Thẩm định lần 1", true);
    set(ws, head + 1, 6, "Thẩm định lần 2", true);
    row = head + 2;
  }
  ws.getColumn(2).width = 55;
  const rowOf = new Map<string, number>();
  const rows = rowsOf(u.tree);
  rows.forEach(({ c }, i) => rowOf.set(c.tt, row + i));
  const topRows: number[] = [];
  const valueIn = (m: Map<string, H | string>, c: Criterion) => valueOf({ ...u, leaf: m }, c);
  for (const { c, level } of rows) {
    set(ws, row, 1, c.tt, level === 1);
    set(ws, row, 2, c.name, level === 1);
    set(ws, row, 3, num(c.max), level === 1);
    if (level === 1) topRows.push(row);
    const columns: [number, Map<string, H | string> | undefined][] =
      opts.header === "single"
        ? [
            [4, opts.self],
            [5, opts.appraised ? u.leaf : undefined],
          ]
        : [
            [4, opts.self],
            [5, opts.appraised ? opts.first : undefined],
            [6, opts.appraised ? u.leaf : undefined],
          ];
    for (const [col, m] of columns) {
      if (!m) continue;
      const v = valueIn(m, c);
      if (v.marker !== null) set(ws, row, col, v.marker);
      else if (!c.children) set(ws, row, col, num(v.score));
      else
        ws.getCell(row, col).value = {
          formula: `SUM(${(c.children as Criterion[]).map((k) => addr(rowOf.get(k.tt) as number, col)).join(",")})`,
          result: fsum(v.parts),
        };
    }
    if (opts.header === "single" && level === 2 && c.tt.endsWith(".1"))
      set(ws, row, 6, "Báo cáo số …/BC-UBND");
    row++;
  }
  set(ws, row, 2, "TỔNG ĐIỂM", true);
  ws.getCell(row, 3).value = { formula: `SUM(${topRows.map((t) => addr(t, 3)).join(",")})`, result: 100 };
  const lastCol = opts.header === "single" ? 5 : 6;
  for (let col = 4; col <= lastCol; col++) {
    const m = col === 4 ? opts.self : col === lastCol ? u.leaf : opts.first;
    if (!m || (col > 4 && !opts.appraised)) continue;
    const parts = u.tree.map((t) => valueIn(m, t).score);
    ws.getCell(row, col).value = {
      formula: `SUM(${topRows.map((t) => addr(t, col)).join(",")})`,
      result: fsum(parts),
    };
  }
  row += 2;
  set(ws, row, 2, "ĐẠI DIỆN ĐƠN VỊ", true);
  set(ws, row, 4, "TỔ THẨM ĐỊNH", true);
  return nameRow >= 0 ? 4 + nameRow : -1;
}

/** A self-assessment: the appraisal plus a quarter point here and there (never above the maximum). */
function selfOf(r: Rand, u: TreeUnit): Map<string, H | string> {
  const m = new Map(u.leaf);
  for (const l of leaves(u.tree)) {
    const v = m.get(l.tt);
    if (typeof v === "number" && r.next() < 0.35) m.set(l.tt, Math.min(l.max, v + 25));
  }
  return m;
}

async function formsDienBien(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_10);
  const tSo = tree(SO_2023, false);
  const tHuyen = tree(HUYEN_2023, true);
  const mk = (
    name: string,
    group: string,
    kad: Record<string, string> = {},
    lo = 0.68,
    hi = 0.97,
  ): TreeUnit => {
    const t = group === "so" ? tSo : tHuyen;
    return { name, group, tree: t, leaf: drawTree(r, t, lo, hi, kad) };
  };
  const units: TreeUnit[] = [
    mk("Sở Tài chính", "so"),
    mk("Sở Nội vụ", "so"),
    mk("Sở Xây dựng", "so", { "6.2": "KAD" }),
    mk("Sở Tài nguyên và Môi trường", "so", {}, 0.6, 0.85),
    mk("Thành phố Điện Biên Phủ", "huyen"),
    mk("Huyện Mường Nhé", "huyen", { "2.1.1": "KAD", "2.1.2": "KAD" }, 0.55, 0.85),
    mk("Huyện Tuần Giáo", "huyen", {}, 0.62, 0.9),
  ];
  const muongNhe = units[5];
  for (const tt of ["3.1", "3.2", "3.3.1", "3.3.2", "3.4"])
    muongNhe.leaf.set(
      tt,
      Math.floor(((leaves(tHuyen).find((l) => l.tt === tt) as Criterion).max * 0.55) / 25) * 25,
    );

  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet("Hướng dẫn");
  set(guide, 1, 1, "HƯỚNG DẪN CHẤM ĐIỂM", true);
  set(guide, 2, 1, "1. Đơn vị tự đánh giá, chấm điểm vào cột “Điểm tự đánh giá”.");
  set(guide, 3, 1, "2. Hội đồng thẩm định ghi điểm vào cột “Điểm thẩm định”.");
  set(guide, 4, 1, "3. Tiêu chí không áp dụng ghi “KAD”.");
  const models: UnitModel[] = [];
  units.forEach((u, i) => {
    const ws = wb.addWorksheet(String(i + 1).padStart(2, "0"));
    const groupLine = u.group === "so" ? "Khối: Sở, ban, ngành" : "Khối: UBND cấp huyện";
    const nameRow = formSheet(ws, u, {
      agency: ["UBND TỈNH ĐIỆN BIÊN", "HỘI ĐỒNG THẨM ĐỊNH"],
      title: ["PHIẾU CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CCHC NĂM 2024", `Cơ quan, đơn vị: ${u.name}`, groupLine],
      header: "single",
      self: selfOf(r, u),
      appraised: true,
    });
    models.push({ name: u.name, group: u.group, sheet: ws.name, row: nameRow, fields: treeFields(u) });
  });
  return {
    id: "e1",
    file: await save(wb, dir, "e1-dien-bien-2024-forms.xlsx"),
    layout: "e",
    description:
      "(e) Điện Biên 2024: a form per unit on sheets '01'…'07' after 'Hướng dẫn'; title lines 'Cơ quan, đơn vị: …' " +
      "and 'Khối: Sở, ban, ngành' / 'Khối: UBND cấp huyện'; different criteria maxima per group; 'KAD'; columns " +
      "'Điểm tối đa' / 'Điểm tự đánh giá' / 'Điểm thẩm định' / 'Ghi chú'",
    groups: [SO, HUYEN],
    units: models,
  };
}

// (e) Lào Cai 2023: forms named by their sheets only, the group inside the title ("… ĐỐI VỚI CÁC SỞ, BAN, NGÀNH"),
// a two-row header "Điểm đánh giá" over "Điểm tự chấm" / "Thẩm định lần 1" / "Thẩm định lần 2" (the last is the
// score), one form not yet appraised.

async function formsLaoCai(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2023_11);
  const tSo = tree(SO_2023, false);
  const tHuyen = tree(HUYEN_2023, true);
  const mk = (name: string, group: string, kad: Record<string, string> = {}): TreeUnit => {
    const t = group === "so" ? tSo : tHuyen;
    return { name, group, tree: t, leaf: drawTree(r, t, 0.66, 0.97, kad) };
  };
  const units: TreeUnit[] = [
    mk("Sở Y tế", "so"),
    mk("Sở Du lịch", "so", { "6.2": "KAD" }),
    mk("Sở Công Thương", "so"),
    mk("Thị xã Sa Pa", "huyen"),
    mk("Huyện Bát Xát", "huyen"),
    mk("Huyện Bảo Thắng", "huyen"),
  ];
  const wb = new ExcelJS.Workbook();
  const models: UnitModel[] = [];
  for (const u of units) {
    const ws = wb.addWorksheet(u.name);
    const self = selfOf(r, u);
    // The first appraisal differs from the final one on a few criteria.
    const first = new Map(u.leaf);
    for (const l of leaves(u.tree)) {
      const v = first.get(l.tt);
      if (typeof v === "number" && v >= 25 && r.next() < 0.3) first.set(l.tt, v - 25);
    }
    const appraised = u.name !== "Huyện Bảo Thắng";
    formSheet(ws, u, {
      agency: ["UBND TỈNH LÀO CAI", "HỘI ĐỒNG THẨM ĐỊNH CCHC"],
      title: [
        "PHIẾU CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        u.group === "so"
          ? "ÁP DỤNG ĐỐI VỚI CÁC SỞ, BAN, NGÀNH"
          : "ÁP DỤNG ĐỐI VỚI UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
      ],
      header: "appraisals",
      self,
      first,
      appraised,
    });
    const m: UnitModel = { name: u.name, group: u.group, sheet: ws.name, row: null, fields: treeFields(u) };
    if (!appraised) m.notAssessed = true;
    models.push(m);
  }
  return {
    id: "e2",
    file: await save(wb, dir, "e2-lao-cai-2023-forms.xlsx"),
    layout: "e",
    description:
      "(e) Lào Cai 2023: forms named only by their sheets, group in the title ('ÁP DỤNG ĐỐI VỚI CÁC SỞ, BAN, NGÀNH'), " +
      "2-row header 'Điểm đánh giá' over 'Điểm tự chấm' / 'Thẩm định lần 1' / 'Thẩm định lần 2', one form " +
      "(Huyện Bảo Thắng) not appraised",
    groups: [SO, HUYEN],
    units: models,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (f) Hà Nam 2024 from a web system: formulas saved without results — typed arithmetic (deductions "9-0.75",
// sums "3+2.5+…", ROUND of a product, a quotient scaling the survey), SUM totals, ROUND indices against the
// maxima row, a tie that shows binary noise only in floating point.

interface FormulaUnit extends RowUnit {
  formulas: Partial<Record<FieldKey, string>>;
}

async function formulasHaNam(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_12);
  const names = {
    so: ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Y tế"],
    huyen: [
      "Thành phố Phủ Lý",
      "Thị xã Duy Tiên",
      "Thị xã Kim Bảng",
      "Huyện Thanh Liêm",
      "Huyện Bình Lục",
      "Huyện Lý Nhân",
    ],
  };
  const units: FormulaUnit[] = [];
  for (const g of ["so", "huyen"] as const) {
    for (const name of names[g]) {
      const base = makeUnits(r, g, SO_2023, [name], 0.7, 0.96)[0];
      const s = base.scores;
      const f: Partial<Record<FieldKey, string>> = {};
      // Deductions from the field maximum: 9 - a - b.
      const d1 = 25 * (1 + Math.floor(r.next() * 3));
      const d2 = 50;
      s.chiDao = SO_2023.chiDao - d1 - d2;
      f.chiDao = `${num(SO_2023.chiDao)}-${num(d1)}-${num(d2)}`;
      // TTHC as the sum of its four criteria typed into the cell.
      const parts = [
        draw(r, 300, 0.6, 1, 25),
        draw(r, 200, 0.6, 1, 25),
        draw(r, 400, 0.6, 1, 25),
        draw(r, 300, 0.6, 1, 25),
      ];
      s.tthc = sumH(parts);
      f.tthc = parts.map(num).join("+");
      // Public service: ROUND of a product (a rate times the maximum), never a half.
      const rate = 70 + Math.floor(r.next() * 28); // percent
      s.congVu = Math.round(rate * 10); // 10 points × rate %
      f.congVu = `ROUND(10*${rate}/100,2)`;
      // The survey: a satisfaction out of 30 scaled to 33 points.
      const sat = 2000 + 10 * Math.floor(r.next() * 99); // hundredths, a multiple of 0.1 so ×33/30 is exact
      s.tacDong = (sat / 10) * 11;
      f.tacDong = `ROUND(${num(sat)}/30*33,2)`;
      units.push({ ...base, scores: s, formulas: f });
    }
  }
  // A tie: Sở Tài chính gets Sở Tư pháp's total through other fields.
  const tp = units[1];
  const tc = units[2];
  tc.scores = tieWith(tp.scores, SO_2023, ["theChe", "boMay", "taiChinh", "cqs"]); // fields typed as numbers
  tc.formulas = { ...tp.formulas };
  units[8].scores.cqs = 1030; // Huyện Thanh Liêm: 10,3 of 14 — below

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KetQua");
  const heads: Record<FieldKey, string> = {
    chiDao: "Chỉ đạo điều hành",
    theChe: "Thể chế",
    tthc: "Thủ tục hành chính",
    boMay: "Tổ chức bộ máy",
    congVu: "Chế độ công vụ",
    taiChinh: "Tài chính công",
    cqs: "Chính quyền số",
    tacDong: "Tác động của CCHC",
  };
  let stt = 0;
  const cols: Column<FormulaUnit>[] = [
    { head: ["STT"], value: () => ++stt },
    { head: ["Tên đơn vị"], value: (u) => u.name, width: 26 },
    ...FIELD_KEYS.map((k) => ({
      head: [heads[k]],
      value: (u: FormulaUnit) => (u.formulas[k] ? { formula: u.formulas[k] as string } : num(u.scores[k])),
    })),
    { head: ["Tổng điểm"] },
    { head: ["Chỉ số (%)"] },
  ];
  let row = titleBlock(ws, cols.length, {
    agency: ["UBND TỈNH HÀ NAM", "SỞ NỘI VỤ"],
    title: ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 (xuất từ phần mềm)"],
  });
  row = writeHeader(ws, row, cols);
  const maxRow = row;
  set(ws, row, 2, "Điểm tối đa", true);
  FIELD_KEYS.forEach((k, i) => set(ws, row, 3 + i, num(SO_2023[k])));
  ws.getCell(row, 11).value = { formula: `SUM(C${row}:J${row})` } as CellValue;
  row++;
  const models: UnitModel[] = [];
  const firstRow = row + 1;
  for (const [title, g] of [
    ["Khối sở, ban, ngành", "so"],
    ["Khối huyện, thị xã, thành phố", "huyen"],
  ] as const) {
    merged(ws, row, 1, row, cols.length, title);
    ws.getCell(row, 1).alignment = { horizontal: "left" };
    row++;
    stt = 0;
    for (const u of units.filter((x) => x.group === g)) {
      writeUnitRow(ws, row, cols, u);
      ws.getCell(row, 11).value = { formula: `SUM(C${row}:J${row})` } as CellValue;
      ws.getCell(row, 12).value = { formula: `ROUND(K${row}/$K$${maxRow}*100,2)` } as CellValue;
      models.push(unitModel(u, ws.name, row));
      row++;
    }
  }
  set(ws, row, 2, "Điểm trung bình", true);
  ws.getCell(row, 12).value = { formula: `ROUND(AVERAGE(L${firstRow}:L${row - 1}),2)` } as CellValue;
  return {
    id: "f1",
    file: await save(wb, dir, "f1-ha-nam-2024-formulas-no-results.xlsx"),
    layout: "f",
    description:
      "(f) Hà Nam 2024 exported by a web system: formulas without cached results — '9-0.75-0.5', '2.25+1.75+3.75+2.75', " +
      "'ROUND(10*84/100,2)', 'ROUND(24.5/30*33,2)', 'SUM(C9:J9)', 'ROUND(K9/$K$7*100,2)', a maxima row with a " +
      "SUM, group rows merged across, an AVERAGE row",
    groups: [SO, HUYEN],
    units: models,
  };
}

// (f) refused: the survey column looks its values up on another sheet with VLOOKUP, saved without results.

async function formulasVlookup(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_13);
  const units = [
    ...makeUnits(r, "so", SO_2023, ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"]),
    ...makeUnits(r, "huyen", SO_2023, ["Thành phố Phủ Lý", "Huyện Thanh Liêm", "Huyện Lý Nhân"]),
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KetQua");
  const xhh = wb.addWorksheet("XHH");
  set(xhh, 1, 1, "Đơn vị");
  set(xhh, 1, 2, "Điểm điều tra XHH");
  units.forEach((u, i) => {
    set(xhh, i + 2, 1, u.name);
    set(xhh, i + 2, 2, num(u.scores.tacDong));
  });
  const heads = [
    "STT",
    "Tên đơn vị",
    ...FIELD_KEYS.map((k) => `${FULL_NAMES[k]} (${num(SO_2023[k])} điểm)`),
    "Tổng điểm",
  ];
  heads.forEach((h, i) => set(ws, 3, i + 1, h, true));
  set(ws, 1, 1, "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", true);
  let row = 4;
  for (const [title, g] of [
    ["I. CÁC SỞ, BAN, NGÀNH", "so"],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", "huyen"],
  ] as const) {
    set(ws, row++, 1, title, true);
    let stt = 0;
    for (const u of units.filter((x) => x.group === g)) {
      set(ws, row, 1, ++stt);
      set(ws, row, 2, u.name);
      FIELD_KEYS.forEach((k, i) => {
        if (k === "tacDong")
          ws.getCell(row, 3 + i).value = { formula: `VLOOKUP(B${row},XHH!$A$2:$B$20,2,FALSE)` } as CellValue;
        else set(ws, row, 3 + i, num(u.scores[k]));
      });
      ws.getCell(row, 11).value = { formula: `SUM(C${row}:J${row})` } as CellValue;
      row++;
    }
  }
  return {
    id: "f2",
    file: await save(wb, dir, "f2-vlookup-no-results.xlsx"),
    layout: "f (refused)",
    description:
      "(f) a rows table whose survey column is =VLOOKUP(B5,XHH!$A$2:$B$20,2,FALSE) saved without results — " +
      "must be refused naming the cells (J5…)",
    groups: [SO, HUYEN],
    units: [],
    refusal: {
      mentions: [/VLOOKUP/, /J5/],
      why: "a formula other than plain arithmetic inside the score table",
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Impossible: a paired table whose "Điểm tối đa" and "Điểm đạt" columns were pasted the wrong way round.

async function swappedPairs(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_14);
  const units = [
    ...makeUnits(r, "so", SO_2023, ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng"]),
    ...makeUnits(r, "huyen", SO_2023, [
      "Thành phố Thái Bình",
      "Huyện Vũ Thư",
      "Huyện Kiến Xương",
      "Huyện Tiền Hải",
    ]),
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kết quả");
  let stt = 0;
  const cols: Column<RowUnit>[] = [
    { head: ["TT"], value: () => ++stt },
    { head: ["Tên đơn vị"], value: (u) => u.name, width: 26 },
  ];
  for (const k of FIELD_KEYS) {
    cols.push({ head: [FULL_NAMES[k], "Điểm tối đa"], value: (u) => num(u.scores[k]) }); // the scores…
    cols.push({ head: [FULL_NAMES[k], "Điểm đạt"], value: (u) => num(u.own[k]) }); // …and the maxima
  }
  cols.push(
    { head: ["Tổng điểm"], value: (u) => num(totalOf(u)) },
    { head: ["Chỉ số (%)"], value: (u) => num(totalOf(u)) },
  );
  let row = titleBlock(ws, cols.length, {
    agency: ["UBND TỈNH THÁI BÌNH", "SỞ NỘI VỤ"],
    title: ["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
  });
  row = writeHeader(ws, row, cols);
  for (const [title, g] of [
    ["I. CÁC SỞ, BAN, NGÀNH", "so"],
    ["II. UBND CÁC HUYỆN, THÀNH PHỐ", "huyen"],
  ] as const) {
    set(ws, row++, 2, title, true);
    stt = 0;
    for (const u of units.filter((x) => x.group === g)) writeUnitRow(ws, row++, cols, u);
  }
  return {
    id: "r1",
    file: await save(wb, dir, "r1-thai-binh-2024-swapped-pairs.xlsx"),
    layout: "a (impossible)",
    description:
      "(a) Thái Bình 2024 with every pair pasted the wrong way round: the 'Điểm tối đa' columns hold the scores, " +
      "the 'Điểm đạt' columns the maxima (9, 8, 12 …) — every field above its maximum for every unit",
    groups: [SO, HUYEN],
    units: [],
    refusal: {
      // Some column of the pairs (C…R) named, in words about the maximum.
      mentions: [/[Cc]ột [C-R]\b/, /tối đa/],
      why: "fields above their maxima for every unit",
    },
  };
}

// Outside the list: a long table, one row per unit and field.

async function longFormat(dir: string): Promise<WorkbookModel> {
  const r = new Rand(2024_15);
  const units = [
    ...makeUnits(r, "so", SO_2023, ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"]),
    ...makeUnits(r, "huyen", SO_2023, ["Thành phố Hưng Yên", "Huyện Văn Lâm", "Huyện Khoái Châu"]),
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Du lieu");
  set(ws, 1, 1, "DỮ LIỆU ĐIỂM CHỈ SỐ CCHC NĂM 2024 (DẠNG DANH SÁCH)", true);
  ["STT", "Tên đơn vị", "Khối", "Lĩnh vực", "Điểm tối đa", "Điểm đạt"].forEach((h, i) =>
    set(ws, 3, i + 1, h, true),
  );
  let row = 4;
  let stt = 0;
  for (const u of units)
    for (const k of FIELD_KEYS) {
      set(ws, row, 1, ++stt);
      set(ws, row, 2, u.name);
      set(ws, row, 3, u.group === "so" ? "Sở, ban, ngành" : "UBND cấp huyện");
      set(ws, row, 4, FULL_NAMES[k]);
      set(ws, row, 5, num(u.own[k]));
      set(ws, row, 6, num(u.scores[k]));
      row++;
    }
  return {
    id: "r2",
    file: await save(wb, dir, "r2-hung-yen-2024-long-list.xlsx"),
    layout: "outside the list",
    description:
      "a long list, one row per unit and field ('STT | Tên đơn vị | Khối | Lĩnh vực | Điểm tối đa | Điểm đạt'), " +
      "6 units × 8 fields = 48 rows — a layout outside the six",
    groups: [SO, HUYEN],
    units: [],
    refusal: { mentions: [/\S/], why: "a layout outside the list" },
  };
}

/** Writes every workbook into dir and returns their models. */
export async function buildAll(dir: string): Promise<WorkbookModel[]> {
  return Promise.all([
    pairedNgheAn(dir),
    pairedQuangNinh(dir),
    subtotalQuangBinh(dir),
    subtotalHaTinh(dir),
    groupColumnBacNinh(dir),
    groupColumnLangSon(dir),
    acrossBacGiang(dir),
    acrossHaiDuongWithPrevious(dir),
    formsDienBien(dir),
    formsLaoCai(dir),
    formulasHaNam(dir),
    formulasVlookup(dir),
    swappedPairs(dir),
    longFormat(dir),
  ]);
}
