/**
 * Aliases across groups (DOMAIN.md "Unit names", the 2025 reorganisation): an alias the user enters is followed
 * whatever group last year's unit was in. A group of this year left without a pair of its own takes the group its
 * aliases lead into, even one already paired (last year's districts split into wards and communes); an alias into
 * a group that corresponds to another of this year's groups accounts for last year's unit but is no comparison
 * (`otherGroup`); an alias that cannot be followed is reported, never dropped silently.
 */
import { matchUnits, type MatchUnit } from "../../src/core/matching";

const S = "KHỐI SỞ, BAN, NGÀNH";
const W = "KHỐI PHƯỜNG";
const X = "KHỐI XÃ, ĐẶC KHU";
const PS = "Sở, ban, ngành";
const PD = "Quận, huyện";

/** 2025 against 2024 in Hải Phòng, in miniature: three groups this year, two last year. */
const current: MatchUnit[] = [
  { name: "Sở Tư pháp", group: S },
  { name: "Phường Hồng Bàng", group: W },
  { name: "Phường Lê Chân", group: W },
  { name: "Xã An Lão", group: X },
  { name: "Xã Kiến Thụy", group: X },
  { name: "Đặc khu Cát Hải", group: X },
];
const previous: MatchUnit[] = [
  { name: "Sở Tư pháp", group: PS },
  { name: "UBND quận Hồng Bàng", group: PD },
  { name: "UBND quận Lê Chân", group: PD },
  { name: "UBND huyện An Lão", group: PD },
  { name: "UBND huyện Kiến Thụy", group: PD },
  { name: "UBND huyện Cát Hải", group: PD },
];
const communes = { "Xã An Lão": "Huyện An Lão", "Xã Kiến Thụy": "UBND huyện Kiến Thụy" };

describe("an alias into last year's group that split in two", () => {
  it.each([["Quận Hồng Bàng"], ["UBND quận Hồng Bàng"], ["ubnd  QUẬN Hồng Bàng."]])(
    "matches the ward with the former district however the alias writes it (%p)",
    (target) => {
      const result = matchUnits(current, previous, { ...communes, "Phường Hồng Bàng": target });
      expect(result.outcomes).toEqual([
        { kind: "matched", previous: 0 },
        { kind: "matched", previous: 1 },
        // Other kinds still meet only through an alias.
        { kind: "unmatched" },
        { kind: "matched", previous: 3 },
        { kind: "matched", previous: 4 },
        { kind: "unmatched" },
      ]);
      expect(result.unmatchedPrevious).toEqual([2, 5]);
      // Both the wards and the communes descend from last year's districts.
      expect(Object.fromEntries(result.groupPairs)).toEqual({ [S]: PS, [X]: PD, [W]: PD });
      expect(result.groupsDiffer).toBe(true);
      expect(result.aliasProblems).toEqual([]);
      expect(result.aliasUsed[1]).toEqual({ alias: "Phường Hồng Bàng", target });
    },
  );

  it("whichever of this year's groups took last year's group first", () => {
    // Now the wards share more with the districts than the communes do.
    const result = matchUnits(
      [...current, { name: "Phường Ngô Quyền", group: W }],
      [...previous, { name: "UBND quận Ngô Quyền", group: PD }],
      { "Phường Hồng Bàng": "Quận Hồng Bàng", "Xã An Lão": "Huyện An Lão" },
    );
    expect(result.groupPairs.get(W)).toBe(PD);
    expect(result.groupPairs.get(X)).toBe(PD);
    expect(result.outcomes[1]).toEqual({ kind: "matched", previous: 1 });
    expect(result.outcomes[3]).toEqual({ kind: "matched", previous: 3 });
  });

  it("without an alias, a group that shares only names of other kinds stays without a pair", () => {
    const result = matchUnits(current, previous, communes);
    expect(result.groupPairs.has(W)).toBe(false);
    expect(result.outcomes[1]).toEqual({ kind: "groupMissing" });
    expect(result.outcomes[2]).toEqual({ kind: "groupMissing" });
  });
});

describe("an alias into a group that corresponds to another of this year's", () => {
  // 2025: Thủy Nguyên became a city; both groups exist in both years.
  const now: MatchUnit[] = [
    { name: "Thành phố Hải Dương", group: "THÀNH PHỐ, THỊ XÃ" },
    { name: "Thành phố Thủy Nguyên", group: "THÀNH PHỐ, THỊ XÃ" },
    { name: "Huyện Nam Sách", group: "HUYỆN" },
    { name: "Huyện Ninh Giang", group: "HUYỆN" },
  ];
  const before: MatchUnit[] = [
    { name: "Thành phố Hải Dương", group: "TP, TX" },
    { name: "Huyện Nam Sách", group: "H" },
    { name: "Huyện Ninh Giang", group: "H" },
    { name: "Huyện Thủy Nguyên", group: "H" },
  ];

  it("accounts for last year's unit but is no comparison", () => {
    const result = matchUnits(now, before, { "Thành phố Thủy Nguyên": "Huyện Thủy Nguyên" });
    expect(result.outcomes).toEqual([
      { kind: "matched", previous: 0 },
      { kind: "otherGroup", previous: 3 },
      { kind: "matched", previous: 1 },
      { kind: "matched", previous: 2 },
    ]);
    expect(result.unmatchedPrevious).toEqual([]);
    expect(result.groupsDiffer).toBe(false);
    expect(result.aliasUsed[1]).toEqual({ alias: "Thành phố Thủy Nguyên", target: "Huyện Thủy Nguyên" });
  });
});

describe("an alias that cannot be followed is reported", () => {
  it("last year has no such unit: the unit is matched by its own name, and the alias is named", () => {
    const result = matchUnits([{ name: "Sở Xây dựng", group: S }], [{ name: "Sở Xây dựng", group: PS }], {
      "Sở Xây dựng": "Sở Giao thông vận tải",
    });
    expect(result.outcomes).toEqual([{ kind: "matched", previous: 0 }]);
    expect(result.aliasUsed).toEqual([null]);
    expect(result.aliasProblems).toEqual([
      { alias: "Sở Xây dựng", target: "Sở Giao thông vận tải", problem: "targetMissing", current: 0 },
    ]);
  });

  it("this year has no unit of that name", () => {
    const result = matchUnits(
      [{ name: "Phường Hồng Bàng", group: W }],
      [{ name: "Quận Hồng Bàng", group: PD }],
      {
        "Phường Hồng Bang": "Quận Hồng Bàng",
      },
    );
    // A ward is no district without the alias.
    expect(result.outcomes).toEqual([{ kind: "unmatched" }]);
    expect(result.aliasProblems).toEqual([
      { alias: "Phường Hồng Bang", target: "Quận Hồng Bàng", problem: "unitMissing", current: null },
    ]);
  });

  it("two of this year's units aliased to one of last year's: neither is matched, both are named", () => {
    const result = matchUnits(
      [
        { name: "Phường Hồng Bàng", group: W },
        { name: "Phường Hồng An", group: W },
      ],
      [{ name: "UBND quận Hồng Bàng", group: PD }],
      { "Phường Hồng Bàng": "Quận Hồng Bàng", "Phường Hồng An": "Quận Hồng Bàng" },
    );
    expect(result.outcomes).toEqual([
      { kind: "ambiguous", candidates: [0], claimants: [0, 1] },
      { kind: "ambiguous", candidates: [0], claimants: [0, 1] },
    ]);
    expect(result.unmatchedPrevious).toEqual([0]);
  });

  it("an alias naming two of last year's units prefers the one in the paired group, else is ambiguous", () => {
    const before: MatchUnit[] = [
      { name: "Sở Tư pháp", group: PS },
      { name: "Hồng Bàng", group: PS },
      { name: "Hồng Bàng", group: PD },
    ];
    const paired = matchUnits(
      [
        { name: "Sở Tư pháp", group: S },
        { name: "Phường Hồng Bàng", group: S },
      ],
      before,
      { "Phường Hồng Bàng": "Hồng Bàng" },
    );
    expect(paired.outcomes[1]).toEqual({ kind: "matched", previous: 1 });
    // The wards' only alias names both: no group to prefer.
    const unpaired = matchUnits(
      [
        { name: "Sở Tư pháp", group: S },
        { name: "Phường Hồng Bàng", group: W },
        { name: "Xã An Lão", group: X },
        { name: "Xã Kiến Thụy", group: X },
      ],
      [...before, { name: "An Lão", group: PD }, { name: "Kiến Thụy", group: PD }],
      { "Phường Hồng Bàng": "Hồng Bàng" },
    );
    expect(unpaired.groupPairs.has(W)).toBe(false);
    expect(unpaired.outcomes[1]).toEqual({ kind: "ambiguous", candidates: [1, 2] });
  });
});
