import { MessageBar, MessageBarType } from "@fluentui/react";
import { usePaneLanguage } from "./PaneLanguage";

/** Marks a field that shows the default because its value on the settings sheet (in `address`) is invalid. */
export function SettingNotice({ address }: { address: string }) {
  const { texts } = usePaneLanguage();
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {texts.defaultedSetting(address)}
    </MessageBar>
  );
}
