/**
 * Head ratings and the review list: the rating entered in the settings, else the sheet's rating column,
 * else (opt-in, flagged) derived from the index; units rated as the settings list must hold a review
 * meeting, with the reasons, who attends, the deadline and where results go.
 */
import { problem, type Problem } from "../problems";
import { canonical } from "../precision";
import { HEAD_RATING_LABELS, parseHeadRating, type HeadRating } from "../ratings";
import { entryOf, type Settings } from "../settings";
import { unitKey } from "../names";
import { attendeeResolver } from "../report/attendees";
import type { Review, UnitResult } from "./model";
import type { ReadUnit } from "./readUnits";

/** Looks a unit up in a record keyed by unit names as the user typed them (any spelling of the name). */
export function byUnitName<T>(record: Readonly<Record<string, T>>): (name: string) => T | undefined {
  const entries = Object.entries(record);
  if (entries.length === 0) return () => undefined;
  const keyed = new Map(entries.map(([key, value]) => [unitKey(key), value]));
  return (name) => entryOf(record, name) ?? keyed.get(unitKey(name));
}

export interface Rated {
  readonly rating: HeadRating | null;
  readonly derived: boolean;
}

export function rateUnits(units: readonly ReadUnit[], settings: Settings, warnings: Problem[]): Rated[] {
  const ratingBands = [...settings.ratingBands].sort((a, b) => b.min - a.min);
  const enteredRating = byUnitName(settings.ratings);
  const ratings = units.map((u): Rated => {
    const entered = enteredRating(u.name);
    if (entered) return { rating: entered, derived: false };
    if (u.ratingText !== null) {
      const parsed = parseHeadRating(u.ratingText);
      if (parsed) return { rating: parsed, derived: false };
      warnings.push(
        problem("ratingUnreadable", { name: u.name, text: u.ratingText }, u.cells.rating ?? u.cells.name),
      );
    }
    if (settings.deriveRatings && u.index !== null) {
      const band = ratingBands.find((b) => canonical(u.index as number) >= b.min);
      if (band) return { rating: band.rating, derived: true };
    }
    return { rating: null, derived: false };
  });
  if (ratings.some((r) => r.derived)) warnings.push(problem("ratingsDerived"));
  return ratings;
}

export function deadlineOf(settings: Settings, year: number | null): string | null {
  if (settings.reviewDeadline) return settings.reviewDeadline;
  return year !== null ? `${year + 1}-03-15` : null;
}

/** The units whose rating calls for a review meeting, with why. */
export function reviewList(
  results: readonly UnitResult[],
  settings: Settings,
  deadline: string | null,
): Review[] {
  const groupSizes = new Map<string, number>();
  for (const u of results) if (u.rank !== null) groupSizes.set(u.group, (groupSizes.get(u.group) ?? 0) + 1);
  const namedAttendee = byUnitName(settings.attendees);
  // The seed's default by the unit's kind, or the group's person, when nobody is named for the unit.
  const groups = [...new Set(results.map((u) => u.group))].map((name) => ({ name, units: 0 }));
  const attendeeOf = attendeeResolver({ units: results, groups }, settings);
  const reviewRatings = new Set<HeadRating>(settings.reviewRatings);
  return results
    .filter((u) => u.rating !== null && reviewRatings.has(u.rating))
    .map((u) => {
      const why: Review["reasons"][number][] = [
        {
          key: u.ratingDerived ? "reasonRatingDerived" : "reasonRating",
          params: { rating: HEAD_RATING_LABELS[u.rating as HeadRating] },
        },
      ];
      if (u.comparable && (u.rankChange as number) < 0) {
        why.push({ key: "reasonDropped", params: { steps: -(u.rankChange as number) } });
      }
      if (u.rank !== null && u.rank === groupSizes.get(u.group) && (groupSizes.get(u.group) ?? 0) > 1) {
        why.push({ key: "reasonLast", params: {} });
      }
      return {
        unit: u.name,
        group: u.group,
        index: u.index,
        rank: u.rank,
        rankChange: u.rankChange,
        rating: u.rating as HeadRating,
        ratingDerived: u.ratingDerived,
        reasons: why,
        attendee: attendeeOf({ unit: u.name, group: u.group, attendee: namedAttendee(u.name) ?? null }),
        deadline,
        sendTo: settings.sendTo,
      };
    });
}
