/**
 * Small form pieces of the Settings step: a text or number field that commits when it loses focus or on Enter
 * (so the analysis runs once per edit, not per keystroke) and shows the settings' own message when the value
 * is refused.
 */
import { useState } from "react";
import { Field, Input, makeStyles, type InputProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The field decides the width; the input fills it (never wider than its column).
  input: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

export interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly type?: InputProps["type"];
  readonly placeholder?: string;
  readonly className?: string;
  /** Applies the text; returns the message to show when it is refused. */
  readonly onCommit: (text: string) => string | null;
}

export function CommitField({
  label,
  value,
  hint,
  type,
  placeholder,
  className,
  onCommit,
}: CommitFieldProps) {
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);
  const commit = (text: string) => {
    if (text === value) {
      setError(null);
      return;
    }
    setError(onCommit(text));
  };
  return (
    <Field label={label} hint={hint} validationMessage={error ?? undefined} className={className}>
      <Input
        // A new value from elsewhere (import, reset) replaces what is shown.
        key={value}
        className={styles.input}
        type={type}
        placeholder={placeholder}
        defaultValue={value}
        onBlur={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit(event.currentTarget.value);
        }}
      />
    </Field>
  );
}

/** "85,5" or "85.5" → 85.5; blank → null; anything else → NaN (the schema then names the field). */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
}
