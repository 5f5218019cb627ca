import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import type { ReactNode } from "react";
import type { SegmentOutcome } from "../excel";
import { ColumnsReadList } from "./ColumnsReadList";
import { OutcomeSummary } from "./OutcomeSummary";
import { usePaneLanguage } from "./PaneLanguage";
import { ProblemList } from "./ProblemList";
import { RemedyActions } from "./RemedyActions";
import { type Remedy, refusalOf } from "../workbook";

/** Props of a run's outcome: what the run did and how to select a problem's cell. */
export interface OutcomeViewProps {
  outcome: SegmentOutcome;
  /** The ways forward of a refused run: whether one is under way and what a click does (no buttons without it). */
  remedies?: { busy: boolean; onRemedy(remedy: Remedy): void };
  onGoToCell(address: string): Promise<void>;
  /** What the pane offers to do about the problems (e.g. convert text amounts): shown just above them. */
  actions?: ReactNode;
}

/**
 * A run's outcome: whether the workbook changed (a refusal of the whole run says why, with its ways
 * forward right under it), Excel's notes, the analysed table and which columns were read as what, then
 * the figures, the actions on the problems and the problems themselves (a refusal is not repeated there).
 */
export function OutcomeView({ outcome, remedies, onGoToCell, actions }: OutcomeViewProps) {
  const { texts } = usePaneLanguage();
  const { result, written, table, notes, chartNames } = outcome;
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const refusal = written ? null : refusalOf(result.problems);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {written ? (
        <MessageBar messageBarType={MessageBarType.success}>{texts.written}</MessageBar>
      ) : (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {refusal
            ? `${texts.nothingWritten} ${refusal.message}`
            : errors > 0
              ? texts.nothingChanged(errors)
              : texts.nothingWritten}
        </MessageBar>
      )}
      {!written && remedies && (
        <RemedyActions remedies={outcome.remedies} busy={remedies.busy} onRemedy={remedies.onRemedy} />
      )}
      {outcome.moved && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {texts.moved(outcome.moved.list, outcome.moved.kept)}
        </MessageBar>
      )}
      {notes.map((note, i) => (
        <MessageBar key={`${i}-${note}`} messageBarType={MessageBarType.info}>
          {note}
        </MessageBar>
      ))}
      {table !== "" && <Text block>{texts.analysedTable(table)}</Text>}
      <ColumnsReadList columns={outcome.columnsRead} />
      {written && chartNames && chartNames.placed < chartNames.wanted && (
        <Text block variant="small">
          {texts.namesLeftOff(chartNames.placed, chartNames.wanted)}
        </Text>
      )}
      {written && <OutcomeSummary result={result} />}
      {actions}
      <ProblemList
        problems={refusal ? result.problems.filter((p) => p !== refusal) : result.problems}
        onGoToCell={onGoToCell}
      />
    </Stack>
  );
}
