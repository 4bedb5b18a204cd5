/**
 * The settings' column mapping checked against the table before it is used: a column beyond the table, a
 * column named for two roles, a header row outside the sheet are input errors naming the setting in words
 * (the CLI exits 2), never a crash; a mapped column takes over from what detection saw there.
 */
import { analyseWorkbook } from "../../src/core/analyseWorkbook";
import type { CellValue, Grid } from "../../src/core/grid";
import { InputError } from "../../src/core/problems";
import { parseSettings, type SettingsInput } from "../../src/core/settings";

/** Columns A–F: STT, name, two fields, total, index; rows 1–6 (title, header, max row, three units). */
const grid: Grid = {
  sheet: "Sở",
  top: 1,
  left: 1,
  merges: [],
  values: [
    ["KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021", null, null, null, null, null],
    ["STT", "Tên cơ quan, đơn vị", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Tổng điểm", "Chỉ số"],
    [null, "Điểm tối đa", 10, 20, 30, 100],
    [1, "Sở Tư pháp", 9, 18, 27, 90],
    [2, "Sở Y tế", 8, 12, 20, 66.67],
    [3, "Sở Nội vụ", 7, 15, 22, 73.33],
  ] as CellValue[][],
};

const run = (settings: SettingsInput) =>
  analyseWorkbook({ grids: [grid], settings: parseSettings(settings) });

function refusal(settings: SettingsInput): InputError {
  try {
    run(settings);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("a mapping that does not fit the table", () => {
  it.each<[SettingsInput, string, string]>([
    [
      { mapping: { total: "G" } },
      "Trang tính “Sở”: Cột G được chọn làm cột tổng điểm trong thiết lập, nhưng bảng điểm chỉ có từ cột A đến cột F; hãy sửa phần chọn cột.",
      "Sheet “Sở”: Column G is set as the total column in the settings, but the score table only spans columns A to F; correct the column mapping.",
    ],
    [
      { mapping: { rating: "XFD" } },
      "Trang tính “Sở”: Cột XFD được chọn làm cột xếp loại người đứng đầu trong thiết lập, nhưng bảng điểm chỉ có từ cột A đến cột F; hãy sửa phần chọn cột.",
      "Sheet “Sở”: Column XFD is set as the head rating column in the settings, but the score table only spans columns A to F; correct the column mapping.",
    ],
    [
      { mapping: { components: [{ column: "C" }, { column: "Z" }] } },
      "Trang tính “Sở”: Cột Z được chọn làm cột lĩnh vực trong thiết lập, nhưng bảng điểm chỉ có từ cột A đến cột F; hãy sửa phần chọn cột.",
      "Sheet “Sở”: Column Z is set as a component column in the settings, but the score table only spans columns A to F; correct the column mapping.",
    ],
    [
      { mapping: { ignore: ["AA"] } },
      "Trang tính “Sở”: Cột AA được chọn làm cột bỏ qua trong thiết lập, nhưng bảng điểm chỉ có từ cột A đến cột F; hãy sửa phần chọn cột.",
      "Sheet “Sở”: Column AA is set as an ignored column in the settings, but the score table only spans columns A to F; correct the column mapping.",
    ],
    [
      { mapping: { total: "e", index: "E" } },
      "Trang tính “Sở”: Cột E được chọn cho hai vai trò trong thiết lập (cột tổng điểm và cột chỉ số); mỗi cột chỉ giữ một vai trò.",
      "Sheet “Sở”: Column E is set for two roles in the settings (the total column and the index column); a column holds one role.",
    ],
    [
      { mapping: { name: "B", components: [{ column: "C" }, { column: "B" }] } },
      "Trang tính “Sở”: Cột B được chọn cho hai vai trò trong thiết lập (cột tên đơn vị và cột lĩnh vực); mỗi cột chỉ giữ một vai trò.",
      "Sheet “Sở”: Column B is set for two roles in the settings (the unit name column and a component column); a column holds one role.",
    ],
    [
      { mapping: { headerTop: 40 } },
      "Trang tính “Sở”: Dòng 40 được chọn làm dòng đầu của tiêu đề bảng điểm trong thiết lập, nhưng trang tính chỉ có dữ liệu từ dòng 1 đến dòng 6.",
      "Sheet “Sở”: Row 40 is set as the first header row of the score table in the settings, but the sheet only holds data in rows 1 to 6.",
    ],
    [
      { mapping: { headerTop: 2, headerBottom: 1_048_576 } },
      "Trang tính “Sở”: Dòng 1048576 được chọn làm dòng cuối của tiêu đề bảng điểm trong thiết lập, nhưng trang tính chỉ có dữ liệu từ dòng 1 đến dòng 6.",
      "Sheet “Sở”: Row 1048576 is set as the last header row of the score table in the settings, but the sheet only holds data in rows 1 to 6.",
    ],
    [
      { mapping: { headerTop: 3, headerBottom: 2 } },
      "Trang tính “Sở”: Trong thiết lập, dòng cuối của tiêu đề bảng điểm (dòng 2) nằm trên dòng đầu (dòng 3).",
      "Sheet “Sở”: In the settings, the last header row of the score table (row 2) is above the first (row 3).",
    ],
  ])("stops with an input error naming the setting (%#)", (settings, vi, en) => {
    const error = refusal(settings);
    expect(error.messageIn("vi")).toBe(vi);
    expect(error.messageIn("en")).toBe(en);
  });
});

describe("a mapping that fits", () => {
  it("is used: the fields, the total and the index where the settings say", () => {
    const a = run({
      mapping: { headerTop: 2, name: "B", total: "E", index: "F", components: [{ column: "D", max: 20 }] },
    });
    expect(a.tables[0].roles).toMatchObject({ name: 2, total: 5, index: 6 });
    expect(a.components.map((c) => c.name)).toEqual(["Cải cách thủ tục hành chính"]);
    expect(a.units.map((u) => u.rank)).toEqual([1, 3, 2]);
  });

  it("may ignore a column that holds a role", () => {
    const a = run({ mapping: { ignore: ["E"] } });
    expect(a.tables[0].roles.total).toBe(5);
    expect(a.units.map((u) => u.rank)).toEqual([1, 3, 2]);
  });
});
