/**
 * The custom functions' metadata, generated from the JSDoc of src/functions/functions.ts exactly as the
 * webpack plugin does: ids, parameter types, dimensionality, optional flags and descriptions are a
 * contract (DESIGN.md) that Excel caches in workbooks.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  customEnumId?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
  enums?: { id: string; type: string; values: { name: string; numberValue?: number; tooltip: string }[] }[];
}

let metadata: Metadata;
let associations: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts");
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
  associations = result.associate;
}, 30_000);

const byId = (id: string): FunctionMetadata => {
  const found = metadata.functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};

/** [name, type, dimensionality, optional] per parameter, in order. */
const signatures: Record<string, [string, string, "scalar" | "matrix", boolean][]> = {
  INDEX: [
    ["score", "any", "scalar", false],
    ["max", "any", "scalar", false],
  ],
  RANK: [
    ["value", "any", "scalar", false],
    ["values", "any", "matrix", false],
    ["groups", "any", "matrix", true],
    ["group", "any", "scalar", true],
    ["method", "number", "scalar", true],
    ["decimals", "number", "scalar", true],
  ],
  RANKS: [
    ["values", "any", "matrix", false],
    ["groups", "any", "matrix", true],
    ["method", "number", "scalar", true],
    ["decimals", "number", "scalar", true],
  ],
  BELOW75: [
    ["score", "any", "scalar", false],
    ["max", "any", "scalar", false],
    ["threshold", "any", "scalar", true],
  ],
  RANKCHANGE: [
    ["current", "any", "scalar", false],
    ["previous", "any", "scalar", false],
  ],
  RATING: [
    ["index", "any", "scalar", false],
    ["bands", "any", "matrix", true],
  ],
};

describe("custom functions metadata", () => {
  it("has exactly the contract's ids, each bound to its camelCase export", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(signatures).sort());
    const exports: Record<string, string> = {
      INDEX: "index",
      RANK: "rank",
      RANKS: "ranks",
      BELOW75: "below75",
      RANKCHANGE: "rankChange",
      RATING: "rating",
    };
    for (const { id, functionName } of associations) {
      expect(functionName).toBe(exports[id]);
      expect(typeof (functions as Record<string, unknown>)[functionName]).toBe("function");
    }
    expect(associations).toHaveLength(6);
  });

  it.each(Object.entries(signatures))(
    "%s has its fixed parameters, types, dimensionality and optional flags",
    (id, params) => {
      const fn = byId(id);
      expect(
        fn.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", p.optional ?? false]),
      ).toEqual(params);
      for (const p of fn.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(10);
    },
  );

  it("describes every function and links it to its README anchor", () => {
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description?.length ?? 0).toBeGreaterThan(30);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#cchc-${fn.id.toLowerCase()}`);
    }
  });

  it("returns a spilled matrix from RANKS and scalars elsewhere", () => {
    expect(byId("RANKS").result).toEqual({ dimensionality: "matrix" });
    expect(byId("RANK").result).toEqual({ type: "number" });
    expect(byId("BELOW75").result).toEqual({ type: "boolean" });
    expect(byId("RATING").result).toEqual({ type: "string" });
  });

  it("offers the tie method as a custom enum", () => {
    expect(byId("RANK").parameters[4].customEnumId).toBe("TIEMETHOD");
    expect(byId("RANKS").parameters[2].customEnumId).toBe("TIEMETHOD");
    const tie = metadata.enums?.find((e) => e.id === "TIEMETHOD");
    expect(tie?.values.map((v) => [v.name, v.numberValue])).toEqual([
      ["COMPETITION", 0],
      ["DENSE", 1],
    ]);
  });
});
