/**
 * Classification bands (xếp loại theo chỉ số): the label of the band an index falls in. Bands are lower
 * bounds, compared under the precision rule, so 89.99999999999999 is 90 and "Xuất sắc".
 */
import { CchcError } from "./errors";
import { canonical } from "./precision";

export interface Band {
  /** Inclusive lower bound of the index (0–100). */
  readonly min: number;
  readonly label: string;
}

/** DOMAIN.md defaults: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu below. */
export const DEFAULT_BANDS: readonly Band[] = [
  { min: 90, label: "Xuất sắc" },
  { min: 80, label: "Tốt" },
  { min: 70, label: "Khá" },
  { min: 50, label: "Trung bình" },
  { min: 0, label: "Yếu" },
];

/** Bands sorted from the highest lower bound; rejects an empty table and duplicate bounds. */
export function normaliseBands(bands: readonly Band[]): Band[] {
  if (bands.length === 0) throw new CchcError("#VALUE!", "emptyBands");
  const sorted = [...bands].sort((a, b) => canonical(b.min) - canonical(a.min));
  for (let i = 1; i < sorted.length; i++) {
    if (canonical(sorted[i].min) === canonical(sorted[i - 1].min)) {
      throw new CchcError("#VALUE!", "duplicateBand", { bound: sorted[i].min });
    }
  }
  return sorted;
}

/** The band an index (0–100) falls in; `sorted` says the bands already went through normaliseBands. */
export function bandOf(index: number, bands: readonly Band[] = DEFAULT_BANDS, sorted = false): Band {
  const value = canonical(index);
  if (value < 0 || value > 100) throw new CchcError("#VALUE!", "indexOutOfRange", { index });
  for (const band of sorted ? bands : normaliseBands(bands)) {
    if (value >= canonical(band.min)) return band;
  }
  throw new CchcError("#N/A", "noBand", { index });
}
