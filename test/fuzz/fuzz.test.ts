/**
 * A seeded fuzz run inside `npm test` (a few hundred mutated workbooks and settings files): every case
 * exits 0 or 2, leaves its input byte for byte as it was, and leaves no stray file. Long runs: npm run fuzz.
 */
import { fuzz, type Outcome } from "./run";

jest.setTimeout(600_000);

it("answers 240 mutated workbooks with exit 0 or 2, inputs unchanged, no stray files", async () => {
  const failures: Outcome[] = [];
  const codes = new Map<number, number>();
  for await (const outcome of fuzz(20261202, 240)) {
    codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
    if (outcome.failures.length > 0) failures.push(outcome);
  }
  const report = failures.map(
    (f) =>
      `seed ${f.seed}: ${f.failures.join("; ")} — ${f.steps.join(" / ")} — ${f.stderr.trim().slice(0, 300)}`,
  );
  expect(report).toEqual([]);
  // Both outcomes occur: the mutations reach the refusals and the warnings.
  expect(codes.get(0) ?? 0).toBeGreaterThan(20);
  expect(codes.get(2) ?? 0).toBeGreaterThan(20);
});
