/**
 * Normalises the argument of `load()` — "a, b/c", ["a", "b/c"], { select, expand }, or load-options objects
 * such as { values: true, format: { font: { bold: true } }, $top: 5 } — into property paths.
 */

export interface LoadRequest {
  /** Property paths split on "/"; an empty list means "every scalar property". */
  readonly paths: readonly (readonly string[])[];
  readonly top?: number;
  readonly skip?: number;
}

function splitPath(path: string): string[] {
  return path
    .split(/[/.]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function fromList(list: string): string[][] {
  return list
    .split(",")
    .map((p) => splitPath(p))
    .filter((p) => p.length > 0);
}

function fromOptions(options: Record<string, unknown>, prefix: string[], out: string[][]): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all") {
      if (value === true) out.push([...prefix, "*"]);
      continue;
    }
    if (key.startsWith("$")) continue;
    if (value === true) out.push([...prefix, key]);
    else if (value && typeof value === "object") {
      const nested: string[][] = [];
      fromOptions(value as Record<string, unknown>, [...prefix, key], nested);
      if (nested.length === 0) out.push([...prefix, key]);
      out.push(...nested);
    }
  }
}

export function normalizeLoad(arg: unknown): LoadRequest {
  if (arg === undefined || arg === null) return { paths: [] };
  if (typeof arg === "string") return { paths: fromList(arg) };
  if (Array.isArray(arg)) return { paths: arg.flatMap((p) => (typeof p === "string" ? fromList(p) : [])) };
  if (typeof arg === "object") {
    const record = arg as Record<string, unknown>;
    const top =
      typeof record.$top === "number" ? record.$top : typeof record.top === "number" ? record.top : undefined;
    const skip =
      typeof record.$skip === "number"
        ? record.$skip
        : typeof record.skip === "number"
          ? record.skip
          : undefined;
    if ("select" in record || "expand" in record) {
      const paths: string[][] = [];
      if (typeof record.select === "string") paths.push(...fromList(record.select));
      if (typeof record.expand === "string") paths.push(...fromList(record.expand));
      return { paths, top, skip };
    }
    const paths: string[][] = [];
    fromOptions(record, [], paths);
    return { paths, top, skip };
  }
  return { paths: [] };
}
