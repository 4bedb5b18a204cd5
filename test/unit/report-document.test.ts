/**
 * The administrative head of the report and the notice: agency lines from the score sheet's first rows
 * (settings override), the place they name, the number, the date line and the annex line; who attends each
 * review by the unit's kind, its group or the unit itself; the run log's time and settings in words.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { Grid } from "../../src/core/grid";
import { planReport } from "../../src/core/report";
import { attendeeResolver, groupKind } from "../../src/core/report/attendees";
import { textsFor } from "../../src/core/report/context";
import { documentHead } from "../../src/core/report/document";
import { vietnamTime } from "../../src/core/report/log";
import { agencyLetters, placeOf, sourceLetterhead } from "../../src/core/report/source";
import { parseSettings } from "../../src/core/settings";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const root = path.resolve(__dirname, "../..");

async function grids(file: string): Promise<Grid[]> {
  const book = await readWorkbook(readFileSync(path.join(root, file)));
  return book.sheets.map((s) => book.grid(s.name));
}

const tx = textsFor("vi");

describe("the letterhead from the score sheet", () => {
  test.each([
    ["examples/hai-duong-2021.xlsx", ["UBND TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"], "Hải Dương"],
    ["examples/hai-duong-2020.xlsx", ["UBND TỈNH HẢI DƯƠNG", "SỞ NỘI VỤ"], "Hải Dương"],
    ["test/fixtures/hai-phong-2025.xlsx", ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"], "Hải Phòng"],
  ])("%s", async (file, agency, place) => {
    const g = await grids(file);
    const analysis = analyseWorkbook({ grids: g, settings: parseSettings({}) });
    const source = sourceLetterhead(g, analysis);
    expect(source.agency).toEqual(agency);
    const head = documentHead(parseSettings({}), source, tx, 2022);
    expect(head.agency).toEqual(agency);
    expect(head.place).toBe(place);
    expect(head.dateLine).toBe(`${place}, ngày      tháng      năm 2022`);
    expect(head.numberLine).toBe("Số:       /TB-SNV");
    expect(head.annex).toBe("(Kèm theo Thông báo số       /TB-SNV của Sở Nội vụ)");
  });

  test("settings override the sheet; a given date, number, kind and annex line are used as written", () => {
    const settings = parseSettings({
      report: {
        agency: ["UBND TỈNH HẢI DƯƠNG", "VĂN PHÒNG UBND TỈNH"],
        documentKind: "BÁO CÁO",
        number: "08-BC/BCSĐ",
        place: "TP Hải Dương",
        date: "2022-02-17",
        annex: "",
      },
    });
    const head = documentHead(settings, { agency: ["X", "Y"] }, tx, 2022);
    expect(head.agency).toEqual(["UBND TỈNH HẢI DƯƠNG", "VĂN PHÒNG UBND TỈNH"]);
    expect(head.numberLine).toBe("Số: 08-BC/BCSĐ");
    expect(head.dateLine).toBe("TP Hải Dương, ngày 17 tháng 02 năm 2022");
    expect(head.annex).toBeNull();
    expect(
      documentHead(parseSettings({ report: { date: "2022-03-05" } }), { agency: [] }, tx, 2022).dateLine,
    ).toBe("…………, ngày 05 tháng 3 năm 2022");
  });

  test("no agency anywhere: a blank province and the Department of Home Affairs", () => {
    const head = documentHead(parseSettings({}), { agency: [] }, tx, 2022);
    expect(head.agency).toEqual(["UBND TỈNH …", "SỞ NỘI VỤ"]);
    expect(head.place).toBe("…………");
  });

  test("places and letters", () => {
    expect(placeOf("UBND TỈNH THANH HÓA")).toBe("Thanh Hóa");
    expect(placeOf("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU")).toBe("Bà Rịa - Vũng Tàu");
    expect(placeOf("UBND TỈNH …")).toBeNull();
    expect(placeOf("SỞ NỘI VỤ")).toBeNull();
    expect(agencyLetters("SỞ NỘI VỤ")).toBe("SNV");
    expect(agencyLetters("VĂN PHÒNG UBND TỈNH")).toBe("VPUBNDT");
  });

  test("the report sheets carry the sheet's letterhead, the number, the date line and the annex line", async () => {
    const g = await grids("examples/hai-duong-2021.xlsx");
    const settings = parseSettings({});
    const analysis = analyseWorkbook({ grids: g, settings });
    const plan = planReport(analysis, {
      settings,
      file: null,
      fingerprint: "0".repeat(64),
      generatedAt: "2022-02-25T08:30:00.000Z",
      chartsSupported: false,
      sourceGrids: g,
    });
    for (const sheet of plan.sheets.filter((s) => s.kind !== "log")) {
      const flat = sheet.values.flat();
      expect(flat).toContain("UBND TỈNH HẢI DƯƠNG");
      expect(flat).toContain("Số:       /TB-SNV");
      expect(flat).toContain("Hải Dương, ngày      tháng      năm 2022");
      expect(flat).toContain("(Kèm theo Thông báo số       /TB-SNV của Sở Nội vụ)");
      expect(flat).not.toContain("UBND TỈNH …");
    }
  });
});

describe("who attends a review", () => {
  test("group kinds by heading, else by the units' names", () => {
    expect(groupKind("CÁC SỞ, BAN, NGÀNH", [])).toBe("departments");
    expect(groupKind("UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", [])).toBe("localities");
    expect(groupKind("KHỐI PHƯỜNG", [])).toBe("localities");
    expect(groupKind("Khối 2", ["Xã Vĩnh Am", "Đặc khu Cát Hải", "Xã An Lão"])).toBe("localities");
    expect(groupKind("Khối 1", ["Sở Y tế", "Thanh tra thành phố", "Ban Dân tộc"])).toBe("departments");
  });

  test("the unit's person, then the group's, then the kind's default", async () => {
    const g = await grids("examples/hai-duong-2021.xlsx");
    const settings = parseSettings({
      attendees: { "Sở Y tế": "Đồng chí Chủ tịch UBND tỉnh" },
      groupAttendees: { "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ": "Ủy viên BTV Tỉnh ủy phụ trách huyện" },
    });
    const analysis = analyseWorkbook({ grids: g, settings });
    const attendee = attendeeResolver(analysis, settings);
    const of = (unit: string) => {
      const review = analysis.reviews.find((r) => r.unit === unit);
      if (!review) throw new Error(unit);
      return attendee(review);
    };
    expect(of("Sở Y tế")).toBe("Đồng chí Chủ tịch UBND tỉnh");
    expect(of("Sở Xây dựng")).toBe("Lãnh đạo UBND tỉnh");
    expect(of("Huyện Ninh Giang")).toBe("Ủy viên BTV Tỉnh ủy phụ trách huyện");
    const plain = parseSettings({});
    expect(
      attendeeResolver(
        analysis,
        plain,
      )({ unit: "Huyện Ninh Giang", group: "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", attendee: null }),
    ).toBe("Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn");
  });
});

test("the run log's time is Viet Nam's (UTC+7), dd/mm/yyyy HH:mm", () => {
  expect(vietnamTime("2026-12-01T23:00:05.406Z")).toBe("02/12/2026 06:00");
  expect(vietnamTime("not a time")).toBe("not a time");
});
