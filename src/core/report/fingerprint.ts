/**
 * Fingerprints of sheet values: SHA-256 of a canonical text of the values, so the add-in can tell its own
 * report sheet, unchanged since it wrote it, from one the user edited. The same function runs on the
 * plan's values when a sheet is written and on the values read back later (Office.js or ExcelJS), so
 * the canonical text ignores what differs between them: formulas count as their results, a blank is
 * null or "", and trailing blank cells and rows (outside a used range) do not count.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { Grid } from "../grid";
import type { PlanValue } from "../plan";

/** A cell as a plan holds it or as an adapter reads it back. */
export type FingerprintValue = PlanValue | { readonly error: string } | undefined;

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return utf8ToBytes(text);
}

/** SHA-256 (FIPS 180-4) of bytes, as 64 lowercase hex digits — @noble/hashes, synchronous and pure. */
export function sha256Hex(data: Uint8Array): string {
  return bytesToHex(sha256(data));
}

function cellText(value: FingerprintValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `n${Object.is(value, -0) ? 0 : value}`;
  if (typeof value === "boolean") return value ? "b1" : "b0";
  if (typeof value === "string") return `s${value.replace(/[\\\t\n]/g, (c) => `\\${c.charCodeAt(0)}`)}`;
  if ("formula" in value) return cellText(value.result);
  return `e${value.error}`;
}

/** The canonical text of a sheet's values from A1: one line per row, trailing blank cells and rows dropped. */
export function canonicalValuesText(values: readonly (readonly FingerprintValue[])[]): string {
  const lines = values.map((row) => {
    const cells = row.map(cellText);
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    return cells.slice(0, end).join("\t");
  });
  let end = lines.length;
  while (end > 0 && lines[end - 1] === "") end--;
  return lines.slice(0, end).join("\n");
}

/**
 * The fingerprint of the source values printed in the run log: SHA-256 (hex) of the score sheets the
 * analysis used, in its order — each sheet's name, the position of its used range and the canonical text
 * of its values (formulas as their cached results) — so a result can be traced to the exact data. The
 * CLI and the pane compute it alike.
 */
export function sourceFingerprint(grids: readonly Grid[], sheets: readonly string[]): string {
  let text = "";
  for (const name of sheets) {
    const grid = grids.find((g) => g.sheet === name);
    if (grid === undefined) continue;
    text += JSON.stringify([grid.sheet, grid.top, grid.left, canonicalValuesText(grid.values)]) + "\n";
  }
  return sha256Hex(utf8(text));
}
