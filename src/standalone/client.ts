/**
 * Runs the page's file jobs (jobs.ts) in a worker where the browser allows one — the page's own script,
 * started again from its text as a blob: worker, which Chrome, Edge and Firefox allow even from file:// — and
 * otherwise in the page, in slices (the reader yields between its stages and sheets). Either way the same
 * code reads and renders; the page stays responsive and shows progress.
 */
import { receivedError, runJob, type BookData, type Job, type JobProgress, type JobResult } from "./jobs";
import type { JobRequest, WorkerReply } from "./worker";

/** How long a worker may take to say it started (it parses the whole page script first). */
const READY_TIMEOUT_MS = 15_000;

let scriptText: string | null = null;
let started: Promise<Worker | null> | null = null;
let mode: "worker" | "page" | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (result: JobResult) => void; reject: (error: Error) => void; progress: (p: JobProgress) => void }
>();

/** The page's own script, for the worker (index.tsx passes it before anything runs). */
export function setScriptText(text: string | null): void {
  scriptText = text !== null && text.trim() !== "" ? text : null;
}

/** Where jobs run: "worker" or "page"; null before the first job. */
export function jobMode(): "worker" | "page" | null {
  return mode;
}

function onReply(event: MessageEvent<WorkerReply>): void {
  const reply = event.data;
  if ("ready" in reply) return;
  const job = pending.get(reply.id);
  if (job === undefined) return;
  if ("progress" in reply) job.progress(reply.progress);
  else {
    pending.delete(reply.id);
    if ("result" in reply) job.resolve(reply.result);
    else job.reject(receivedError(reply.error));
  }
}

function startWorker(): Promise<Worker | null> {
  if (scriptText === null || typeof Worker === "undefined" || typeof URL.createObjectURL !== "function")
    return Promise.resolve(null);
  let worker: Worker;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([scriptText], { type: "text/javascript" }));
    worker = new Worker(url);
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const give = (result: Worker | null) => {
      clearTimeout(timer);
      worker.removeEventListener("message", onReady);
      URL.revokeObjectURL(url);
      if (result === null) worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => give(null), READY_TIMEOUT_MS);
    const onReady = (event: MessageEvent<WorkerReply>) => {
      if ("ready" in event.data) give(worker);
    };
    worker.addEventListener("message", onReady);
    worker.addEventListener("error", () => give(null), { once: true });
    worker.addEventListener("message", onReply);
    // A worker that fails later (out of memory) fails its jobs; the next job runs in the page.
    worker.addEventListener("error", () => {
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new Error("worker stopped"));
      }
      started = Promise.resolve(null);
    });
  });
}

function transferOf(job: Job): Transferable[] {
  return job.op === "read" ? [job.bytes] : [];
}

/** Runs a job in the worker, or in the page when there is none. */
export async function run(
  job: Job,
  progress: (p: JobProgress) => void = () => undefined,
): Promise<JobResult> {
  started ??= startWorker();
  const worker = await started;
  if (worker === null) {
    mode = "page";
    return runJob(job, progress);
  }
  mode = "worker";
  const id = nextId++;
  return new Promise<JobResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    try {
      worker.postMessage({ id, job } satisfies JobRequest, transferOf(job));
    } catch {
      // Something in the job cannot be copied to a worker: the page does it.
      pending.delete(id);
      mode = "page";
      runJob(job, progress).then(resolve, reject);
    }
  });
}

export async function readBook(bytes: ArrayBuffer, fileName: string, progress?: (p: JobProgress) => void) {
  return (await run({ op: "read", bytes, fileName }, progress)) as BookData;
}

export async function renderBytes(job: Exclude<Job, { op: "read" }>): Promise<Uint8Array> {
  return (await run(job)) as Uint8Array;
}
