/** Figures of the custom functions (issue: foundation): RANKS, RANK per row, and the COUNTIFS engine ratio. */
import { HyperFormula } from "hyperformula";
import { rank, ranks } from "../src/functions/functions";
import { report, seededRandom, time } from "./measure";

const GROUPS = ["Sở", "Phường", "Xã"];

function scores(n: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => [Math.round(random() * 1_000_000) / 10_000]);
}

function groups(n: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => [GROUPS[Math.floor(random() * GROUPS.length)]]);
}

export function benchFunctions(): void {
  const big = scores(100_000, 1);
  const ranksMs = time(() => ranks(big), 15);
  report({ name: "CCHC.RANKS over 100,000 values", medianMs: ranksMs, target: "≤ 50 ms", ok: ranksMs <= 50 });

  const communes = scores(3_321, 2);
  const rankPerRowMs = time(() => {
    for (const [value] of communes) rank(value, communes);
  }, 9);
  report({
    name: "CCHC.RANK once per row, 3,321 rows against the same range (total)",
    medianMs: rankPerRowMs,
    target: "≤ 100 ms",
    ok: rankPerRowMs <= 100,
  });

  const n = 1_000;
  const values = scores(n, 3);
  const labels = groups(n, 4);
  const oursMs = time(() => ranks(values, labels), 25);
  const engineMs = time(
    () => {
      const sheet = values.map(([v], i) => [
        v,
        labels[i][0],
        `=COUNTIFS($B$1:$B$${n},B${i + 1},$A$1:$A$${n},">"&A${i + 1})+1`,
      ]);
      const hf = HyperFormula.buildFromArray(sheet as (string | number)[][], {
        licenseKey: "gpl-v3",
        smartRounding: true,
        precisionEpsilon: 1e-13,
      });
      hf.getCellValue({ sheet: 0, row: n - 1, col: 2 });
      hf.destroy();
    },
    5,
    1,
  );
  report({ name: "CCHC.RANKS with groups, 1,000 rows", medianMs: oursMs });
  report({ name: "COUNTIFS group ranks in HyperFormula, 1,000 rows", medianMs: engineMs });
  const ratio = engineMs / oursMs;
  console.log(
    `${"  ratio engine / ours".padEnd(64)} ${ratio.toFixed(0).padStart(10)} ×  (target ≥ 100 ×)${ratio >= 100 ? "  ok" : "  UNDER TARGET"}`,
  );
}
