import { TextField } from "@fluentui/react";
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
}

/**
 * A labelled text field for a number: a text input (not type="number") so "2,5" and "12.500" can be
 * typed the Belgian way; the decimal keyboard on touch screens; the error shown under it, and the mark
 * of a default standing in for the sheet's invalid value (part of the field's description).
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
}: NumberFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(_, text) => onChange(text ?? "")}
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
      errorMessage={errorMessage}
      prefix={prefix}
      suffix={suffix}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
    />
  );
}
