/** The simulator's Workbook.protection (added for the adapter's protected-structure case): what it refuses. */
import { createSimulator } from "../../src/preview/simulator";

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "none";
}

test("a protected structure refuses add, delete, rename and hide, and says so; unprotected, it allows", async () => {
  const sim = createSimulator({ A: [[1]], B: [[2]] });
  // The user protects the structure (Review > Protect Workbook): the add-in only reads it.
  sim.state.structureProtection = { protected: true };
  const protectedNow = await sim.run(async (context) => {
    const protection = context.workbook.protection;
    protection.load("protected");
    await context.sync();
    return protection.protected;
  });
  expect(protectedNow).toBe(true);
  expect(await code(sim.run(async (c) => void c.workbook.worksheets.add("C")))).toBe("AccessDenied");
  expect(await code(sim.run(async (c) => c.workbook.worksheets.getItem("B").delete()))).toBe("AccessDenied");
  expect(
    await code(
      sim.run(async (c) => {
        c.workbook.worksheets.getItem("B").name = "D";
      }),
    ),
  ).toBe("AccessDenied");
  expect(
    await code(
      sim.run(async (c) => {
        c.workbook.worksheets.getItem("B").visibility = "Hidden";
      }),
    ),
  ).toBe("AccessDenied");
  expect(sim.state.sheets.map((s) => s.name)).toEqual(["A", "B"]);
  sim.state.structureProtection = { protected: false };
  await sim.run(async (c) => void c.workbook.worksheets.add("C"));
  expect(sim.state.sheets.map((s) => s.name)).toEqual(["A", "B", "C"]);
});
