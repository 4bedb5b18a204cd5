/**
 * The administrative parts every report sheet and the notice share, resolved once from the settings and the
 * score sheet (Nghị định 30/2020/NĐ-CP): the agency lines (settings, else the score sheet's, else a blank
 * province), the number ("Số:      /TB-SNV"), the place and date line ("Hải Dương, ngày      tháng      năm
 * 2022"), the document's kind and the annex line under the sheets' titles.
 */
import type { Settings } from "../settings";
import type { Texts } from "./context";
import { agencyLetters, placeOf, type SourceLetterhead } from "./source";

/** The agency lines when neither the settings nor the score sheet give any. */
export const FALLBACK_AGENCY = ["UBND TỈNH …", "SỞ NỘI VỤ"] as const;

export interface DocumentHead {
  /** The superior body, then the issuing agency (the last line). */
  readonly agency: readonly string[];
  /** "THÔNG BÁO" or "BÁO CÁO". */
  readonly kind: Settings["report"]["documentKind"];
  /** What follows "Số:" — the number, or a blank and the letters ("     /TB-SNV"). */
  readonly number: string;
  /** "Số:      /TB-SNV". */
  readonly numberLine: string;
  /** The place ("Hải Dương"), or dots when unknown. */
  readonly place: string;
  /** "Hải Dương, ngày      tháng      năm 2022", or the full date when the settings give it. */
  readonly dateLine: string;
  /** The year of the document. */
  readonly year: number;
  /** "(Kèm theo Thông báo số      /TB-SNV của Sở Nội vụ)", or null for none. */
  readonly annex: string | null;
}

/** "SỞ NỘI VỤ" → "Sở Nội vụ": the agency's name as a sentence says it (the first letter and known names). */
export function inSentence(agency: string): string {
  const lower = agency.toLocaleLowerCase("vi");
  const words = lower.split(" ");
  const out = words.map((w, i) => (i === 0 ? w.charAt(0).toLocaleUpperCase("vi") + w.slice(1) : w));
  const text = out.join(" ");
  // Proper names after the kind of body keep their capitals: "Sở Nội vụ", "Văn phòng UBND tỉnh".
  return text
    .replace(/\bubnd\b/giu, "UBND")
    .replace(
      /^(Sở|Ban|Văn phòng|Thanh tra) (\p{L})/u,
      (_, kind: string, ch: string) => `${kind} ${ch.toLocaleUpperCase("vi")}`,
    );
}

/** Day and month as Nghị định 30 writes them: a leading zero for days below 10 and for January and February. */
function dateParts(iso: string): { day: string; month: string; year: string } {
  const [year, month, day] = iso.split("-");
  const m = Number(month);
  return { day, month: m <= 2 ? month : String(m), year };
}

export function documentHead(
  settings: Settings,
  source: SourceLetterhead,
  tx: Texts,
  year: number,
): DocumentHead {
  const report = settings.report;
  const agency =
    report.agency.length > 0 ? report.agency : source.agency.length > 0 ? source.agency : FALLBACK_AGENCY;
  const kind = report.documentKind;
  const issuer = agency[agency.length - 1];
  const letters = agencyLetters(issuer);
  const number =
    report.number.trim() !== ""
      ? report.number.trim()
      : `      /${kind === "BÁO CÁO" ? "BC" : "TB"}${letters !== "" ? `-${letters}` : ""}`;
  const place =
    report.place.trim() !== "" ? report.place.trim() : (placeOf(agency[0]) ?? tx.t("rpPlaceUnknown"));
  const date = report.date;
  const docYear = date !== null ? Number(date.slice(0, 4)) : year;
  const dateLine =
    date !== null
      ? tx.t("rpPlaceDateFull", { place, ...dateParts(date) })
      : tx.t("rpPlaceDate", { place, year: String(docYear) });
  const kindWords = kind === "BÁO CÁO" ? "Báo cáo" : "Thông báo";
  const annex =
    report.annex === null
      ? tx.t("rpAnnex", { kind: kindWords, number, agency: inSentence(issuer) })
      : report.annex.trim() === ""
        ? null
        : report.annex.trim();
  return {
    agency,
    kind,
    number,
    numberLine: tx.t("rpNumber", { number }),
    place,
    dateLine,
    year: docYear,
    annex,
  };
}
