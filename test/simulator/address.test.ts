/** A1 addresses: parsing (cells, ranges, whole rows / columns, $, quoted sheet names) and Range.address. */
/* eslint-disable office-addins/no-context-sync-in-loop --
   These tests pin the simulator's own behaviour: they read unloaded properties and ClientResults on purpose,
   sync inside loops over cases, and load through other variables than the linter can follow. */
import { createSimulator, parseAddress, rectAddress, sheetAddress } from "../../src/preview/simulator";
import { caught } from "./helpers";

describe("parseAddress", () => {
  it.each([
    ["A1", undefined, { top: 0, left: 0, bottom: 0, right: 0 }],
    ["$B$2:c3", undefined, { top: 1, left: 1, bottom: 2, right: 2 }],
    ["C3:A1", undefined, { top: 0, left: 0, bottom: 2, right: 2 }],
    ["A:C", undefined, { top: 0, left: 0, bottom: 1_048_575, right: 2 }],
    ["2:4", undefined, { top: 1, left: 0, bottom: 3, right: 16_383 }],
    ["XFD1048576", undefined, { top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 }],
    ["Sheet1!A1", "Sheet1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["'Sheet 1'!A1:B2", "Sheet 1", { top: 0, left: 0, bottom: 1, right: 1 }],
    ["'It''s'!B:B", "It's", { top: 0, left: 1, bottom: 1_048_575, right: 1 }],
    ["'Xếp hạng 2021'!3:3", "Xếp hạng 2021", { top: 2, left: 0, bottom: 2, right: 16_383 }],
  ])("%s", (address, sheet, rect) => {
    expect(parseAddress(address)).toEqual(sheet === undefined ? { rect } : { sheet, rect });
  });

  it.each(["", "A", "1", "A0", "XFE1", "A1048577", "A1:B", "Sheet 1!A1", "'Sheet1!A1", "A1:B2:C3", "R1C1"])(
    "rejects %j",
    (address) => {
      expect(parseAddress(address)).toBeNull();
    },
  );
});

describe("formatting", () => {
  it("writes cells, ranges, whole columns and whole rows", () => {
    expect(rectAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(rectAddress({ top: 0, left: 0, bottom: 2, right: 27 })).toBe("A1:AB3");
    expect(rectAddress({ top: 0, left: 1, bottom: 1_048_575, right: 2 })).toBe("B:C");
    expect(rectAddress({ top: 4, left: 0, bottom: 4, right: 16_383 })).toBe("5:5");
  });

  it("quotes sheet names that are not plain identifiers", () => {
    const r = { top: 0, left: 0, bottom: 1, right: 1 };
    expect(sheetAddress("Sheet1", r)).toBe("Sheet1!A1:B2");
    expect(sheetAddress("Xếp_hạng", r)).toBe("Xếp_hạng!A1:B2");
    expect(sheetAddress("Kiểm điểm 2021", r)).toBe("'Kiểm điểm 2021'!A1:B2");
    expect(sheetAddress("It's", r)).toBe("'It''s'!A1:B2");
    expect(sheetAddress("2021", r)).toBe("'2021'!A1:B2");
    expect(sheetAddress("AB12", r)).toBe("'AB12'!A1:B2");
  });
});

describe("Range.address", () => {
  it("is sheet-qualified for every kind of getRange address", async () => {
    const sim = createSimulator({ "Sheet 1": [["x"]] });
    const addresses = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet 1");
      const ranges = ["A1", "$a$1:c3", "A:C", "2:4", "'Sheet 1'!B2"].map((a) =>
        sheet.getRange(a).load("address"),
      );
      const whole = sheet.getRange().load("address");
      await context.sync();
      return [...ranges.map((r) => r.address), whole.address];
    });
    expect(addresses).toEqual([
      "'Sheet 1'!A1",
      "'Sheet 1'!A1:C3",
      "'Sheet 1'!A:C",
      "'Sheet 1'!2:4",
      "'Sheet 1'!B2",
      "'Sheet 1'!1:1048576",
    ]);
  });

  it("rejects an invalid address or another sheet's address on sync", async () => {
    const sim = createSimulator({ Data: [[1]], Other: [[2]] });
    for (const address of ["A1:", "Other!A1"]) {
      const error = await caught(
        sim.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange(address).load("address");
          await context.sync();
        }),
      );
      expect(error).toMatchObject({ code: "InvalidArgument", location: "Worksheet.getRange" });
    }
  });
});
