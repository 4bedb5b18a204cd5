/**
 * Workbooks whose formulas were saved without their results (as scripts and web systems write them), end
 * to end: the Hải Dương examples with every cached result stripped from the file's XML give exactly the
 * results of the originals — each formula's value to the last bit, and the same `cchc report` JSON — with
 * a warning naming the columns; a formula the product cannot compute stops the run naming its cell.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { report, type ReportOptions } from "../../src/cli/main";
import type { ReportJson } from "../../src/cli/json";
import { resolveFormulas } from "../../src/core/formula";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { editPart } from "../fixtures/lib/hostileFiles";

const root = path.resolve(__dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "cchc-formulas-"));
const SHEET = "xl/worksheets/sheet1.xml";
const THIS_YEAR = path.join(root, "examples/hai-duong-2021.xlsx");
const LAST_YEAR = path.join(root, "examples/hai-duong-2020.xlsx");

/** The workbook with `edit` applied to its first sheet's XML, written to the temporary folder. */
function variant(source: string, name: string, edit: (xml: string) => string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, editPart(new Uint8Array(readFileSync(source)), SHEET, edit));
  return file;
}

/** Every formula's cached result removed, as a file written by a program other than Excel. */
const stripResults = (xml: string): string => {
  const stripped = xml.replace(/(<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>[^<]*<\/v>/g, "$1");
  expect(stripped).not.toMatch(/<\/f><v>/);
  return stripped;
};

/** Column L's formulas as one shared formula (master and followers), as Excel and some writers store them. */
const shareColumnL = (xml: string): string => {
  const cells = [...xml.matchAll(/<c r="L(\d+)"([^>]*)><f>(ROUND\(K\d+\/\$K\$9\*100,2\))<\/f>/g)];
  expect(cells.length).toBeGreaterThan(20);
  const first = cells[0][1];
  const last = cells[cells.length - 1][1];
  return xml.replace(
    /<c r="L(\d+)"([^>]*)><f>(ROUND\(K\d+\/\$K\$9\*100,2\))<\/f>/g,
    (_, row, attributes, formula) =>
      row === first
        ? `<c r="L${row}"${attributes}><f t="shared" ref="L${first}:L${last}" si="0">${formula}</f>`
        : `<c r="L${row}"${attributes}><f t="shared" si="0"/>`,
  );
};

async function cchc(workbook: string, options: Partial<ReportOptions> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await report(
    workbook,
    { sheet: [], previousSheet: [], strict: false, lang: "vi", ...options },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { code, stdout, stderr };
}

async function json(workbook: string, options: Partial<ReportOptions> = {}): Promise<ReportJson> {
  const result = await cchc(workbook, { ...options, json: "-" });
  expect(result.stderr).not.toMatch(/Lỗi|Error/);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReportJson;
}

describe("formulas saved without their results", () => {
  it("are computed to the very values Excel stored (every formula cell, to the last bit)", async () => {
    for (const source of [THIS_YEAR, LAST_YEAR]) {
      const original = await readWorkbook(readFileSync(source));
      const stripped = await readWorkbook(readFileSync(variant(source, "bits.xlsx", stripResults)));
      const name = original.sheets[0].name;
      const formulas = stripped.grid(name).formulas ?? new Map<string, string>();
      expect(formulas.size).toBeGreaterThanOrEqual(30);
      const book = resolveFormulas(stripped.sheets.map((s) => stripped.grid(s.name)));
      expect(book.sheets[0].unsupported).toEqual([]);
      const expected = original.grid(name);
      const actual = book.grids[0];
      expect(actual.top).toBe(expected.top);
      expect(actual.left).toBe(expected.left);
      for (const address of formulas.keys()) {
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
        const r = Number(digits) - expected.top;
        const c = letters.charCodeAt(0) - 64 - expected.left;
        expect([address, actual.values[r][c]]).toEqual([address, expected.values[r][c]]);
        expect(Object.is(actual.values[r][c], expected.values[r][c])).toBe(true);
      }
    }
  });

  it("give cchc report the original's results, with a warning naming the columns", async () => {
    const expected = await json(THIS_YEAR, { previous: LAST_YEAR });
    const thisYear = variant(THIS_YEAR, "2021-no-results.xlsx", stripResults);
    const lastYear = variant(LAST_YEAR, "2020-no-results.xlsx", stripResults);
    const actual = await json(thisYear, { previous: lastYear });
    const { warnings, ...results } = actual;
    const { warnings: expectedWarnings, ...expectedResults } = expected;
    expect(results).toEqual(expectedResults);
    expect(warnings).toEqual([
      {
        sheet: "Chỉ số CCHC 2021",
        row: null,
        column: null,
        message:
          "Cột C, D, E, F, G, H, I, J, K, L: 71 công thức được lưu mà không kèm kết quả (tệp do phần mềm khác tạo ra) đã được tính lại đúng như công thức (SUM, ROUND, AVERAGE).",
      },
      expect.objectContaining({ message: expect.stringMatching(/^Cột K: 30 công thức .*\(SUM\)\.$/) }),
      ...expectedWarnings,
    ]);
  });

  it("read shared formulas moved to each of their cells", async () => {
    const expected = await json(THIS_YEAR);
    const shared = variant(THIS_YEAR, "shared.xlsx", (xml) => stripResults(shareColumnL(xml)));
    const actual = await json(shared);
    expect(actual.units).toEqual(expected.units);
  });

  it("stop the run naming the cell when one in the table is not plain arithmetic (exit 2, nothing written)", async () => {
    const lookup = variant(THIS_YEAR, "vlookup.xlsx", (xml) =>
      stripResults(xml).replace("<f>SUM(C13:J13)</f>", "<f>VLOOKUP(B13,'Dữ liệu'!A:B,2,FALSE)</f>"),
    );
    const out = path.join(tmp, "report.xlsx");
    const result = await cchc(lookup, { out });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("K13, L13");
    expect(result.stderr).toContain("ô K13 là “=VLOOKUP(B13,'Dữ liệu'!A:B,2,FALSE)”");
    expect(result.stderr).toContain("Hãy mở tệp bằng Excel và lưu lại");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("stop the run on a formula that refers to itself through others", async () => {
    const circular = variant(THIS_YEAR, "circular.xlsx", (xml) =>
      stripResults(xml).replace("<f>SUM(C13:J13)</f>", "<f>SUM(C13:J13)+L13</f>"),
    );
    const result = await cchc(circular, { lang: "en" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot be computed here");
    expect(result.stderr).toContain("K13, L13");
  });

  it("leave a table whose results are stored exactly as before (no warning)", async () => {
    const result = await json(THIS_YEAR);
    expect(result.warnings.filter((w) => /công thức/.test(w.message))).toEqual([]);
  });
});
