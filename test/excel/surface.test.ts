/**
 * The simulator models exactly the Excel API src/excel uses (STYLE: "A test double models what the code uses,
 * no more"): the members src/excel touches (found from the types, apiSets.ts's excelMembersUsed) are the list
 * EXCEL_SURFACE, and the simulator's classes expose that list — no more, no less.
 *
 * A simulator class models the Excel class its constructor names (`super(ctx, "Range")`); what it exposes is
 * its public members (getters, setters, methods; `@internal` ones are machinery) and the properties `load()`
 * reads (scalarNames) or assignment writes (writableNames), written out as literals. SimObject's and
 * SimCollection's members count once, as ClientObject.* and ClientObjectCollection.*; SimContext is
 * RequestContext.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { EXCEL_SURFACE, EXCEL_VALUE_TYPES, excelMembersUsed, programFor } from "./apiSets";
import { ROOT } from "./helpers";

const sourcesIn = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(ROOT, dir, f));
const EXCEL_FILES = sourcesIn("src/excel");
const SIMULATOR_FILES = sourcesIn("src/preview/simulator");
const program = programFor(ROOT, [...EXCEL_FILES, ...SIMULATOR_FILES]);

/** Base classes whose members every simulated object shares, by the name they count under. */
const SHARED_BASES: Record<string, string> = {
  SimObject: "ClientObject",
  SimCollection: "ClientObjectCollection",
};
const CONTEXT_CLASS = "SimContext";

interface SimulatorSurface {
  readonly members: Set<string>;
  /** Simulator classes whose Excel class or properties are not written out as literals. */
  readonly problems: string[];
}

function simulatorSurface(): SimulatorSurface {
  const checker = program.getTypeChecker();
  const classes = new Map<string, ts.ClassDeclaration>();
  for (const file of SIMULATOR_FILES)
    for (const statement of (program.getSourceFile(file) as ts.SourceFile).statements)
      if (ts.isClassDeclaration(statement) && statement.name) classes.set(statement.name.text, statement);

  const baseOf = (c: ts.ClassDeclaration): ts.ClassDeclaration | undefined => {
    const clause = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    const expression = clause?.types[0]?.expression;
    return expression && ts.isIdentifier(expression) ? classes.get(expression.text) : undefined;
  };
  const chain = (c: ts.ClassDeclaration): ts.ClassDeclaration[] => {
    const out: ts.ClassDeclaration[] = [];
    for (let k: ts.ClassDeclaration | undefined = c; k; k = baseOf(k)) out.push(k);
    return out;
  };
  const nameOf = (c: ts.ClassDeclaration): string => (c.name as ts.Identifier).text;
  const isAbstract = (c: ts.ClassDeclaration): boolean =>
    !!ts.getModifiers(c)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
  const hidden = (member: ts.Node): boolean =>
    !!ts.getCombinedModifierFlags(member as ts.Declaration).valueOf() &&
    (ts.getCombinedModifierFlags(member as ts.Declaration) &
      (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) !==
      0;
  const internal = (member: ts.Node): boolean =>
    ts.getJSDocTags(member).some((t) => t.tagName.text === "internal");

  /** A string-array literal, through `as const`, spreads and const identifiers; undefined if not literal. */
  const literalStrings = (expression: ts.Expression | undefined): string[] | undefined => {
    if (!expression) return undefined;
    while (
      ts.isAsExpression(expression) ||
      ts.isParenthesizedExpression(expression) ||
      ts.isSatisfiesExpression(expression)
    )
      expression = expression.expression;
    if (ts.isIdentifier(expression)) {
      const declaration = checker.getSymbolAtLocation(expression)?.valueDeclaration;
      return declaration && ts.isVariableDeclaration(declaration)
        ? literalStrings(declaration.initializer)
        : undefined;
    }
    if (!ts.isArrayLiteralExpression(expression)) return undefined;
    const out: string[] = [];
    for (const element of expression.elements) {
      if (ts.isStringLiteralLike(element)) out.push(element.text);
      else if (ts.isSpreadElement(element)) {
        const spread = literalStrings(element.expression);
        if (!spread) return undefined;
        out.push(...spread);
      } else return undefined;
    }
    return out;
  };

  /** The Excel class a concrete simulator class models: the string its constructor passes to super(). */
  const excelClass = (c: ts.ClassDeclaration): string | undefined => {
    const constructor = c.members.find(ts.isConstructorDeclaration);
    let found: string | undefined;
    constructor?.body?.forEachChild(function visit(node): void {
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.SuperKeyword &&
        found === undefined
      )
        found = node.arguments.find(ts.isStringLiteralLike)?.text;
      node.forEachChild(visit);
    });
    return found;
  };

  const members = new Set<string>();
  const problems: string[] = [];
  const collect = (c: ts.ClassDeclaration, owner: string): void => {
    for (const member of c.members) {
      if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters)
          if (
            ts
              .getModifiers(parameter)
              ?.some(
                (m) => m.kind === ts.SyntaxKind.ReadonlyKeyword || m.kind === ts.SyntaxKind.PublicKeyword,
              ) &&
            !hidden(parameter) &&
            !internal(parameter)
          )
            members.add(`${owner}.${parameter.name.getText()}`);
        continue;
      }
      const name = member.name?.getText();
      if (name === undefined) continue;
      if ((name === "scalarNames" || name === "writableNames") && ts.isPropertyDeclaration(member)) {
        if (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword)) continue;
        const names = literalStrings(member.initializer);
        if (names === undefined) problems.push(`${nameOf(c)}.${name} is not a literal list`);
        else names.forEach((n) => members.add(`${owner}.${n}`));
        continue;
      }
      if (hidden(member) || internal(member) || ts.isPrivateIdentifier(member.name as ts.Node)) continue;
      members.add(`${owner}.${name}`);
    }
  };

  for (const c of classes.values()) {
    const name = nameOf(c);
    if (name in SHARED_BASES) {
      collect(c, SHARED_BASES[name]);
      continue;
    }
    if (name === CONTEXT_CLASS) {
      collect(c, "RequestContext");
      continue;
    }
    const ancestry = chain(c);
    if (!ancestry.some((k) => nameOf(k) in SHARED_BASES) || isAbstract(c)) continue;
    const owner = excelClass(c) ?? ancestry.map(excelClass).find((e) => e !== undefined);
    if (owner === undefined) {
      problems.push(`${name} does not name the Excel class it models in super()`);
      continue;
    }
    for (const k of ancestry) if (!(nameOf(k) in SHARED_BASES)) collect(k, owner);
  }
  return { members, problems };
}

test("EXCEL_SURFACE is what src/excel uses of Excel's objects", () => {
  const used = excelMembersUsed(program, EXCEL_FILES);
  expect([...used].sort()).toEqual([...EXCEL_SURFACE].sort());
}, 60_000);

test("the simulator exposes exactly EXCEL_SURFACE (value types aside), each class naming what it models", () => {
  const { members, problems } = simulatorSurface();
  const expected = EXCEL_SURFACE.filter((m) => !EXCEL_VALUE_TYPES.includes(m.split(".")[0]));
  const extra = [...members].filter((m) => !expected.includes(m)).sort();
  const missing = expected.filter((m) => !members.has(m)).sort();
  expect({ problems, extra, missing }).toEqual({ problems: [], extra: [], missing: [] });
}, 60_000);
