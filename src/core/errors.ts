/**
 * Domain errors: what went wrong, as the Excel error code a worksheet function returns and a message
 * key the shells render in the user's language.
 */
import type { MessageKey, MessageParams } from "../i18n/messages";
import { UserError } from "./problems";

/** The Excel error values a domain rule can produce. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NULL!";

/** A domain rule's refusal, carrying the Excel error a worksheet function returns with its message. */
export class CchcError extends UserError {
  constructor(
    readonly code: ExcelErrorCode,
    key: MessageKey,
    params: MessageParams = {},
  ) {
    super(key, params);
    this.name = "CchcError";
  }
}
