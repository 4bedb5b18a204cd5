/**
 * The one precision rule (DOMAIN.md): every number is first rounded to 15 significant digits — what
 * Excel displays — and then compared as an exact decimal. 85.19999999999999 equals 85.2, and
 * 7.35 of 9.8 is exactly 75 %.
 */

/** An exact decimal: mantissa × 10^exponent. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly exponent: number;
}

const ZERO: Decimal = { mantissa: 0n, exponent: 0 };

/**
 * The number Excel shows: `x` rounded to 15 significant digits, as the nearest double.
 * Distinct 15-digit decimals map to distinct doubles and the mapping keeps order, so the result is an
 * exact key for sorting and equality.
 */
export function canonical(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  // Fast path: x is the double nearest a decimal with at most 4 places (and < 1e11), whose 15-digit
  // rounding is that decimal again — so x is already canonical. Exact, not a tolerance.
  if (Math.abs(x) < 1e11 && Math.round(x * 1e4) / 1e4 === x) return x;
  return Number(x.toPrecision(15));
}

/** `x` rounded to 15 significant digits, as an exact decimal. */
export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return ZERO;
  const text = x.toPrecision(15);
  const [coefficient, exponentPart] = text.split("e");
  const negative = coefficient.startsWith("-");
  const unsigned = negative ? coefficient.slice(1) : coefficient;
  const dot = unsigned.indexOf(".");
  const digits = dot < 0 ? unsigned : unsigned.slice(0, dot) + unsigned.slice(dot + 1);
  const fractionLength = dot < 0 ? 0 : unsigned.length - dot - 1;
  const mantissa = BigInt(digits) * (negative ? -1n : 1n);
  return normalise({ mantissa, exponent: Number(exponentPart ?? 0) - fractionLength });
}

/** Drops trailing zeros so that equal values have one representation. */
function normalise(d: Decimal): Decimal {
  if (d.mantissa === 0n) return ZERO;
  let { mantissa, exponent } = d;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  return { mantissa, exponent };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return normalise({ mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent });
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const exponent = Math.min(a.exponent, b.exponent);
  const left = a.mantissa * 10n ** BigInt(a.exponent - exponent);
  const right = b.mantissa * 10n ** BigInt(b.exponent - exponent);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Compares two numbers under the precision rule. */
export function compare15(a: number, b: number): -1 | 0 | 1 {
  const left = canonical(a);
  const right = canonical(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function decimalToNumber(d: Decimal): number {
  return Number(`${d.mantissa}e${d.exponent}`);
}

/**
 * Excel's ROUND(x, places) applied to the value Excel shows (15 digits): half away from zero, decided on
 * the exact decimal, so ROUND(2.675, 2) is 2.68 as in Excel although 2.675 is 2.67499… in binary.
 */
export function roundHalfAwayFromZero(x: number, places: number): number {
  const scale = 10 ** places;
  // Fast path: x already has at most `places` decimals (exact, as in canonical()).
  if (Math.abs(x) * scale < 2 ** 52 && Math.round(x * scale) / scale === x) return x === 0 ? 0 : x;
  if (!Number.isFinite(x)) return x;
  // Round the 15-digit decimal text: "2.67500000000000" → 2.68.
  const text = Math.abs(x).toPrecision(15);
  if (text.includes("e")) {
    const d = toDecimal(x);
    const drop = -places - d.exponent;
    if (drop <= 0) return canonical(x);
    const divisor = 10n ** BigInt(drop);
    const magnitude = d.mantissa < 0n ? -d.mantissa : d.mantissa;
    let quotient = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
    return decimalToNumber({ mantissa: d.mantissa < 0n ? -quotient : quotient, exponent: -places });
  }
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? "" : text.slice(dot + 1);
  if (fraction.length <= places) return x < 0 ? -Number(text) : Number(text);
  const kept = whole + fraction.slice(0, places);
  const up = fraction.charCodeAt(places) >= 53; // "5"
  let digits = kept;
  if (up) {
    const chars = kept.split("");
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === "9") chars[i--] = "0";
    if (i < 0) chars.unshift("1");
    else chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
    digits = chars.join("");
  }
  const value = Number(
    places === 0 ? digits : `${digits.slice(0, digits.length - places)}.${digits.slice(-places)}`,
  );
  return x < 0 && value !== 0 ? -value : value;
}
