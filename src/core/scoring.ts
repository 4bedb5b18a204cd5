/**
 * Scoring rules of DOMAIN.md: the index (points ÷ maximum × 100), the threshold check (below 75 % of the
 * maximum, decided on exact decimals), and the rank change (previous − current).
 */
import { CchcError } from "./errors";
import { canonical, compareDecimal, decimalToNumber, multiply, toDecimal, type Decimal } from "./precision";

export const DEFAULT_THRESHOLD_PERCENT = 75;

const HUNDRED = toDecimal(100);

/** Checks a score against its maximum: max > 0 (#NUM!), 0 ≤ score ≤ max (#VALUE!), under the precision rule. */
export function checkScore(score: number, max: number): void {
  // canonical() keeps order and sign, so plain comparisons that pass are final.
  if (max > 0 && score >= 0 && score <= max) return;
  if (canonical(max) <= 0) throw new CchcError("#NUM!", "maxNotPositive", { max });
  if (canonical(score) < 0) throw new CchcError("#VALUE!", "scoreNegative", { score });
  if (canonical(score) > canonical(max)) throw new CchcError("#VALUE!", "scoreAboveMax", { score, max });
}

/** The index in percent at full precision (then shown as Excel shows it: 15 digits). */
export function computeIndex(score: number, max: number): number {
  checkScore(score, max);
  return canonical((score / max) * 100);
}

/**
 * A threshold as an exact percentage: above 1 it is a percentage (75), in (0, 1] a fraction (0.75).
 * Anything else is #NUM!.
 */
let lastThreshold: {
  readonly threshold: number;
  readonly percent: Decimal;
  readonly approximate: number;
} | null = null;

export function thresholdPercent(threshold: number): Decimal {
  if (lastThreshold?.threshold === threshold) return lastThreshold.percent;
  if (!Number.isFinite(threshold) || canonical(threshold) <= 0 || canonical(threshold) > 100) {
    throw new CchcError("#NUM!", "thresholdOutOfRange", { threshold });
  }
  const exact = toDecimal(threshold);
  const percent = canonical(threshold) <= 1 ? multiply(exact, HUNDRED) : exact;
  lastThreshold = { threshold, percent, approximate: decimalToNumber(percent) };
  return percent;
}

/** True when score < threshold % of max, decided exactly: 7.35 of 9.8 and 6.3 of 8.4 are not below 75 %. */
export function isBelowThreshold(
  score: number,
  max: number,
  threshold: number = DEFAULT_THRESHOLD_PERCENT,
): boolean {
  const percent = thresholdPercent(threshold);
  checkScore(score, max);
  // score < percent/100 × max  ⇔  score × 100 < percent × max; floating point decides unless the two
  // sides are within rounding noise of each other, where exact decimals do.
  const left = score * 100;
  const right =
    (lastThreshold?.percent === percent ? lastThreshold.approximate : decimalToNumber(percent)) * max;
  if (Math.abs(left - right) > Math.max(Math.abs(left), Math.abs(right)) * 1e-9) return left < right;
  return compareDecimal(multiply(toDecimal(score), HUNDRED), multiply(percent, toDecimal(max))) < 0;
}

/** Validates a rank: a positive whole number under the precision rule. */
export function checkRank(rank: number): number {
  const value = canonical(rank);
  if (!Number.isInteger(value) || value < 1)
    throw new CchcError("#VALUE!", "rankNotPositiveInteger", { rank });
  return value;
}

/** previous − current: positive = moved up, negative = dropped, 0 = unchanged. */
export function rankChange(current: number, previous: number): number {
  return checkRank(previous) - checkRank(current);
}
