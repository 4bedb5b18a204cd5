/**
 * The argument of `load()` as src/excel passes it — nothing (every scalar property) or a comma-separated list
 * of property paths such as "items/name, format/font/bold" — split into paths. Other forms (arrays, option
 * objects) are refused with NotImplemented.
 */
import { simError } from "./errors";

export interface LoadRequest {
  /** Property paths split on "/"; an empty list means "every scalar property". */
  readonly paths: readonly (readonly string[])[];
}

export function normalizeLoad(arg: unknown, location: string): LoadRequest {
  if (arg === undefined) return { paths: [] };
  if (typeof arg !== "string")
    throw simError("NotImplemented", "The simulator loads property paths given as one string.", location);
  const paths = arg.split(",").map((path) =>
    path
      .split(/[/.]/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
  return { paths: paths.filter((p) => p.length > 0) };
}
