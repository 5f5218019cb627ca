import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Text } from "@fluentui/react";
import type { TextAmount } from "../excel";
import { shownPlain } from "../method";
import { usePaneLanguage } from "./PaneLanguage";

/** How many cells the dialog lists before "en nog … cellen". */
const FIRST_CELLS = 5;

/** Props of the dialog: the amounts to convert and the two answers. */
export interface ConvertDialogProps {
  amounts: readonly TextAmount[];
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before converting, in a blocking dialog (an alertdialog): how many cells, and the first few with
 * their text and the number each becomes.
 */
export function ConvertDialog({ amounts, onConfirm, onCancel }: ConvertDialogProps) {
  const { texts, language } = usePaneLanguage();
  const rest = amounts.length - FIRST_CELLS;
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        title: texts.convertTitle,
        closeButtonAriaLabel: texts.close,
      }}
      modalProps={{ isBlocking: true }}
    >
      <Text block>{texts.convertIntro(amounts.length)}</Text>
      <ul>
        {amounts.slice(0, FIRST_CELLS).map((a) => (
          <li key={a.address}>{texts.convertLine(a.address, a.text, shownPlain(a.value, language))}</li>
        ))}
      </ul>
      {rest > 0 && <Text block>{texts.moreCells(rest)}</Text>}
      <DialogFooter>
        <PrimaryButton text={texts.convert} onClick={onConfirm} />
        <DefaultButton text={texts.cancel} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
