/**
 * The simulated Excel.RequestContext: holds the queue of pending operations and the workbook proxy;
 * `sync()` hands the queue to the simulator, which runs it against the workbook state.
 */
import { simError } from "./errors";
import type { SimulatorCore } from "./simulator";
import type { WorkbookState } from "./state";
import { SimWorkbook } from "./workbook";

/** One queued operation as tests see it (e.g. in failure injection predicates and the sync log). */
export interface SimOperation {
  readonly kind: "set" | "method" | "load" | "resolve";
  /** "Entity.member", like office.js's debugInfo.errorLocation: "Range.values", "Worksheet.delete". */
  readonly location: string;
  /** What the request would carry for this operation (counted towards the 5 MB request limit). */
  readonly payload?: unknown;
}

export interface QueuedOperation extends SimOperation {
  run(env: ExecEnv): void;
}

/** What an operation sees while a sync runs. */
export interface ExecEnv {
  readonly state: WorkbookState;
  readonly core: SimulatorCore;
  /** Run in order only when the whole sync succeeds: they hand loaded values to the proxies. */
  readonly commits: Array<() => void>;
  /** Estimated size of the response (loaded cell data), for the response payload limit. */
  responseBytes: number;
}

export class SimContext {
  /** @internal */
  queue: QueuedOperation[] = [];
  /** @internal Set when the Excel.run that created the context has finished. */
  closed = false;
  readonly workbook: SimWorkbook;
  constructor(
    /** @internal */ readonly core: SimulatorCore,
    /** @internal */ readonly delayForCellEdit = false,
  ) {
    this.workbook = new SimWorkbook(this);
  }

  /** @internal */
  enqueue(operation: QueuedOperation): void {
    if (this.closed)
      throw simError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do. The object was created in an Excel.run that has finished.",
        operation.location,
      );
    this.queue.push(operation);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.core.executeSync(this).then(() => passThroughValue as T);
  }
}
