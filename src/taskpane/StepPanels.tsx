/**
 * The four steps and their panels, shared by the task pane and the standalone page: the tabs (StepTabs), and a
 * panel per step that mounts when the step is first opened and then stays (hidden when not selected), so it
 * keeps its state — the links to the report just written, a filter — while the user looks at another.
 */
import { Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { StepContext, type PaneTab, type StepNavigation } from "./steps";
import { StepTabs } from "./StepTabs";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Focuses the element with this id once it shows (a step loaded on first use may take a moment). */
function focusWhenShown(id: string, tries = 60): void {
  const element = document.getElementById(id);
  if (element !== null && element.offsetParent !== null) element.focus();
  else if (tries > 0) setTimeout(() => focusWhenShown(id, tries - 1), 50);
}

export interface StepPanel {
  readonly value: PaneTab;
  readonly label: string;
  readonly content: ReactNode;
}

export interface StepPanelsProps {
  /** The tab list's accessible name. */
  readonly label: string;
  /** Shown while a step loaded on first use is on its way. */
  readonly loading: string;
  readonly steps: readonly StepPanel[];
}

export function StepPanels({ label, loading, steps }: StepPanelsProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>("start");
  const [visited, setVisited] = useState<ReadonlySet<PaneTab>>(() => new Set<PaneTab>(["start"]));
  const select = useCallback((next: PaneTab) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  }, []);
  const navigation = useMemo<StepNavigation>(
    () => ({
      open(next, focus) {
        select(next);
        focusWhenShown(focus ?? `tab-${next}`);
      },
    }),
    [select],
  );
  return (
    <StepContext.Provider value={navigation}>
      <StepTabs
        label={label}
        selected={tab}
        steps={steps.map(({ value, label: name }) => ({ value, label: name }))}
        onSelect={select}
      />
      {steps.map(({ value, content }) => (
        <div
          key={value}
          role="tabpanel"
          id={`panel-${value}`}
          aria-labelledby={`tab-${value}`}
          hidden={tab !== value}
          // A display rule would override the hidden attribute: the hidden panel gets none.
          className={tab === value ? styles.panel : undefined}
          data-testid={`panel-${value}`}
        >
          {visited.has(value) && (
            <Suspense fallback={<Caption1 role="status">{loading}</Caption1>}>{content}</Suspense>
          )}
        </div>
      ))}
    </StepContext.Provider>
  );
}
