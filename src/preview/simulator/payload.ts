/**
 * Request / response size estimates: the UTF-8 length of the JSON an operation or a load would carry.
 */
import { utf8Length } from "../../core/utf8";

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return utf8Length(JSON.stringify(value) ?? "");
}
