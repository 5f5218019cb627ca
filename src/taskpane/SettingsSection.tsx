import { MessageBar, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import { Heading } from "./Heading";
import { NumberField } from "./NumberField";
import { OptionalCountField } from "./OptionalCountField";
import { usePaneLanguage } from "./PaneLanguage";
import type { FormErrors } from "./readForm";
import { RevenueThresholdField } from "./RevenueThresholdField";
import type { SettingsForm } from "./settingsForm";
import { WeightFields } from "./WeightFields";

/** Props of the settings: the form (null while the workbook's settings load) and its errors. */
export interface SettingsSectionProps {
  form: SettingsForm | null;
  errors: FormErrors;
  /** The highest possible score as text, or null while a weight is invalid. */
  maxScore: string | null;
  loadError: string | null;
  onChange(patch: Partial<SettingsForm>): void;
}

/** The method's settings: revenue threshold, score threshold, weights, top N and chart labels. */
export function SettingsSection({ form, errors, maxScore, loadError, onChange }: SettingsSectionProps) {
  const { texts } = usePaneLanguage();
  const max = maxScore ?? "…";
  return (
    <Stack as="section" aria-labelledby="settings-heading" tokens={{ childrenGap: 12 }}>
      <Heading level={2} id="settings-heading">
        {texts.settingsHeading}
      </Heading>
      <Text block>{texts.settingsIntro}</Text>
      {loadError && (
        <MessageBar messageBarType={MessageBarType.error}>{texts.loadSettingsFailed(loadError)}</MessageBar>
      )}
      {form === null ? (
        <Spinner label={texts.loadingSettings} labelPosition="right" />
      ) : (
        <>
          <RevenueThresholdField form={form} errors={errors} onChange={onChange} />
          <NumberField
            label={texts.scoreThreshold}
            value={form.scoreThreshold}
            onChange={(scoreThreshold) => onChange({ scoreThreshold })}
            description={texts.scoreThresholdHelp(max)}
            errorMessage={errors.scoreThreshold}
          />
          <WeightFields form={form} errors={errors} onChange={onChange} />
          <OptionalCountField
            toggleLabel={texts.topNToggle}
            on={form.topNOn}
            onToggle={(topNOn) => onChange({ topNOn })}
            label={texts.topN}
            value={form.topN}
            onChange={(topN) => onChange({ topN })}
            description={texts.topNHelp}
            errorMessage={errors.topN}
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
          />
        </>
      )}
    </Stack>
  );
}
