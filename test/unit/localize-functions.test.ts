/**
 * scripts/localize-functions.js: functions.json → functions.vi-VN.json. Checked on an inline sample
 * (mapping, and every kind of drift it must refuse) and on the real thing: the metadata generated
 * from src/functions/functions.ts with src/functions/locales/vi-VN.json, exactly as the build does.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctions, LocalizationError } = require("../../scripts/localize-functions") as {
  localizeFunctions: (metadata: unknown, translations: unknown, locale?: string) => Metadata;
  LocalizationError: new (...args: unknown[]) => Error & { problems: string[] };
};

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result?: unknown;
  options?: unknown;
}
interface Metadata {
  functions: Fn[];
  enums?: { id: string; type: string; values: { name: string; numberValue?: number; tooltip: string }[] }[];
}

const sample = (): Metadata => ({
  functions: [
    {
      id: "RANK",
      name: "RANK",
      description: "Rank of a value.",
      helpUrl: "https://localhost:3000/help.html#cchc-rank",
      parameters: [
        { name: "value", description: "The value.", type: "any", dimensionality: "scalar" },
        {
          name: "method",
          description: "Tie method.",
          type: "number",
          optional: true,
          customEnumId: "TIEMETHOD",
        },
      ],
      result: { dimensionality: "scalar" },
    },
    { id: "INDEX", name: "INDEX", description: "Index.", parameters: [] },
  ],
  enums: [
    {
      id: "TIEMETHOD",
      type: "number",
      values: [
        { name: "COMPETITION", numberValue: 0, tooltip: "1, 2, 2, 4" },
        { name: "DENSE", numberValue: 1, tooltip: "1, 2, 2, 3" },
      ],
    },
  ],
});

const translations = () => ({
  functions: {
    RANK: {
      name: "XEPHANG",
      description: "Thứ hạng của một giá trị.",
      parameters: {
        value: { name: "giá_trị", description: "Giá trị." },
        method: { name: "cách_đồng_hạng", description: "Cách xếp đồng hạng." },
      },
    },
    INDEX: { name: "CHISO", description: "Chỉ số." },
  },
  enums: { TIEMETHOD: { COMPETITION: "Đồng hạng 1, 2, 2, 4", DENSE: "Đồng hạng liền nhau 1, 2, 2, 3" } },
});

/** The problems localizeFunctions reports for `t`; fails the test if it does not throw. */
function problems(t: unknown, metadata: Metadata = sample()): string[] {
  try {
    localizeFunctions(metadata, t);
  } catch (error) {
    expect(error).toBeInstanceOf(LocalizationError);
    return (error as InstanceType<typeof LocalizationError>).problems;
  }
  throw new Error("localizeFunctions accepted a translation it should refuse");
}

describe("localizeFunctions", () => {
  test("translates names and descriptions, keeps ids, types, options and help URLs", () => {
    const source = sample();
    const result = localizeFunctions(source, translations());
    const [rank, index] = result.functions;
    expect(rank).toEqual({
      ...source.functions[0],
      name: "XEPHANG",
      description: "Thứ hạng của một giá trị.",
      parameters: [
        { ...source.functions[0].parameters[0], name: "giá_trị", description: "Giá trị." },
        { ...source.functions[0].parameters[1], name: "cách_đồng_hạng", description: "Cách xếp đồng hạng." },
      ],
    });
    expect(index).toEqual({ ...source.functions[1], name: "CHISO", description: "Chỉ số." });
    expect(result.enums?.[0].values.map((v) => v.tooltip)).toEqual([
      "Đồng hạng 1, 2, 2, 4",
      "Đồng hạng liền nhau 1, 2, 2, 3",
    ]);
    expect(result.enums?.[0].values.map((v) => v.numberValue)).toEqual([0, 1]);
    expect(source).toEqual(sample()); // the input is not modified
  });

  test.each([
    [
      "a function without translation",
      (t: ReturnType<typeof translations>) => delete (t.functions as Partial<typeof t.functions>).INDEX,
      /function INDEX has no translation/,
    ],
    [
      "a translated function name missing",
      (t: ReturnType<typeof translations>) => ((t.functions.INDEX as { name?: string }).name = ""),
      /INDEX has no translated name/,
    ],
    [
      "a description missing",
      (t: ReturnType<typeof translations>) =>
        delete (t.functions.RANK as { description?: string }).description,
      /RANK has no translated description/,
    ],
    [
      "a parameter without translation",
      (t: ReturnType<typeof translations>) =>
        delete (t.functions.RANK.parameters as Partial<typeof t.functions.RANK.parameters>).method,
      /parameter "method" has no translated name/,
    ],
    [
      "a parameter description missing",
      (t: ReturnType<typeof translations>) =>
        delete (t.functions.RANK.parameters.value as { description?: string }).description,
      /parameter "value" has no translated description/,
    ],
    [
      "an unknown function",
      (t: ReturnType<typeof translations>) => Object.assign(t.functions, { RANKX: { name: "XEPHANGX" } }),
      /unknown function RANKX/,
    ],
    [
      "an unknown parameter",
      (t: ReturnType<typeof translations>) =>
        Object.assign(t.functions.RANK.parameters, { group: { name: "khối" } }),
      /unknown parameter "group"/,
    ],
    [
      "an enum without translation",
      (t: ReturnType<typeof translations>) => delete (t.enums as Partial<typeof t.enums>).TIEMETHOD,
      /enum TIEMETHOD has no translation/,
    ],
    [
      "an enum value without tooltip",
      (t: ReturnType<typeof translations>) =>
        delete (t.enums.TIEMETHOD as Partial<typeof t.enums.TIEMETHOD>).DENSE,
      /value "DENSE" has no translated tooltip/,
    ],
    [
      "an unknown enum",
      (t: ReturnType<typeof translations>) => Object.assign(t.enums, { OTHER: { A: "a" } }),
      /unknown enum OTHER/,
    ],
    [
      "an unknown enum value",
      (t: ReturnType<typeof translations>) => Object.assign(t.enums.TIEMETHOD, { AVERAGE: "x" }),
      /unknown value "AVERAGE"/,
    ],
    [
      "a name Excel refuses",
      (t: ReturnType<typeof translations>) => (t.functions.INDEX.name = "CHỈ SỐ"),
      /not a valid Excel function name/,
    ],
    [
      "a name that is a cell reference",
      (t: ReturnType<typeof translations>) => (t.functions.INDEX.name = "CHI1"),
      /reads as a cell reference/,
    ],
    [
      "two functions with one name",
      (t: ReturnType<typeof translations>) => (t.functions.INDEX.name = "xephang"),
      /both translated as/,
    ],
    [
      "two parameters with one name",
      (t: ReturnType<typeof translations>) => (t.functions.RANK.parameters.method.name = "giá_trị"),
      /two parameters are translated as "giá_trị"/,
    ],
    [
      "an unknown top-level key",
      (t: ReturnType<typeof translations>) => Object.assign(t, { function: {} }),
      /unknown top-level key "function"/,
    ],
  ])("refuses %s", (_case, mutate, expected) => {
    const t = translations();
    mutate(t);
    expect(problems(t)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  test("reports every problem at once", () => {
    const t = translations();
    delete (t.functions as Partial<typeof t.functions>).INDEX;
    Object.assign(t.functions, { NOPE: { name: "KHONG" } });
    expect(problems(t)).toHaveLength(2);
  });

  test("refuses input that is not a translation file", () => {
    expect(problems({})).toEqual(['the translation file has no "functions" object']);
    expect(problems(null)).toHaveLength(1);
  });
});

describe("the real vi-VN translation", () => {
  const localeFile = path.resolve(__dirname, "../../src/functions/locales/vi-VN.json");

  test("covers exactly the functions, parameters and enums generated from functions.ts", async () => {
    const generated = await generateCustomFunctionsMetadata(
      path.resolve(__dirname, "../../src/functions/functions.ts"),
      true,
    );
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as Metadata;
    const localized = localizeFunctions(metadata, JSON.parse(fs.readFileSync(localeFile, "utf8")), "vi-VN");
    expect(localized.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const [i, fn] of localized.functions.entries()) {
      expect(fn.name).not.toBe("");
      expect(fn.helpUrl).toBe(metadata.functions[i].helpUrl);
      expect(fn.parameters.map((p) => p.type)).toEqual(metadata.functions[i].parameters.map((p) => p.type));
    }
  }, 30000);
});
