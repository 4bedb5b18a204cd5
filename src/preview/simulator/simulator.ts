/**
 * createSimulator: an in-memory Excel behind an `Excel.run`-like `run()`. Counts syncs (in total and per run),
 * enforces Excel on the web's 5 MB request / response limits, and injects failures (a sync that fails, the
 * user editing a cell, a failure at the Nth queued operation — earlier operations stay applied, later ones not).
 */
import { QueuedOperation, SimContext, SimOperation, ExecEnv } from "./context";
import { SimError, isSimError, simError } from "./errors";
import { jsonBytes } from "./payload";
import { CellValue, WorkbookState } from "./state";

/** Excel on the web's request and response payload limit ("Resource limits and performance optimization"). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FailureInjection {
  /** An Excel.ErrorCodes value, e.g. "InvalidOperation", "InvalidOperationInCellEditMode", "GeneralException". */
  readonly code: string;
  readonly message?: string;
  /** Fail at this 1-based operation of the sync (earlier ones are applied). Default 1: nothing is applied. */
  readonly atOperation?: number;
  /** Let this many syncs pass before the one that fails. Default 0: the next sync. */
  readonly afterSyncs?: number;
  /** Instead of a position: fail at the first queued operation that matches, in whichever sync it comes. */
  readonly match?: (operation: SimOperation) => boolean;
}

export interface SyncRecord {
  /** 1-based number of the run (Excel.run) the sync belongs to. */
  readonly run: number;
  readonly operations: readonly SimOperation[];
  readonly requestBytes: number;
  readonly calculationSuspended: boolean;
  readonly error?: { code: string; message: string; location?: string };
}

export interface SimulatorOptions {
  /** Request / response size limit in bytes; default 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Computes the value of a formula written through the API; by default formula cells keep a null value. */
  readonly evaluateFormula?: (formula: string, sheetName: string, row: number, column: number) => CellValue;
}

type RunBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export class SimulatorCore {
  readonly state: WorkbookState;
  readonly options: SimulatorOptions;
  private readonly failures: Array<FailureInjection & { skip: number }> = [];
  private readonly log: SyncRecord[] = [];
  private readonly perRun: number[] = [];
  private cellEdit = false;
  private runNumber = 0;
  /** @internal Set by Application.suspendApiCalculationUntilNextSync for the sync that follows. */
  calculationSuspended = false;

  constructor(state: WorkbookState, options: SimulatorOptions = {}) {
    this.state = state;
    this.options = options;
  }

  get payloadLimitBytes(): number {
    return this.options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  }

  /** Total `context.sync()` calls (including the final flush Excel.run makes for pending operations). */
  get syncCount(): number {
    return this.log.length;
  }

  /** Syncs of each run so far, in order. */
  get runSyncCounts(): readonly number[] {
    return [...this.perRun];
  }

  /** Syncs of the last run (0 before any run). */
  get lastRunSyncCount(): number {
    return this.perRun[this.perRun.length - 1] ?? 0;
  }

  get syncLog(): readonly SyncRecord[] {
    return [...this.log];
  }

  resetCounters(): void {
    this.log.length = 0;
    this.perRun.length = 0;
  }

  injectFailure(failure: FailureInjection): void {
    this.failures.push({ ...failure, skip: failure.afterSyncs ?? 0 });
  }

  /** Every sync fails with InvalidOperationInCellEditMode while on (unless the run asked delayForCellEdit). */
  setCellEditMode(on: boolean): void {
    this.cellEdit = on;
  }

  clearFailures(): void {
    this.failures.length = 0;
    this.cellEdit = false;
  }

  run<T>(batch: RunBatch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: RunBatch<T>): Promise<T>;
  async run<T>(first: RunBatch<T> | Excel.RunOptions, second?: RunBatch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    const options = typeof first === "function" ? {} : first;
    if (!batch) throw simError("InvalidArgument", "Excel.run needs a batch function.", "Excel.run");
    this.runNumber++;
    this.perRun.push(0);
    const context = new SimContext(this, options.delayForCellEdit === true);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.queue.length > 0) await this.executeSync(context);
      return result;
    } finally {
      context.closed = true;
      context.queue = [];
    }
  }

  /** @internal Runs one sync of a context. */
  async executeSync(context: SimContext): Promise<void> {
    await Promise.resolve();
    const operations = context.queue;
    context.queue = [];
    const visible = operations.filter((op) => op.kind !== "resolve");
    const requestBytes = visible.reduce((sum, op) => sum + jsonBytes(op.payload), 0);
    const record = {
      run: this.runNumber,
      operations: visible.map(({ kind, location, payload }) => ({ kind, location, payload })),
      requestBytes,
    };
    if (this.perRun.length === 0) this.perRun.push(0);
    this.perRun[this.perRun.length - 1]++;
    try {
      this.runOperations(context, operations, requestBytes);
      this.log.push({ ...record, calculationSuspended: this.calculationSuspended });
    } catch (error) {
      const info = isSimError(error)
        ? { code: error.code, message: error.message, location: error.debugInfo.errorLocation }
        : { code: "Bug", message: String(error) };
      this.log.push({ ...record, calculationSuspended: this.calculationSuspended, error: info });
      throw error;
    } finally {
      this.calculationSuspended = false;
    }
  }

  private runOperations(context: SimContext, operations: QueuedOperation[], requestBytes: number): void {
    if (this.cellEdit && !context.delayForCellEdit)
      throw simError("InvalidOperationInCellEditMode", undefined, "RequestContext.sync");
    if (requestBytes > this.payloadLimitBytes)
      throw simError("RequestPayloadSizeLimitExceeded", undefined, "RequestContext.sync");
    const failure = this.takeFailureForThisSync();
    const env: ExecEnv = { state: this.state, core: this, commits: [], responseBytes: 0 };
    let position = 0;
    for (const operation of operations) {
      if (operation.kind !== "resolve") {
        position++;
        const matched = this.matchedFailure(operation);
        if (matched) throw matched;
        if (failure && position === (failure.atOperation ?? 1))
          throw this.failureError(failure, operation.location);
      }
      operation.run(env);
    }
    if (failure) throw this.failureError(failure, "RequestContext.sync");
    if (env.responseBytes > this.payloadLimitBytes)
      throw simError("ResponsePayloadSizeLimitExceeded", undefined, "RequestContext.sync");
    for (const commit of env.commits) commit();
  }

  private takeFailureForThisSync(): FailureInjection | undefined {
    for (let i = 0; i < this.failures.length; i++) {
      const failure = this.failures[i];
      if (failure.match) continue;
      if (failure.skip > 0) {
        failure.skip--;
        continue;
      }
      this.failures.splice(i, 1);
      return failure;
    }
    return undefined;
  }

  private matchedFailure(operation: SimOperation): SimError | undefined {
    const index = this.failures.findIndex((f) => f.match !== undefined && f.match(operation));
    if (index < 0) return undefined;
    const [failure] = this.failures.splice(index, 1);
    return this.failureError(failure, operation.location);
  }

  private failureError(failure: FailureInjection, location: string): SimError {
    return simError(failure.code, failure.message, location);
  }
}
