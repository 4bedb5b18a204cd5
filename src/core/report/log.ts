/**
 * The run log sheet (Nhật ký), so a result can be defended at appraisal: when the report was made, from
 * which file and sheet(s) (in Viet Nam's time), the fingerprint of the source values, the counts, every
 * setting used (named and valued in words), whether charts were written, and every warning with its place.
 * One table (STT, item, value) with a heading row per section.
 */
import type { Analysis } from "../analyse";
import type { PlanValue, SheetPlan } from "../plan";
import { placeOf } from "../problems";
import { settingLabel } from "../settingsProblems";
import { HEADER_FILL, SheetBuilder, type TableColumn, PAGE_FOOTER } from "./builder";
import type { ReportContext, Texts } from "./context";

const HEADING_STYLE = { bold: true, horizontal: "left", fill: HEADER_FILL, numberFormat: "@" } as const;

export interface LogInput {
  readonly chartCount: number;
  readonly skippedCharts: readonly { readonly group: string; readonly units: number }[];
  readonly maxChartUnits: number;
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

/** Viet Nam's offset from UTC: 7 hours all year (no daylight saving time since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An ISO 8601 instant as Viet Nam's local time, "dd/mm/yyyy HH:mm" (Asia/Ho_Chi_Minh); other text unchanged. */
export function vietnamTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** A setting's value in words: yes/no, numbers with the language's comma, lists one after another, "default" for null. */
function settingText(value: unknown, tx: Texts): string {
  if (value === null || value === undefined) return tx.t("rpSettingDefault");
  if (typeof value === "boolean") return tx.t(value ? "rpYes" : "rpNo");
  if (typeof value === "number") return tx.num(value, 10);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((v) => settingText(v, tx)).join("; ");
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "—";
  return entries.map(([k, v]) => `${k}: ${settingText(v, tx)}`).join("; ");
}

export function planLog(
  analysis: Analysis,
  context: ReportContext,
  tx: Texts,
  name: string,
  input: LogInput,
): SheetPlan {
  const columns: (TableColumn & { width: number })[] = [
    { header: tx.t("rpColStt"), kind: "stt", width: 6 },
    { header: tx.t("rpColItem"), kind: "text", width: 44 },
    { header: tx.t("rpColValue"), kind: "text", width: 100 },
  ];
  const b = new SheetBuilder(columns.length, tx.t("rpCellCut"));
  const y = analysis.year;
  b.merged(
    tx.t("rpLogTitle", { year: y !== null ? tx.t("rpTitleYear", { year: String(y) }) : "" }),
    { bold: true, fontSize: 14, horizontal: "center", vertical: "center" },
    0,
    columns.length - 1,
    30,
  );
  b.row();
  const header = b.header(columns, 0, 22);
  const top = b.next;
  const headings: number[] = [];
  const heading = (text: string) => {
    const r = b.row([text]);
    b.mergeArea(r, 0, r, columns.length - 1);
    headings.push(r);
  };
  let stt = 0;
  const item = (label: string, value: PlanValue) => b.row([++stt, label, value]);

  heading(tx.t("rpLogSectionRun"));
  item(tx.t("rpLogGeneratedAt"), vietnamTime(context.generatedAt));
  item(tx.t("rpLogFile"), context.file);
  item(tx.t("rpLogSheets"), quoted(analysis.sheets));
  if (context.previous?.file) item(tx.t("rpLogPreviousFile"), context.previous.file);
  if (context.previous && context.previous.sheets.length > 0)
    item(tx.t("rpLogPreviousSheets"), quoted(context.previous.sheets));
  item(
    tx.t("rpLogPreviousSource"),
    analysis.previousSource === "column"
      ? tx.t("cliPreviousColumn")
      : analysis.previousSource === "table"
        ? tx.t("rpLogPreviousTable")
        : tx.t("notComparableNoPrevious"),
  );
  item(tx.t("rpLogFingerprint"), context.fingerprint);
  item(tx.t("rpLogYear"), y !== null ? String(y) : tx.t("cliUnknown"));
  item(tx.t("rpLogLanguage"), tx.language);
  if (!context.chartsSupported) item(tx.t("rpLogCharts"), tx.t("rpLogChartsOmitted"));
  else {
    item(tx.t("rpLogCharts"), tx.t("rpLogChartsPlanned", { count: String(input.chartCount) }));
    for (const skipped of input.skippedCharts) {
      item(
        tx.t("rpLogCharts"),
        tx.t("rpLogChartsSkipped", {
          group: skipped.group,
          count: String(skipped.units),
          max: String(input.maxChartUnits),
        }),
      );
    }
  }

  heading(tx.t("rpLogSectionCounts"));
  item(tx.t("rpCountUnits"), analysis.units.length);
  item(tx.t("rpCountGroups"), analysis.groups.length);
  for (const g of analysis.groups) item(tx.t("rpCountGroup", { name: g.name }), g.units);
  item(tx.t("rpCountDropped"), analysis.dropped.length);
  item(tx.t("rpCountReviews"), analysis.reviews.length);
  item(tx.t("rpCountExplanations"), analysis.explanations.length);
  item(tx.t("rpCountNotAssessed"), analysis.notAssessed.length);
  if (analysis.previousSource !== null) {
    item(tx.t("rpCountNotComparable"), analysis.units.filter((u) => !u.comparable && u.rank !== null).length);
    item(tx.t("rpCountUnmatched"), analysis.unmatchedPrevious.length);
  }
  item(tx.t("rpCountWarnings"), analysis.warnings.length);

  heading(tx.t("rpLogSectionSettings"));
  for (const [key, value] of Object.entries(context.settings)) {
    // Objects of named fields (the letterhead, the defaults by kind, the mapping) get a line per field.
    if (
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      key !== "ratings" &&
      key !== "attendees" &&
      key !== "groupAttendees" &&
      key !== "aliases"
    ) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) item(settingLabel([key], tx.language), tx.t("rpSettingDefault"));
      for (const [sub, v] of entries) item(settingLabel([key, sub], tx.language), settingText(v, tx));
    } else item(settingLabel([key], tx.language), settingText(value, tx));
  }

  heading(tx.t("rpLogSectionWarnings", { count: String(analysis.warnings.length) }));
  if (analysis.warnings.length === 0) b.row([null, null, tx.t("rpNoWarnings")]);
  for (const w of analysis.warnings) {
    item(placeOf(w, tx.language) || tx.t("changeNone"), tx.t(w.key, w.params));
  }

  b.tableStyles(header, top, b.next - 1, columns);
  for (const r of headings) b.style(r, 0, r, columns.length - 1, HEADING_STYLE);
  return b.build({
    kind: "log",
    name,
    footer: PAGE_FOOTER[tx.language],
    columnWidths: columns.map((c) => c.width),
    freezeRows: header + 1,
    titleRows: { top: header, bottom: header },
    orientation: "landscape",
  });
}
