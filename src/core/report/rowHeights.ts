/**
 * Row heights estimated from the text: no spreadsheet program computes a row's height when a file is
 * opened (ExcelJS cannot autofit, LibreOffice and Excel keep what the file says), and Excel's autofit ignores
 * merged cells. So the planner gives every row the height its tallest cell needs: the lines its text wraps
 * into at the cell's width (the sum of the columns of a merged area) in the cell's font, times the line
 * height. Widths come from Times New Roman's advance widths (Liberation Serif has the same metrics), with a
 * safety margin, so an estimate errs on the tall side: a row a little high prints; a row too low hides text.
 */
import type { Area, CellStyle, PlanValue, SheetPlan } from "../plan";
import { formatNumber } from "../../i18n/messages";
import { roundHalfAwayFromZero } from "../precision";

/** Advance widths of Times New Roman in thousandths of an em, for the letters without their marks. */
const WIDTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const set = (chars: string, width: number) => {
    for (const ch of chars) table[ch] = width;
  };
  set("abdghknopquvxy0123456789", 500);
  set("cez", 444);
  set("fr", 333);
  set("ijlt", 278);
  set("s", 389);
  set("m", 778);
  set("w", 722);
  set("ACDGHKNOQUVXY", 722);
  set("BR", 667);
  set("EFTLZ", 611);
  set("PS", 556);
  set("I", 333);
  set("J", 389);
  set("M", 889);
  set("W", 944);
  set(" .,:;'!|", 250);
  set("()[]-/\\", 333);
  set('"“”‘’*', 444);
  set("%", 833);
  set("&", 778);
  set("+=<>#$_~^", 564);
  set("?", 444);
  set("@", 921);
  set("—…▲▼", 1000);
  set("–", 500);
  return table;
})();

/** Bold Times New Roman is wider; capitals most. */
const BOLD_FACTOR = 1.08;
/** Safety margin over the metric widths (kerning differs, renderers round up). */
const MARGIN = 1.03;
/** Excel's column width unit: the digit width of the Normal style (Calibri 11: 7 px), plus 5 px of padding. */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
/** Inner padding of a cell's text, both sides (px). */
const TEXT_PADDING_PX = 6;
/** Line height of Times New Roman in ems (1.149 em of ascent, descent and gap, rounded up). */
const LINE_HEIGHT_EM = 1.2;
/** Space above and below the lines of a row (points). */
const ROW_PADDING_PT = 3;
/** Excel's largest row height (points). */
const MAX_ROW_HEIGHT = 409;

/** Widths already worked out, by character (a report uses few distinct characters). */
const EMS = new Map<string, number>();

/** The width of a character in ems (a Vietnamese letter is as wide as its base letter). */
function charEm(ch: string): number {
  let em = EMS.get(ch);
  if (em === undefined) {
    em = measureChar(ch);
    if (EMS.size < 4096) EMS.set(ch, em);
  }
  return em;
}

function measureChar(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known / 1000;
  const base = ch.normalize("NFD").charAt(0);
  const baseWidth = WIDTHS[base === "đ" ? "d" : base === "Đ" ? "D" : base];
  if (baseWidth !== undefined) return baseWidth / 1000;
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch ? 0.722 : 0.556;
}

/** The widest character in ems (WIDTHS' widest; unknown characters are narrower). */
const WIDEST_EM = Math.max(1, ...Object.values(WIDTHS).map((w) => w / 1000));

/** Widths of the characters below U+2000 (Latin with Vietnamese letters, punctuation) by code; -1 not yet known. */
const EM_BY_CODE = new Float64Array(0x2000).fill(-1);

/** The width of a text in ems. */
function textEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2000) {
      let w = EM_BY_CODE[code];
      if (w < 0) w = EM_BY_CODE[code] = measureChar(text[i]);
      em += w;
    } else {
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      em += charEm(String.fromCodePoint(point));
    }
  }
  return em;
}

/** The printed width of a text in points at `size` points. */
export function textWidthPt(text: string, size: number, bold = false): number {
  return textEm(text) * size * MARGIN * (bold ? BOLD_FACTOR : 1);
}

/** The room for text in a cell spanning columns of these widths (Excel's character units), in points. */
export function cellWidthPt(widths: readonly number[]): number {
  const px = widths.reduce((n, w) => n + Math.round(w * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX), 0);
  return (Math.max(1, px - TEXT_PADDING_PX) * 72) / 96;
}

/** How many lines `text` takes when wrapped at `widthPt` (greedy word wrap, long words broken). */
export function wrappedLines(text: string, widthPt: number, size: number, bold = false): number {
  // Most cells hold a text that fits on one line: measure it whole before wrapping it word by word.
  // (Leading spaces are measured below as the word wrap counts them.)
  if (!text.includes("\n") && !text.startsWith(" ")) {
    const scale = size * MARGIN * (bold ? BOLD_FACTOR : 1);
    if (text.length * WIDEST_EM * scale <= widthPt || textEm(text) * scale <= widthPt) return 1;
  }
  let lines = 0;
  const space = textWidthPt(" ", size, bold);
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      if (word === "") {
        used += space;
        continue;
      }
      let w = textWidthPt(word, size, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= widthPt) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the cell breaks over lines of its own.
      while (w > widthPt) {
        lines++;
        w -= widthPt;
      }
      used = w;
    }
  }
  return lines;
}

/** The height (points) of `lines` lines at `size` points. */
export function linesHeight(lines: number, size: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((lines * size * LINE_HEIGHT_EM + ROW_PADDING_PT) * 4) / 4);
}

/** The text a cell shows (numbers as the report writes them: at most 2 decimals, with the language's comma). */
function shownText(value: PlanValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.result === null ? "" : shownText(value.result);
  if (typeof value === "number") return formatNumber(roundHalfAwayFromZero(value, 2), "vi");
  return String(value);
}

/** Each cell's font size, weight and wrapping (index row × columns + column). */
interface CellLooks {
  readonly size: Float64Array;
  readonly bold: Uint8Array;
  readonly wrap: Uint8Array;
}

/** Each cell's look, from the plan's areas (later areas win). */
function looks(plan: Pick<SheetPlan, "values" | "styles" | "font">, columns: number): CellLooks {
  const rows = plan.values.length;
  const out: CellLooks = {
    size: new Float64Array(rows * columns).fill(plan.font.size),
    bold: new Uint8Array(rows * columns),
    wrap: new Uint8Array(rows * columns),
  };
  for (const { area, style } of plan.styles) apply(out, area, style, rows, columns);
  return out;
}

function apply(out: CellLooks, area: Area, style: CellStyle, rows: number, columns: number): void {
  if (style.fontSize === undefined && style.bold === undefined && style.wrap === undefined) return;
  for (let r = Math.max(0, area.top); r <= Math.min(rows - 1, area.bottom); r++) {
    const from = r * columns + Math.max(0, area.left);
    const to = r * columns + Math.min(columns - 1, area.right) + 1;
    if (from >= to) continue;
    if (style.fontSize !== undefined) out.size.fill(style.fontSize, from, to);
    if (style.bold !== undefined) out.bold.fill(style.bold ? 1 : 0, from, to);
    if (style.wrap !== undefined) out.wrap.fill(style.wrap ? 1 : 0, from, to);
  }
}

export interface RowHeight {
  readonly row: number;
  readonly height: number;
  /**
   * True when Excel's own autofit gives the right height (wrapped text only in cells that are not merged);
   * false when only the estimate knows (merged cells, which Excel's autofit ignores).
   */
  readonly autofit: boolean;
}

/**
 * The height of every row that needs more than the default: the larger of the height the planner asked
 * for and the estimate of its tallest cell. A merged area's text counts in its top row, at the width of all
 * its columns (areas spanning several rows share their lines among them).
 */
export function estimateRowHeights(
  plan: Pick<SheetPlan, "values" | "styles" | "merges" | "font" | "columnWidths">,
  asked: readonly { readonly row: number; readonly height: number }[],
): RowHeight[] {
  const columns = plan.columnWidths.length;
  const cellLooks = looks(plan, columns);
  const mergeAt = new Map<number, Area>();
  const covered = new Set<number>();
  for (const m of plan.merges) {
    mergeAt.set(m.top * columns + m.left, m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * columns + c);
  }
  const needed = new Map<number, { height: number; merged: boolean }>();
  const need = (row: number, height: number, merged: boolean) => {
    const now = needed.get(row);
    if (now === undefined || height > now.height)
      needed.set(row, { height, merged: merged || !!now?.merged });
    else if (merged) now.merged = true;
  };
  plan.values.forEach((values, r) => {
    values.forEach((value, c) => {
      const at = r * columns + c;
      if (c >= columns || covered.has(at)) return;
      const look = {
        size: cellLooks.size[at],
        bold: cellLooks.bold[at] === 1,
        wrap: cellLooks.wrap[at] === 1,
      };
      // A number never holds a line break: unwrapped, it takes one line whatever it shows.
      if (typeof value === "number" && !look.wrap) {
        need(r, linesHeight(1, look.size), false);
        return;
      }
      const text = shownText(value);
      if (text === "") return;
      const merge = mergeAt.get(at);
      const spanWidths = merge
        ? plan.columnWidths.slice(merge.left, merge.right + 1)
        : [plan.columnWidths[c]];
      const lines = look.wrap
        ? wrappedLines(text, cellWidthPt(spanWidths), look.size, look.bold)
        : text.split(/\r?\n/).length;
      const span = merge ? merge.bottom - merge.top + 1 : 1;
      need(r, linesHeight(Math.ceil(lines / span), look.size), merge !== undefined && look.wrap);
    });
  });
  const defaultHeight = linesHeight(1, plan.font.size);
  for (const { row, height } of asked) need(row, height, needed.get(row)?.merged ?? false);
  return [...needed]
    .filter(([, n]) => n.height > defaultHeight)
    .sort((a, b) => a[0] - b[0])
    .map(([row, n]) => ({ row, height: n.height, autofit: !n.merged }));
}
