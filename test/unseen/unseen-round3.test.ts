/**
 * Unseen workbooks, round 3: nine more workbooks this project has never seen (test/unseen/builder3.ts writes them with
 * ExcelJS directly, with two last-year files and a settings file), run through the real command (`node bin/cchc.js
 * report … --json`, one process per run, a few at a time), and compared with results computed here from the data
 * written: total = sum of the fields that apply, index = total ÷ the unit's own maximum × 100, competition ranks within
 * each group (exact, cross-multiplied), a checked component below 75 % of the unit's own maximum (exact hundredths),
 * rank change against last year (aliases from the settings file; a unit without a comparable previous rank is never a
 * change), dropped units, reviews for HTNV / KHTNV with who attends and the deadline.
 *
 * What it varies: Excel's own quirks (merged name and total cells, a hidden row, an AutoFilter, rich text, "(*)"
 * marks, line breaks, percent-formatted and text indices, a date-formatted index), the 2025 reorganisation with
 * aliases, last year as a sheet of the same workbook, ties in groups of 1 / 40 / 6 units, head ratings in words and
 * codes, abbreviated checked components in another order, a maxima row per group, and two refusals (an index column
 * holding ranks; two tables side by side).
 *
 * Checks the product does not pass yet are `test.failing` with the reason in KNOWN (so the suite stays green and a
 * fix turns them red: then remove the entry). Expectations are never loosened to pass.
 */
import { round, type Json, type RunSpec } from "./harness";
import { buildAll3, type Book2 } from "./builder3";

/** The JSON as round 3 reads it: the reviews with who attends, the deadline and where to send. */
type Json3 = Json<{
  unit: string;
  group: string;
  rating: string;
  attendee: string;
  deadline: string;
  sendTo: string;
}>;

/**
 * Checks that fail today: `<run>: <check>` → what goes wrong and the smallest change to the workbook that makes it
 * pass (found by trying). Add an entry, never loosen a check.
 */
const KNOWN: Record<string, string> = {};

const RUNS: RunSpec[] = [
  ...["xq1", "rg2", "ly3", "ti4", "hr5", "ab6", "gm7"].map((id) => ({
    key: id,
    id,
    args: [],
    refused: false,
  })),
  ...["rk8", "sb9"].map((id) => ({ key: id, id, args: [], refused: true })),
];

/** A unit's name as a reader compares it: NFC, spaces (line breaks too) collapsed, case, a trailing "(*)" mark. */
const nameKey = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\(\*+\)$/, "")
    .toLowerCase();

const { models, check, unitsOf } = round<Json3>({
  tmpPrefix: "cchc-unseen3-",
  buildAll: buildAll3,
  RUNS,
  KNOWN,
  nameKey,
});

describe("names written with Excel's quirks (xq1)", () => {
  check("xq1", "reports each name as the unit's name: rich text joined, no line break, no '(*)' mark", () => {
    const { json } = unitsOf("xq1");
    const want = (models.get("xq1") as Book2).units.map((u) => u.name).sort();
    expect(json.units.map((u) => u.name).sort()).toEqual(want);
  });
});

describe("the review list's details (hr5)", () => {
  check(
    "hr5",
    "gives each review who attends by the unit's kind, the deadline 15/3 of the next year, and where to",
    () => {
      const { json } = unitsOf("hr5");
      const groupOf = new Map((models.get("hr5") as Book2).units.map((u) => [nameKey(u.name), u.group]));
      const got = json.reviews.map((r) => ({
        unit: r.unit,
        attendee:
          groupOf.get(nameKey(r.unit)) === "so"
            ? /UBND tỉnh/i.test(r.attendee)
            : /Ban Thường vụ/i.test(r.attendee),
        deadline: r.deadline,
        sendTo: /Ban cán sự đảng UBND tỉnh/i.test(r.sendTo),
      }));
      expect(got).toEqual(
        got.map((g) => ({ unit: g.unit, attendee: true, deadline: "2025-03-15", sendTo: true })),
      );
    },
  );
});
