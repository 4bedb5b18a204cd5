/**
 * Unit names across years (DOMAIN.md): NFC/NFD, spaces, case, numbering, abbreviations, kind prefixes,
 * tone-mark placement and aliases meet; names that differ by a real accent do not; anything ambiguous
 * stays unmatched; groups are paired by the units they share.
 */
import { matchUnits } from "../../src/core/matching";
import { coreKey, kindKey, unitKey } from "../../src/core/names";
import { parseHeadRating } from "../../src/core/ratings";

describe("unitKey", () => {
  it.each([
    ["UBND huyện Nam Sách", "Ủy ban nhân dân huyện Nam Sách"],
    ["Uỷ ban nhân dân huyện Nam Sách", "Ủy ban nhân dân huyện Nam Sách"],
    ["Nam Sách".normalize("NFD"), "Nam Sách"],
    ["  Sở  Tài   chính. ", "Sở Tài chính"],
    ["1. Sở Tư pháp", "Sở Tư pháp"],
    ["12) Sở Tư pháp", "Sở Tư pháp"],
    ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"],
    ["Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"],
    ["Sở GTVT", "Sở Giao thông vận tải"],
    ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
    ["TP. Hải Dương", "Thành phố Hải Dương"],
    ["TX Kinh Môn", "Thị xã Kinh Môn"],
    ["H. Ninh Giang", "Huyện Ninh Giang"],
    ["UBND H. Ninh Giang", "UBND huyện Ninh Giang"],
    ["Phường Hoà Bình", "Phường Hòa Bình"],
  ])("%p = %p", (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it.each([
    ["Xã Cẩm Giang", "Xã Cẩm Giàng"],
    ["Huyện Hà Nam", "Huyện Hà Năm"],
    ["Sở Nội vụ", "Sở Ngoại vụ"],
  ])("%p ≠ %p", (a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
  });

  it("drops the kind prefix for the core key", () => {
    expect(coreKey(unitKey("UBND huyện Nam Sách"))).toBe(coreKey(unitKey("Nam Sách")));
    expect(coreKey(unitKey("TP Chí Linh"))).toBe(coreKey(unitKey("Thành phố Chí Linh")));
  });
});

describe("matchUnits", () => {
  const S = "CÁC SỞ, BAN, NGÀNH";
  const H = "UBND CÁC HUYỆN";

  it("matches by name, by the name without its kind, and by alias", () => {
    const result = matchUnits(
      [
        { name: "Sở Tài chính", group: S },
        { name: "Sở Xây dựng", group: S },
        { name: "Nam Sách", group: H },
        { name: "TP Chí Linh", group: H },
      ],
      [
        { name: "Sở Tài chính.", group: "I. SỞ, NGÀNH" },
        { name: "Sở Giao thông vận tải", group: "I. SỞ, NGÀNH" },
        { name: "UBND huyện Nam Sách", group: "II. HUYỆN" },
        { name: "Thành phố Chí Linh", group: "II. HUYỆN" },
      ],
      { "Sở Xây dựng": "Sở Giao thông vận tải" },
    );
    expect(result.outcomes).toEqual([
      { kind: "matched", previous: 0 },
      { kind: "matched", previous: 1 },
      { kind: "matched", previous: 2 },
      { kind: "matched", previous: 3 },
    ]);
    expect(result.unmatchedPrevious).toEqual([]);
    expect(result.groupPairs.get(S)).toBe("I. SỞ, NGÀNH");
    expect(result.groupsDiffer).toBe(false);
  });

  it("leaves ambiguous names unmatched instead of guessing", () => {
    const result = matchUnits(
      [
        { name: "Huyện Kim Thành", group: H },
        { name: "Thị xã Kim Thành", group: H },
      ],
      [{ name: "Kim Thành", group: H }],
    );
    expect(result.outcomes.map((o) => o.kind)).toEqual(["ambiguous", "ambiguous"]);
    expect(result.unmatchedPrevious).toEqual([0]);
  });

  it("never matches across groups, and lists last year's leftovers", () => {
    const result = matchUnits(
      [
        { name: "Sở Nội vụ", group: S },
        { name: "Phường Bắc An Phụ", group: "KHỐI PHƯỜNG" },
      ],
      [
        { name: "Sở Nội vụ", group: S },
        { name: "Sở Ngoại vụ", group: S },
        { name: "Phường Bắc An Phụ", group: S },
      ],
    );
    expect(result.outcomes[0]).toEqual({ kind: "matched", previous: 0 });
    expect(result.outcomes[1]).toEqual({ kind: "groupMissing" });
    expect(result.unmatchedPrevious).toEqual([1, 2]);
    expect(result.groupsDiffer).toBe(true);
  });

  it("does not let two of this year's units claim one of last year's", () => {
    const result = matchUnits(
      [
        { name: "Sở Y tế", group: S },
        { name: "SỞ Y TẾ", group: S },
      ],
      [{ name: "Sở Y tế", group: S }],
    );
    expect(result.outcomes.map((o) => o.kind)).toEqual(["ambiguous", "ambiguous"]);
  });
});

describe("parseHeadRating", () => {
  it.each([
    ["HTXSNV", "HTXSNV"],
    ["htxsnv", "HTXSNV"],
    ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV"],
    ["HOÀN THÀNH TỐT NHIỆM VỤ", "HTTNV"],
    ["Hoàn thành tốt NV", "HTTNV"],
    ["hoàn thành nhiệm vụ", "HTNV"],
    ["HTNV", "HTNV"],
    ["Không hoàn thành nhiệm vụ", "KHTNV"],
    ["KHTNV", "KHTNV"],
    ["Xuất sắc", null],
    ["", null],
  ])("%p → %p", (text, rating) => {
    expect(parseHeadRating(text)).toBe(rating);
  });
});

describe("kinds across the 2025 reorganisation", () => {
  const W = "KHỐI PHƯỜNG";

  it("tolerates a missing kind but never matches two different kinds", () => {
    const result = matchUnits(
      [
        { name: "Phường Lê Chân", group: W },
        { name: "Ngô Quyền", group: W },
        { name: "Đặc khu Cát Hải", group: W },
        { name: "Phường Hồng Bàng", group: W },
      ],
      [
        { name: "Quận Lê Chân", group: W },
        { name: "Quận Ngô Quyền", group: W },
        { name: "Huyện Cát Hải", group: W },
        { name: "Hồng Bàng", group: W },
      ],
    );
    expect(result.outcomes).toEqual([
      { kind: "unmatched" },
      { kind: "matched", previous: 1 },
      { kind: "unmatched" },
      { kind: "matched", previous: 3 },
    ]);
    expect(result.unmatchedPrevious).toEqual([0, 2]);
  });

  it("matches different kinds through an alias the user enters", () => {
    const result = matchUnits(
      [{ name: "Phường Lê Chân", group: "P" }],
      [{ name: "Quận Lê Chân", group: "P" }],
      { "Phường Lê Chân": "Quận Lê Chân" },
    );
    expect(result.outcomes).toEqual([{ kind: "matched", previous: 0 }]);
  });

  it("reads the kind behind “UBND” and abbreviations", () => {
    expect(kindKey(unitKey("UBND huyện Nam Sách"))).toBe(kindKey(unitKey("H. Nam Sách")));
    expect(kindKey(unitKey("TP Chí Linh"))).toBe(kindKey(unitKey("Thành phố Chí Linh")));
    expect(kindKey(unitKey("UBND Nam Sách"))).toBeNull();
    expect(kindKey(unitKey("Phường Lê Chân"))).not.toBe(kindKey(unitKey("Quận Lê Chân")));
  });

  it("a ward and a commune of one name this year do not make a kind-less name of last year match either", () => {
    const result = matchUnits(
      [
        { name: "Phường An Hải", group: W },
        { name: "Xã An Hải", group: W },
      ],
      [{ name: "An Hải", group: W }],
    );
    expect(result.outcomes.map((o) => o.kind)).toEqual(["ambiguous", "ambiguous"]);
  });
});
