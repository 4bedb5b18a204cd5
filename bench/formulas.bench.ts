/**
 * Figures of the formula pre-pass (formulas saved without their results, issue 8 2f): 3,321 units × 10
 * formulas (a SUM total, a ROUND index and 8 field percentages per unit) evaluated; and the whole reading
 * (pre-pass + detect + analyse) of 3,321 units whose total and index are such formulas, beside the same
 * table with its results stored.
 */
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { resolveFormulas } from "../src/core/formula";
import type { CellValue, Grid } from "../src/core/grid";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { report, seededRandom, time } from "./measure";

const UNITS = 3_321;
const FIELDS = 8;
const MAXIMA = [6, 9, 16, 9, 9, 10, 11, 30];
const HEADER = [
  "STT",
  "Tên cơ quan, đơn vị",
  ...MAXIMA.map((_, i) => `Lĩnh vực ${i + 1}`),
  "Tổng điểm",
  "Chỉ số (%)",
];
const FIELD_COLUMNS = "CDEFGHIJ";

/**
 * The table with every formula saved without its result (`withFormulas`), or with its results stored;
 * `percentages` adds the 8 field-percentage columns (M–T), which detection would take for fields.
 */
function table(withFormulas: boolean, percentages = true): Grid {
  const random = seededRandom(2021);
  const width = HEADER.length + (percentages ? FIELDS : 0);
  const pad = (row: CellValue[]) => [...row, ...new Array<CellValue>(width - row.length).fill(null)];
  const values: CellValue[][] = [
    pad(["KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"]),
    pad([...HEADER, ...(percentages ? MAXIMA.map((_, i) => `% lĩnh vực ${i + 1}`) : [])]),
    pad([null, "Điểm tối đa", ...MAXIMA, 100, 100]),
    pad(["I", "CÁC ĐƠN VỊ"]),
  ];
  const formulas = new Map<string, string>();
  for (let u = 0; u < UNITS; u++) {
    const row = values.length + 1;
    const scores = MAXIMA.map((m) => Math.round(random() * m * 100) / 100);
    const total = scores.reduce((a, b) => a + b, 0);
    const stored = withFormulas
      ? new Array<CellValue>(2 + FIELDS).fill(null)
      : [
          total,
          Math.round(total * 100) / 100,
          ...scores.map((s, i) => Math.round((s / MAXIMA[i]) * 10_000) / 100),
        ];
    values.push([u + 1, `Đơn vị ${u + 1}`, ...scores, ...stored]);
    if (!withFormulas) continue;
    formulas.set(`K${row}`, `SUM(C${row}:J${row})`);
    formulas.set(`L${row}`, `ROUND(K${row}/$K$3*100,2)`);
    for (let i = 0; percentages && i < FIELDS; i++) {
      const column = String.fromCharCode(77 + i); // M…T
      formulas.set(`${column}${row}`, `ROUND(${FIELD_COLUMNS[i]}${row}/${FIELD_COLUMNS[i]}$3*100,2)`);
    }
  }
  return { sheet: "Chỉ số 2021", top: 1, left: 1, values, merges: [], ...(withFormulas ? { formulas } : {}) };
}

export function benchFormulas(): void {
  const withFormulas = table(true);
  const twoPerUnit = table(true, false);
  const stored = table(false, false);
  const count = withFormulas.formulas?.size ?? 0;
  const check = resolveFormulas([withFormulas]);
  if (check.sheets[0].unsupported.length > 0) throw new Error("bench: a formula was not computed");
  const resolveMs = time(() => resolveFormulas([withFormulas]), 15);
  report({
    name: `Formula pre-pass: ${count.toLocaleString("en")} formulas (${UNITS.toLocaleString("en")} units × 10)`,
    medianMs: resolveMs,
  });
  const wholeMs = time(() => analyseWorkbook({ grids: [twoPerUnit], settings: DEFAULT_SETTINGS }), 15);
  report({
    name: `Pre-pass + detect + analyse, ${UNITS.toLocaleString("en")} units (total, index as formulas)`,
    medianMs: wholeMs,
  });
  const storedMs = time(() => analyseWorkbook({ grids: [stored], settings: DEFAULT_SETTINGS }), 15);
  report({ name: "  the same table with its results stored", medianMs: storedMs });
}
