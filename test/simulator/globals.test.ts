/** The Excel / OfficeExtension globals the browser preview installs over a simulator. */
import { createSimulator } from "../../src/preview/simulator";
import { installExcelGlobals } from "../../src/preview/simulator/globals";

describe("installExcelGlobals", () => {
  it("routes Excel.run to the simulator, maps enums to their strings and exposes OfficeExtension.Error", async () => {
    const sim = createSimulator({ S: [[1]] });
    const restore = installExcelGlobals(sim);
    try {
      expect([
        Excel.ChartType.columnClustered,
        Excel.ChartType._3DPie,
        Excel.ChartType.xyscatter,
        Excel.BorderIndex.edgeTop,
      ]).toEqual(["ColumnClustered", "3DPie", "XYScatter", "EdgeTop"]);
      const error = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect((error as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
      expect(sim.syncCount).toBe(1);
    } finally {
      restore();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});
