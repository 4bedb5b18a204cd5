/**
 * Report sheet names (year, Excel's limits), what to do with each planned sheet on a re-run (create,
 * replace, ask, write beside a user's sheet), and the SHA-256 fingerprint of sheet values.
 */
import fc from "fast-check";
import {
  decideSheetActions,
  isValidSheetName,
  reportSheetNames,
  sha256Hex,
  canonicalValuesText,
  sheetName,
  utf8,
} from "../../src/core/report";

describe("reportSheetNames", () => {
  it("carries the year, and the next year on the breakthrough registration", () => {
    expect(reportSheetNames(2021)).toEqual({
      ranking: "Xếp hạng 2021",
      actions: "Kiểm điểm-giải trình 2021",
      components: "Phân tích lĩnh vực 2021",
      breakthrough: "Đăng ký đột phá 2022",
      log: "Nhật ký 2021",
    });
  });

  it("has no year when it is unknown, and English names on request", () => {
    expect(Object.values(reportSheetNames(null))).toEqual([
      "Xếp hạng",
      "Kiểm điểm-giải trình",
      "Phân tích lĩnh vực",
      "Đăng ký đột phá",
      "Nhật ký",
    ]);
    expect(reportSheetNames(2025, "en").breakthrough).toBe("Breakthrough tasks 2026");
  });

  it("gives names Excel accepts", () => {
    for (const year of [null, 2021, 2100]) {
      for (const language of ["vi", "en"] as const) {
        for (const name of Object.values(reportSheetNames(year, language)))
          expect(isValidSheetName(name)).toBe(true);
      }
    }
  });
});

describe("sheetName", () => {
  it("replaces the characters Excel forbids and cuts the base, never the suffix, to 31 characters", () => {
    expect(sheetName("Xếp hạng [khối]: A/B*C?\\D")).toBe("Xếp hạng -khối-- A-B-C--D");
    const long = sheetName("Kiểm điểm và giải trình của các cơ quan, đơn vị", " 2021 (2)");
    expect(long).toHaveLength(31);
    expect(long.endsWith(" 2021 (2)")).toBe(true);
    expect(sheetName("'Nhật ký'")).toBe("Nhật ký");
    expect(sheetName("")).toBe("Sheet");
    expect(sheetName("", "'")).toBe("Sheet");
    expect(sheetName(" ' ", " (2)")).toBe("(2)");
  });

  it("always returns a valid name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 8 }), (base, suffix) => {
        expect(isValidSheetName(sheetName(base, suffix))).toBe(true);
      }),
    );
  });

  it("rejects what Excel rejects", () => {
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName("a".repeat(32))).toBe(false);
    expect(isValidSheetName("Xếp hạng 2021")).toBe(true);
    for (const bad of ["a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'ab", "ab'"])
      expect(isValidSheetName(bad)).toBe(false);
  });
});

describe("decideSheetActions", () => {
  const planned = ["Xếp hạng 2021", "Kiểm điểm-giải trình 2021", "Nhật ký 2021"];

  it("creates sheets that do not exist", () => {
    expect(decideSheetActions(planned, [{ name: "Chỉ số CCHC 2021", fingerprint: null }], {})).toEqual(
      planned.map((name) => ({ planned: name, action: "create", name })),
    );
  });

  it("replaces its own unchanged sheet, asks about an edited one, writes beside a user's sheet", () => {
    const actions = decideSheetActions(
      planned,
      [
        { name: "xếp hạng 2021", fingerprint: "aaa" },
        { name: "Kiểm điểm-giải trình 2021", fingerprint: "bbb-edited" },
        { name: "Nhật ký 2021", fingerprint: null },
        { name: "Nhật ký 2021 (2)", fingerprint: null },
      ],
      { "Xếp hạng 2021": "aaa", "Kiểm điểm-giải trình 2021": "bbb" },
    );
    expect(actions).toEqual([
      { planned: "Xếp hạng 2021", action: "replace", name: "xếp hạng 2021" },
      {
        planned: "Kiểm điểm-giải trình 2021",
        action: "ask",
        name: "Kiểm điểm-giải trình 2021",
        alternative: "Kiểm điểm-giải trình 2021 (2)",
      },
      { planned: "Nhật ký 2021", action: "rename", name: "Nhật ký 2021 (3)" },
    ]);
  });

  it("asks when its sheet's values could not be read, and never picks the same new name twice", () => {
    const long = "Phân tích lĩnh vực năm 2021 abcd"; // 32 characters: the base is cut to fit "(2)"
    const actions = decideSheetActions(
      [long.slice(0, 31), "Nhật ký"],
      [
        { name: long.slice(0, 31), fingerprint: null },
        { name: "Nhật ký", fingerprint: null },
      ],
      { "Nhật ký": "x" },
    );
    expect(actions[0]).toEqual({
      planned: long.slice(0, 31),
      action: "rename",
      name: "Phân tích lĩnh vực năm 2021 (2)",
    });
    expect(actions[1]).toEqual({
      planned: "Nhật ký",
      action: "ask",
      name: "Nhật ký",
      alternative: "Nhật ký (2)",
    });
    const many = decideSheetActions(
      ["A", "B"],
      [
        { name: "A", fingerprint: null },
        { name: "B", fingerprint: null },
        { name: "A (2)", fingerprint: null },
      ],
      {},
    );
    expect(many.map((a) => a.name)).toEqual(["A (3)", "B (2)"]);
  });
});

const fingerprintOf = (values: Parameters<typeof canonicalValuesText>[0]) =>
  sha256Hex(utf8(canonicalValuesText(values)));

describe("sha256Hex and the canonical text of values", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex(utf8(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex(utf8("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("reads values as a reader sees them: formulas as results, blanks as blanks, trailing blanks ignored", () => {
    const written = [
      ["Xếp hạng", 1, { formula: "=1+1", result: 2 }, null],
      [null, null, null, null],
    ];
    const readBack = [["Xếp hạng", 1, 2, ""], [""]];
    expect(fingerprintOf(written)).toBe(fingerprintOf(readBack));
    expect(fingerprintOf(written)).toMatch(/^[0-9a-f]{64}$/);
    // An edit anywhere changes it; text and numbers stay apart.
    expect(fingerprintOf([["Xếp hạng", 1, 3]])).not.toBe(fingerprintOf(written));
    expect(fingerprintOf([["1"]])).not.toBe(fingerprintOf([[1]]));
    expect(fingerprintOf([["a\tb"]])).not.toBe(fingerprintOf([["a", "b"]]));
  });
});
