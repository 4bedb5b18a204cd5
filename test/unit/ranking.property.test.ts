/**
 * Property-based tests of the ranking and threshold rules, and agreement with a real spreadsheet engine
 * (HyperFormula, dev-only) computing group ranks with the COUNTIFS formula staff use in Excel.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { readCell } from "../../src/core/cellValue";
import { rankAll, rankOf } from "../../src/core/ranking";
import { isBelowThreshold } from "../../src/core/scoring";
import { ranks } from "../../src/functions/functions";

/**
 * Scores as published: up to 4 decimals in 0–100 — often repeated, so that ties happen — sometimes with the
 * binary noise a formula leaves (85.19999999999999 for 85.2).
 */
const base = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000),
  fc.constantFrom(85.2, 85.86, 6.3, 90, 75, 91.53, 90.33, 0.3, 7.35),
);
const score = fc.tuple(base, fc.constantFrom("exact", "up", "down", "formula")).map(([exact, form]) => {
  switch (form) {
    case "up": // one or two units in the last place above, as a formula result can be
      return exact * (1 + Number.EPSILON);
    case "down":
      return exact * (1 - 2 * Number.EPSILON);
    case "formula":
      return exact + 0.1 - 0.1;
    default:
      return exact;
  }
});
const group = fc.constantFrom("Sở", "Phường", "Xã", "Đặc khu");
const cell = fc.oneof(
  { weight: 8, arbitrary: score },
  { weight: 1, arbitrary: fc.constantFrom(null, "KAD", "-", "") },
);
const rows = fc.array(fc.tuple(cell, group), { minLength: 1, maxLength: 60 });

const numbersOf = (cells: unknown[]): (number | null)[] =>
  cells.map((c) => {
    const r = readCell(c);
    return r.kind === "number" ? r.value : null;
  });

describe("ranking properties", () => {
  it("is invariant under permutation of the rows", () => {
    fc.assert(
      fc.property(
        rows.chain((r) =>
          fc.tuple(
            fc.constant(r),
            fc.shuffledSubarray(
              r.map((_, i) => i),
              { minLength: r.length },
            ),
          ),
        ),
        ([data, order]) => {
          const values = numbersOf(data.map(([v]) => v));
          const groups = data.map(([, g]) => g);
          const base = rankAll(values, groups);
          const permuted = rankAll(
            order.map((i) => values[i]),
            order.map((i) => groups[i]),
          );
          expect(permuted).toEqual(order.map((i) => base[i]));
        },
      ),
    );
  });

  it("gives ranks in 1..n with competition counts (1, 2, 2, 4): rank r has exactly r − 1 better units", () => {
    fc.assert(
      fc.property(fc.array(fc.option(score, { nil: null }), { maxLength: 80 }), (values) => {
        const result = rankAll(values);
        const ranked = result.filter((r): r is number => r !== null);
        const n = values.filter((v) => v !== null).length;
        expect(ranked.length).toBe(n);
        for (const r of ranked) {
          expect(r).toBeGreaterThanOrEqual(1);
          expect(r).toBeLessThanOrEqual(n);
          expect(ranked.filter((x) => x < r).length).toBe(r - 1);
        }
        if (n > 0) expect(Math.min(...ranked)).toBe(1);
      }),
    );
  });

  it("dense ranks are consecutive from 1", () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 60 }), (values) => {
        const dense = rankAll(values, undefined, { method: "dense" }) as number[];
        const distinct = [...new Set(dense)].sort((a, b) => a - b);
        expect(distinct).toEqual(distinct.map((_, i) => i + 1));
      }),
    );
  });

  it("ranks each group independently of the others", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const values = numbersOf(data.map(([v]) => v));
        const groups = data.map(([, g]) => g);
        const together = rankAll(values, groups);
        for (const g of new Set(groups)) {
          const idx = groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
          const alone = rankAll(idx.map((i) => values[i]));
          expect(alone).toEqual(idx.map((i) => together[i]));
        }
      }),
    );
  });

  it("rankOf (one value, one pass) agrees with rankAll (sorted), competition and dense, rounded or not", () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 60 }),
        fc.constantFrom("competition" as const, "dense" as const),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (values, method, decimals) => {
          const all = rankAll(values, undefined, { method, decimals });
          values.forEach((v, i) => expect(rankOf(v, values, { method, decimals })).toBe(all[i]));
        },
      ),
    );
  });
});

describe("threshold properties", () => {
  it("BELOW75 is monotone in the score", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }).map((m) => m / 100),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        (max, a, b, threshold) => {
          const [low, high] = [Math.min(a, b), Math.max(a, b)].map((x) => (x / 10_000) * max);
          if (isBelowThreshold(high, max, threshold))
            expect(isBelowThreshold(low, max, threshold)).toBe(true);
        },
      ),
    );
  });

  it("is never below exactly at the threshold, however the product is written in binary", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (hundredths) => {
        const max = hundredths / 100; // maxima with 2 decimals, like 9.8 or 8.4
        const atThreshold = Number(((max * 3) / 4).toPrecision(15));
        expect(isBelowThreshold(atThreshold, max, 75)).toBe(false);
        expect(isBelowThreshold(atThreshold, max, 0.75)).toBe(false);
      }),
    );
  });
});

describe("agreement with a spreadsheet engine (HyperFormula)", () => {
  /**
   * The group rank staff write in Excel: =COUNTIFS(groups, group, values, ">"&value) + 1.
   * HyperFormula decides "greater" with a relative epsilon when smartRounding is on (default 1e-13):
   * values that differ only by binary noise compare equal, as they do under our 15-digit rule and as
   * Excel displays them. Both settings are pinned so that an upgrade cannot change the oracle silently.
   */
  function engineRanks(values: unknown[], groups: string[], smartRounding: boolean): (number | null)[] {
    const sheet = values.map((v, i) => [v as number | string | null, groups[i]]);
    const hf = HyperFormula.buildFromArray(sheet, {
      licenseKey: "gpl-v3",
      smartRounding,
      precisionEpsilon: 1e-13,
    });
    const n = values.length;
    const sheetId = 0;
    const formulas = values.map((_, i) => [`=COUNTIFS($B$1:$B$${n},B${i + 1},$A$1:$A$${n},">"&A${i + 1})+1`]);
    hf.setCellContents({ sheet: sheetId, row: 0, col: 2 }, formulas);
    const result = values.map((v, i) =>
      typeof v === "number" ? (hf.getCellValue({ sheet: sheetId, row: i, col: 2 }) as number) : null,
    );
    hf.destroy();
    return result;
  }

  it("computes the same group ranks as the COUNTIFS formula on random data", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const values = data.map(([v]) => v);
        const groups = data.map(([, g]) => g);
        const ours = ranks(
          values.map((v) => [v]),
          groups.map((g) => [g]),
        ).map(([r]) => (r === "" ? null : r));
        expect(ours).toEqual(engineRanks(values, groups, true));
      }),
      { numRuns: 60 },
    );
  });

  it("needs smartRounding: without it the engine splits values that Excel shows as equal", () => {
    const values = [6.3, 2.03 + 4.27, 7];
    expect(values[0]).not.toBe(values[1]);
    const groups = ["Sở", "Sở", "Sở"];
    expect(engineRanks(values, groups, true)).toEqual([2, 2, 1]);
    expect(rankAll(values, groups)).toEqual([2, 2, 1]);
    expect(engineRanks(values, groups, false)).not.toEqual([2, 2, 1]);
  });
});
