/**
 * Errors the simulator raises, shaped like office.js's `OfficeExtension.Error` ("RichApi.Error"):
 * `code` from `Excel.ErrorCodes`, a message and `debugInfo.errorLocation` such as "Range.values".
 */

export type SimErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "MergedRangeConflict"
  | "ValueNotLoaded"
  | (string & { readonly brand?: never });

/** The default messages of the error-codes table in "Error handling with the application-specific JavaScript APIs". */
const defaultMessages: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode = 400;

  constructor(code: SimErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? defaultMessages[code] ?? code;
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: text, ...(errorLocation ? { errorLocation } : {}) };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function simError(code: SimErrorCode, message?: string, errorLocation?: string): SimError {
  return new SimError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string, entity: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export const sizeMismatchMessage =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export function isSimError(error: unknown): error is SimError {
  return error instanceof SimError;
}
