/**
 * The adapter's domain error: every failure of an Excel call is rethrown as an ExcelAdapterError with a
 * Vietnamese message the pane shows as is (English through messageIn), what happened to the workbook
 * (nothing written, rolled back, …) and the RichApi error it came from.
 */
import { UserError } from "../core/problems";
import type { MessageKey } from "../i18n/messages";

export type ExcelFailure =
  | "cellEditMode"
  | "structureProtected"
  | "sheetProtected"
  | "unsupported"
  | "consentNeeded"
  | "sheetNameTaken"
  | "tooLarge"
  | "readTooLarge"
  | "excel";

export type Outcome = "nothingWritten" | "rolledBack" | "cleanupFailed" | "dataUnchanged";

const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  nothingWritten: "excelOutcomeNothingWritten",
  rolledBack: "excelOutcomeRolledBack",
  cleanupFailed: "excelOutcomeCleanupFailed",
  dataUnchanged: "excelOutcomeDataUnchanged",
};

const FAILURE_KEYS: Record<ExcelFailure, MessageKey> = {
  cellEditMode: "excelCellEditMode",
  structureProtected: "excelStructureProtected",
  sheetProtected: "excelSheetProtected",
  unsupported: "excelNeedsNewerExcel",
  consentNeeded: "excelConsentNeeded",
  sheetNameTaken: "excelSheetNameTaken",
  tooLarge: "excelTooLarge",
  readTooLarge: "excelReadTooLarge",
  excel: "excelFailed",
};

export type Feature = "read" | "report" | "highlight";

const FEATURE_KEYS: Record<Feature, MessageKey> = {
  read: "excelFeatureRead",
  report: "excelFeatureReport",
  highlight: "excelFeatureHighlight",
};

export interface ExcelFailureDetails {
  readonly sheet?: string;
  readonly sheets?: readonly string[];
  readonly feature?: Feature;
  readonly version?: string;
  readonly megabytes?: number;
  /** Temporary sheets that could not be removed (outcome "cleanupFailed"). */
  readonly leftovers?: readonly string[];
}

/** The RichApi error fields the adapter reads (OfficeExtension.Error and the simulator's SimError). */
export interface RichApiErrorLike {
  readonly code?: string;
  readonly message?: string;
  readonly debugInfo?: { readonly errorLocation?: string };
}

export class ExcelAdapterError extends UserError {
  constructor(
    readonly failure: ExcelFailure,
    readonly outcome: Outcome | null,
    readonly details: ExcelFailureDetails = {},
    /** The error Excel raised, when there was one. */
    override readonly cause?: unknown,
  ) {
    const cause_ = cause as RichApiErrorLike | undefined;
    super(FAILURE_KEYS[failure], {
      // "{@outcome}" and "{@feature}" are written as their own messages, in the same language.
      outcome: outcome === null ? "" : OUTCOME_KEYS[outcome],
      feature: details.feature ? FEATURE_KEYS[details.feature] : "",
      sheet: details.sheet ?? "",
      sheets: (details.sheets ?? []).map((s) => `“${s}”`).join(", "),
      leftovers: (details.leftovers ?? []).join(", "),
      version: details.version ?? "",
      megabytes: details.megabytes ?? 0,
      code: richApiCode(cause) ?? "?",
      detail: cause_?.message ?? String(cause ?? ""),
    });
    this.name = "ExcelAdapterError";
  }

  /** The RichApi error code behind the failure ("InvalidOperationInCellEditMode", …), if any. */
  get code(): string | undefined {
    return richApiCode(this.cause);
  }

  /** True when the same action may simply be retried (after the user finishes editing a cell, …). */
  get retryable(): boolean {
    return this.failure === "cellEditMode" || this.failure === "excel" || this.failure === "sheetNameTaken";
  }
}

export function richApiCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as RichApiErrorLike).code;
  return typeof code === "string" ? code : undefined;
}

export function richApiLocation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  return (error as RichApiErrorLike).debugInfo?.errorLocation;
}

/** Maps an error Excel raised to the adapter's failure kinds (the generic ones; callers refine). */
export function classify(error: unknown): ExcelFailure {
  if (error instanceof ExcelAdapterError) return error.failure;
  const code = richApiCode(error);
  if (code === "InvalidOperationInCellEditMode") return "cellEditMode";
  if (code === "RequestPayloadSizeLimitExceeded") return "tooLarge";
  return "excel";
}

/** Rethrows anything as an ExcelAdapterError (an ExcelAdapterError passes through unchanged). */
export function adapterError(
  error: unknown,
  outcome: Outcome | null,
  details: ExcelFailureDetails = {},
): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  return new ExcelAdapterError(classify(error), outcome, details, error);
}
