import { readCell } from "../../src/core/cellValue";

describe("readCell: one reader for every cell value", () => {
  it.each([
    [85.5, 85.5, false],
    ["85,5", 85.5, false],
    ["85.5", 85.5, false],
    [" 8,50 ", 8.5, false],
    ["\u00a08,5\u00a0", 8.5, false],
    ["-5", -5, false],
    ["\u22125,25", -5.25, false],
    ["+3", 3, false],
    [",5", 0.5, false],
    ["12", 12, false],
    ["85,5%", 85.5, true],
    ["85.5 %", 85.5, true],
  ])("%p is the number %p (percent: %p)", (input, value, percent) => {
    expect(readCell(input)).toMatchObject({ kind: "number", value, percent });
  });

  it("marks text-born numbers", () => {
    expect(readCell("8,5")).toMatchObject({ fromText: true });
    expect(readCell(8.5)).toMatchObject({ fromText: false });
  });

  it.each(["", "   ", "\u00a0", null, undefined])("%p is blank, never 0", (input) => {
    expect(readCell(input)).toEqual({ kind: "blank" });
  });

  it.each([
    "-",
    "–",
    "KAD",
    "kad",
    "x",
    "X",
    "Không áp dụng",
    "không áp dụng",
    "Không áp dụng".normalize("NFD"),
    "N/A",
  ])("%p is a not-applicable marker", (input) => {
    expect(readCell(input).kind).toBe("notApplicable");
  });

  it.each([
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["#VALUE!", "#VALUE!"],
    ["#REF!", "#REF!"],
  ])("the error value %p is an error, never a number", (input, code) => {
    expect(readCell(input)).toEqual({ kind: "error", code });
    expect(readCell({ error: input })).toEqual({ kind: "error", code });
    expect(readCell({ code: input, message: "x" })).toEqual({ kind: "error", code });
  });

  it("reads non-finite numbers as errors and data-type values by their basic value", () => {
    expect(readCell(NaN)).toEqual({ kind: "error", code: "#VALUE!" });
    expect(readCell(Infinity)).toEqual({ kind: "error", code: "#NUM!" });
    expect(readCell({ type: "Double", basicValue: 7.5 })).toMatchObject({ kind: "number", value: 7.5 });
    expect(readCell({ type: "Error", basicValue: "#N/A" })).toEqual({ kind: "error", code: "#N/A" });
  });

  it("keeps booleans apart from numbers", () => {
    expect(readCell(true)).toEqual({ kind: "boolean", value: true });
  });

  it.each(["abc", "8,5 điểm", "85,5,", "1e5x", "Đạt"])("%p is text that is not a number", (input) => {
    expect(readCell(input).kind).toBe("text");
  });

  it.each([
    ["1.234,5", [1234.5]],
    ["1,234.5", [1234.5]],
    ["1.234.567", [1234567]],
  ])("%p is ambiguous and reported as such, not guessed", (input, readings) => {
    expect(readCell(input)).toEqual({ kind: "ambiguous", text: input, readings });
  });
});
