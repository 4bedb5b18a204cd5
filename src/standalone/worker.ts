/**
 * The worker side of the page's file work: the page's own script, started again as a worker from its text
 * (index.tsx), answers jobs (jobs.ts) one message at a time. It says "ready" first, so the page knows the
 * browser let it start.
 */
import { runJob, sendError, type Job, type JobResult } from "./jobs";

export interface JobRequest {
  readonly id: number;
  readonly job: Job;
}

export type WorkerReply =
  | { readonly ready: true }
  | { readonly id: number; readonly progress: import("./jobs").JobProgress }
  | { readonly id: number; readonly result: JobResult }
  | { readonly id: number; readonly error: import("./jobs").SentError };

interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<JobRequest>) => void): void;
}

function transferOf(result: JobResult): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  return [];
}

export function serveJobs(scope: WorkerScope): void {
  scope.addEventListener("message", (event) => {
    const { id, job } = event.data;
    runJob(job, (progress) => scope.postMessage({ id, progress })).then(
      (result) => scope.postMessage({ id, result }, transferOf(result)),
      (error: unknown) => scope.postMessage({ id, error: sendError(error) }),
    );
  });
  scope.postMessage({ ready: true });
}
