/**
 * `npm run bench`: prints the speed figures the issues set. Figures are printed, never asserted in tests.
 */
import { benchCriteria } from "./criteria.bench";
import { benchExcel } from "./excel.bench";
import { benchFormulas } from "./formulas.bench";
import { benchFunctions } from "./functions.bench";
import { benchStrayCell } from "./strayCell.bench";
import { benchWorkbook } from "./workbook.bench";

async function main(): Promise<void> {
  console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
  benchFunctions();
  console.log("");
  await benchWorkbook();
  console.log("");
  await benchCriteria();
  console.log("");
  benchFormulas();
  console.log("");
  await benchStrayCell();
  console.log("");
  await benchExcel();
}

void main();
