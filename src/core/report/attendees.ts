/**
 * Who attends each review meeting (the seed, section 3): a person the user named for the unit; else the
 * person named for its group; else the default of the unit's kind — a leader of the provincial People's
 * Committee for departments (sở, ban, ngành), the standing-committee member in charge of the area for a
 * local People's Committee (district, town, city; since 2025 ward, commune, special zone).
 */
import type { Analysis, Review } from "../analyse";
import { foldText } from "../names";
import { entryOf, type Settings } from "../settings";

export type UnitKind = "departments" | "localities";

const LOCAL = /\b(ubnd|uy ban nhan dan|huyen|thi xa|thanh pho|quan|phuong|xa|dac khu|tp|tx)\b/;
const DEPARTMENT = /\b(so|ban|nganh|van phong|thanh tra|co quan)\b/;

/** The kind of a unit by its name ("Sở Y tế", "Huyện Nam Sách", "TP Hải Dương"), or null when it says none. */
export function unitKind(name: string): UnitKind | null {
  const folded = foldText(name);
  if (/^(ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|quan|phuong|xa|dac khu|tp|tx|h)\b/.test(folded))
    return "localities";
  if (/^(so|ban|van phong|thanh tra|dai|trung tam|bo chi huy|cong an|kho bac|cuc|chi cuc|bao)\b/.test(folded))
    return "departments";
  return null;
}

/**
 * The kind of a group: by its heading ("CÁC SỞ, BAN, NGÀNH"; "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"; "KHỐI
 * PHƯỜNG"), else by most of its units' names; departments when nothing tells.
 */
export function groupKind(group: string, unitNames: readonly string[]): UnitKind {
  const folded = foldText(group);
  if (LOCAL.test(folded)) return "localities";
  if (DEPARTMENT.test(folded)) return "departments";
  let local = 0;
  let departments = 0;
  for (const name of unitNames) {
    const kind = unitKind(name);
    if (kind === "localities") local++;
    else if (kind === "departments") departments++;
  }
  return local > departments ? "localities" : "departments";
}

/** The attendee of each review: the unit's person, the group's, or the kind's default. */
export function attendeeResolver(
  analysis: Pick<Analysis, "units" | "groups">,
  settings: Settings,
): (review: Pick<Review, "unit" | "group" | "attendee">) => string {
  const kinds = new Map<string, UnitKind>();
  for (const g of analysis.groups)
    kinds.set(
      g.name,
      groupKind(
        g.name,
        analysis.units.filter((u) => u.group === g.name).map((u) => u.name),
      ),
    );
  return (review) => {
    const own = review.attendee ?? entryOf(settings.attendees, review.unit);
    if (own !== undefined && own !== null && own.trim() !== "") return own.trim();
    const group = entryOf(settings.groupAttendees, review.group);
    if (group !== undefined && group.trim() !== "") return group.trim();
    const kind = kinds.get(review.group) ?? groupKind(review.group, [review.unit]);
    return settings.attendeesByKind[kind];
  };
}
