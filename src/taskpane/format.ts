/** Numbers and rank changes as the pane shows them: two decimals at most, words beside the ▲/▼ symbols. */
import type { UnitResult } from "../core/analyse";
import { roundHalfAwayFromZero } from "../core/precision";
import { formatNumber, type Language } from "../i18n/messages";
import { paneText } from "../i18n/pane";

export function shown(value: number | null, language: Language, decimals = 2): string {
  return value === null ? "—" : formatNumber(roundHalfAwayFromZero(value, decimals), language);
}

/** "▲ tăng 2 bậc", "▼ giảm 3 bậc", "= giữ nguyên", or "— không so sánh được (lý do)". */
export function changeText(unit: Pick<UnitResult, "comparable" | "rankChange">, language: Language): string {
  if (!unit.comparable || unit.rankChange === null) return paneText("changeNone", {}, language);
  if (unit.rankChange > 0) return paneText("changeUp", { steps: String(unit.rankChange) }, language);
  if (unit.rankChange < 0) return paneText("changeDown", { steps: String(-unit.rankChange) }, language);
  return paneText("changeSame", {}, language);
}
