/** Maps domain errors to CustomFunctions.Error, the way a custom function returns an Excel error with a message. */
import { CchcError } from "../core/errors";
import { formatMessage } from "../i18n/messages";

export function toCustomFunctionsError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CchcError) {
    // Excel shows a message with #VALUE! and #N/A; the other codes carry it for hosts that do.
    const code = {
      "#VALUE!": CustomFunctions.ErrorCode.invalidValue,
      "#N/A": CustomFunctions.ErrorCode.notAvailable,
      "#NUM!": CustomFunctions.ErrorCode.invalidNumber,
      "#DIV/0!": CustomFunctions.ErrorCode.divisionByZero,
      "#NULL!": CustomFunctions.ErrorCode.nullReference,
      "#REF!": CustomFunctions.ErrorCode.invalidValue,
      "#NAME?": CustomFunctions.ErrorCode.invalidValue,
    }[error.code];
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    formatMessage("unexpected", { detail }),
  );
}
