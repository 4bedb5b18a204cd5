/**
 * Domain errors: what went wrong, as the Excel error code a worksheet function returns and a message
 * key the shells render in the user's language.
 */
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../i18n/messages";

/** The Excel error values a domain rule can produce. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#NUM!" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NULL!";

export class CchcError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(formatMessage(key, params, "vi"));
    this.name = "CchcError";
  }

  messageIn(language: Language): string {
    return formatMessage(this.key, this.params, language);
  }
}
