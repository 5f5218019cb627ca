import { ChoiceGroup, Stack, Text, type IChoiceGroupOption } from "@fluentui/react";
import { useId } from "react";
import type { RevenueMethod } from "../method";
import type { FormErrors } from "./readForm";
import { NumberField } from "./NumberField";
import { usePaneLanguage } from "./PaneLanguage";
import type { SettingsForm } from "./settingsForm";

/** Props of the revenue threshold: the form, its errors and a way to change it. */
export interface RevenueThresholdFieldProps {
  form: SettingsForm;
  errors: FormErrors;
  onChange(patch: Partial<SettingsForm>): void;
}

/** How the revenue threshold is chosen (median, fixed amount, top %) and the amount or percentage. */
export function RevenueThresholdField({ form, errors, onChange }: RevenueThresholdFieldProps) {
  const { texts } = usePaneLanguage();
  const helpId = useId();
  const options: IChoiceGroupOption[] = (["median", "amount", "topPercent"] as const).map((key) => ({
    key,
    text: texts.methods[key],
  }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ChoiceGroup
        label={texts.revenueThreshold}
        options={options}
        selectedKey={form.method}
        onChange={(_, option) => option && onChange({ method: option.key as RevenueMethod })}
        aria-describedby={helpId}
      />
      <Text id={helpId} variant="small" block>
        {texts.revenueThresholdHelp}
      </Text>
      {form.method === "amount" && (
        <NumberField
          label={texts.amount}
          prefix="€"
          value={form.amount}
          onChange={(amount) => onChange({ amount })}
          description={texts.amountHelp}
          errorMessage={errors.amount}
        />
      )}
      {form.method === "topPercent" && (
        <NumberField
          label={texts.topPercent}
          suffix="%"
          value={form.topPercent}
          onChange={(topPercent) => onChange({ topPercent })}
          description={texts.topPercentHelp}
          errorMessage={errors.topPercent}
        />
      )}
    </Stack>
  );
}
