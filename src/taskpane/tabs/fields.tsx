/**
 * Small form pieces of the Settings step: a text field that commits when it loses focus or on Enter (so the
 * analysis runs once per edit, not per keystroke) and shows, beside it, why a value was refused — in the
 * user's language; a number field read as cells are ("9,5" and "9.5" are 9.5, through the core's cell
 * reader); a date field written dd/mm/yyyy (a browser's date input would show mm/dd/yyyy in some locales).
 */
import { useState } from "react";
import { Field, Input, makeStyles, type InputProps } from "@fluentui/react-components";
import { dateFromText, dateShown, numberFromText } from "../input";
import { usePane } from "../model";
import { shown } from "../format";

const useStyles = makeStyles({
  // The field decides the width; the input fills it (never wider than its column).
  input: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});

export interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly type?: InputProps["type"];
  readonly inputMode?: InputProps["inputMode"];
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
  inputMode,
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
        inputMode={inputMode}
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

export interface NumberFieldProps extends Omit<CommitFieldProps, "value" | "onCommit" | "type"> {
  readonly value: number | null;
  /** Applies the number (null when blank); returns the message to show when it is refused. */
  readonly onCommit: (value: number | null) => string | null;
}

/** A number typed as in a cell: "9,5", "9.5", "72,5%"; shown with the user's decimal separator. */
export function NumberField({ value, onCommit, ...props }: NumberFieldProps) {
  const { t, language } = usePane();
  return (
    <CommitField
      {...props}
      inputMode="decimal"
      value={value === null ? "" : shown(value, language, 10)}
      onCommit={(text) => {
        const read = numberFromText(text);
        return read.ok ? onCommit(read.value) : t(read.problem);
      }}
    />
  );
}

export interface DateFieldProps extends Omit<
  CommitFieldProps,
  "value" | "onCommit" | "type" | "placeholder"
> {
  /** yyyy-mm-dd, or null. */
  readonly value: string | null;
  readonly onCommit: (value: string | null) => string | null;
}

/** A date written dd/mm/yyyy, kept as yyyy-mm-dd. */
export function DateField({ value, onCommit, ...props }: DateFieldProps) {
  const { t } = usePane();
  return (
    <CommitField
      {...props}
      placeholder={t("datePlaceholder")}
      value={dateShown(value)}
      onCommit={(text) => {
        const read = dateFromText(text);
        return read.ok ? onCommit(read.value) : t(read.problem);
      }}
    />
  );
}
