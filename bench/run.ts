/**
 * `npm run bench`: prints the speed figures the issues set. Figures are printed, never asserted in tests.
 */
import { benchFunctions } from "./functions.bench";

console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
benchFunctions();
