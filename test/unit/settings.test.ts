/**
 * Settings validation: real calendar dates only, bounded strings and lists (a list of a million names is
 * refused, not processed), and every problem named in words in the user's language — no settings keys and
 * no zod English reach the user.
 */
import { CchcError } from "../../src/core/errors";
import { MAX_ENTRIES, MAX_NAME, MAX_TEXT, parseSettings } from "../../src/core/settings";
import { SettingsError } from "../../src/core/settingsProblems";

function refusal(input: unknown): SettingsError {
  try {
    parseSettings(input);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error("accepted");
}

const vi = (input: unknown) => refusal(input).messageIn("vi");
const en = (input: unknown) => refusal(input).messageIn("en");

describe("the review deadline", () => {
  it.each(["2022-03-15", "2024-02-29", "2021-12-31"])("accepts the calendar date %s", (date) => {
    expect(parseSettings({ reviewDeadline: date }).reviewDeadline).toBe(date);
  });

  it.each(["2022-02-30", "2023-02-29", "2022-13-01", "2022-04-31", "2022-00-10", "2022-01-00"])(
    "refuses %s, which no calendar has",
    (date) => {
      expect(vi({ reviewDeadline: date })).toBe(
        `Thiết lập không hợp lệ — Hạn kiểm điểm: ${date} không phải là ngày có thật trên lịch`,
      );
      expect(en({ reviewDeadline: date })).toBe(
        `Invalid settings — Review deadline: ${date} is not a real calendar date`,
      );
    },
  );

  it("refuses another form of date, saying which form it takes", () => {
    expect(vi({ reviewDeadline: "15/3/2022" })).toBe(
      "Thiết lập không hợp lệ — Hạn kiểm điểm: phải là một ngày dạng năm-tháng-ngày, ví dụ 2022-03-15",
    );
  });
});

describe("bounds", () => {
  const long = (n: number) => "x".repeat(n);

  it("accepts names, text and lists up to their bounds", () => {
    const settings = parseSettings({
      newUnits: new Array<string>(MAX_ENTRIES).fill(long(MAX_NAME)),
      sendTo: long(MAX_TEXT),
      attendees: { [long(MAX_NAME)]: long(MAX_NAME) },
    });
    expect(settings.newUnits).toHaveLength(MAX_ENTRIES);
    expect(settings.sendTo).toHaveLength(MAX_TEXT);
  });

  it.each([
    [{ newUnits: [long(MAX_NAME + 1)] }, "Đơn vị mới, mục thứ 1: dài quá 500 ký tự"],
    [{ sendTo: long(MAX_TEXT + 1) }, "Nơi gửi kết quả: dài quá 2000 ký tự"],
    [{ report: { signerName: long(MAX_NAME + 1) } }, "Họ tên người ký: dài quá 500 ký tự"],
    [
      { bands: [{ min: 50, label: long(MAX_NAME + 1) }] },
      "Xếp loại theo chỉ số, mục thứ 1, tên loại: dài quá 500 ký tự",
    ],
    [
      { checkedComponents: new Array<string>(MAX_ENTRIES + 1).fill("TTHC") },
      "Lĩnh vực kiểm tra ngưỡng: có quá 5000 mục",
    ],
    [{ report: { recipients: new Array<string>(MAX_ENTRIES + 1).fill("-") } }, "Nơi nhận: có quá 5000 mục"],
    [
      { ratings: Object.fromEntries(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`Sở ${i}`, "HTNV"])) },
      "Xếp loại người đứng đầu nhập theo đơn vị: có quá 5000 mục",
    ],
    [
      { aliases: { [long(MAX_NAME + 1)]: "Sở cũ" } },
      `Tên năm trước của đơn vị đổi tên, sáp nhập, “${long(60)}…”: dài quá 500 ký tự`,
    ],
  ])("refuses what is beyond them, naming the setting (%#)", (input, problem) => {
    expect(vi(input)).toBe(`Thiết lập không hợp lệ — ${problem}`);
  });

  it("refuses a list of a million names at once, with one problem", () => {
    const error = refusal({ newUnits: new Array<string>(1_000_000).fill("Sở Y tế") });
    expect(error.problems).toHaveLength(1);
    expect(error.messageIn("en")).toBe("Invalid settings — New units: has more than 5000 entries");
  });

  it("lists ten problems and counts the rest", () => {
    const message = vi({ newUnits: new Array<number>(25).fill(1) });
    expect(message.match(/phải là một đoạn chữ/g)).toHaveLength(10);
    expect(message.endsWith("; và 15 lỗi khác")).toBe(true);
  });

  it("takes sheet rows and columns that Excel has, no more", () => {
    expect(parseSettings({ mapping: { headerTop: 1_048_576, name: "XFD" } }).mapping).toEqual({
      headerTop: 1_048_576,
      name: "XFD",
    });
    expect(vi({ mapping: { headerTop: 1_048_577, total: "XFE", ignore: ["C", "1"] } })).toBe(
      "Thiết lập không hợp lệ — Dòng đầu của tiêu đề bảng điểm: không được lớn hơn 1048576; " +
        "Cột tổng điểm: phải là chữ cái tên cột, từ A đến XFD (ví dụ F); " +
        "Cột bỏ qua, mục thứ 2: phải là chữ cái tên cột, từ A đến XFD (ví dụ F)",
    );
  });
});

describe("unit groups (per-unit forms whose title names no group)", () => {
  it("keeps every entry as typed, a unit named __proto__ included", () => {
    const parsed = parseSettings(
      JSON.parse('{"unitGroups": {"__proto__": "Khối A", "Sở Y tế": "Khối sở, ban, ngành"}}') as unknown,
    );
    expect(Object.entries(parsed.unitGroups)).toEqual([
      ["__proto__", "Khối A"],
      ["Sở Y tế", "Khối sở, ban, ngành"],
    ]);
    expect(parseSettings({}).unitGroups).toEqual({});
  });

  it.each([
    [{ unitGroups: { "Sở Y tế": "" } }, "“Sở Y tế”: không được để trống"],
    [{ unitGroups: { "Sở Y tế": 2 } }, "“Sở Y tế”: phải là một đoạn chữ"],
    [{ unitGroups: ["Sở Y tế"] }, "phải là một nhóm giá trị có tên (đối tượng JSON)"],
    [{ unitGroups: { ["x".repeat(MAX_NAME + 1)]: "Khối A" } }, `“${"x".repeat(60)}…”: dài quá 500 ký tự`],
    [{ unitGroups: { "Sở Y tế": "x".repeat(MAX_NAME + 1) } }, "“Sở Y tế”: dài quá 500 ký tự"],
  ])("refuses a wrong entry, naming the setting and the unit (%#)", (input, problem) => {
    const prefix = "Thiết lập không hợp lệ — Khối của đơn vị có phiếu chấm điểm không ghi khối";
    expect(vi(input)).toBe(problem.startsWith("“") ? `${prefix}, ${problem}` : `${prefix}: ${problem}`);
  });

  it("names the setting in English too", () => {
    expect(en({ unitGroups: { "Sở Y tế": "" } })).toBe(
      "Invalid settings — Group of units whose scoring form names none, “Sở Y tế”: must not be empty",
    );
  });
});

describe("problems in words", () => {
  const wrong = {
    year: "2021",
    threshold: 0,
    tieMethod: "x",
    deriveRatings: "yes",
    ratings: { "Sở Y tế": "tốt" },
    ratingBands: [],
    attendees: ["Sở Y tế"],
    rankDecimals: 2.5,
    mapping: { components: [{ column: "C", max: -1 }], clear: ["name"] },
    report: { agency: ["a", "b", "c", "d", "e"] },
  };

  it("names every wrong setting in Vietnamese and in English, never by its key", () => {
    const error = refusal(wrong);
    expect(error).toBeInstanceOf(CchcError);
    const text = error.messageIn("vi");
    expect(text.split("; ")).toEqual([
      "Thiết lập không hợp lệ — Năm đánh giá: phải là một số",
      "Ngưỡng giải trình: phải lớn hơn 0",
      "Xếp loại người đứng đầu nhập theo đơn vị, “Sở Y tế”: phải là một trong các giá trị “HTXSNV”, “HTTNV”, “HTNV”, “KHTNV”",
      "Suy ra xếp loại từ chỉ số: phải là true hoặc false",
      "Ngưỡng suy ra xếp loại người đứng đầu: cần ít nhất 1 mục",
      "Cách xếp đồng hạng: phải là một trong các giá trị “competition”, “dense”",
      "Số chữ số thập phân khi xếp hạng: phải là một số nguyên",
      "Người dự họp kiểm điểm: phải là một nhóm giá trị có tên (đối tượng JSON)",
      "Cột lĩnh vực, mục thứ 1, điểm tối đa: phải lớn hơn 0",
      "Vai trò bỏ chọn, mục thứ 1: phải là một trong các giá trị “group”, “total”, “index”, “unitMax”, “previousRank”, “rating”",
      "và 1 lỗi khác",
    ]);
    expect(error.message).toBe(text);
    const english = error.messageIn("en");
    expect(english).toMatch(
      /^Invalid settings — Index year: must be a number; Explanation threshold: must be greater than 0;/,
    );
    for (const message of [text, english]) {
      expect(message).not.toMatch(
        /tieMethod|ratingBands|deriveRatings|rankDecimals|mapping|expected|Invalid input/,
      );
    }
    expect(text).not.toMatch(/year|threshold|attendees|components/);
  });

  it("says when the settings are not an object at all", () => {
    expect(vi("75")).toBe(
      "Thiết lập không hợp lệ — Thiết lập: phải là một nhóm giá trị có tên (đối tượng JSON)",
    );
  });
});
