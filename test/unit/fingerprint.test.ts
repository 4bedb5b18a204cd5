/** The source fingerprint every shell records with a report: SHA-256 of the values of the sheets analysed. */
import type { Grid } from "../../src/core/grid";
import { sourceFingerprint } from "../../src/core/report";

describe("sourceFingerprint", () => {
  const grid = (sheet: string, values: Grid["values"], top = 1): Grid => ({
    sheet,
    top,
    left: 1,
    values,
    merges: [],
  });
  const scores = grid("Điểm", [
    ["Đơn vị", "Điểm"],
    ["Xã A", 85.5],
  ]);
  const other = grid("Ghi chú", [["x"]]);

  it("is SHA-256 hex, the same for the same values", () => {
    const print = sourceFingerprint([scores, other], ["Điểm"]);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(
      sourceFingerprint(
        [
          other,
          grid("Điểm", [
            ["Đơn vị", "Điểm"],
            ["Xã A", 85.5],
          ]),
        ],
        ["Điểm"],
      ),
    ).toBe(print);
  });

  it("changes with a value, a sheet, or where the table sits; not with sheets the analysis did not use", () => {
    const print = sourceFingerprint([scores, other], ["Điểm"]);
    expect(
      sourceFingerprint(
        [
          grid("Điểm", [
            ["Đơn vị", "Điểm"],
            ["Xã A", 85.25],
          ]),
          other,
        ],
        ["Điểm"],
      ),
    ).not.toBe(print);
    expect(sourceFingerprint([grid("Điểm", scores.values, 2), other], ["Điểm"])).not.toBe(print);
    expect(sourceFingerprint([scores, other], ["Điểm", "Ghi chú"])).not.toBe(print);
    expect(sourceFingerprint([scores, grid("Ghi chú", [["y"]])], ["Điểm"])).toBe(print);
  });
});
