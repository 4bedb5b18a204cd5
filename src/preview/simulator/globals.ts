/**
 * Installs `Excel` (run + string enums) and `OfficeExtension.Error` as globals backed by a simulator, for the
 * browser preview and for tests of code that calls `Excel.run` or uses enums such as Excel.ChartType.
 * Enum members map to their documented string values (columnClustered → "ColumnClustered", _3DPie → "3DPie").
 */
import { SimError } from "./errors";
import type { SimulatorCore } from "./simulator";

/** Members whose value is not the member name with its first letter raised. */
const EXCEPTIONS: Record<string, string> = {
  xyscatter: "XYScatter",
  xyscatterSmooth: "XYScatterSmooth",
  xyscatterSmoothNoMarkers: "XYScatterSmoothNoMarkers",
  xyscatterLines: "XYScatterLines",
  xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers",
  xvalues: "XValues",
  yvalues: "YValues",
};

function enumValue(member: string): string {
  if (EXCEPTIONS[member]) return EXCEPTIONS[member];
  const bare = member.startsWith("_") ? member.slice(1) : member;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function enumProxy(): Record<string, string> {
  return new Proxy(
    {},
    { get: (_target, member) => (typeof member === "string" ? enumValue(member) : undefined) },
  );
}

export function installExcelGlobals(sim: SimulatorCore): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, OfficeExtension: g.OfficeExtension };
  const run = (...args: unknown[]) => (sim.run as (...a: unknown[]) => Promise<unknown>)(...args);
  g.Excel = new Proxy({ run } as Record<string, unknown>, {
    get: (target, name) =>
      typeof name === "string" && name in target
        ? target[name]
        : typeof name === "string"
          ? enumProxy()
          : undefined,
  });
  g.OfficeExtension = { Error: SimError };
  return () => {
    g.Excel = previous.Excel;
    g.OfficeExtension = previous.OfficeExtension;
  };
}
