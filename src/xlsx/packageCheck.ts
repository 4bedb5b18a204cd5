/**
 * Checks an .xlsx package before ExcelJS loads it. ExcelJS inflates every part into one string and
 * builds its whole model in memory (≈ 500 bytes a cell), so a sheet of millions of cells — or a small
 * zip that inflates to gigabytes — would exhaust memory before any guard of ours ran. Here the zip's
 * parts are inflated as a stream, a chunk at a time, counting bytes and worksheet cells (`<c` elements,
 * formatted empty cells included), and the count stops at the limits. The same pass finds text cells
 * (`t="s"`) in a workbook without its shared-strings part: ExcelJS would read their text as numbers.
 *
 * Where DecompressionStream is missing (old browsers), only the sizes the zip declares are checked.
 */
import { partName, type ZipEntry } from "./sniff";

export interface PackageLimits {
  /** Most worksheet cells (`<c>` elements) in the whole workbook. */
  readonly maxCells: number;
  /** Most bytes of all parts together, unpacked. */
  readonly maxBytes: number;
}

export type PackageProblem =
  | { readonly problem: "too-many-cells"; readonly found: number; readonly limit: number }
  | {
      readonly problem: "merge-too-large";
      readonly part: string;
      readonly range: string;
      readonly found: number;
      readonly limit: number;
    }
  | { readonly problem: "package-too-large"; readonly found?: number; readonly limit: number }
  | { readonly problem: "missing-shared-strings"; readonly part: string }
  | { readonly problem: "corrupt"; readonly cause: unknown };

/** The parts ExcelJS reads as worksheets (its own pattern, so both count the same cells). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
/** The only name under which ExcelJS reads shared strings. */
const SHARED_STRINGS = "xl/sharedStrings.xml";

const LOCAL_HEADER = 0x04034b50;
const LT = 0x3c;
const LOWER_C = 0x63;

/** What the package holds that matters before loading, or the first problem found. */
export async function checkPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: PackageLimits,
): Promise<PackageProblem | null> {
  const files = entries.filter((e) => !e.name.endsWith("/"));
  const declared = files.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxBytes) {
    return { problem: "package-too-large", found: declared, limit: limits.maxBytes };
  }
  const names = new Set(files.map((e) => e.name.replace(/^\//, "")));
  const hasSharedStrings = names.has(SHARED_STRINGS);

  if (!hasSharedStrings) {
    const referenced = await referencedSharedStrings(bytes, files);
    if (referenced !== null && !names.has(referenced)) {
      return { problem: "missing-shared-strings", part: referenced };
    }
  }
  if (typeof DecompressionStream !== "function") return null;

  let totalBytes = 0;
  let cells = 0;
  let textCells = false;
  for (const entry of files) {
    const isSheet = WORKSHEET_PART.test(entry.name);
    const counter = isSheet ? new CellCounter() : undefined;
    try {
      await inflateEntry(bytes, entry, (chunk) => {
        totalBytes += chunk.length;
        if (totalBytes > limits.maxBytes) return false;
        counter?.scan(chunk);
        return true;
      });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return { problem: "corrupt", cause: new Error(`cannot unpack ${entry.name}: ${reason}`, { cause }) };
    }
    if (totalBytes > limits.maxBytes) return { problem: "package-too-large", limit: limits.maxBytes };
    if (counter !== undefined) {
      // ExcelJS makes a cell of every cell a merged area covers: those count too.
      cells += counter.cells + counter.merges.covered;
      textCells ||= counter.textCells;
      const widest = counter.merges.widest;
      if (widest !== null && widest.cells > limits.maxCells) {
        return {
          problem: "merge-too-large",
          part: entry.name,
          range: widest.range,
          found: widest.cells,
          limit: limits.maxCells,
        };
      }
    }
  }
  if (cells > limits.maxCells) return { problem: "too-many-cells", found: cells, limit: limits.maxCells };
  if (textCells && !hasSharedStrings) return { problem: "missing-shared-strings", part: SHARED_STRINGS };
  return null;
}

/**
 * The shared-strings part the workbook's relationships or content types name ("xl/sharedStrings.xml"),
 * or null when neither names one.
 */
async function referencedSharedStrings(
  bytes: Uint8Array,
  files: readonly ZipEntry[],
): Promise<string | null> {
  const rels = files.find((e) => partName(e.name) === "xl/_rels/workbook.xml.rels");
  if (rels !== undefined) {
    const text = await entryText(bytes, rels);
    for (const tag of text?.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (!/\bType\s*=\s*["'][^"']*\/sharedStrings["']/.test(tag)) continue;
      const target = /\bTarget\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
      if (target !== undefined) return resolvePart("xl/", target);
    }
  }
  const types = files.find((e) => partName(e.name) === "[content_types].xml");
  if (types !== undefined) {
    const text = await entryText(bytes, types);
    for (const tag of text?.match(/<Override\b[^>]*>/g) ?? []) {
      if (!/sharedStrings\+xml/.test(tag)) continue;
      const part = /\bPartName\s*=\s*["']([^"']+)["']/.exec(tag)?.[1];
      if (part !== undefined) return part.replace(/^\//, "");
    }
  }
  return null;
}

/** A relationship target resolved against its source folder ("sharedStrings.xml" → "xl/sharedStrings.xml"). */
function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (folder + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** A small part's text (relationships, content types); null when it cannot be inflated or is not small. */
async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string | null> {
  const limit = 1 << 20;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    await inflateEntry(bytes, entry, (chunk) => {
      size += chunk.length;
      if (size > limit) return false;
      chunks.push(chunk);
      return true;
    });
  } catch {
    return null;
  }
  if (size > limit) return null;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder("utf-8").decode(all);
}

/**
 * Feeds an entry's unpacked bytes to `onChunk` as they come; `onChunk` returns false to stop early.
 * Stored entries are handed over as they are; deflated ones go through DecompressionStream, or are
 * skipped where it is missing (the caller has checked the declared sizes).
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new Error(`zip entry ${entry.name}: no local header`);
  }
  if (entry.flags & 1) throw new Error(`zip entry ${entry.name}: encrypted`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error(`zip entry ${entry.name}: data beyond the end of the file`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    onChunk(data);
    return;
  }
  if (entry.method !== 8) throw new Error(`zip entry ${entry.name}: compression method ${entry.method}`);
  if (typeof DecompressionStream !== "function") return;

  // The DOM typings want an ArrayBuffer-backed chunk; any Uint8Array works at run time.
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(data as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** Column number of letters ("XFD" → 16384). */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const MERGE = /<mergeCell\s+ref\s*=\s*["']\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})["']/g;

/** Sums the cells `<mergeCell ref="A1:C3"/>` elements cover, across chunk boundaries. */
class MergeCounter {
  covered = 0;
  widest: { range: string; cells: number } | null = null;
  private carry = "";

  scan(chunk: Uint8Array): void {
    // Latin-1 keeps one character per byte; references are ASCII.
    const text = this.carry + latin1(chunk);
    for (const m of text.matchAll(MERGE)) {
      // A match wholly inside the carried text was counted with the previous chunk.
      if ((m.index ?? 0) + m[0].length <= this.carry.length) continue;
      const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
      const columns = Math.abs(columnOf(m[3]) - columnOf(m[1])) + 1;
      const cells = rows * columns;
      this.covered += cells - 1;
      if (this.widest === null || cells > this.widest.cells) {
        this.widest = { range: `${m[1]}${m[2]}:${m[3]}${m[4]}`, cells };
      }
    }
    this.carry = text.slice(-80);
  }
}

function latin1(chunk: Uint8Array): string {
  let out = "";
  for (let i = 0; i < chunk.length; i += 8192) {
    out += String.fromCharCode(...chunk.subarray(i, Math.min(i + 8192, chunk.length)));
  }
  return out;
}

/** Counts `<c …>` elements, notices `t="s"` and sums merged areas across chunk boundaries. */
class CellCounter {
  cells = 0;
  textCells = false;
  readonly merges = new MergeCounter();
  /** The last bytes of the previous chunk (enough to finish a pattern cut in two). */
  private tail = new Uint8Array(0);

  scan(chunk: Uint8Array): void {
    const carried = this.tail.length;
    const data = carried === 0 ? chunk : concat(this.tail, chunk);
    // A match starting inside the carried tail was counted with the previous chunk unless it needed
    // bytes of this one: `<c` plus one byte, so only the last two carried positions are re-examined.
    const from = Math.max(0, carried - 2);
    for (let i = from; i + 2 < data.length; i++) {
      if (data[i] !== LT || data[i + 1] !== LOWER_C) continue;
      const next = data[i + 2];
      if (
        next === 0x20 ||
        next === 0x3e ||
        next === 0x2f ||
        next === 0x09 ||
        next === 0x0a ||
        next === 0x0d
      ) {
        this.cells++;
      }
    }
    if (!this.textCells && hasTextType(data)) this.textCells = true;
    this.merges.scan(chunk);
    this.tail = data.slice(Math.max(0, data.length - 6));
  }
}

/** Whether `t="s"` (or `t='s'`) occurs, preceded by whitespace. */
function hasTextType(data: Uint8Array): boolean {
  for (let i = 1; i + 4 < data.length; i++) {
    if (data[i] !== 0x74 || data[i + 1] !== 0x3d || data[i + 3] !== 0x73 || data[i + 4] !== data[i + 2])
      continue;
    const quote = data[i + 2];
    const before = data[i - 1];
    if (
      (quote === 0x22 || quote === 0x27) &&
      (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d)
    ) {
      return true;
    }
  }
  return false;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
