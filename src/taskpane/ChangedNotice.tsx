import { MessageBar, MessageBarButton, MessageBarType } from "@fluentui/react";
import type { WorkbookChange } from "../excel";
import { formatTime } from "./format";
import { usePaneLanguage } from "./PaneLanguage";

/** Props of the notice: the change (null: none), whether the pane shows a run, and the Segmenteer action. */
export interface ChangedNoticeProps {
  changed: WorkbookChange | null;
  showsRun: boolean;
  canSegment: boolean;
  onSegment(): void;
}

/**
 * Says that the workbook changed since the last segmentation (and when that was), that the sheet's
 * letters follow but the pane does not, with Segmenteer one click away. Nothing when nothing changed.
 */
export function ChangedNotice({ changed, showsRun, canSegment, onSegment }: ChangedNoticeProps) {
  const { texts, language } = usePaneLanguage();
  if (!changed) return null;
  const time = changed.lastRunAt ? formatTime(changed.lastRunAt, language) : null;
  return (
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      actions={
        <MessageBarButton onClick={onSegment} disabled={!canSegment} allowDisabledFocus>
          {texts.segmentAgain}
        </MessageBarButton>
      }
    >
      {texts.workbookChanged(time, showsRun)}
    </MessageBar>
  );
}
