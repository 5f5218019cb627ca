import { Stack, Toggle } from "@fluentui/react";
import { NumberField } from "./NumberField";
import { usePaneLanguage } from "./PaneLanguage";
import { SettingNotice } from "./SettingNotice";

/** Props of a switch that turns on a whole-number setting. */
export interface OptionalCountFieldProps {
  toggleLabel: string;
  on: boolean;
  onToggle(on: boolean): void;
  label: string;
  value: string;
  onChange(value: string): void;
  description: string;
  errorMessage?: string;
  /** The settings sheet's cell whose invalid value this setting replaces with the default, if any. */
  notice?: string;
}

/** A switch (with "Aan"/"Uit" in words) and, when it is on, the number it turns on. */
export function OptionalCountField(props: OptionalCountFieldProps) {
  const { texts } = usePaneLanguage();
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Toggle
        label={props.toggleLabel}
        checked={props.on}
        onChange={(_, checked) => props.onToggle(Boolean(checked))}
        onText={texts.on}
        offText={texts.off}
      />
      {props.on ? (
        <NumberField
          label={props.label}
          value={props.value}
          onChange={props.onChange}
          description={props.description}
          errorMessage={props.errorMessage}
          notice={props.notice}
        />
      ) : (
        props.notice && <SettingNotice address={props.notice} />
      )}
    </Stack>
  );
}
