/**
 * What the score sheet says about its own document: the agency lines at its top left (the superior body,
 * then the issuing agency — "UBND TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"), read from the rows above the table's header,
 * left of the national motto; and the place they name ("Hải Dương"). The report's letterhead uses them unless
 * the settings say otherwise.
 */
import type { Analysis } from "../analyse";
import type { Grid } from "../grid";
import { cleanText, foldText } from "../names";

export interface SourceLetterhead {
  /** The agency lines, top to bottom (at most 4); empty when the sheet has none. */
  readonly agency: readonly string[];
}

/** Lines that are not agency lines: the motto, the title, the annex line, a date or number line. */
function notAgency(folded: string, text: string): boolean {
  return (
    /^(cong hoa|doc lap)/.test(folded) ||
    /(ket qua|chi so|bang tong hop|xep hang|danh sach|bao cao|thong bao)/.test(folded) ||
    text.trimStart().startsWith("(") ||
    /^số\s*[:\d.]/iu.test(text.trim()) ||
    /\bngay \d/.test(folded)
  );
}

/** The agency lines of the first table's sheet. */
export function sourceLetterhead(
  grids: readonly Grid[] | undefined,
  analysis: Pick<Analysis, "tables">,
): SourceLetterhead {
  const table = analysis.tables[0];
  const grid = table ? grids?.find((g) => g.sheet === table.sheet) : undefined;
  if (!table || !grid) return { agency: [] };
  const lines: string[] = [];
  const last = Math.min(table.headerTop - 1, grid.top + grid.values.length - 1);
  for (let r = grid.top; r <= last && lines.length < 4; r++) {
    const row = grid.values[r - grid.top] ?? [];
    // The motto's column splits the row: the agency is what lies left of it.
    const mottoAt = row.findIndex((v) => typeof v === "string" && /^(cong hoa|doc lap)/.test(foldText(v)));
    const left = mottoAt >= 0 ? row.slice(0, mottoAt) : row.slice(0, Math.max(1, Math.ceil(row.length / 2)));
    const first = left.find((v): v is string => typeof v === "string" && v.trim() !== "");
    if (first === undefined) {
      // A blank row after the agency lines ends them.
      if (lines.length > 0) break;
      continue;
    }
    const text = cleanText(first);
    const folded = foldText(text);
    if (notAgency(folded, text)) {
      if (lines.length > 0 || /(ket qua|chi so|bang tong hop|xep hang|danh sach)/.test(folded)) break;
      continue;
    }
    lines.push(text);
  }
  return { agency: lines };
}

/** Each word with a capital first letter and the rest in small letters: "HẢI DƯƠNG" → "Hải Dương". */
function titleCase(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

/**
 * The place named by the superior body: "UBND TỈNH HẢI DƯƠNG" → "Hải Dương", "UBND THÀNH PHỐ HẢI PHÒNG" →
 * "Hải Phòng"; null when the line names no province or city ("UBND TỈNH …").
 */
export function placeOf(superior: string | undefined): string | null {
  if (superior === undefined) return null;
  const match =
    /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ)?\s*(?:TỈNH|THÀNH PHỐ|TP\.?)\s+(.+)$/iu.exec(
      cleanText(superior).normalize("NFC"),
    );
  if (!match) return null;
  const name = match[1].replace(/[.…\s]+$/u, "").trim();
  if (name === "" || !/\p{L}/u.test(name)) return null;
  return titleCase(name);
}

/** The letters of an agency's name for a document number: "SỞ NỘI VỤ" → "SNV", "UBND TỈNH" → "UBND". */
export function agencyLetters(agency: string | undefined): string {
  if (agency === undefined) return "";
  return cleanText(agency)
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => (/^[A-ZĐ]{2,}$/u.test(w) && w.length <= 5 && /^(UBND|HĐND|TW)$/u.test(w) ? w : w.charAt(0)))
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}
