/**
 * Which Excel JavaScript API requirement sets the running Excel supports. The manifest declares only
 * ExcelApi 1.1; every newer member the adapter calls sits behind `supportsExcelApi("1.x")` with a fallback
 * (test/excel/requirements.test.ts proves it from @types/office-js's "[Api set: …]" notes).
 */

/** The ExcelApi version manifest.xml declares as the minimum. */
export const DECLARED_EXCEL_API = "1.1";

/** The newer sets the adapter uses, and for what (README, chapter 4, lists the same). */
export const EXCEL_API_FOR = {
  /** Worksheet.protection (a protected score sheet is told apart). */
  sheetProtection: "1.2",
  /** Workbook.settings (the add-in's markers), getItemOrNullObject, getUsedRangeOrNullObject. */
  settings: "1.4",
  /** Conditional formats (highlights) and suspendApiCalculationUntilNextSync. */
  conditionalFormats: "1.6",
  /** Workbook.protection (structure), freeze panes. */
  structureProtection: "1.7",
  /** Worksheet.pageLayout (A4 landscape, fit to width, print titles, margins, footer), page breaks by group. */
  pageLayout: "1.9",
  /** Worksheet.getRanges (one highlight rule per kind over many areas); shapes (the legend's removal). */
  rangeAreas: "1.9",
  /** Range.left / top / width, which place the highlight legend's text boxes (Worksheet.shapes). */
  legend: "1.10",
  /** Range.getMergedAreasOrNullObject (merged header cells of the score table). */
  mergedAreas: "1.13",
} as const;

export type ExcelApiVersion = (typeof EXCEL_API_FOR)[keyof typeof EXCEL_API_FOR];

interface RequirementsHost {
  readonly Office?: {
    readonly context?: {
      readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    };
  };
}

/**
 * True when the host supports ExcelApi `version`. Outside Office (no `Office.context.requirements`) the answer
 * is false: the adapter then takes its ExcelApi 1.1 paths.
 */
export function supportsExcelApi(version: ExcelApiVersion): boolean {
  const requirements = (globalThis as RequirementsHost).Office?.context?.requirements;
  if (requirements === undefined) return false;
  return requirements.isSetSupported("ExcelApi", version);
}
