/**
 * Worksheet names as Excel accepts them, and the default names it gives new sheets and charts.
 */
import { simError } from "./errors";
import type { WorkbookState } from "./state";

/** Excel's rule: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not "History". */
export function validateSheetName(name: unknown, location: string): string {
  if (typeof name !== "string") throw simError("InvalidArgument", undefined, location);
  const bad =
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (bad) throw simError("InvalidArgument", `The sheet name '${name}' is not valid.`, location);
  return name;
}

export function assertNameFree(
  workbook: WorkbookState,
  name: string,
  exceptId: string | undefined,
  location: string,
): void {
  const lower = name.toLowerCase();
  if (workbook.sheets.some((s) => s.id !== exceptId && s.name.toLowerCase() === lower))
    throw simError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, location);
}

/** "Sheet" + the first number above the sheet count that is not taken, as Excel names added sheets. */
export function nextSheetName(workbook: WorkbookState): string {
  for (let n = workbook.sheets.length + 1; ; n++) {
    const candidate = `Sheet${n}`;
    if (!workbook.sheets.some((s) => s.name.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}
