/**
 * zod, configured once for every module that validates: without JIT, so the pane's Content Security Policy
 * (no 'unsafe-eval') never sees zod's `new Function` probe. Import `z` from here, never from "zod".
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
