/**
 * The formula subset, case by case: what Excel computes for each formula over a small sheet (values from
 * Excel's documentation and behaviour, not from the code), and what is refused as outside the subset.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { parseFormula, resolveFormulas, round, shiftFormula, Unsupported } from "../../src/core/formula";

/** Sheet "S": A1..A4 = 1, 2.5, "abc", blank; B1 = TRUE; B2 = #N/A; B3 = "8,5"; B4 = 0; C1 = "2022-03-15"; D1..D3 = 0.5, 0.4, 0.1. */
const S: CellValue[][] = [
  [1, true, "2022-03-15", 0.5],
  [2.5, { error: "#N/A" }, null, 0.4],
  ["abc", "8,5", null, 0.1],
  [null, 0, null, null],
];

function gridOf(sheet: string, values: CellValue[][], formulas: Record<string, string> = {}): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values,
    merges: [],
    formulas: new Map(Object.entries(formulas)),
  };
}

/** Evaluates `formula` placed in F1 of sheet S (beside sheet "Số liệu 2" whose A1 is 10). */
function value(formula: string): CellValue | string {
  const s = gridOf(
    "S",
    S.map((row) => [...row, null, null]),
    { F1: formula },
  );
  const other = gridOf("Số liệu 2", [[10]]);
  const book = resolveFormulas([s, other]);
  const unsupported = book.sheets[0].unsupported;
  if (unsupported.length > 0) return `unsupported: ${unsupported[0].reason}`;
  return book.grids[0].values[0][5];
}

describe("the formula subset evaluates as Excel does", () => {
  it.each<[string, CellValue]>([
    ["1+2", 3],
    ["A1+A2", 3.5],
    ["A1-A2*2", -4],
    ["(A1-A2)*2", -3],
    ["A2/A1", 2.5],
    ["-A1+3", 2],
    ["--A1", 1],
    ["50%", 0.5],
    ["A2*10%", 0.25],
    ["A4+1", 1], // a blank is 0
    ["A4", 0], // =A4 over a blank shows 0
    ["B1+1", 2], // TRUE is 1
    ["B4", 0],
    ["SUM(A1:A4)", 3.5], // text and blanks in a range are left out
    ["SUM(A1:B1)", 1], // so is TRUE in a range
    ["SUM(A1,A2,3)", 6.5],
    ["SUM(TRUE,1)", 2], // a logical value typed as an argument counts
    ["SUM(D1:D4)", 1],
    ["SUM(A:A)", 3.5],
    ["SUM(G1:Z100)", 0], // blank cells beyond the used range
    ["AVERAGE(A1:A4)", 1.75],
    ["AVERAGE(D4,A1:A2)", 1.75],
    ["MIN(A1:A4)", 1],
    ["MAX(A1:A4,7)", 7],
    ["MIN(D4:D4)", 0], // no numbers: 0
    ["ROUND(2.675,2)", 2.68], // decided on the decimal Excel shows, not on 2.67499… in binary
    ["ROUND(1.005,2)", 1.01],
    ["ROUND(-2.5,0)", -3], // half away from zero
    ["ROUND(1234.5,-2)", 1200],
    ["ROUND(1250,-2)", 1300],
    ["ROUND(A2,0.9)", 3], // places are truncated
    ["ROUND(89.99999999999999,2)", 90],
    ["ROUNDUP(3.2,0)", 4],
    ["ROUNDUP(-3.2,0)", -4],
    ["ROUNDDOWN(3.99,1)", 3.9],
    ["ROUNDDOWN(-3.99,1)", -3.9],
    ["ROUNDUP(0.30000000000000004,1)", 0.3], // binary noise is not a digit
    ["ABS(-A2)", 2.5],
    ["IF(A1>0,A2,A1)", 2.5],
    ["IF(A4=0,1,2)", 1], // blank = 0
    ['IF(A4="",1,2)', 1], // blank = ""
    ["IF(B4,1,2)", 2],
    ["IF(A1<0,1)", false],
    ["IF(A1>0,A4)", 0],
    ['IF(A1>0,"")', null], // empty text reads as blank
    ['IF(A1>0,"x")', "x"],
    ["0.1+0.2=0.3", true], // compared as Excel shows them (15 digits)
    ["A1<>A2", true],
    ["A1<=1", true],
    ['A1<"a"', true], // numbers sort before text
    ["TRUE>A1", true], // and text before logical values
    ["0.5-0.4-0.1", 0], // Excel's final-subtraction adjustment
    ["1*(0.5-0.4-0.1)", 0.5 - 0.4 - 0.1], // not inside another operation
    ["75.6/84*100", (75.6 / 84) * 100], // binary noise kept (89.99999999999999); the core's precision rule handles it
    ["2.03+4.27", 2.03 + 4.27],
    ["'Số liệu 2'!A1*2", 20],
    ["'số liệu 2'!$A$1", 10], // sheet names ignore case
    ["$A$2+A$1+$A1", 4.5],
    ["1/0", { error: "#DIV/0!" }],
    ["A1/A4", { error: "#DIV/0!" }],
    ["A3+1", { error: "#VALUE!" }],
    ["B2+1", { error: "#N/A" }],
    ["SUM(A1:B2)", { error: "#N/A" }],
    ["1/0+B2", { error: "#DIV/0!" }], // the left operand's error first
    ["B2+1/0", { error: "#N/A" }],
    ["IF(B2,1,2)", { error: "#N/A" }],
    ["IF(A3,1,2)", { error: "#VALUE!" }],
    ["IF(A1>0,1,1/0)", 1], // the branch not taken is not computed
    ["#REF!+1", { error: "#REF!" }],
    ["AVERAGE(A3:A4)", { error: "#DIV/0!" }],
    ["1E308*10", { error: "#NUM!" }],
    ['"7"+1', 8], // a whole number in text reads the same in every locale
  ])("=%s", (formula, expected) => {
    expect(value(formula)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["VLOOKUP(A1,A1:B4,2,FALSE)", "VLOOKUP"],
    ['INDIRECT("A1")', "INDIRECT"],
    ["_xlfn.XLOOKUP(A1,A1:A4,B1:B4)", "_XLFN.XLOOKUP"],
    ["A1^2", "^"], // Excel's power routine is not JavaScript's
    ['A1&"x"', "&"], // number-to-text formatting
    ["B3+1", "text"], // "8,5" is 8.5 or #VALUE! depending on the locale
    ["C1+1", "text"], // a date the reader turned into text
    ["SUM(C1:C2)", "date"],
    ["A1:A2+1", "range"], // implicit intersection
    ["Thuế!A1", "sheet"], // no such sheet
    ["[1]Sheet1!A1", "[1]Sheet"],
    ["Tong_diem", "Tong_diem"], // a defined name
    ["{1,2}", "{1,2}"],
    ["SUM()", "SUM/0"],
    ["ROUND(A1)", "ROUND/1"],
    ["SUM(A1,)", "SUM(,)"],
    ["A1 A2", "ref"], // the intersection operator
    ["1:1", "1:1"],
    ['"a"<"b"', "text"], // the order of texts follows the user's collation
    ["F1+1", "circular"],
    ["SUM(E1:Z100)", "circular"], // the range holds the formula's own cell
    ["{=SUM(A1:A2*B1:B2)}", "{=SUM(A1"], // an array formula over several cells (as the reader marks it)
  ])("=%s is not computed (%s)", (formula, reason) => {
    expect(value(formula)).toBe(`unsupported: ${reason}`);
  });
});

describe("parsing", () => {
  it("follows Excel's precedence: unary minus before %, before × ÷, before + −, before comparisons", () => {
    expect(parseFormula("=-1+2*3%>0")).toMatchObject({
      kind: "binary",
      op: ">",
      left: {
        kind: "binary",
        op: "+",
        left: { kind: "negate" },
        right: { kind: "binary", op: "*", right: { kind: "percent" } },
      },
    });
  });

  it("refuses nesting deeper than it can walk safely", () => {
    expect(() => parseFormula("(".repeat(300) + "1" + ")".repeat(300))).toThrow(Unsupported);
    expect(parseFormula("(".repeat(50) + "1" + ")".repeat(50))).toEqual({ kind: "number", value: 1 });
  });

  it("reads quoted sheet names with doubled quotes and whole-column ranges", () => {
    expect(parseFormula("'Bảng ''A'''!$B$2:C3")).toMatchObject({
      kind: "ref",
      sheet: "Bảng 'A'",
      top: 2,
      left: 2,
      bottom: 3,
      right: 3,
    });
    expect(parseFormula("SUM(C:E)")).toMatchObject({ args: [{ columns: true, left: 3, right: 5 }] });
  });
});

describe("ROUND, ROUNDUP and ROUNDDOWN", () => {
  it.each<[number, number, "ROUND" | "ROUNDUP" | "ROUNDDOWN", number]>([
    [85.855, 2, "ROUND", 85.86],
    [-85.855, 2, "ROUND", -85.86],
    [0.1 + 0.2, 2, "ROUND", 0.3],
    [123456, -3, "ROUND", 123000],
    [-0.004, 2, "ROUND", 0],
    [5e-20, 2, "ROUNDUP", 0.01],
    [1.1, 20, "ROUNDDOWN", 1.1],
  ])("%s to %s places (%s) is %s", (x, places, how, expected) => {
    expect(round(x, places, how)).toBe(expected);
  });
});

describe("shared formulas moved to another cell", () => {
  it.each<[string, number, number, string | null]>([
    ["SUM(C9:J9)", 2, 0, "SUM(C11:J11)"],
    ["ROUND(K11/$K$9*100,2)", 5, 0, "ROUND(K16/$K$9*100,2)"],
    ["$A1+B$1", 1, 1, "$A2+C$1"],
    ["'Bảng A1'!A1+\"A1\"", 1, 0, "'Bảng A1'!A2+\"A1\""], // quoted names and text untouched
    ["SUM(C:C)", 3, 1, "SUM(D:D)"],
    ["A1-1", -1, 0, "#REF!-1"], // moved off the sheet
    ["VLOOKUP(B2,Data!A:B,2,FALSE)", 1, 0, "VLOOKUP(B3,Data!A:B,2,FALSE)"],
    ["[1]Sheet1!A1", 1, 0, null],
  ])("%s moved by %s rows, %s columns", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
