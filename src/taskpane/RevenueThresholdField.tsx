import { ChoiceGroup, Stack, Text, type IChoiceGroupOption } from "@fluentui/react";
import { useId } from "react";
import { type AmountUnit, type RevenueMethod, typedAmount } from "../method";
import { amountDisplay } from "../workbook";
import type { FormErrors } from "./readForm";
import { NumberField } from "./NumberField";
import { usePaneLanguage } from "./PaneLanguage";
import { SettingNotice } from "./SettingNotice";
import type { SettingNotices } from "./settingNotices";
import type { SettingsForm } from "./settingsForm";

/** The example under an empty fixed amount, by the decimals of its unit: € 50.000, 1.250,5 k€, 1,25 M€. */
const AMOUNT_EXAMPLE: readonly number[] = [50000, 1250.5, 1.25];

/** Props of the revenue threshold: the form, its errors, the fields showing a default, the unit of the fixed amount, and a way to change it. */
export interface RevenueThresholdFieldProps {
  form: SettingsForm;
  /** The table's amount unit, which the fixed amount is in. */
  unit: AmountUnit;
  /** The revenue threshold that applies now, as the amount field offers it ("69.167"); "" when unknown. */
  currentAmount: string;
  errors: FormErrors;
  notices: SettingNotices;
  onChange(patch: Partial<SettingsForm>): void;
}

/**
 * How the revenue threshold is chosen (median, fixed amount, top %) and the amount or percentage. A
 * default standing in for an invalid value on the sheet is marked in its field, or under the choice when
 * that field is not shown. The fixed amount is in the table's unit, which its label and its side show;
 * choosing it with the field empty fills in the threshold that applies now, so the choice starts valid.
 */
export function RevenueThresholdField(props: RevenueThresholdFieldProps) {
  const { form, unit, currentAmount, errors, notices, onChange } = props;
  const { texts, language } = usePaneLanguage();
  const shown = amountDisplay(unit);
  const helpId = useId();
  const options: IChoiceGroupOption[] = (["median", "amount", "topPercent"] as const).map((key) => ({
    key,
    text: texts.methods[key],
  }));
  const methodPatch = (method: RevenueMethod): Partial<SettingsForm> =>
    method === "amount" && form.amount.trim() === "" && currentAmount !== ""
      ? { method, amount: currentAmount }
      : { method };
  const hiddenNotices = [
    notices.method,
    form.method === "amount" ? undefined : notices.amount,
    form.method === "topPercent" ? undefined : notices.topPercent,
  ].filter((address): address is string => address !== undefined);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ChoiceGroup
        label={texts.revenueThreshold}
        options={options}
        selectedKey={form.method}
        onChange={(_, option) => option && onChange(methodPatch(option.key as RevenueMethod))}
        aria-describedby={helpId}
      />
      <Text id={helpId} variant="small" block>
        {texts.revenueThresholdHelp}
      </Text>
      {hiddenNotices.map((address) => (
        <SettingNotice key={address} address={address} />
      ))}
      {form.method === "amount" && (
        <NumberField
          label={texts.amount(shown.symbol)}
          prefix={shown.before ? shown.symbol : undefined}
          suffix={shown.before ? undefined : shown.symbol}
          value={form.amount}
          onChange={(amount) => onChange({ amount })}
          description={shown.before ? texts.amountHelp : texts.amountUnitHelp(shown.symbol)}
          placeholder={texts.amountExample(
            typedAmount(AMOUNT_EXAMPLE[shown.decimals] ?? 50000, unit, language),
          )}
          errorMessage={errors.amount}
          notice={notices.amount}
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
          notice={notices.topPercent}
        />
      )}
    </Stack>
  );
}
