/**
 * Proof of the requirement sets, from the types: every Excel member src/excel uses is looked up in
 * @types/office-js's "[Api set: ExcelApi x.y]" notes (through the TypeScript checker, so `format.font.bold`
 * resolves to RangeFont.bold), and must be covered by the manifest's ExcelApi minimum or by a guard:
 *
 *  - `if (supportsExcelApi("x.y")) …` (also in `&&` chains, `?:` and `&&` expressions, through a const holding
 *    such a call), or an early exit `if (!supportsExcelApi("x.y") …) throw / return` earlier in the block;
 *  - a named function that uses members above its guards "requires" that version, and every call of it counts
 *    as a use (fixed point over the call graph). Inline callbacks belong to the function they are written in.
 *
 * Exported functions must require no more than the declared minimum.
 */
import path from "node:path";
import ts from "typescript";

export interface MemberUse {
  readonly member: string;
  readonly version: string;
  readonly guard: string;
  readonly file: string;
  readonly line: number;
  readonly unit: string;
}

export interface Analysis {
  readonly uses: readonly MemberUse[];
  /** Named functions and the ExcelApi version their unguarded uses need. */
  readonly requires: ReadonlyMap<string, string>;
  /** Exported functions needing more than the declared minimum: "file:function → version". */
  readonly violations: readonly string[];
}

const GUARD = "supportsExcelApi";

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

const maxVersion = (a: string, b: string): string => (compareVersions(a, b) >= 0 ? a : b);

/** "Class.member" → the lowest ExcelApi version its declarations note. */
export function apiSetIndex(dts: ts.SourceFile): Map<string, string> {
  const index = new Map<string, string>();
  const visit = (node: ts.Node, namespace: string): void => {
    if (ts.isModuleDeclaration(node)) {
      const name = node.name.text;
      if (node.body && ts.isModuleBlock(node.body)) node.body.statements.forEach((s) => visit(s, name));
      return;
    }
    if (namespace !== "Excel") return;
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      for (const member of node.members) {
        if (!member.name) continue;
        const note = /\[Api set: ExcelApi (\d+\.\d+)/.exec(member.getFullText());
        if (!note) continue;
        const key = `${node.name.text}.${member.name.getText()}`;
        const known = index.get(key);
        if (known === undefined || compareVersions(note[1], known) < 0) index.set(key, note[1]);
      }
    }
  };
  dts.statements.forEach((s) => visit(s, ""));
  return index;
}

type Unit = ts.FunctionDeclaration | ts.MethodDeclaration | ts.VariableDeclaration;

function unitName(unit: Unit): string {
  return unit.name && (ts.isIdentifier(unit.name) || ts.isStringLiteral(unit.name)) ? unit.name.text : "?";
}

/** The named function a node belongs to (anonymous functions are transparent), or undefined at top level. */
function unitOf(node: ts.Node): Unit | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) return n;
    if (
      ts.isVariableDeclaration(n) &&
      n.initializer &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer)) &&
      ts.isVariableStatement(n.parent.parent) &&
      ts.isSourceFile(n.parent.parent.parent)
    )
      return n;
  }
  return undefined;
}

function isUnit(node: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    (ts.isVariableDeclaration(node) &&
      !!node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) &&
      ts.isSourceFile(node.parent.parent.parent))
  );
}

/**
 * `publicModule`: the module whose exports are the public API (src/excel/index.ts); without it, every
 * exported function of `files` is.
 */
export function analyseRequirements(
  program: ts.Program,
  files: readonly string[],
  declared: string,
  publicModule?: string,
): Analysis {
  const checker = program.getTypeChecker();
  const dts = program
    .getSourceFiles()
    .find((f) => f.fileName.replace(/\\/g, "/").endsWith("@types/office-js/index.d.ts"));
  if (!dts) throw new Error("@types/office-js is not part of the program");
  const index = apiSetIndex(dts);

  /** Versions guaranteed by a condition when it is true (positive) or false (negative). */
  const guardsIn = (expression: ts.Expression, positive: boolean): string[] => {
    const e = skipParens(expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return guardsIn(e.operand, !positive);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      // a && b true ⇒ both true; a || b false ⇒ both false.
      if (
        (op === ts.SyntaxKind.AmpersandAmpersandToken && positive) ||
        (op === ts.SyntaxKind.BarBarToken && !positive)
      )
        return [...guardsIn(e.left, positive), ...guardsIn(e.right, positive)];
      return [];
    }
    if (!positive) return [];
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === GUARD) {
      const arg = e.arguments[0];
      return arg && ts.isStringLiteral(arg) ? [arg.text] : [];
    }
    if (ts.isIdentifier(e)) {
      const declaration = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        declaration &&
        ts.isVariableDeclaration(declaration) &&
        declaration.initializer &&
        ts.isVariableDeclarationList(declaration.parent) &&
        (declaration.parent.flags & ts.NodeFlags.Const) !== 0
      )
        return guardsIn(declaration.initializer, true);
    }
    return [];
  };

  const exits = (statement: ts.Statement): boolean => {
    if (ts.isThrowStatement(statement) || ts.isReturnStatement(statement)) return true;
    if (ts.isBlock(statement)) {
      const last = statement.statements[statement.statements.length - 1];
      return last !== undefined && exits(last);
    }
    return false;
  };

  /** The highest version guaranteed where `node` runs, up to its named function. */
  const guardAt = (node: ts.Node): string => {
    let guard = declared;
    let child: ts.Node = node;
    for (let parent = node.parent; parent && !isUnit(parent); child = parent, parent = parent.parent) {
      const add = (versions: string[]): void => versions.forEach((v) => (guard = maxVersion(guard, v)));
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) add(guardsIn(parent.expression, true));
        if (child === parent.elseStatement) add(guardsIn(parent.expression, false));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) add(guardsIn(parent.condition, true));
        if (child === parent.whenFalse) add(guardsIn(parent.condition, false));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
          add(guardsIn(parent.left, true));
        if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) add(guardsIn(parent.left, false));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement))
            add(guardsIn(statement.expression, false));
        }
      }
    }
    return guard;
  };

  const version = (node: ts.PropertyAccessExpression): { member: string; version: string } | undefined => {
    const symbol = checker.getSymbolAtLocation(node.name);
    let best: { member: string; version: string } | undefined;
    for (const declaration of symbol?.declarations ?? []) {
      if (declaration.getSourceFile() !== dts) continue;
      const owner = declaration.parent;
      if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) continue;
      const member = `${owner.name.text}.${node.name.text}`;
      const v = index.get(member);
      if (v !== undefined && (best === undefined || compareVersions(v, best.version) < 0))
        best = { member, version: v };
    }
    return best;
  };

  /** Members a load path such as "items/protection/protected" reaches from the loaded object's type. */
  const loadPathMembers = (receiver: ts.Expression, paths: string): { member: string; version: string }[] => {
    const found: { member: string; version: string }[] = [];
    for (const loadPath of paths.split(",")) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(receiver);
      for (const segment of loadPath.trim().split("/")) {
        if (type === undefined || segment === "") break;
        const property = checker.getPropertyOfType(type, segment);
        if (property === undefined) break;
        for (const declaration of property.declarations ?? []) {
          const owner = declaration.parent;
          if (
            declaration.getSourceFile() !== dts ||
            !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner))
          )
            continue;
          const member = `${owner.name?.text}.${segment}`;
          const v = index.get(member);
          if (v !== undefined) found.push({ member, version: v });
        }
        type = checker.getTypeOfSymbolAtLocation(property, receiver);
        if (segment === "items") type = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
      }
    }
    return found;
  };

  const uses: MemberUse[] = [];
  const calls: { caller: Unit | undefined; callee: Unit; guard: string }[] = [];
  const units: Unit[] = [];
  const sources = files.map((f) => program.getSourceFile(f)).filter((f): f is ts.SourceFile => !!f);
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return {
      file: path.basename(file.fileName),
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    };
  };
  for (const source of sources) {
    const visit = (node: ts.Node): void => {
      if (isUnit(node)) units.push(node as Unit);
      if (ts.isPropertyAccessExpression(node)) {
        const found = version(node);
        if (found)
          uses.push({ ...found, guard: guardAt(node), ...where(node), unit: unitName(unitOf(node) as Unit) });
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load" &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteralLike(node.arguments[0])
      )
        for (const found of loadPathMembers(node.expression.expression, node.arguments[0].text))
          uses.push({ ...found, guard: guardAt(node), ...where(node), unit: unitName(unitOf(node) as Unit) });
      if (ts.isCallExpression(node)) {
        let symbol = checker.getSymbolAtLocation(
          ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression,
        );
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
        if (declaration && sources.includes(declaration.getSourceFile()) && isUnit(declaration))
          calls.push({ caller: unitOf(node), callee: declaration as Unit, guard: guardAt(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // What each named function requires: its unguarded uses, then its unguarded calls, to a fixed point.
  const requires = new Map<Unit, string>(units.map((u) => [u, declared]));
  const raise = (unit: Unit | undefined, needed: string, guard: string): boolean => {
    if (unit === undefined || compareVersions(needed, guard) <= 0) return false;
    const current = requires.get(unit) ?? declared;
    if (compareVersions(needed, current) <= 0) return false;
    requires.set(unit, needed);
    return true;
  };
  for (const use of uses) {
    const unit = units.find(
      (u) => unitName(u) === use.unit && path.basename(u.getSourceFile().fileName) === use.file,
    );
    raise(unit, use.version, use.guard);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const call of calls)
      if (raise(call.caller, requires.get(call.callee) ?? declared, call.guard)) changed = true;
  }

  const publicUnits = new Set<ts.Node>();
  if (publicModule !== undefined) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(publicModule) as ts.SourceFile);
    for (let symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol.declarations ?? []) publicUnits.add(declaration);
    }
  }
  const violations: string[] = [];
  const named = new Map<string, string>();
  for (const [unit, needed] of requires) {
    const name = `${path.basename(unit.getSourceFile().fileName)}:${unitName(unit)}`;
    named.set(name, needed);
    const statement = ts.isVariableDeclaration(unit) ? unit.parent.parent : unit;
    const exported =
      publicModule !== undefined
        ? publicUnits.has(unit)
        : ts.canHaveModifiers(statement) &&
          ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && compareVersions(needed, declared) > 0) violations.push(`${name} → ExcelApi ${needed}`);
  }
  // Top-level code (outside functions) must need no more than the minimum either.
  for (const use of uses)
    if (use.unit === "?" && compareVersions(use.version, use.guard) > 0)
      violations.push(`${use.file}:${use.line} ${use.member} → ExcelApi ${use.version}`);
  return { uses, requires: named, violations };
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** A program over `files` with the project's compiler options. */
export function programFor(root: string, files: readonly string[]): ts.Program {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram([...files], {
    ...parsed.options,
    noEmit: true,
    typeRoots: [path.join(root, "node_modules/@types")],
  });
}

/**
 * The members src/excel uses on Excel's objects, "Class.member" by the receiver's type (so `context.sync` is
 * RequestContext.sync and `font.bold` RangeFont.bold or ConditionalRangeFont.bold), from property accesses and
 * load paths ("items/protection/protected" reaches Worksheet.protection and WorksheetProtection.protected).
 * The proxy machinery every object shares is named once: ClientObject.load / .isNullObject / … for the members
 * every Excel object has, ClientObjectCollection.items for a collection's loaded items.
 */
export function excelMembersUsed(program: ts.Program, files: readonly string[]): Set<string> {
  const checker = program.getTypeChecker();
  const inOfficeTypes = (d: ts.Declaration): boolean =>
    d.getSourceFile().fileName.replace(/\\/g, "/").includes("@types/office-js/");
  /** The Excel (or OfficeExtension) class a type is, by name; undefined for anything else. */
  const officeClass = (type: ts.Type): string | undefined => {
    const symbol = type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration || !inOfficeTypes(declaration)) return undefined;
    if (!ts.isClassDeclaration(declaration) && !ts.isInterfaceDeclaration(declaration)) return undefined;
    return symbol.getName();
  };
  const used = new Set<string>();
  const record = (owner: string, member: string): void => {
    if (SHARED_MEMBERS.includes(member)) used.add(`ClientObject.${member}`);
    else if (member === "items" && owner.endsWith("Collection")) used.add("ClientObjectCollection.items");
    else used.add(`${owner}.${member}`);
  };
  const memberOf = (receiver: ts.Type, name: string): ts.Symbol | undefined => {
    const property = checker.getPropertyOfType(receiver, name);
    return property?.declarations?.some(inOfficeTypes) ? property : undefined;
  };
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const receiver = checker.getTypeAtLocation(node.expression);
        const owner = officeClass(receiver);
        if (owner !== undefined && memberOf(receiver, node.name.text)) record(owner, node.name.text);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load" &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        for (const loadPath of node.arguments[0].text.split(",")) {
          let type: ts.Type | undefined = checker.getTypeAtLocation(node.expression.expression);
          for (const segment of loadPath.trim().split("/")) {
            const owner = type && officeClass(type);
            const property = type && owner !== undefined ? memberOf(type, segment) : undefined;
            if (!type || owner === undefined || !property) break;
            record(owner, segment);
            type = checker.getTypeOfSymbolAtLocation(property, node);
            if (segment === "items") type = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

/** Members every Excel object has (OfficeExtension.ClientObject's, and the ones each class repeats). */
export const SHARED_MEMBERS: readonly string[] = [
  "context",
  "isNullObject",
  "load",
  "set",
  "toJSON",
  "track",
  "untrack",
];

/**
 * The Excel API src/excel uses, "Class.member" (see excelMembersUsed): the surface the simulator models, no
 * more (test/excel/surface.test.ts holds both to it).
 */
export const EXCEL_SURFACE: readonly string[] = [
  "Application.calculate",
  "Application.suspendApiCalculationUntilNextSync",
  "Chart.name",
  "Chart.setPosition",
  "Chart.title",
  "ChartCollection.add",
  "ChartTitle.text",
  "ClientObject.isNullObject",
  "ClientObject.load",
  "ClientObjectCollection.items",
  "ConditionalFormat.custom",
  "ConditionalFormat.customOrNullObject",
  "ConditionalFormat.delete",
  "ConditionalFormat.type",
  "ConditionalFormatCollection.add",
  "ConditionalFormatRule.formula",
  "ConditionalRangeFill.color",
  "ConditionalRangeFont.bold",
  "ConditionalRangeFont.color",
  "ConditionalRangeFont.italic",
  "ConditionalRangeFont.underline",
  "ConditionalRangeFormat.fill",
  "ConditionalRangeFormat.font",
  "CustomConditionalFormat.format",
  "CustomConditionalFormat.rule",
  "HeaderFooter.centerFooter",
  "HeaderFooterGroup.defaultForAllPages",
  "PageBreakCollection.add",
  "PageLayout.headersFooters",
  "PageLayout.orientation",
  "PageLayout.paperSize",
  "PageLayout.setPrintMargins",
  "PageLayout.setPrintTitleRows",
  "PageLayout.zoom",
  "Range.address",
  "Range.conditionalFormats",
  "Range.format",
  "Range.formulas",
  "Range.getMergedAreasOrNullObject",
  "Range.left",
  "Range.merge",
  "Range.numberFormat",
  "Range.select",
  "Range.top",
  "Range.valueTypes",
  "Range.values",
  "Range.width",
  "RangeAreas.areas",
  "RangeAreas.conditionalFormats",
  "RangeBorder.color",
  "RangeBorder.style",
  "RangeBorder.weight",
  "RangeBorderCollection.getItem",
  "RangeFill.color",
  "RangeFont.bold",
  "RangeFont.color",
  "RangeFont.italic",
  "RangeFont.name",
  "RangeFont.size",
  "RangeFont.underline",
  "RangeFormat.autofitRows",
  "RangeFormat.borders",
  "RangeFormat.columnWidth",
  "RangeFormat.fill",
  "RangeFormat.font",
  "RangeFormat.horizontalAlignment",
  "RangeFormat.rowHeight",
  "RangeFormat.verticalAlignment",
  "RangeFormat.wrapText",
  "RequestContext.sync",
  "RequestContext.workbook",
  "Setting.delete",
  "Setting.key",
  "Setting.value",
  "SettingCollection.add",
  "SettingCollection.getItemOrNullObject",
  "Shape.delete",
  "Shape.fill",
  "Shape.height",
  "Shape.left",
  "Shape.name",
  "Shape.textFrame",
  "Shape.top",
  "Shape.width",
  "ShapeCollection.addTextBox",
  "ShapeFill.setSolidColor",
  "ShapeFont.bold",
  "ShapeFont.color",
  "ShapeFont.italic",
  "ShapeFont.size",
  "ShapeFont.underline",
  "TextFrame.textRange",
  "TextRange.font",
  "Workbook.application",
  "Workbook.protection",
  "Workbook.settings",
  "Workbook.worksheets",
  "WorkbookProtection.protected",
  "Worksheet.activate",
  "Worksheet.charts",
  "Worksheet.delete",
  "Worksheet.freezePanes",
  "Worksheet.getRange",
  "Worksheet.getRanges",
  "Worksheet.getUsedRange",
  "Worksheet.getUsedRangeOrNullObject",
  "Worksheet.horizontalPageBreaks",
  "Worksheet.id",
  "Worksheet.name",
  "Worksheet.pageLayout",
  "Worksheet.position",
  "Worksheet.protection",
  "Worksheet.shapes",
  "Worksheet.visibility",
  "WorksheetCollection.add",
  "WorksheetCollection.getActiveWorksheet",
  "WorksheetCollection.getItem",
  "WorksheetFreezePanes.freezeAt",
  "WorksheetFreezePanes.freezeColumns",
  "WorksheetFreezePanes.freezeRows",
  "WorksheetProtection.options",
  "WorksheetProtection.protected",
  "WorksheetProtectionOptions.allowEditObjects",
  "WorksheetProtectionOptions.allowFormatCells",
];

/** Classes in EXCEL_SURFACE that are plain values (option objects) the simulator reads or returns as data. */
export const EXCEL_VALUE_TYPES: readonly string[] = ["WorksheetProtectionOptions"];
