/**
 * What is wrong with a settings object, in the user's words: each zod issue becomes "<the setting, in
 * words>: <what is wrong>" in Vietnamese or English — never a raw key path or zod's English.
 */
import type { core } from "zod/mini";
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../i18n/messages";
import { CchcError } from "./errors";

/** Labels of the settings' fields; nested objects (mapping, report) have their own. */
const TOP: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["version", "settingVersion"],
  ["year", "settingYear"],
  ["threshold", "settingThreshold"],
  ["checkedComponents", "settingCheckedComponents"],
  ["explanationRule", "settingExplanationRule"],
  ["reviewRatings", "settingReviewRatings"],
  ["ratings", "settingRatings"],
  ["deriveRatings", "settingDeriveRatings"],
  ["ratingBands", "settingRatingBands"],
  ["bands", "settingBands"],
  ["tieMethod", "settingTieMethod"],
  ["rankDecimals", "settingRankDecimals"],
  ["reviewDeadline", "settingReviewDeadline"],
  ["sendTo", "settingSendTo"],
  ["attendees", "settingAttendees"],
  ["groupAttendees", "settingGroupAttendees"],
  ["attendeesByKind", "settingAttendeesByKind"],
  ["highlightAllComponents", "settingHighlightAll"],
  ["aliases", "settingAliases"],
  ["unitGroups", "settingUnitGroups"],
  ["newUnits", "settingNewUnits"],
  ["mapping", "settingMapping"],
  ["language", "settingLanguage"],
  ["report", "settingReport"],
]);

/** The mapping's fields; the column roles are also named in detection's messages about the mapping. */
export const MAPPING_LABELS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["headerTop", "settingHeaderTop"],
  ["headerBottom", "settingHeaderBottom"],
  ["name", "settingMapName"],
  ["group", "settingMapGroup"],
  ["total", "settingMapTotal"],
  ["index", "settingMapIndex"],
  ["unitMax", "settingMapUnitMax"],
  ["previousRank", "settingMapPreviousRank"],
  ["rating", "settingMapRating"],
  ["components", "settingMapComponents"],
  ["ignore", "settingMapIgnore"],
  ["clear", "settingMapClear"],
]);

const REPORT: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["agency", "settingAgency"],
  ["documentKind", "settingDocumentKind"],
  ["number", "settingDocumentNumber"],
  ["place", "settingPlace"],
  ["date", "settingDocumentDate"],
  ["annex", "settingAnnex"],
  ["signerTitle", "settingSignerTitle"],
  ["signerName", "settingSignerName"],
  ["recipients", "settingRecipients"],
]);

/** Fields of list items (bands, component columns). */
const PARTS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ["column", "settingPartColumn"],
  ["name", "settingPartName"],
  ["max", "settingPartMax"],
  ["maxColumn", "settingPartMax"],
  ["min", "settingPartMin"],
  ["label", "settingPartLabel"],
  ["rating", "settingPartRating"],
  ["departments", "settingKindDepartments"],
  ["localities", "settingKindLocalities"],
]);

/** Records keyed by unit names: the key is shown as the user typed it. */
const NAME_RECORDS = new Set(["ratings", "attendees", "groupAttendees", "aliases", "unitGroups"]);

/** How much of a name typed by the user a message quotes. */
const QUOTED_NAME = 60;

/** Problems listed in one message; the rest are counted. */
const LISTED = 10;

export interface SettingsProblem {
  readonly path: readonly PropertyKey[];
  readonly key: MessageKey;
  readonly params: MessageParams;
}

function quoted(name: string): string {
  return `“${name.length > QUOTED_NAME ? `${name.slice(0, QUOTED_NAME)}…` : name}”`;
}

/** "Xếp loại theo chỉ số, mục thứ 2, cận dưới" for ["bands", 1, "min"]; the run log names settings with it. */
export function settingLabel(path: readonly PropertyKey[], language: Language): string {
  const t = (key: MessageKey, params: MessageParams = {}) => formatMessage(key, params, language);
  if (path.length === 0) return t("settingRoot");
  const [first, ...rest] = path;
  const parts: string[] = [];
  let nested: ReadonlyMap<string, MessageKey> = PARTS;
  let inRecord = false;
  if (first === "mapping" && typeof rest[0] === "string" && MAPPING_LABELS.has(rest[0])) {
    parts.push(t(MAPPING_LABELS.get(rest.shift() as string) as MessageKey));
  } else if (first === "report" && typeof rest[0] === "string" && REPORT.has(rest[0])) {
    parts.push(t(REPORT.get(rest.shift() as string) as MessageKey));
  } else {
    const top = typeof first === "string" ? TOP.get(first) : undefined;
    parts.push(top !== undefined ? t(top) : t("settingRoot"));
    inRecord = typeof first === "string" && NAME_RECORDS.has(first);
    if (first === "mapping") nested = MAPPING_LABELS;
    if (first === "report") nested = REPORT;
  }
  for (const segment of rest) {
    if (typeof segment === "number") parts.push(t("settingItem", { n: segment + 1 }));
    else if (inRecord) {
      parts.push(quoted(String(segment)));
      inRecord = false;
    } else {
      const label = nested.get(String(segment)) ?? PARTS.get(String(segment));
      if (label !== undefined) parts.push(t(label));
    }
  }
  const text = parts.join(", ");
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

function bound(value: unknown): number | string {
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/** What is wrong, as a message key and its parameters. */
function problemOf(issue: core.$ZodIssue): SettingsProblem {
  const at = (key: MessageKey, params: MessageParams = {}): SettingsProblem => ({
    path: issue.path,
    key,
    params,
  });
  switch (issue.code) {
    case "invalid_type":
      switch (issue.expected) {
        case "number":
          return at("settingNotNumber");
        case "int":
          return at("settingNotInteger");
        case "string":
          return at("settingNotText");
        case "boolean":
          return at("settingNotBoolean");
        case "array":
          return at("settingNotList");
        case "object":
        case "record":
          return at("settingNotObject");
        default:
          return at("settingInvalid");
      }
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "string") return at("settingEmpty");
      if (issue.origin === "array" || issue.origin === "record") return at("settingTooFew", { min });
      return at(issue.inclusive ? "settingAtLeast" : "settingAbove", { min });
    }
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "string") return at("settingTooLong", { max });
      if (issue.origin === "array" || issue.origin === "record") return at("settingTooMany", { max });
      return at(issue.inclusive ? "settingAtMost" : "settingBelow", { max });
    }
    case "invalid_value":
      return at("settingOneOf", {
        values: issue.values.map((v) => (typeof v === "string" ? `“${v}”` : String(v))).join(", "),
      });
    case "invalid_format":
    case "custom": {
      // The schema's own checks carry their message key (and parameters) in `params`.
      const params = (issue as { params?: { key?: MessageKey } & Record<string, unknown> }).params;
      if (params?.key !== undefined) {
        const { key, ...rest } = params;
        return at(key, rest as MessageParams);
      }
      return at("settingInvalid");
    }
    default:
      return at("settingInvalid");
  }
}

function render(problems: readonly SettingsProblem[], language: Language): string {
  const listed = problems
    .slice(0, LISTED)
    .map((p) => `${settingLabel(p.path, language)}: ${formatMessage(p.key, p.params, language)}`);
  if (problems.length > LISTED)
    listed.push(formatMessage("settingMoreProblems", { count: problems.length - LISTED }, language));
  return listed.join("; ");
}

/** Settings that cannot be used: every wrong field, named in words, in the user's language. */
export class SettingsError extends CchcError {
  readonly problems: readonly SettingsProblem[];

  constructor(issues: readonly core.$ZodIssue[]) {
    const problems = issues.map(problemOf);
    super("#VALUE!", "invalidSettings", { problems: render(problems, "vi") });
    this.name = "SettingsError";
    this.problems = problems;
  }

  override messageIn(language: Language): string {
    return formatMessage("invalidSettings", { problems: render(this.problems, language) }, language);
  }
}
