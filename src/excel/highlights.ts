/**
 * Highlights of the user's score sheet — dropped units' rows, the components the explanation list names, and
 * (when the settings ask) the other components below the threshold — as conditional formats (ExcelApi 1.6)
 * whose custom rule `=N("CCHC:<kind>")=0` is TRUE on every cell and names the add-in. Why conditional formats
 * rather than fills: they sit above the cells' own formats and change no cell at all (values, formulas, fills,
 * fonts, borders, number formats stay as the user left them), so Clear restores exactly what was covered by
 * deleting the add-in's rules — found by their formula, also when Excel copied them along with the user's
 * rows — and touches no rule of the user's. Applying removes the add-in's earlier rules first, so applying
 * twice equals applying once.
 *
 * One rule per kind and style over a multi-area range (Worksheet.getRanges, ExcelApi 1.9), its address cut
 * into pieces of at most ADDRESS_CHARS characters: thousands of rules slow real Excel, and getRanges refuses
 * long addresses unpredictably — OfficeDev/office-js#5198 saw an 8,207-character address of 513 areas fail
 * where others of 513 areas passed, and office-js-docs-pr#2255 reports the same; a quarter of that is kept.
 * Below ExcelApi 1.9, one rule per area (rows of one unit joined down a column span).
 *
 * The legend: where it goes was decided against DESIGN.md ("the add-in never changes a value or formula of the
 * user's score sheet. Clear removes exactly what Highlight added"). Text written into empty cells would change
 * the sheet's values and used range; a note or comment (ExcelApi 1.18 / 1.10) is hidden until hovered, fails on
 * a cell that already has one, and a comment goes out to co-authors as the user's; conditional formatting alone
 * cannot carry words (a number format never shows on an empty cell); the report's own sheets exist only when a
 * report is written. So the legend is a stack of text boxes (Worksheet.shapes.addTextBox, ExcelApi 1.9, placed
 * through Range.left / top / width, ExcelApi 1.10) right of the used range at the table's header: no cell is
 * touched, it shows on screen and on paper, each entry wears the look of the cells it explains, and Clear
 * deletes exactly the shapes named LEGEND_SHAPE_PREFIX…. Below ExcelApi 1.10, or on a protected sheet that does
 * not allow editing objects, the highlights are applied without it and the result says why (legendSkipped).
 *
 * Two syncs each: 1. load the sheets' conditional formats, protection and (1.9) shapes and where the legend
 * goes (1.10); 2. delete the add-in's rules and legend, add the new ones. clearHighlights without sheet names first
 * reads the add-in's marker: three syncs.
 */
import type {
  Area,
  CellStyle,
  HighlightArea,
  HighlightKind,
  HighlightLegend,
  HighlightPlan,
} from "../core/plan";
import { areaAddress, cellAddress } from "./addresses";
import { ExcelAdapterError, adapterError } from "./errors";
import {
  HIGHLIGHT_MARKER_KEY,
  LEGEND_SHAPE_PREFIX,
  highlightRuleFormula,
  isHighlightRuleFormula,
  isLegendShapeName,
  parseHighlightMarker,
} from "./markers";
import { supportsExcelApi } from "./requirements";

/** Characters of one multi-area address given to getRanges (see the module comment). */
export const ADDRESS_CHARS = 2_000;

export interface HighlightResult {
  /** Sheets whose highlights were set or cleared. */
  readonly sheets: readonly string[];
  /** Conditional formats added. */
  readonly added: number;
  /** The add-in's earlier conditional formats removed. */
  readonly removed: number;
  /** Sheets that got a legend. */
  readonly legends: number;
  /** Why the plan's legends were left out: this Excel cannot place text boxes, or a protected sheet forbids them. */
  readonly legendSkipped: "unsupported" | "protected" | null;
  readonly syncs: number;
}

interface SheetRules {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly rules: Excel.ConditionalFormatCollection;
  /** The sheet's shapes (ExcelApi 1.9), for the add-in's legend. */
  readonly shapes: Excel.ShapeCollection | null;
}

/** Queues the loads of the sheets' conditional formats and protection (and shape names from ExcelApi 1.9). */
function loadRules(context: Excel.RequestContext, names: readonly string[]): SheetRules[] {
  return names.map((name) => {
    const rules = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.load("protected,options");
    rules.load("items/type,items/customOrNullObject/rule/formula");
    let shapes: Excel.ShapeCollection | null = null;
    if (supportsExcelApi("1.9")) {
      shapes = context.workbook.worksheets.getItem(name).shapes;
      shapes.load("items/name");
    }
    return { name, sheet, rules, shapes };
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

/** Deletes the add-in's rules and legend on the loaded sheets; returns the number of rules. */
function removeOurs(sheets: readonly SheetRules[]): number {
  let removed = 0;
  for (const { rules, shapes } of sheets) {
    for (const rule of ours(rules)) {
      rule.delete();
      removed++;
    }
    if (shapes !== null && supportsExcelApi("1.9"))
      for (const shape of shapes.items) if (isLegendShapeName(shape.name)) shape.delete();
  }
  return removed;
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
  const open = new Map<string, number>();
  const sorted = [...areas].sort((a, b) => a.area.top - b.area.top);
  for (const area of sorted) {
    const key = JSON.stringify([area.sheet, area.kind, area.style, area.area.left, area.area.right]);
    const at = open.get(key);
    const last = at === undefined ? undefined : out[at];
    if (at !== undefined && last !== undefined && last.area.bottom + 1 === area.area.top) {
      const grown: Area = { ...last.area, bottom: area.area.bottom };
      out[at] = { ...last, area: grown };
    } else {
      out.push(area);
      open.set(key, out.length - 1);
    }
  }
  // Keep the plan's order of kinds: later kinds are added later and so take precedence.
  const kindOrder = new Map<string, number>();
  areas.forEach((a, i) => {
    if (!kindOrder.has(a.kind)) kindOrder.set(a.kind, i);
  });
  return out.sort((a, b) => (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0));
}

/** One conditional format: where (one address, or several joined by commas), its kind and its look. */
export interface RulePlan {
  readonly sheet: string;
  readonly address: string;
  readonly multiArea: boolean;
  readonly kind: HighlightKind;
  readonly style: CellStyle;
}

/**
 * The rules for the plan's areas: with multi-area ranges, one per sheet, kind and style and piece of at most
 * `addressChars` characters of address; without them, one per joined area.
 */
export function highlightRules(
  areas: readonly HighlightArea[],
  multiArea: boolean,
  addressChars = ADDRESS_CHARS,
): RulePlan[] {
  const rules: RulePlan[] = [];
  const joinedAreas = joined(areas);
  if (!multiArea) {
    for (const a of joinedAreas)
      rules.push({
        sheet: a.sheet,
        address: areaAddress(a.area),
        multiArea: false,
        kind: a.kind,
        style: a.style,
      });
    return rules;
  }
  const groups = new Map<string, HighlightArea[]>();
  for (const a of joinedAreas) {
    const key = JSON.stringify([a.sheet, a.kind, a.style]);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const { sheet, kind, style } = list[0];
    let pieces: string[] = [];
    let length = 0;
    const flush = (): void => {
      if (pieces.length === 0) return;
      rules.push({ sheet, address: pieces.join(","), multiArea: pieces.length > 1, kind, style });
      pieces = [];
      length = 0;
    };
    for (const a of list) {
      const address = areaAddress(a.area);
      if (length > 0 && length + 1 + address.length > addressChars) flush();
      length += (length > 0 ? 1 : 0) + address.length;
      pieces.push(address);
    }
    flush();
  }
  return rules;
}

function styleRule(format: Excel.ConditionalFormat, kind: HighlightKind, style: CellStyle): void {
  format.custom.rule.formula = highlightRuleFormula(kind);
  const look = format.custom.format;
  if (style.fill !== undefined) look.fill.color = style.fill;
  if (style.fontColor !== undefined) look.font.color = style.fontColor;
  if (style.bold !== undefined) look.font.bold = style.bold;
  if (style.italic !== undefined) look.font.italic = style.italic;
  if (style.underline !== undefined) look.font.underline = style.underline ? "Single" : "None";
}

function addRule(sheet: Excel.Worksheet, rule: RulePlan): void {
  if (rule.multiArea && supportsExcelApi("1.9"))
    styleRule(sheet.getRanges(rule.address).conditionalFormats.add("Custom"), rule.kind, rule.style);
  else styleRule(sheet.getRange(rule.address).conditionalFormats.add("Custom"), rule.kind, rule.style);
}

/** Where a legend goes: right of the used range, at the table's header row (both loaded in request 1). */
interface LegendPlace {
  readonly legend: HighlightLegend;
  readonly used: Excel.Range;
  readonly header: Excel.Range;
}

function queueLegendPlaces(
  legends: readonly HighlightLegend[],
  byName: ReadonlyMap<string, Excel.Worksheet>,
): LegendPlace[] {
  const places: LegendPlace[] = [];
  if (!supportsExcelApi("1.10")) return places;
  for (const legend of legends) {
    const sheet = byName.get(legend.sheet);
    if (sheet === undefined) continue;
    const used = sheet.getUsedRange();
    used.load("left,width");
    const header = sheet.getRange(cellAddress(legend.row, 0));
    header.load("top");
    places.push({ legend, used, header });
  }
  return places;
}

/** Width of the legend's text boxes, in points; the height follows the text (Times/Calibri 10 pt ≈ 5.5 pt a character). */
const LEGEND_WIDTH = 330;
const LEGEND_FONT_SIZE = 10;

function legendHeight(text: string): number {
  const lines = Math.max(1, Math.ceil((text.length * 5.5) / (LEGEND_WIDTH - 14)));
  return lines * 14 + 8;
}

/** The legend's text boxes: the title, then one per entry in the look of its cells, stacked downward. */
function drawLegend(sheet: Excel.Worksheet, place: LegendPlace): void {
  const left = place.used.left + place.used.width + 12;
  let top = place.header.top;
  const boxes: { text: string; style: CellStyle | null }[] = [
    { text: place.legend.title, style: null },
    ...place.legend.entries.map((e) => ({ text: e.label, style: e.style })),
  ];
  boxes.forEach(({ text, style }, i) => {
    const box = sheet.shapes.addTextBox(text);
    const height = legendHeight(text);
    box.name = `${LEGEND_SHAPE_PREFIX}.${i}`;
    box.left = left;
    box.top = top;
    box.width = LEGEND_WIDTH;
    box.height = height;
    top += height + 2;
    const font = box.textFrame.textRange.font;
    font.size = LEGEND_FONT_SIZE;
    if (style === null) {
      font.bold = true;
      return;
    }
    if (style.fill !== undefined) box.fill.setSolidColor(style.fill);
    if (style.fontColor !== undefined) font.color = style.fontColor;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  });
}

/** A protected sheet takes the legend only when its protection allows editing objects. */
function objectsAllowed(sheet: Excel.Worksheet): boolean {
  return !sheet.protection.protected || sheet.protection.options.allowEditObjects === true;
}

/**
 * Marks the plan's areas on the user's sheets (replacing the add-in's earlier highlights on those sheets and
 * on `alsoClear`), with the plan's legends. Never changes a cell. Throws an ExcelAdapterError for a protected
 * sheet before changing anything.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  alsoClear: readonly string[] = [],
): Promise<HighlightResult> {
  if (!supportsExcelApi("1.6"))
    throw new ExcelAdapterError("unsupported", "dataUnchanged", { feature: "highlight", version: "1.6" });
  // An area without whole, non-negative coordinates has no address (a plan bug must not hang Excel).
  const areas = plan.areas.filter((a) =>
    [a.area.top, a.area.left, a.area.bottom, a.area.right].every((n) => Number.isInteger(n) && n >= 0),
  );
  const names = [...new Set([...areas.map((a) => a.sheet), ...alsoClear])];
  const planned = (plan.legends ?? []).filter((l) => areas.some((a) => a.sheet === l.sheet));
  let syncs = 0;
  let sheets: SheetRules[] = [];
  try {
    sheets = loadRules(context, names);
    const byName = new Map(sheets.map((s) => [s.name, s.sheet]));
    const places = queueLegendPlaces(planned, byName);
    const marker = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_MARKER_KEY);
    marker.load("key");
    await context.sync();
    syncs++;
    refuseProtected(sheets);
    const removed = removeOurs(sheets);
    const rules = highlightRules(areas, supportsExcelApi("1.9"));
    for (const rule of rules) addRule(byName.get(rule.sheet) as Excel.Worksheet, rule);
    let legendSkipped: HighlightResult["legendSkipped"] = null;
    let legends = 0;
    if (supportsExcelApi("1.10"))
      for (const place of places) {
        const sheet = byName.get(place.legend.sheet) as Excel.Worksheet;
        if (!objectsAllowed(sheet)) {
          legendSkipped = "protected";
          continue;
        }
        drawLegend(sheet, place);
        legends++;
      }
    else if (planned.length > 0) legendSkipped = "unsupported";
    const highlighted = [...new Set(rules.map((r) => r.sheet))];
    if (highlighted.length > 0)
      context.workbook.settings.add(HIGHLIGHT_MARKER_KEY, {
        version: 1,
        sheets: highlighted,
        appliedAt: new Date().toISOString(),
      });
    else if (!marker.isNullObject) marker.delete();
    await context.sync();
    syncs++;
    return { sheets: names, added: rules.length, removed, legends, legendSkipped, syncs };
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
    removeOurs(sheets);
    await context.sync();
  } catch {
    // The error of the apply is the one to report; the next apply or clear removes the rest.
  }
}

/**
 * Removes the add-in's highlights from `sheets` (those readWorkbook lists as highlightedSheets) — exactly its
 * own conditional formats and legend, which restores what they covered. Without `sheets`, the add-in's marker
 * says where it highlighted (one more sync).
 */
export async function clearHighlights(
  context: Excel.RequestContext,
  sheets?: readonly string[],
): Promise<HighlightResult> {
  if (!supportsExcelApi("1.6"))
    throw new ExcelAdapterError("unsupported", "dataUnchanged", { feature: "highlight", version: "1.6" });
  let syncs = 0;
  const nothing = { added: 0, legends: 0, legendSkipped: null };
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
      if (names.length === 0 && marker.isNullObject) return { sheets: [], removed: 0, syncs, ...nothing };
    }
    const loaded = loadRules(context, names);
    await context.sync();
    syncs++;
    refuseProtected(loaded);
    const removed = removeOurs(loaded);
    if (!marker.isNullObject) marker.delete();
    await context.sync();
    syncs++;
    return { sheets: names, removed, syncs, ...nothing };
  } catch (error) {
    throw adapterError(error, "dataUnchanged");
  }
}
