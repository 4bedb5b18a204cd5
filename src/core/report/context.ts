/** What a report plan is made from besides the analysis: settings, the source, the time, the language. */
import {
  formatMessage,
  formatNumber,
  type Language,
  type MessageKey,
  type MessageParams,
} from "../../i18n/messages";
import { roundHalfAwayFromZero } from "../precision";
import type { Grid } from "../grid";
import type { Settings } from "../settings";

export interface ReportContext {
  readonly settings: Settings;
  /** The score workbook's file name, when known (the pane may not know it). */
  readonly file: string | null;
  /** Last year's workbook and sheet(s), when they came from elsewhere. */
  readonly previous?: { readonly file: string | null; readonly sheets: readonly string[] } | null;
  /** Fingerprint of the source values, computed by the adapter (SHA-256 hex); printed in the run log. */
  readonly fingerprint: string;
  /** ISO 8601 time of the run, passed in so that plans are deterministic. */
  readonly generatedAt: string;
  /** Defaults to the settings' language (Vietnamese). */
  readonly language?: Language;
  /**
   * The score workbook's grids, when the shell has them: the letterhead takes the agency lines from the
   * score sheet's first rows (settings override).
   */
  readonly sourceGrids?: readonly Grid[];
  /** False for the .xlsx renderer (ExcelJS cannot write charts): no charts are planned and the log says so. */
  readonly chartsSupported: boolean;
}

/** Message lookup and number wording in the report's language. */
export interface Texts {
  readonly language: Language;
  t(key: MessageKey, params?: MessageParams): string;
  /** A number as text with at most `decimals` decimals ("85,86" in Vietnamese). */
  num(value: number, decimals?: number): string;
}

export function textsFor(language: Language): Texts {
  return {
    language,
    t: (key, params = {}) => formatMessage(key, params, language),
    num: (value, decimals = 2) => formatNumber(roundHalfAwayFromZero(value, decimals), language),
  };
}

/** The threshold of the component check in percent (75 and 0.75 are both 75 %). */
export function thresholdPercentOf(settings: Settings): number {
  return settings.threshold <= 1 ? roundHalfAwayFromZero(settings.threshold * 100, 10) : settings.threshold;
}

/** "2022-03-15" → "15/03/2022"; other text unchanged. */
export function displayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Roman numerals for group headings (I, II, … XL). */
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let text = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}
