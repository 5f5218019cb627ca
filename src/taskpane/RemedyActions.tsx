import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Stack } from "@fluentui/react";
import { useState } from "react";
import type { Remedy } from "../workbook";
import { usePaneLanguage } from "./PaneLanguage";

/** Props of the ways forward from a refused run: the remedies, whether one is under way, and what a click does. */
export interface RemedyActionsProps {
  remedies: readonly Remedy[];
  busy: boolean;
  onRemedy(remedy: Remedy): void;
}

/** The class by which the removal dialog finds its Annuleren button to focus it first. */
const CANCEL_CLASS = "abc-remove-cancel";

/**
 * One button per way forward from a refused run, the first one primary. Removing the analysis asks
 * first in a dialog, since Excel cannot undo it.
 */
export function RemedyActions({ remedies, busy, onRemedy }: RemedyActionsProps) {
  const { texts } = usePaneLanguage();
  const [confirming, setConfirming] = useState<Remedy | null>(null);
  if (remedies.length === 0) return null;
  const label = (remedy: Remedy) =>
    remedy.kind === "segment-list" ? texts.remedies[remedy.kind](remedy.list) : texts.remedies[remedy.kind];
  const click = (remedy: Remedy) =>
    remedy.kind === "remove-analysis" ? setConfirming(remedy) : onRemedy(remedy);
  return (
    <Stack role="group" aria-label={texts.remediesLabel} horizontal wrap tokens={{ childrenGap: 8 }}>
      {remedies.map((remedy, i) => {
        const Button = i === 0 ? PrimaryButton : DefaultButton;
        return (
          <Button
            key={remedy.kind}
            text={label(remedy)}
            onClick={busy ? undefined : () => click(remedy)}
            disabled={busy}
            allowDisabledFocus
          />
        );
      })}
      {confirming?.kind === "remove-analysis" && (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirming(null)}
          dialogContentProps={{
            type: DialogType.normal,
            title: texts.removeTitle,
            subText: texts.removeText(confirming.list),
          }}
          // The focus starts on Annuleren: Enter must never remove what Excel cannot undo.
          modalProps={{ isBlocking: true, firstFocusableSelector: CANCEL_CLASS }}
        >
          <DialogFooter>
            <PrimaryButton
              text={texts.removeConfirm}
              onClick={() => {
                setConfirming(null);
                onRemedy(confirming);
              }}
            />
            <DefaultButton text={texts.cancel} className={CANCEL_CLASS} onClick={() => setConfirming(null)} />
          </DialogFooter>
        </Dialog>
      )}
    </Stack>
  );
}
