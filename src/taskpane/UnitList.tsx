/**
 * A compact list of units for a 320 px pane: each unit's name on at most two lines, what matters about it on
 * the line below, grouped under khối headings. One Tab stop (a WAI-ARIA listbox with groups): the arrow
 * keys, Home/End and Page Up/Down move between units, Enter or Space (or a click) selects the unit's row in
 * the sheet. A screen reader reads the name and the line below as one option, in its group.
 */
import { useRef, useState, type KeyboardEvent } from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    ":focus-within": { outline: "none" },
  },
  heading: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    minWidth: 0,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
    "@media (forced-colors: active)": { ":focus-visible": { outline: "2px solid Highlight" } },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  name: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
  },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface UnitItem<T> {
  readonly key: string;
  readonly name: string;
  /** The line under the name (rank, index and change; reasons; component and percentage). */
  readonly detail: string;
  readonly value: T;
}

export interface UnitGroup<T> {
  /** The khối's heading; null for a list without groups. */
  readonly heading: string | null;
  readonly items: readonly UnitItem<T>[];
}

export interface UnitListProps<T> {
  /** Prefix of the element ids (unique in the page). */
  readonly id: string;
  /** Id of the heading that names the list. */
  readonly labelledBy: string;
  readonly groups: readonly UnitGroup<T>[];
  readonly onActivate: (value: T) => void;
  readonly testId?: string;
  /** Id of the text that says how to use the list (arrow keys, Enter). */
  readonly describedBy?: string;
}

export function UnitList<T>({ id, labelledBy, groups, onActivate, testId, describedBy }: UnitListProps<T>) {
  const styles = useStyles();
  const items = groups.flatMap((g) => g.items);
  // The option with the Tab stop, and the one last chosen (none at first).
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = Math.min(active, Math.max(items.length - 1, 0));
  const choose = (index: number) => {
    setActive(index);
    setChosen(items[index].key);
    onActivate(items[index].value);
  };
  const refs = useRef<(HTMLDivElement | null)[]>([]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    switch (event.key) {
      case "ArrowDown":
        moveTo(index + 1);
        break;
      case "ArrowUp":
        moveTo(index - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(items.length - 1);
        break;
      case "PageDown":
        moveTo(index + 10);
        break;
      case "PageUp":
        moveTo(index - 10);
        break;
      case "Enter":
      case " ":
        choose(index);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  let index = -1;
  const option = (item: UnitItem<T>) => {
    index++;
    const at = index;
    return (
      <div
        key={item.key}
        ref={(el) => {
          refs.current[at] = el;
        }}
        id={`${id}-option-${at}`}
        role="option"
        aria-selected={item.key === chosen}
        tabIndex={at === current ? 0 : -1}
        className={mergeClasses(styles.option, item.key === chosen && styles.active)}
        onClick={() => choose(at)}
        onKeyDown={(event) => onKeyDown(event, at)}
      >
        <span className={styles.name}>{item.name}</span>
        <Caption1 className={styles.detail}>{item.detail}</Caption1>
      </div>
    );
  };

  return (
    <div
      role="listbox"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={styles.list}
      data-testid={testId}
    >
      {groups.map((group, g) =>
        group.heading === null ? (
          group.items.map(option)
        ) : (
          <div key={`${g}-${group.heading}`} role="group" aria-labelledby={`${id}-group-${g}`}>
            <div id={`${id}-group-${g}`} className={styles.heading}>
              {group.heading}
            </div>
            {group.items.map(option)}
          </div>
        ),
      )}
    </div>
  );
}
