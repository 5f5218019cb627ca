import { MessageBar, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { AmountUnit, Problem } from "../method";
import { Heading } from "./Heading";
import { NumberField } from "./NumberField";
import { OptionalCountField } from "./OptionalCountField";
import { usePaneLanguage } from "./PaneLanguage";
import { ProblemList } from "./ProblemList";
import type { FormErrors } from "./readForm";
import { RevenueThresholdField } from "./RevenueThresholdField";
import { settingNotices } from "./settingNotices";
import type { SettingsForm } from "./settingsForm";
import { WeightFields } from "./WeightFields";

/** Props of the settings: the form (null while the workbook's settings load), its errors and the sheet's problems. */
export interface SettingsSectionProps {
  form: SettingsForm | null;
  errors: FormErrors;
  /** The highest possible score as text, or null while a weight is invalid. */
  maxScore: string | null;
  /** The table's amount unit, which the fixed amount is in. */
  unit: AmountUnit;
  /** The revenue threshold that applies now, as the fixed amount's field offers it ("69.167"); "" when unknown. */
  currentAmount: string;
  loadError: string | null;
  /** The invalid values on the settings sheet; the form shows the defaults the sheet applies instead. */
  sheetProblems: readonly Problem[];
  onChange(patch: Partial<SettingsForm>): void;
  onGoToCell(address: string): Promise<void>;
}

/**
 * The method's settings: revenue threshold, score threshold, weights, top N and chart labels; first what
 * is invalid on the settings sheet, each with a way to its cell, and those fields marked.
 */
export function SettingsSection(props: SettingsSectionProps) {
  const { form, errors, maxScore, unit, loadError, sheetProblems, onChange } = props;
  const { texts } = usePaneLanguage();
  const max = maxScore ?? "…";
  const notices = settingNotices(sheetProblems);
  return (
    <Stack as="section" aria-labelledby="settings-heading" tokens={{ childrenGap: 12 }}>
      <Heading level={2} id="settings-heading">
        {texts.settingsHeading}
      </Heading>
      <Text block>{texts.settingsIntro}</Text>
      {loadError && (
        <MessageBar messageBarType={MessageBarType.error}>{texts.loadSettingsFailed(loadError)}</MessageBar>
      )}
      {sheetProblems.length > 0 && (
        <>
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {texts.settingsProblems}
          </MessageBar>
          <ProblemList problems={sheetProblems} onGoToCell={props.onGoToCell} />
        </>
      )}
      {form === null ? (
        <Spinner label={texts.loadingSettings} labelPosition="right" />
      ) : (
        <>
          <RevenueThresholdField
            form={form}
            unit={unit}
            currentAmount={props.currentAmount}
            errors={errors}
            notices={notices}
            onChange={onChange}
          />
          <NumberField
            label={texts.scoreThreshold}
            value={form.scoreThreshold}
            onChange={(scoreThreshold) => onChange({ scoreThreshold })}
            description={texts.scoreThresholdHelp(max)}
            errorMessage={errors.scoreThreshold}
            notice={notices.scoreThreshold}
          />
          <WeightFields form={form} errors={errors} notices={notices} onChange={onChange} />
          <OptionalCountField
            toggleLabel={texts.topNToggle}
            on={form.topNOn}
            onToggle={(topNOn) => onChange({ topNOn })}
            label={texts.topN}
            value={form.topN}
            onChange={(topN) => onChange({ topN })}
            description={texts.topNHelp}
            errorMessage={errors.topN}
            notice={notices.topN}
          />
          <OptionalCountField
            toggleLabel={texts.labelsToggle}
            on={form.labelsOn}
            onToggle={(labelsOn) => onChange({ labelsOn })}
            label={texts.labels}
            value={form.labels}
            onChange={(labels) => onChange({ labels })}
            description={texts.labelsHelp}
            errorMessage={errors.labels}
            notice={notices.labels}
          />
        </>
      )}
    </Stack>
  );
}
