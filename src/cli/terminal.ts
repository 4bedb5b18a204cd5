/**
 * Text from a workbook shown on a terminal: control characters (which could retitle or clear the terminal,
 * or fake summary lines with a line break) and bidirectional overrides (which could reorder what is shown)
 * are written as visible escapes such as \x1b or \u202e. The JSON output stays exact; only human output
 * passes through here.
 */

// C0 controls, DEL, C1 controls; the Arabic letter mark, LRM/RLM, embeddings/overrides, isolates, and the
// Unicode line and paragraph separators.
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_KEEP_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/* eslint-enable no-control-regex */

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One value from the workbook (a name, a sheet, a cell's text): every unsafe character escaped, line breaks too. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** A whole block of output: unsafe characters escaped, its own line breaks kept. */
export function visibleLines(text: string): string {
  return text.replace(UNSAFE_KEEP_NEWLINE, escape);
}

/** Message parameters with every text escaped by `visible`. */
export function visibleParams<T extends Readonly<Record<string, string | number>>>(params: T): T {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    out[key] = typeof value === "string" ? visible(value) : value;
  return out as T;
}
