/** The readable summary of `cchc report` (Vietnamese by default, `--lang en`). */
import type { Analysis, UnitResult } from "../core/analyse";
import { describeProblem } from "../core/problems";
import { roundHalfAwayFromZero } from "../core/precision";
import { textsFor, type Texts } from "../core/report/context";
import { changeLabel } from "../core/report/units";
import { visible, visibleParams } from "./terminal";
import {
  formatMessage,
  formatNumber,
  type Language,
  type MessageKey,
  type MessageParams,
} from "../i18n/messages";

/** Units listed per group before the summary points to --json. */
const MAX_LISTED = 40;

/**
 * An index as the sheets and the pane show it (the core's ROUND to 2 decimals), or with up to 6 decimals
 * when 2 would make two differently ranked units look tied.
 */
function indexText(unit: UnitResult, peers: readonly UnitResult[], texts: Texts): string {
  if (unit.index === null) return "—";
  const two = roundHalfAwayFromZero(unit.index, 2);
  const clash = peers.some(
    (p) =>
      p !== unit && p.index !== null && p.rank !== unit.rank && roundHalfAwayFromZero(p.index, 2) === two,
  );
  return texts.num(unit.index, clash ? 6 : 2);
}

export interface SummaryContext {
  /** This year's file name. */
  readonly file: string;
  /** Last year's file name, when it came from another workbook. */
  readonly previousFile?: string;
  readonly threshold: number;
  readonly sendTo: string;
  /** Sheets of the analysis that are hidden in the workbook (the user may not know the table is there). */
  readonly hiddenSheets?: readonly string[];
}

export function summarise(analysis: Analysis, context: SummaryContext, language: Language): string {
  const { file, threshold, sendTo } = context;
  // Every parameter comes from the workbook or the settings: shown with control characters escaped.
  const t = (key: MessageKey, params: MessageParams = {}) =>
    formatMessage(key, visibleParams(params), language);
  const texts = textsFor(language);
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push("", title);
    if (items.length === 0) lines.push(`  ${t("cliNone")}`);
    for (const item of items) lines.push(`  - ${item}`);
  };
  lines.push(t("cliTitle", { year: analysis.year !== null ? ` ${analysis.year}` : "", file }));
  lines.push(t("cliSheets", { sheets: analysis.sheets.map((s) => `“${s}”`).join(", ") }));
  if (context.hiddenSheets && context.hiddenSheets.length > 0)
    lines.push(t("cliHiddenSheets", { sheets: context.hiddenSheets.map((s) => `“${s}”`).join(", ") }));
  lines.push(
    t("cliPrevious", {
      source:
        analysis.previousSource === "column"
          ? t("cliPreviousColumn")
          : analysis.previousSource === "table"
            ? t(context.previousFile ? "cliPreviousFile" : "cliPreviousSheet", {
                file: context.previousFile ?? "",
                sheets: analysis.previousSheets.map((s) => `“${s}”`).join(", "),
              })
            : t("cliNoPrevious"),
    }),
  );

  for (const group of analysis.groups) {
    const members = analysis.units
      .filter((u) => u.group === group.name && u.rank !== null)
      .sort((a, b) => (a.rank as number) - (b.rank as number));
    lines.push("", t("cliGroup", { name: group.name, units: String(group.units) }));
    for (const unit of members.slice(0, MAX_LISTED)) {
      const change = analysis.previousSource ? `  ${changeLabel(unit, texts)}` : "";
      lines.push(
        `  ${t("cliRankLine", { rank: String(unit.rank), name: unit.name, index: indexText(unit, members, texts), change })}`,
      );
    }
    if (members.length > MAX_LISTED)
      lines.push(`  ${t("cliMore", { count: String(members.length - MAX_LISTED) })}`);
  }

  if (analysis.previousSource) {
    section(
      t("cliDropped", { count: String(analysis.dropped.length) }),
      analysis.dropped.map((d) =>
        t("cliDroppedLine", { unit: d.unit, group: d.group, from: String(d.from), to: String(d.to) }),
      ),
    );
  }
  const deadline = analysis.reviewDeadline;
  section(
    t("cliReviews", {
      count: String(analysis.reviews.length),
      deadline: deadline ? deadline.split("-").reverse().join("/") : t("cliUnknown"),
      sendTo: analysis.reviews[0]?.sendTo ?? sendTo,
    }),
    analysis.reviewsNote
      ? [t(analysis.reviewsNote)]
      : analysis.reviews.map((r) =>
          t("cliReviewLine", {
            unit: r.unit,
            group: r.group,
            reasons: r.reasons.map((reason) => t(reason.key, reason.params)).join("; "),
            attendee: r.attendee ? t("cliAttendee", { name: r.attendee }) : "",
          }),
        ),
  );
  section(
    t("cliExplanations", {
      count: String(analysis.explanations.length),
      threshold: formatNumber(threshold, language),
    }),
    analysis.explanations.map((e) =>
      t("cliExplanationLine", {
        unit: e.unit,
        group: e.group,
        component: e.component,
        score: formatNumber(e.score, language),
        max: formatNumber(e.max, language),
        percent: texts.num(e.percent),
      }),
    ),
  );
  if (analysis.notAssessed.length > 0) {
    section(
      t("cliNotAssessed", { count: String(analysis.notAssessed.length) }),
      analysis.notAssessed.map((n) =>
        t("cliNotAssessedLine", { unit: n.unit, group: n.group, row: String(n.row) }),
      ),
    );
  }
  if (analysis.previousSource) {
    const notComparable = analysis.units.filter((u) => !u.comparable && u.rank !== null);
    section(
      t("cliNotComparable", { count: String(notComparable.length) }),
      notComparable.map((u) =>
        t("cliNotComparableLine", {
          unit: u.name,
          group: u.group,
          reason: u.notComparableReason ? t(u.notComparableReason) : t("cliUnknown"),
        }),
      ),
    );
  }
  if (analysis.unmatchedPrevious.length > 0) {
    section(
      t("cliUnmatched", { count: String(analysis.unmatchedPrevious.length) }),
      analysis.unmatchedPrevious.map((u) => t("cliUnmatchedLine", { name: u.name, group: u.group })),
    );
  }
  section(
    t("cliWarnings", { count: String(analysis.warnings.length) }),
    analysis.warnings.map((w) =>
      describeProblem(
        { ...w, sheet: w.sheet === null ? null : visible(w.sheet), params: visibleParams(w.params) },
        language,
      ),
    ),
  );
  return lines.join("\n") + "\n";
}
