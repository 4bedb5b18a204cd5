/**
 * writeReport: renders a ReportPlan into the workbook — every report sheet with its contents, formats,
 * merges, sizes, freeze panes, print setup and charts, and the add-in's marker (a document setting listing
 * each sheet's id and fingerprint) — in two syncs on the success path:
 *
 *   1. the sheets a "replace" decision frees are renamed out of the way, the new sheets are added under their
 *      final names (all before any content, so formulas between report sheets resolve) and written; the
 *      sheets' ids and contents are read back for their fingerprints, and the current marker is read;
 *   2. the replaced sheets are deleted, the marker is written, calculation resumes, the first sheet shows.
 *
 * Only beyond Excel on the web's 5 MB request limit are the contents spread over more syncs. A failure at any
 * point rolls back (more syncs): the sheets this run added are deleted — found by id, or in step 1 as the
 * trailing sheets named as added, since WorksheetCollection.add appends at the end — and the renamed ones get
 * their names back; then an ExcelAdapterError says what to do (finish editing the cell, unprotect the
 * workbook, …) and that nothing was left behind. Needs ExcelApi 1.4 (document settings); freeze panes (1.7)
 * and print setup (1.9) are skipped, and reported, on older Excel.
 */
import { columnNumber } from "../core/grid";
import type { ReportKind, ReportPlan, SheetPlan } from "../core/plan";
import { ExcelAdapterError, adapterError, richApiCode, richApiLocation, type Outcome } from "./errors";
import { sheetFingerprint } from "./fingerprint";
import { REPORT_MARKER_KEY, parseReportMarker, type ReportSheetMark } from "./markers";
import { supportsExcelApi } from "./requirements";
import { utf8Length } from "../core/utf8";
import { sheetSteps, type SkippedFeature, type Step } from "./sheetSteps";

/**
 * What to do with one planned sheet, decided before writing — the shape of the planner's SheetAction
 * (src/core/report decideSheetActions), which can be passed as is.
 */
export type SheetDecision =
  /** The name is free: add the sheet (under `name` when given). */
  | { readonly action: "create"; readonly name?: string }
  /** The sheet named `name` (default: the planned name) is the add-in's own, or the user consented: it gives way. */
  | { readonly action: "replace"; readonly name?: string }
  /** A user's sheet holds the planned name: write the report sheet under `name` instead. */
  | { readonly action: "rename"; readonly name: string }
  /** Not decided yet: the pane must ask the user; nothing is written. */
  | { readonly action: "ask"; readonly name?: string };

/** Decisions as the planner's list (`planned` names the planned sheet), by planned name, or as a function. */
export type SheetDecisions =
  | readonly (SheetDecision & { readonly planned: string })[]
  | Readonly<Record<string, SheetDecision>>
  | ((sheet: SheetPlan) => SheetDecision);

export interface WriteOptions {
  /** Request size limit; default Excel on the web's 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Clock for the marker's time stamp. */
  readonly now?: () => Date;
}

export interface WrittenSheet {
  readonly planName: string;
  readonly name: string;
  readonly id: string;
  readonly kind: ReportKind;
  readonly replaced: boolean;
  readonly fingerprint: string;
}

export interface WriteResult {
  readonly sheets: readonly WrittenSheet[];
  /** context.sync calls the write made. */
  readonly syncs: number;
  /** The largest estimated request of the write, in bytes. */
  readonly largestRequestBytes: number;
  /** Features this Excel lacks, left out of the sheets. */
  readonly skipped: readonly SkippedFeature[];
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Share of the limit a request may fill: the estimate leaves out some of the request's envelope. */
const BUDGET_SHARE = 0.8;

interface Target {
  readonly plan: SheetPlan;
  /** The name the new sheet gets. */
  readonly name: string;
  /** The existing sheet that gives way, if any. */
  readonly replaces: string | null;
}

function decisionFor(decisions: SheetDecisions, plan: SheetPlan): SheetDecision {
  let decision: SheetDecision | undefined;
  if (typeof decisions === "function") decision = decisions(plan);
  else if (Array.isArray(decisions))
    decision = (decisions as readonly (SheetDecision & { planned: string })[]).find(
      (d) => d.planned === plan.name,
    );
  else decision = (decisions as Readonly<Record<string, SheetDecision>>)[plan.name];
  return decision ?? { action: "ask" };
}

function runToken(): string {
  return Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
}

/** Writes the plan's sheets; throws ExcelAdapterError (Vietnamese message) and leaves nothing half-written. */
export async function writeReport(
  context: Excel.RequestContext,
  plan: ReportPlan,
  decisions: SheetDecisions,
  options: WriteOptions = {},
): Promise<WriteResult> {
  if (!supportsExcelApi("1.4"))
    throw new ExcelAdapterError("unsupported", "nothingWritten", { feature: "report", version: "1.4" });

  const targets: Target[] = [];
  const undecided: string[] = [];
  for (const sheet of plan.sheets) {
    const decision = decisionFor(decisions, sheet);
    if (decision.action === "ask") undecided.push(sheet.name);
    else
      targets.push({
        plan: sheet,
        name:
          decision.action === "rename" || decision.action === "create"
            ? (decision.name ?? sheet.name)
            : sheet.name,
        replaces: decision.action === "replace" ? (decision.name ?? sheet.name) : null,
      });
  }
  if (undecided.length > 0) throw new ExcelAdapterError("consentNeeded", null, { sheets: undecided });

  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const budget = Math.floor(limit * BUDGET_SHARE);
  const skipped = new Set<SkippedFeature>();
  const stepsBySheet = targets.map((t) => sheetSteps(t.plan, Math.floor(budget / 2), skipped));
  for (const [i, steps] of stepsBySheet.entries()) {
    const largest = steps.reduce((n, s) => Math.max(n, s.bytes), 0);
    if (largest > budget)
      throw new ExcelAdapterError("tooLarge", "nothingWritten", {
        sheet: targets[i].name,
        megabytes: Math.round((largest / 1024 / 1024) * 10) / 10,
      });
  }

  const token = runToken();
  const trashNames = targets.map((t, i) => (t.replaces !== null ? `CCHC~${token}~${i + 1}` : null));
  const state: RunState = { added: [], ids: null, firstSyncDone: false, trash: new Map() };
  let syncs = 0;
  let largestRequest = 0;
  try {
    // Request 1 opens with the renames and adds, then carries as many content steps as fit.
    const workbook = context.workbook;
    const marker = workbook.settings.getItemOrNullObject(REPORT_MARKER_KEY);
    marker.load("value");
    // A "replace" sheet exists (the pane read it): getItem fails the request, and rolls back, if it vanished since.
    const olds = targets.map((t) => (t.replaces !== null ? workbook.worksheets.getItem(t.replaces) : null));
    for (const old of olds) if (old !== null) old.load("id");
    const calculationSuspends = supportsExcelApi("1.6");
    if (calculationSuspends) workbook.application.suspendApiCalculationUntilNextSync();
    targets.forEach((t, i) => {
      const old = olds[i];
      const trash = trashNames[i];
      if (old === null || trash === null) return;
      state.trash.set(trash, t.replaces as string);
      old.name = trash;
    });
    const sheets = targets.map((t) => {
      state.added.push(t.name);
      return workbook.worksheets.add(t.name);
    });
    for (const sheet of sheets) sheet.load("id");

    const packs = pack(stepsBySheet, budget, 300 * targets.length);
    const readBacks: Excel.Range[] = [];
    for (const [index, pack] of packs.entries()) {
      if (index > 0 && calculationSuspends) workbook.application.suspendApiCalculationUntilNextSync();
      for (const item of pack.steps) {
        if (item.step !== null) item.step.run(sheets[item.sheet]);
        else {
          // Read back what the sheet holds now, for its fingerprint (after all of its writes).
          const back = sheets[item.sheet].getUsedRange(true);
          back.load("address,formulas");
          readBacks[item.sheet] = back;
        }
      }
      largestRequest = Math.max(largestRequest, pack.bytes);
      // One request per pack: a single pack (one sync) unless the contents pass the 5 MB request limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      if (index === 0) {
        state.firstSyncDone = true;
        state.ids = sheets.map((s) => s.id);
      }
    }

    // Request 2: the replaced sheets go, the marker records the new ones.
    const now = (options.now ?? (() => new Date()))().toISOString();
    const written: WrittenSheet[] = targets.map((t, i) => {
      const back = readBacks[i];
      const rect = parseTopLeft(back.address);
      return {
        planName: t.plan.name,
        name: t.name,
        id: sheets[i].id,
        kind: t.plan.kind,
        replaced: t.replaces !== null,
        fingerprint: sheetFingerprint(
          rect.top,
          rect.left,
          back.formulas as (string | number | boolean | null)[][],
        ),
      };
    });
    const replaced = olds.filter((o): o is Excel.Worksheet => o !== null);
    const replacedIds = new Set(replaced.map((o) => o.id));
    state.previousMarker = { value: marker.isNullObject ? null : (marker.value as unknown) };
    const previous = parseReportMarker(state.previousMarker.value);
    const names = new Set(written.map((w) => w.name));
    const kept = previous.sheets.filter((m) => !replacedIds.has(m.id) && !names.has(m.name));
    const marks: ReportSheetMark[] = written.map((w) => ({
      id: w.id,
      name: w.name,
      kind: w.kind,
      fingerprint: w.fingerprint,
      marker: plan.marker,
      writtenAt: now,
    }));
    workbook.settings.add(REPORT_MARKER_KEY, { version: 1, sheets: [...kept, ...marks] });
    workbook.application.calculate("Recalculate");
    if (sheets.length > 0) sheets[0].activate();
    // Deletions last: a failure before them leaves every replaced sheet restorable.
    for (const old of replaced) old.delete();
    const finalBytes =
      200 * (targets.length + 2) + utf8Length(JSON.stringify(marks)) + utf8Length(JSON.stringify(kept));
    largestRequest = Math.max(largestRequest, finalBytes);
    await context.sync();
    syncs++;
    return { sheets: written, syncs, largestRequestBytes: largestRequest, skipped: [...skipped] };
  } catch (error) {
    const undone = await rollBack(context, state);
    if (undone.structureProtected && !(error instanceof ExcelAdapterError))
      throw new ExcelAdapterError(
        "structureProtected",
        undone.outcome,
        { leftovers: undone.leftovers },
        error,
      );
    throw refine(
      error,
      undone.outcome,
      undone.leftovers,
      (name) => undone.others.has(name.toLowerCase()),
      state,
    );
  }
}

function parseTopLeft(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Z]+)\$?(\d+)/i.exec(local);
  if (!match) return { top: 1, left: 1 };
  return { top: Number(match[2]), left: columnNumber(match[1]) };
}

interface Pack {
  /** A write step, or (step null) the read-back of a finished sheet. */
  readonly steps: { sheet: number; step: Step | null }[];
  bytes: number;
  responseBytes: number;
}

/**
 * Packs the steps, in order, into requests of at most `budget` bytes (the first also carries `opening`),
 * each sheet followed by its read-back, whose response (about the size of what was written) also stays
 * within `budget`.
 */
function pack(stepsBySheet: readonly Step[][], budget: number, opening: number): Pack[] {
  const packs: Pack[] = [{ steps: [], bytes: opening, responseBytes: 0 }];
  const place = (sheet: number, step: Step | null, bytes: number, responseBytes: number): void => {
    let current = packs[packs.length - 1];
    if (
      current.steps.length > 0 &&
      (current.bytes + bytes > budget || current.responseBytes + responseBytes > budget)
    ) {
      current = { steps: [], bytes: 0, responseBytes: 0 };
      packs.push(current);
    }
    current.steps.push({ sheet, step });
    current.bytes += bytes;
    current.responseBytes += responseBytes;
  };
  stepsBySheet.forEach((steps, sheet) => {
    for (const step of steps) place(sheet, step, step.bytes, 0);
    const written = steps.reduce((n, step) => n + step.bytes, 0);
    place(sheet, null, 200, Math.ceil(written * 1.1));
  });
  return packs;
}

interface RunState {
  /** Names of the sheets queued for adding, in order. */
  readonly added: string[];
  /** Ids of the added sheets, once the first request succeeded. */
  ids: string[] | null;
  firstSyncDone: boolean;
  /** Temporary name → original name of the sheets moved out of the way. */
  readonly trash: Map<string, string>;
  /** The report marker before the run, once read (the final request may have replaced it). */
  previousMarker?: { readonly value: unknown };
}

/**
 * Undoes a failed write: deletes the sheets this run added and gives the renamed sheets their names back.
 * Two syncs (list the sheets, then fix them); if Excel refuses those too, says what is left.
 */
async function rollBack(
  context: Excel.RequestContext,
  state: RunState,
): Promise<{ outcome: Outcome; leftovers: string[]; others: Set<string>; structureProtected: boolean }> {
  let listed: Excel.Worksheet[];
  let structureProtected = false;
  try {
    const list = context.workbook.worksheets;
    list.load("items/name,items/id");
    // The error code Excel gives for a protected structure is not documented: ask the workbook itself.
    let protection: Excel.WorkbookProtection | undefined;
    if (supportsExcelApi("1.7")) {
      protection = context.workbook.protection;
      protection.load("protected");
    }
    await context.sync();
    listed = list.items;
    structureProtected = supportsExcelApi("1.7") && protection !== undefined && protection.protected;
  } catch {
    return {
      outcome: "cleanupFailed",
      leftovers: [...state.added, ...state.trash.keys()],
      others: new Set(),
      structureProtected,
    };
  }
  const ours = oursToDelete(listed, state);
  const renamedBack = listed.filter((s) => state.trash.has(s.name));
  const others = new Set(listed.filter((s) => !ours.includes(s)).map((s) => s.name.toLowerCase()));
  if (ours.length === 0 && renamedBack.length === 0)
    return { outcome: "nothingWritten", leftovers: [], others, structureProtected };
  try {
    for (const sheet of ours) sheet.delete();
    for (const sheet of renamedBack) sheet.name = state.trash.get(sheet.name) as string;
    if (state.previousMarker !== undefined) {
      // An empty marker reads as no marker at all.
      const value = state.previousMarker.value ?? { version: 1, sheets: [] };
      context.workbook.settings.add(REPORT_MARKER_KEY, value);
    }
    await context.sync();
  } catch {
    return {
      outcome: "cleanupFailed",
      leftovers: [...ours.map((s) => s.name), ...renamedBack.map((s) => s.name)],
      others,
      structureProtected,
    };
  }
  return { outcome: "rolledBack", leftovers: [], others, structureProtected };
}

/** The sheets this run added: by id once known, else the trailing sheets named as added, in order. */
function oursToDelete(listed: readonly Excel.Worksheet[], state: RunState): Excel.Worksheet[] {
  if (state.ids !== null) {
    const ids = new Set(state.ids);
    return listed.filter((s) => ids.has(s.id));
  }
  let count = 0;
  for (let k = Math.min(state.added.length, listed.length); k > 0; k--) {
    const tail = listed.slice(listed.length - k).map((s) => s.name.toLowerCase());
    if (tail.every((name, i) => name === state.added[i].toLowerCase())) {
      count = k;
      break;
    }
  }
  return listed.slice(listed.length - count);
}

/** The domain error for a failed write, with what the workbook looks like now. */
function refine(
  error: unknown,
  outcome: Outcome,
  leftovers: string[],
  existsOther: (name: string) => boolean,
  state: RunState,
): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = richApiCode(error);
  const location = richApiLocation(error) ?? "";
  const details = { leftovers };
  if (code === "InvalidOperationInCellEditMode")
    return new ExcelAdapterError("cellEditMode", outcome, details, error);
  const structural = /^(WorksheetCollection\.add|Worksheet\.(name|delete|position|visibility))$/.test(
    location,
  );
  if (structural && code === "AccessDenied")
    return new ExcelAdapterError("structureProtected", outcome, details, error);
  if (code === "ItemAlreadyExists") {
    const taken = state.added.find(existsOther) ?? state.added[0] ?? "";
    return new ExcelAdapterError("sheetNameTaken", outcome, { ...details, sheet: taken }, error);
  }
  return adapterError(error, outcome, details);
}
