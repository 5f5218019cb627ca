import { MessageBar, MessageBarType, Stack } from "@fluentui/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { LastRun } from "../excel";
import { Heading } from "./Heading";
import { OutcomeView } from "./OutcomeView";
import { usePaneLanguage } from "./PaneLanguage";

/** Props of the results: the latest run, its serial number, how to select a problem's cell, and actions on the run. */
export interface ResultsSectionProps {
  run: LastRun;
  serial: number;
  onGoToCell(address: string): Promise<void>;
  /** Shown under the heading, above the run: what the pane offers to do about it. */
  children?: ReactNode;
}

/**
 * The latest run, from the pane or the ribbon; a run that comes in while the pane is open scrolls into
 * view (one already there when the pane opens does not). Nothing before the first run.
 */
export function ResultsSection({ run, serial, onGoToCell, children }: ResultsSectionProps) {
  const { texts } = usePaneLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const scrolledFor = useRef(serial);
  useEffect(() => {
    if (serial === scrolledFor.current) return;
    scrolledFor.current = serial;
    heading.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [serial]);
  if (run === null) return null;
  return (
    <Stack as="section" aria-labelledby="results-heading" tokens={{ childrenGap: 12 }}>
      <Heading level={2} id="results-heading" ref={heading}>
        {texts.resultsHeading}
      </Heading>
      {children}
      {run.kind === "failure" ? (
        <MessageBar messageBarType={MessageBarType.error}>
          <strong>{texts.failed}</strong> {run.message}
        </MessageBar>
      ) : (
        <OutcomeView key={serial} outcome={run.outcome} onGoToCell={onGoToCell} />
      )}
    </Stack>
  );
}
