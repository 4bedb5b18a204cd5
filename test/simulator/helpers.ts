/** Shared helpers for the simulator tests: catching the RichApi-style error a batch rejects with. */
export interface CaughtError {
  code: string;
  message: string;
  location?: string;
}

export async function caught(promise: Promise<unknown>): Promise<CaughtError> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; message: string; debugInfo?: { errorLocation?: string } };
    return { code: e.code, message: e.message, location: e.debugInfo?.errorLocation };
  }
  throw new Error("expected the batch to fail");
}

export function caughtSync(action: () => unknown): CaughtError {
  try {
    action();
  } catch (error) {
    const e = error as { code: string; message: string; debugInfo?: { errorLocation?: string } };
    return { code: e.code, message: e.message, location: e.debugInfo?.errorLocation };
  }
  throw new Error("expected the call to throw");
}
