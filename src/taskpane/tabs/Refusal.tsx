/**
 * The blocking state of an analysis whose numbers cannot be true (the core's plausibility gates, issue 8): the
 * gate's message — naming the column and what it was taken for — on every step, the column editor open on the
 * first, and no results, report or highlight until the mapping is corrected. Other steps point back to it. A
 * table read as units across columns or as per-unit forms has no columns to correct: the message says to
 * correct the workbook instead, and never points to "Sửa cột".
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { describeProblem, type Problem } from "../../core/problems";
import { hasColumnMapping } from "../columns";
import { usePane } from "../model";
import { useSteps } from "../steps";
import type { AnalysisState } from "../workflow";

/** Where the first screen's copy of the message is (the other steps focus it when they send the user there). */
export const REFUSAL_ID = "refusal-start";

/** The gates' refusal of this analysis, null when its numbers can be true (or there is no analysis). */
export function refusalOf(state: AnalysisState | null): Problem | null {
  return state !== null && state.ok ? state.analysis.refusal : null;
}

export function RefusalNotice({ refusal, onStart = false }: { refusal: Problem; onStart?: boolean }) {
  const { t, language, analysis } = usePane();
  const steps = useSteps();
  // Units across columns and per-unit forms have no columns to correct: the numbers are corrected in the workbook.
  const mappable = hasColumnMapping(analysis?.ok ? analysis.tables : []);
  const advice = onStart
    ? t(mappable ? "refusalFixHere" : "refusalFixWorkbook")
    : t(mappable ? "refusalBlocked" : "refusalBlockedWorkbook");
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      data-testid="refusal"
      id={onStart ? REFUSAL_ID : undefined}
      tabIndex={onStart ? -1 : undefined}
    >
      <MessageBarBody>
        {describeProblem(refusal, language)} {advice}
      </MessageBarBody>
      {!onStart && (
        <MessageBarActions>
          <Button size="small" onClick={() => steps.open("start", REFUSAL_ID)}>
            {t(mappable ? "editColumns" : "tableReadShow")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
