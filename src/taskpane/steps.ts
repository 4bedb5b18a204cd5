/** The pane's steps and a way for a step to open another (the first screen's three actions do). */
import { createContext, useContext } from "react";

export type PaneTab = "start" | "results" | "actions" | "settings";

export interface StepNavigation {
  /** Opens a step; `focus` is the id of an element in it to focus once it shows. */
  open(tab: PaneTab, focus?: string): void;
}

export const StepContext = createContext<StepNavigation>({ open: () => undefined });

export function useSteps(): StepNavigation {
  return useContext(StepContext);
}
