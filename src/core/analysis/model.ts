/**
 * What the analysis finds (DOMAIN.md): each unit's points, maximum, index, rank, last year's rank and the
 * change, head rating and components; the dropped units, the review and explanation lists, per-component
 * statistics, the warnings, and the refusal when the numbers cannot be true.
 */
import type { DetectedTable, UnitCells } from "../detect";
import type { Grid } from "../grid";
import type { Problem } from "../problems";
import type { HeadRating } from "../ratings";
import type { MessageKey } from "../../i18n/messages";

export interface ComponentResult {
  /** Index of the component in Analysis.components (the same field across sheets). */
  readonly id: number;
  readonly name: string;
  /** Points, null when not applicable or unreadable. */
  readonly score: number | null;
  readonly max: number | null;
  /** 0–100 at full precision. */
  readonly percent: number | null;
  readonly below: boolean | null;
  readonly applicable: boolean;
}

export type NotComparableReason =
  | "notComparableNew"
  | "notComparableNoPrevious"
  | "notComparableUnmatched"
  | "notComparableAmbiguous"
  | "notComparableGroup"
  | "notComparableOtherGroup"
  | "notComparableNotRanked"
  | "notComparableNoRank";

export interface UnitResult {
  readonly name: string;
  readonly group: string;
  readonly sheet: string;
  readonly row: number;
  readonly score: number | null;
  readonly max: number | null;
  readonly index: number | null;
  readonly band: string | null;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly comparable: boolean;
  readonly notComparableReason: NotComparableReason | null;
  readonly rating: HeadRating | null;
  readonly ratingDerived: boolean;
  readonly components: readonly ComponentResult[];
  readonly assessed: boolean;
  /** The cells the unit's values were read from (for highlights and go-to-cell). */
  readonly cells: UnitCells;
}

export interface Review {
  readonly unit: string;
  readonly group: string;
  readonly index: number | null;
  readonly rank: number | null;
  readonly rankChange: number | null;
  readonly rating: HeadRating;
  readonly ratingDerived: boolean;
  readonly reasons: readonly {
    readonly key: MessageKey;
    readonly params: Readonly<Record<string, string | number>>;
  }[];
  readonly attendee: string | null;
  readonly deadline: string | null;
  readonly sendTo: string;
}

export interface Explanation {
  readonly unit: string;
  readonly group: string;
  readonly component: string;
  readonly score: number;
  readonly max: number;
  readonly percent: number;
}

export interface ComponentStat {
  readonly component: string;
  readonly group: string;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly below: number;
}

export interface Analysis {
  readonly year: number | null;
  /** What detection found: this year's tables, with their columns (for highlights and the pane's Table step). */
  readonly tables: readonly DetectedTable[];
  readonly sheets: readonly string[];
  readonly groups: readonly { readonly name: string; readonly units: number }[];
  readonly components: readonly {
    readonly name: string;
    readonly max: number | null;
    readonly checked: boolean;
  }[];
  readonly units: readonly UnitResult[];
  readonly dropped: readonly {
    readonly unit: string;
    readonly group: string;
    readonly from: number;
    readonly to: number;
  }[];
  readonly reviews: readonly Review[];
  readonly explanations: readonly Explanation[];
  readonly componentStats: readonly ComponentStat[];
  readonly notAssessed: readonly {
    readonly unit: string;
    readonly group: string;
    readonly sheet: string;
    readonly row: number;
  }[];
  readonly unmatchedPrevious: readonly { readonly name: string; readonly group: string }[];
  /** Why the review list is empty, when it is for lack of ratings. */
  readonly reviewsNote: MessageKey | null;
  /** Deadline of the review meetings (YYYY-MM-DD), null when neither the settings nor the year give one. */
  readonly reviewDeadline: string | null;
  readonly previousSource: "column" | "table" | null;
  /** Last year's sheets when previousSource is "table". */
  readonly previousSheets: readonly string[];
  readonly warnings: readonly Problem[];
  /**
   * Why the numbers cannot be true (an index outside 0–100, a systematic disagreement…), naming the column and
   * what it was taken for; null when plausible. Nothing may be reported or highlighted from a refused analysis.
   */
  readonly refusal: Problem | null;
}

/** A detected table with the grid it came from (and the other sheets its cells lie on, for layouts across sheets). */
export interface SourceTable {
  readonly table: DetectedTable;
  readonly grid: Grid;
  readonly grids?: readonly Grid[];
}
