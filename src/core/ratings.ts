/**
 * Head ratings (xếp loại người đứng đầu về CCHC): decided by the province, read from the workbook in full
 * words or abbreviations, any case, or entered by the user; derived from the index only on request.
 */
import { foldText } from "./names";

export const HEAD_RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type HeadRating = (typeof HEAD_RATINGS)[number];

export const HEAD_RATING_LABELS: Readonly<Record<HeadRating, string>> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

/** Reads a rating cell: "HTNV", "htnv", "Hoàn thành nhiệm vụ", "Không hoàn thành NV"…; null when it is none of them. */
export function parseHeadRating(text: string): HeadRating | null {
  const folded = foldText(text)
    .replace(/\bnv\b/g, "nhiem vu")
    .replace(/\bht\b/g, "hoan thanh");
  const compact = folded.replace(/ /g, "");
  if (compact === "khtnv" || /^khong hoan thanh( nhiem vu)?$/.test(folded)) return "KHTNV";
  if (compact === "htxsnv" || /^hoan thanh xuat sac( nhiem vu)?$/.test(folded)) return "HTXSNV";
  if (compact === "httnv" || /^hoan thanh tot( nhiem vu)?$/.test(folded)) return "HTTNV";
  if (compact === "htnv" || /^hoan thanh( nhiem vu)?$/.test(folded)) return "HTNV";
  return null;
}
