import { PrimaryButton, ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useId } from "react";
import { usePaneLanguage } from "./PaneLanguage";

/** Props of the Segmenteer button: whether the form allows a run and whether one is going on. */
export interface SegmentActionProps {
  canSegment: boolean;
  /** True when the form has invalid fields (as opposed to still loading). */
  invalid: boolean;
  /** The labels of the fields to fill in or correct, so the hint names them (an empty required field is not marked red). */
  fields?: readonly string[];
  busy: boolean;
  onSegment(): void;
}

/**
 * The primary Segmenteer button, a progress bar while it runs and, when the form is invalid, why it is
 * disabled. The button stays focusable while disabled so keyboard users do not lose their place.
 */
export function SegmentAction({ canSegment, invalid, fields = [], busy, onSegment }: SegmentActionProps) {
  const { texts } = usePaneLanguage();
  const hintId = useId();
  const enabled = canSegment && !busy;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <PrimaryButton
        text={texts.segment}
        onClick={enabled ? onSegment : undefined}
        disabled={!enabled}
        allowDisabledFocus
        aria-describedby={invalid ? hintId : undefined}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {invalid && (
        <div id={hintId}>
          <Text block>{texts.formInvalid}</Text>
          {fields.length > 0 && <Text block>{texts.fieldsToFix(fields.join(", "))}</Text>}
        </div>
      )}
      {busy && <ProgressIndicator label={texts.segmenting} />}
    </Stack>
  );
}
