/** The `--json` output of `cchc report`, exactly as DESIGN.md specifies it. */
import type { Analysis } from "../core/analyse";
import { columnLetter } from "../core/grid";
import { formatMessage, type Language } from "../i18n/messages";

export interface ReportJson {
  sheets: string[];
  groups: { name: string; units: number }[];
  units: {
    name: string;
    group: string;
    sheet: string;
    row: number;
    score: number | null;
    max: number | null;
    index: number | null;
    band: string | null;
    rank: number | null;
    previousRank: number | null;
    rankChange: number | null;
    comparable: boolean;
    rating: string | null;
    ratingDerived: boolean;
    components: {
      name: string;
      score: number | null;
      max: number | null;
      percent: number | null;
      below: boolean | null;
    }[];
  }[];
  dropped: { unit: string; group: string; from: number; to: number }[];
  reviews: {
    unit: string;
    group: string;
    index: number | null;
    rank: number | null;
    rankChange: number | null;
    rating: string;
    ratingDerived: boolean;
    reasons: string[];
    attendee: string | null;
    deadline: string | null;
    sendTo: string;
  }[];
  explanations: {
    unit: string;
    group: string;
    component: string;
    score: number;
    max: number;
    percent: number;
  }[];
  componentStats: {
    component: string;
    group: string;
    mean: number | null;
    min: number | null;
    max: number | null;
    below: number;
  }[];
  notAssessed: { unit: string; group: string; sheet: string; row: number }[];
  unmatchedPrevious: { name: string; group: string }[];
  warnings: { sheet: string | null; row: number | null; column: string | null; message: string }[];
}

/** Ratings are written as the abbreviations staff use (HTNV…); their words are in the summary. */
export function toJson(analysis: Analysis, language: Language): ReportJson {
  return {
    sheets: [...analysis.sheets],
    groups: analysis.groups.map((g) => ({ name: g.name, units: g.units })),
    units: analysis.units.map((u) => ({
      name: u.name,
      group: u.group,
      sheet: u.sheet,
      row: u.row,
      score: u.score,
      max: u.max,
      index: u.index,
      band: u.band,
      rank: u.rank,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
      comparable: u.comparable,
      rating: u.rating,
      ratingDerived: u.ratingDerived,
      components: u.components.map((c) => ({
        name: c.name,
        score: c.score,
        max: c.applicable ? c.max : null,
        percent: c.percent,
        below: c.below,
      })),
    })),
    dropped: analysis.dropped.map((d) => ({ ...d })),
    reviews: analysis.reviews.map((r) => ({
      unit: r.unit,
      group: r.group,
      index: r.index,
      rank: r.rank,
      rankChange: r.rankChange,
      rating: r.rating,
      ratingDerived: r.ratingDerived,
      reasons: r.reasons.map((reason) => formatMessage(reason.key, reason.params, language)),
      attendee: r.attendee,
      deadline: r.deadline,
      sendTo: r.sendTo,
    })),
    explanations: analysis.explanations.map((e) => ({ ...e })),
    componentStats: analysis.componentStats.map((s) => ({ ...s })),
    notAssessed: analysis.notAssessed.map((n) => ({ ...n })),
    unmatchedPrevious: analysis.unmatchedPrevious.map((u) => ({ ...u })),
    warnings: analysis.warnings.map((w) => ({
      sheet: w.sheet,
      row: w.row,
      column: w.column === null ? null : columnLetter(w.column),
      message: formatMessage(w.key, w.params, language),
    })),
  };
}
