/**
 * Highlights of the user's score sheet — dropped units' rows and below-threshold component cells — as
 * conditional formats (ExcelApi 1.6) whose custom rule `=N("CCHC:<kind>")=0` is TRUE on every cell and names
 * the add-in. Why conditional formats rather than fills: they sit above the cells' own formats and change no
 * cell at all (values, formulas, fills, fonts, borders, number formats stay as the user left them), so Clear
 * restores exactly what was covered by deleting the add-in's rules — found by their formula, also when Excel
 * copied them along with the user's rows — and touches no rule of the user's. Applying removes the
 * add-in's earlier rules first, so applying twice equals applying once.
 *
 * Two syncs each: 1. load the sheets' conditional formats (and protection); 2. delete the add-in's rules and
 * add the new ones. clearHighlights without sheet names first reads the add-in's marker: three syncs.
 */
import type { Area, CellStyle, HighlightArea, HighlightPlan } from "../core/plan";
import { areaAddress } from "./addresses";
import { ExcelAdapterError, adapterError } from "./errors";
import {
  HIGHLIGHT_MARKER_KEY,
  highlightRuleFormula,
  isHighlightRuleFormula,
  parseHighlightMarker,
} from "./markers";
import { supportsExcelApi } from "./requirements";

export interface HighlightResult {
  /** Sheets whose highlights were set or cleared. */
  readonly sheets: readonly string[];
  /** Conditional formats added. */
  readonly added: number;
  /** The add-in's earlier conditional formats removed. */
  readonly removed: number;
  readonly syncs: number;
}

interface SheetRules {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly rules: Excel.ConditionalFormatCollection;
}

/** Queues the loads of the sheets' conditional formats and protection. */
function loadRules(context: Excel.RequestContext, names: readonly string[]): SheetRules[] {
  return names.map((name) => {
    const rules = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.load("protected,options");
    rules.load("items/type,items/customOrNullObject/rule/formula");
    return { name, sheet, rules };
  });
}

function ours(rules: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return rules.items.filter(
    (rule) =>
      rule.type === "Custom" &&
      !rule.customOrNullObject.isNullObject &&
      isHighlightRuleFormula(rule.customOrNullObject.rule.formula),
  );
}

/** A protected sheet refuses new formats unless its protection allows formatting cells. */
function refuseProtected(sheets: readonly SheetRules[]): void {
  for (const { name, sheet } of sheets) {
    const protection = sheet.protection;
    if (protection.protected && protection.options.allowFormatCells !== true)
      throw new ExcelAdapterError("sheetProtected", "dataUnchanged", { sheet: name });
  }
}

/** Areas of one sheet, kind and style, joined where one continues the other down a column span. */
function joined(areas: readonly HighlightArea[]): HighlightArea[] {
  const out: HighlightArea[] = [];
  const open = new Map<string, HighlightArea>();
  const sorted = [...areas].sort((a, b) => a.area.top - b.area.top);
  for (const area of sorted) {
    const key = JSON.stringify([area.sheet, area.kind, area.style, area.area.left, area.area.right]);
    const last = open.get(key);
    if (last !== undefined && last.area.bottom + 1 === area.area.top) {
      const grown: Area = { ...last.area, bottom: area.area.bottom };
      const merged = { ...last, area: grown };
      out[out.indexOf(last)] = merged;
      open.set(key, merged);
    } else {
      out.push(area);
      open.set(key, area);
    }
  }
  // Keep the plan's order of kinds: later kinds are added later and so take precedence.
  const kindOrder = new Map<string, number>();
  areas.forEach((a, i) => {
    if (!kindOrder.has(a.kind)) kindOrder.set(a.kind, i);
  });
  return out.sort((a, b) => (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0));
}

function addRule(sheet: Excel.Worksheet, area: HighlightArea): void {
  const format = sheet.getRange(areaAddress(area.area)).conditionalFormats.add("Custom");
  format.custom.rule.formula = highlightRuleFormula(area.kind);
  const style: CellStyle = area.style;
  const look = format.custom.format;
  if (style.fill !== undefined) look.fill.color = style.fill;
  if (style.fontColor !== undefined) look.font.color = style.fontColor;
  if (style.bold !== undefined) look.font.bold = style.bold;
  if (style.italic !== undefined) look.font.italic = style.italic;
  if (style.underline !== undefined) look.font.underline = style.underline ? "Single" : "None";
}

/**
 * Marks the plan's areas on the user's sheets (replacing the add-in's earlier highlights on those sheets and
 * on `alsoClear`). Never changes a cell. Throws an ExcelAdapterError for a protected sheet before changing
 * anything.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  alsoClear: readonly string[] = [],
): Promise<HighlightResult> {
  if (!supportsExcelApi("1.6"))
    throw new ExcelAdapterError("unsupported", "dataUnchanged", { feature: "highlight", version: "1.6" });
  const names = [...new Set([...plan.areas.map((a) => a.sheet), ...alsoClear])];
  let syncs = 0;
  let sheets: SheetRules[] = [];
  try {
    sheets = loadRules(context, names);
    const marker = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_MARKER_KEY);
    marker.load("key");
    await context.sync();
    syncs++;
    refuseProtected(sheets);
    let removed = 0;
    for (const { rules } of sheets)
      for (const rule of ours(rules)) {
        rule.delete();
        removed++;
      }
    const areas = joined(plan.areas);
    const byName = new Map(sheets.map((s) => [s.name, s.sheet]));
    for (const area of areas) addRule(byName.get(area.sheet) as Excel.Worksheet, area);
    const highlighted = [...new Set(areas.map((a) => a.sheet))];
    if (highlighted.length > 0)
      context.workbook.settings.add(HIGHLIGHT_MARKER_KEY, {
        version: 1,
        sheets: highlighted,
        appliedAt: new Date().toISOString(),
      });
    else if (!marker.isNullObject) marker.delete();
    await context.sync();
    syncs++;
    return { sheets: names, added: areas.length, removed, syncs };
  } catch (error) {
    if (error instanceof ExcelAdapterError) throw error;
    // Half-applied highlights are not left behind: remove whatever the add-in's rules are now.
    if (syncs > 0) await clearQuietly(context, names);
    throw adapterError(error, "dataUnchanged");
  }
}

async function clearQuietly(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const sheets = loadRules(context, names);
    await context.sync();
    for (const { rules } of sheets) for (const rule of ours(rules)) rule.delete();
    await context.sync();
  } catch {
    // The error of the apply is the one to report; the next apply or clear removes the rest.
  }
}

/**
 * Removes the add-in's highlights from `sheets` (those readWorkbook lists as highlightedSheets) — exactly its
 * own conditional formats, which restores what they covered. Without `sheets`, the add-in's marker says
 * where it highlighted (one more sync).
 */
export async function clearHighlights(
  context: Excel.RequestContext,
  sheets?: readonly string[],
): Promise<HighlightResult> {
  if (!supportsExcelApi("1.6"))
    throw new ExcelAdapterError("unsupported", "dataUnchanged", { feature: "highlight", version: "1.6" });
  let syncs = 0;
  try {
    const marker = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_MARKER_KEY);
    marker.load("value");
    let names = sheets;
    if (names === undefined) {
      const existing = context.workbook.worksheets;
      existing.load("items/name");
      await context.sync();
      syncs++;
      const recorded = parseHighlightMarker(marker.isNullObject ? null : marker.value).sheets;
      names = recorded.filter((name) => existing.items.some((s) => s.name === name));
      if (names.length === 0 && marker.isNullObject) return { sheets: [], added: 0, removed: 0, syncs };
    }
    const loaded = loadRules(context, names);
    await context.sync();
    syncs++;
    refuseProtected(loaded);
    let removed = 0;
    for (const { rules } of loaded)
      for (const rule of ours(rules)) {
        rule.delete();
        removed++;
      }
    if (!marker.isNullObject) marker.delete();
    await context.sync();
    syncs++;
    return { sheets: names, added: 0, removed, syncs };
  } catch (error) {
    throw adapterError(error, "dataUnchanged");
  }
}
