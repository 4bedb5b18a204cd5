/**
 * The pane's four steps as WAI-ARIA tabs (one tab stop; arrow keys, Home and End move and select), styled
 * with Fluent's tokens: four equal columns that fit a 320 px pane. In high contrast (forced colours) the
 * selected step keeps a thick Highlight underline and bold text while the others have none — a transparent
 * border would otherwise be painted in the text colour and every step would look selected. Hand-made rather
 * than Fluent's TabList, which alone weighs some 23 KB gzip in the pane's first load.
 */
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(4.5em, 1fr))",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    background: "none",
    border: "none",
    borderBottom: `3px solid transparent`,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      borderRadius: tokens.borderRadiusMedium,
    },
    "@media (forced-colors: active)": {
      borderBottomColor: "Canvas",
      color: "ButtonText",
      ":hover": { borderBottomColor: "GrayText" },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightBold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ":hover": { borderBottomColor: tokens.colorCompoundBrandStroke },
    "@media (forced-colors: active)": {
      borderBottomColor: "Highlight",
      color: "Highlight",
      ":hover": { borderBottomColor: "Highlight" },
    },
  },
});

export interface Step<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface StepTabsProps<T extends string> {
  readonly steps: readonly Step<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  readonly label: string;
  /** Ids: the tab of step `x` is `${idPrefix}tab-x`, its panel `${idPrefix}panel-x`. */
  readonly idPrefix?: string;
}

export function StepTabs<T extends string>({
  steps,
  selected,
  onSelect,
  label,
  idPrefix = "",
}: StepTabsProps<T>) {
  const styles = useStyles();
  const refs = useRef(new Map<T, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number) => {
    let next: number;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = (index + 1) % steps.length;
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = (index - 1 + steps.length) % steps.length;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = steps.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const step = steps[next];
    onSelect(step.value);
    refs.current.get(step.value)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {steps.map((step, index) => {
        const isSelected = step.value === selected;
        return (
          <button
            key={step.value}
            ref={(el) => {
              if (el) refs.current.set(step.value, el);
              else refs.current.delete(step.value);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}tab-${step.value}`}
            aria-controls={`${idPrefix}panel-${step.value}`}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(step.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {step.label}
          </button>
        );
      })}
    </div>
  );
}
