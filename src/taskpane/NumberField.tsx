import { TextField } from "@fluentui/react";
import { useState } from "react";
import { SettingNotice } from "./SettingNotice";

/** Props of a number field: the typed text, what it means, and what is wrong with it. */
export interface NumberFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  errorMessage?: string;
  /** The settings sheet's cell whose invalid value this field replaces with the default, if any. */
  notice?: string;
  prefix?: string;
  suffix?: string;
  /** An example shown while the field is empty ("bv. 50.000"). */
  placeholder?: string;
}

/**
 * A labelled text field for a number: a text input (not type="number") so "2,5" and "12.500" can be
 * typed the Belgian way; the decimal keyboard on touch screens; the error shown under it, and the mark
 * of a default standing in for the sheet's invalid value (part of the field's description). An empty
 * field the user has not typed in or left yet shows no error (it is marked as required instead): the
 * user did nothing wrong yet, and Segmenteer says why it waits.
 */
export function NumberField({
  label,
  value,
  onChange,
  description,
  errorMessage,
  notice,
  prefix,
  suffix,
  placeholder,
}: NumberFieldProps) {
  const [visited, setVisited] = useState(false);
  const untouchedEmpty = !visited && value.trim() === "";
  return (
    <TextField
      label={label}
      value={value}
      onChange={(_, text) => {
        setVisited(true);
        onChange(text ?? "");
      }}
      onBlur={() => setVisited(true)}
      required={untouchedEmpty && errorMessage !== undefined}
      placeholder={placeholder}
      description={description}
      onRenderDescription={
        notice
          ? (props, render) => (
              <>
                {render?.(props)}
                <SettingNotice address={notice} />
              </>
            )
          : undefined
      }
      errorMessage={untouchedEmpty ? undefined : errorMessage}
      prefix={prefix}
      suffix={suffix}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
    />
  );
}
