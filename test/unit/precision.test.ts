import fc from "fast-check";
import {
  canonical,
  compare15,
  compareDecimal,
  multiply,
  roundHalfAwayFromZero,
  toDecimal,
} from "../../src/core/precision";

describe("the precision rule: 15 significant digits, then exact decimals", () => {
  it.each([
    [2.03 + 4.27, 6.3],
    [(75.6 / 84) * 100, 90],
    [85.19999999999999, 85.2],
    [89.99999999999999, 90],
    [0.1 + 0.2, 0.3],
    [-0.1 - 0.2, -0.3],
    [1e21 + 1, 1e21],
    [123456789012345.6, 123456789012346],
    [0, 0],
    [-0, 0],
  ])("canonical(%p) is %p", (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it("keeps values that differ in the 15th significant digit apart", () => {
    expect(compare15(85.2, 85.2000000000001)).toBe(-1);
    expect(compare15(85.8612, 85.8571)).toBe(1);
    expect(compare15(85.2, 85.19999999999999)).toBe(0);
  });

  it("turns numbers into exact decimals", () => {
    expect(toDecimal(7.35)).toEqual({ mantissa: 735n, exponent: -2 });
    expect(toDecimal(2.03 + 4.27)).toEqual({ mantissa: 63n, exponent: -1 });
    expect(toDecimal(1500)).toEqual({ mantissa: 15n, exponent: 2 });
    expect(toDecimal(-0.0001234)).toEqual({ mantissa: -1234n, exponent: -7 });
    expect(toDecimal(1e-20)).toEqual({ mantissa: 1n, exponent: -20 });
    expect(() => toDecimal(Infinity)).toThrow(RangeError);
  });

  it("multiplies and compares exactly where binary floating point does not", () => {
    // 7.35 × 100 vs 75 × 9.8: equal as decimals, while 7.35 / 9.8 < 0.75 in binary.
    expect(7.35 / 9.8 < 0.75).toBe(true);
    expect(
      compareDecimal(multiply(toDecimal(7.35), toDecimal(100)), multiply(toDecimal(75), toDecimal(9.8))),
    ).toBe(0);
    expect(compareDecimal(toDecimal(0.1), toDecimal(0.09999999999))).toBe(1);
    expect(compareDecimal(toDecimal(-2), toDecimal(1))).toBe(-1);
  });

  it.each([
    [2.675, 2, 2.68],
    [-2.675, 2, -2.68],
    [85.855, 2, 85.86],
    [85.8549999, 2, 85.85],
    [1.005, 2, 1.01],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1234.5, 0, 1235],
    [85.86, 4, 85.86],
  ])("ROUND(%p, %p) is %p, as Excel rounds", (value, places, expected) => {
    expect(roundHalfAwayFromZero(value, places)).toBe(expected);
  });
});

describe("ROUND on the shown value agrees with exact decimal arithmetic", () => {
  /** The reference: round the exact 15-digit decimal with big integers, half away from zero. */
  function reference(x: number, places: number): number {
    const d = toDecimal(x);
    const drop = -places - d.exponent;
    if (drop <= 0) return canonical(x);
    const divisor = 10n ** BigInt(drop);
    const magnitude = d.mantissa < 0n ? -d.mantissa : d.mantissa;
    let quotient = magnitude / divisor;
    if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
    return Number(`${d.mantissa < 0n ? -quotient : quotient}e${-places}`);
  }

  it("for any value and 0–10 places", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
          fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000 + 0.005),
          fc.double({ min: -1e-8, max: 1e-8, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 10 }),
        (x, places) => {
          expect(roundHalfAwayFromZero(x, places)).toBe(reference(x, places));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
