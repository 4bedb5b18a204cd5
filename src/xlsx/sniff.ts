/**
 * Tells what kind of file a byte array holds before ExcelJS sees it: an .xlsx zip, a legacy .xls or an
 * encrypted .xlsx (both OLE compound files), a zip that is not a workbook, or something else. Reads only
 * the zip's central directory or the compound file's directory, so it costs next to nothing. A zip that
 * names the same part twice is refused here: ExcelJS would read the last copy, Excel may read another.
 */

/** One entry of a zip's central directory: what is needed to find and inflate its data. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated; anything else is not read by ExcelJS (JSZip) either. */
  readonly method: number;
  /** General-purpose flags; bit 0 = encrypted. */
  readonly flags: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (a hostile file may lie about it). */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

export type FileSniff =
  | { readonly type: "xlsx"; readonly entries: readonly ZipEntry[] }
  | { readonly type: "empty-file" }
  | { readonly type: "legacy-xls" }
  | { readonly type: "encrypted" }
  | { readonly type: "ole-other"; readonly streams: readonly string[] }
  | { readonly type: "xlsb" }
  | { readonly type: "zip-not-workbook"; readonly entries: readonly string[] }
  | { readonly type: "duplicate-entries"; readonly names: readonly string[] }
  | { readonly type: "truncated-zip" }
  | { readonly type: "unknown" };

/** D0 CF 11 E0 A1 B1 1A E1: the signature of an OLE compound file (legacy .xls, encrypted OOXML). */
export const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;

export function sniffFile(bytes: Uint8Array): FileSniff {
  if (bytes.length === 0) return { type: "empty-file" };
  if (startsWith(bytes, OLE_SIGNATURE)) return sniffCompoundFile(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const looksLikeZip = bytes.length >= 4 && view.getUint32(0, true) === ZIP_LOCAL_HEADER;
  const entries = zipDirectory(bytes);
  if (entries === undefined) return looksLikeZip ? { type: "truncated-zip" } : { type: "unknown" };
  const names = entries.map((e) => e.name);
  const parts = new Set(names.map(partName));
  if (!parts.has("xl/workbook.xml")) {
    if (parts.has("xl/workbook.bin")) return { type: "xlsb" };
    return { type: "zip-not-workbook", entries: names };
  }
  const duplicates = duplicateNames(names);
  if (duplicates.length > 0) return { type: "duplicate-entries", names: duplicates };
  return { type: "xlsx", entries };
}

/** A part's name as Open Packaging compares them: without a leading slash, case-insensitive. */
export function partName(entryName: string): string {
  return entryName.replace(/^\//, "").toLowerCase();
}

/** Entry names (folders aside) that occur more than once as the same part, each listed once. */
function duplicateNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Map<string, string>();
  for (const name of names) {
    if (name.endsWith("/")) continue;
    const part = partName(name);
    if (seen.has(part)) {
      if (!twice.has(part)) twice.set(part, name.replace(/^\//, ""));
    } else seen.add(part);
  }
  return [...twice.values()];
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The entries of a zip's central directory (zip64 included); undefined when there is no valid
 * end-of-central-directory record (a truncated file or not a zip).
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEnd = 22;
  if (bytes.length < minEnd) return undefined;
  const lowest = Math.max(0, bytes.length - minEnd - 0xffff);
  for (let at = bytes.length - minEnd; at >= lowest; at--) {
    if (view.getUint32(at, true) !== ZIP_END_OF_CENTRAL_DIRECTORY) continue;
    let count = view.getUint16(at + 10, true);
    let size = view.getUint32(at + 12, true);
    let offset = view.getUint32(at + 16, true);
    const commentLength = view.getUint16(at + 20, true);
    if (at + minEnd + commentLength > bytes.length) continue;
    if (at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      const record = Number(view.getBigUint64(at - 20 + 8, true));
      if (record + 56 > at - 20 || view.getUint32(record, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) {
        return undefined;
      }
      count = Number(view.getBigUint64(record + 32, true));
      size = Number(view.getBigUint64(record + 40, true));
      offset = Number(view.getBigUint64(record + 48, true));
    }
    if (offset + size > at) return undefined;
    return centralDirectory(bytes, view, offset, offset + size, count);
  }
  return undefined;
}

const ZIP32_MAX = 0xffffffff;

function centralDirectory(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  count: number,
): ZipEntry[] | undefined {
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== ZIP_CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > end) return undefined;
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let localOffset = view.getUint32(at + 42, true);
    if (size === ZIP32_MAX || compressedSize === ZIP32_MAX || localOffset === ZIP32_MAX) {
      // The true values are in the zip64 extra field (id 1), in this order, for those that overflowed.
      const extra = zip64Extra(view, at + 46 + nameLength, extraLength);
      if (extra === undefined) return undefined;
      let k = 0;
      if (size === ZIP32_MAX) size = extra[k++] ?? NaN;
      if (compressedSize === ZIP32_MAX) compressedSize = extra[k++] ?? NaN;
      if (localOffset === ZIP32_MAX) localOffset = extra[k++] ?? NaN;
      if ([size, compressedSize, localOffset].some(Number.isNaN)) return undefined;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 8-byte values of a zip64 extended-information extra field, or undefined when there is none. */
function zip64Extra(view: DataView, start: number, length: number): number[] | undefined {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > start + length) return undefined;
    if (id === 1) {
      const values: number[] = [];
      for (let k = 0; k + 8 <= size; k += 8) values.push(Number(view.getBigUint64(at + 4 + k, true)));
      return values;
    }
    at += 4 + size;
  }
  return undefined;
}

const ENDOFCHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

/**
 * Classifies an OLE compound file by the stream names in its directory: EncryptionInfo (an encrypted
 * OOXML package) or Workbook/Book (BIFF8/BIFF5). A directory that cannot be walked falls back to a
 * byte search for the UTF-16 name "EncryptionInfo", and otherwise to a legacy .xls.
 */
function sniffCompoundFile(bytes: Uint8Array): FileSniff {
  const streams = compoundFileNames(bytes);
  if (streams === undefined) {
    return containsUtf16(bytes, "EncryptionInfo") ? { type: "encrypted" } : { type: "legacy-xls" };
  }
  const lower = new Set(streams.map((s) => s.toLowerCase()));
  if (lower.has("encryptioninfo") || lower.has("encryptedpackage")) return { type: "encrypted" };
  if (lower.has("workbook") || lower.has("book")) return { type: "legacy-xls" };
  return { type: "ole-other", streams };
}

/** Names of every directory entry of a compound file (MS-CFB), or undefined when it cannot be walked. */
export function compoundFileNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const validSector = (sector: number): boolean =>
    sector <= MAX_SECTOR && sectorOffset(sector) < bytes.length;

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (!validSector(s)) return undefined;
    fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (!validSector(difat) || hops > sectorCount) return undefined;
    const base = sectorOffset(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (!validSector(s)) return undefined;
      fatSectors.push(s);
    }
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const nextSector = (sector: number): number | undefined => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return undefined;
    const at = sectorOffset(fatSector) + (sector % perSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : undefined;
  };

  const names: string[] = [];
  let sector = view.getUint32(0x30, true);
  for (let hops = 0; sector !== ENDOFCHAIN; hops++) {
    if (!validSector(sector) || hops > sectorCount) return undefined;
    const base = sectorOffset(sector);
    for (let entry = 0; entry < sectorSize / 128; entry++) {
      const at = base + entry * 128;
      if (at + 128 > bytes.length) return undefined;
      const type = bytes[at + 0x42];
      const nameLength = view.getUint16(at + 0x40, true);
      if (type === 0 || nameLength < 2 || nameLength > 64) continue;
      let name = "";
      for (let i = 0; i < nameLength / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(at + i * 2, true));
      names.push(name);
    }
    const next = nextSector(sector);
    if (next === undefined) return undefined;
    sector = next;
  }
  return names;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern: number[] = [];
  for (const ch of text) pattern.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
