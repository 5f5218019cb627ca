import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, Spinner, Stack } from "@fluentui/react";
import type { Problem } from "../method";
import { ConvertDialog } from "./ConvertDialog";
import { usePaneLanguage } from "./PaneLanguage";
import type { TextAmountsState } from "./useTextAmounts";

/** Props of the action: the run's problems and the conversion's state. */
export interface TextAmountsActionProps {
  problems: readonly Problem[];
  conversion: TextAmountsState;
}

const TONES = {
  success: MessageBarType.success,
  info: MessageBarType.info,
  error: MessageBarType.error,
} as const;

/**
 * "Zet tekstbedragen om naar getallen" when the run found amounts stored as text; then the confirmation,
 * progress, what was converted (or undone) and, after a conversion, "Ongedaan maken".
 */
export function TextAmountsAction({ problems, conversion }: TextAmountsActionProps) {
  const { texts } = usePaneLanguage();
  const { step } = conversion;
  const addresses = problems
    .filter((p) => p.code === "text-amount" && p.address !== "")
    .map((p) => p.address);
  const offer = addresses.length > 0 && (step.kind === "idle" || step.kind === "done");
  if (!offer && step.kind === "idle") return null;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {step.kind === "done" && (
        <MessageBar
          messageBarType={TONES[step.tone]}
          isMultiline
          onDismiss={conversion.close}
          dismissButtonAriaLabel={texts.close}
          actions={
            step.undo ? (
              <MessageBarButton onClick={() => void conversion.undo()}>{texts.undo}</MessageBarButton>
            ) : undefined
          }
        >
          {step.message}
        </MessageBar>
      )}
      {offer && (
        <DefaultButton
          text={texts.convertTextAmounts}
          onClick={() => void conversion.ask(addresses)}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
      {step.kind === "busy" && <Spinner label={step.label} labelPosition="right" />}
      {step.kind === "confirm" && (
        <ConvertDialog
          amounts={step.amounts}
          onConfirm={() => void conversion.confirm()}
          onCancel={conversion.close}
        />
      )}
    </Stack>
  );
}
