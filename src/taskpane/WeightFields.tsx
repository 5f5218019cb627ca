import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { CRITERIA } from "../method";
import { Heading } from "./Heading";
import { NumberField } from "./NumberField";
import { usePaneLanguage } from "./PaneLanguage";
import type { FormErrors } from "./readForm";
import type { SettingNotices } from "./settingNotices";
import type { SettingsForm } from "./settingsForm";

/** Props of the weights: the form, its errors, the fields showing a default, and a way to change it. */
export interface WeightFieldsProps {
  form: SettingsForm;
  errors: FormErrors;
  notices: SettingNotices;
  onChange(patch: Partial<SettingsForm>): void;
}

/** The weight of each of the four questions, with the article's question under each field, and what is wrong with the four together. */
export function WeightFields({ form, errors, notices, onChange }: WeightFieldsProps) {
  const { texts } = usePaneLanguage();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Heading level={3}>{texts.weightsHeading}</Heading>
      <Text block variant="small">
        {texts.weightsIntro}
      </Text>
      {CRITERIA.map((criterion) => (
        <NumberField
          key={criterion}
          label={texts.weight(texts.criteria[criterion])}
          value={form.weights[criterion]}
          onChange={(text) => onChange({ weights: { ...form.weights, [criterion]: text } })}
          description={texts.questions[criterion]}
          errorMessage={errors[criterion]}
          notice={notices[criterion]}
        />
      ))}
      {errors.weights && <MessageBar messageBarType={MessageBarType.error}>{errors.weights}</MessageBar>}
    </Stack>
  );
}
