/**
 * Plans: declarative descriptions of what to write — report sheets and score-table highlights. The core
 * builds them from an Analysis; each adapter renders them (src/excel through Office.js, src/xlsx through
 * ExcelJS) and the core never knows which. Everything is plain data: a rectangle of values written as one
 * 2-D array, and styles, merges and number formats over rectangular areas (a handful per column or
 * section, never one per cell), so a renderer issues O(columns + sections) calls whatever the unit count.
 */

/** A rectangle of cells, 0-based and inclusive, relative to A1 of the sheet. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A formula with the result the planner computed (ExcelJS writes it as the cached value). */
export interface PlanFormula {
  readonly formula: string;
  readonly result: number | string | boolean | null;
}

export type PlanValue = string | number | boolean | null | PlanFormula;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Excel number format, e.g. "0.00" or "@". */
  readonly numberFormat?: string;
  /** Thin borders on every edge of every cell of the area. */
  readonly border?: "thin";
}

export interface StyledArea {
  readonly area: Area;
  readonly style: CellStyle;
}

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Fit all columns on one page wide (as many pages tall as needed). */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  readonly titleRows: { readonly top: number; readonly bottom: number } | null;
  /** Page margins in inches. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /** Page breaks before these 0-based rows (long rankings paginate by group). */
  readonly breaksBefore: readonly number[];
  /**
   * The centre footer of every printed page in Excel's header/footer codes ("Trang &P/&N": page x of y), or
   * null or absent for none.
   */
  readonly footer?: string | null;
}

export interface ChartPlan {
  readonly name: string;
  readonly type: "barClustered" | "columnClustered";
  readonly title: string;
  /** Categories in the first column of the area, one series per further column (with a header row). */
  readonly data: Area;
  /** Where the chart sits (cells it covers). */
  readonly position: Area;
}

export type ReportKind = "ranking" | "actions" | "components" | "breakthrough" | "log";

export interface SheetPlan {
  readonly kind: ReportKind;
  /** The sheet's name, carrying the year ("Xếp hạng 2021"); at most 31 characters, no []:*?/\. */
  readonly name: string;
  /** Rows of values starting at A1; every row has the same length. */
  readonly values: readonly (readonly PlanValue[])[];
  /** Applied in order; later areas override earlier ones where they overlap. */
  readonly styles: readonly StyledArea[];
  readonly merges: readonly Area[];
  /** Column widths in characters (Excel's width unit), one per column. */
  readonly columnWidths: readonly number[];
  /**
   * Row heights in points, where they differ from the default: what the planner asked for or the estimate
   * of the row's text (src/core/report/rowHeights), whichever is taller. `autofit` marks rows Excel's own
   * autofit sizes right (wrapped text only in cells that are not merged); the others keep the estimate.
   */
  readonly rowHeights: readonly {
    readonly row: number;
    readonly height: number;
    readonly autofit?: boolean;
  }[];
  /** Font of the whole sheet. */
  readonly font: { readonly name: string; readonly size: number };
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly print: PrintSetup;
  readonly charts: readonly ChartPlan[];
}

export interface ReportPlan {
  readonly year: number | null;
  /** Ranking, actions, component analysis, breakthrough registration, run log — in this order. */
  readonly sheets: readonly SheetPlan[];
  /**
   * The marker the add-in leaves on its own sheets (a workbook setting / custom property per sheet name
   * with this fingerprint of the sheet's values), so a re-run replaces its own sheets and asks before
   * replacing one the user edited.
   */
  readonly marker: string;
}

/**
 * What a highlight marks: a unit that dropped in rank, a checked component the unit must explain (the
 * explanation list), another component below the threshold (only when the settings ask).
 */
export type HighlightKind = "droppedRow" | "belowThreshold" | "belowOther";

/** One highlighted area of the user's score sheet. */
export interface HighlightArea {
  readonly sheet: string;
  /** Absolute, 0-based sheet coordinates. */
  readonly area: Area;
  readonly kind: HighlightKind;
  readonly style: CellStyle;
  /** Why, for a tooltip or a log line. */
  readonly note: string;
}

/** What the colours of one highlighted sheet mean, shown beside its table (the adapter decides how). */
export interface HighlightLegend {
  readonly sheet: string;
  /** 0-based row of the table's header: the legend starts there. */
  readonly row: number;
  readonly title: string;
  /** One entry per kind marked on the sheet, in the look of its cells. */
  readonly entries: readonly {
    readonly kind: HighlightKind;
    readonly style: CellStyle;
    readonly label: string;
  }[];
}

export interface HighlightPlan {
  readonly areas: readonly HighlightArea[];
  /** One per highlighted sheet; absent in plans made before legends existed. */
  readonly legends?: readonly HighlightLegend[];
}
