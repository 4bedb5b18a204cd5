/** The Excel / OfficeExtension globals the browser preview installs over a simulator. */
import { createSimulator } from "../../src/preview/simulator";
import { installExcelGlobals } from "../../src/preview/simulator/globals";

describe("installExcelGlobals", () => {
  it("routes Excel.run to the simulator, exposes OfficeExtension.Error, and restores what was there", async () => {
    const sim = createSimulator({ S: [[1]] });
    const restore = installExcelGlobals(sim);
    try {
      const error = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect((error as OfficeExtension.Error).code).toBe("ItemNotFound");
      expect(sim.syncCount).toBe(1);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});
