import { MessageBar, MessageBarType, mergeStyles, Stack } from "@fluentui/react";
import { useEffect, useRef, type ReactNode } from "react";
import type { LastRun } from "../excel";
import type { Remedy } from "../workbook";
import { Heading } from "./Heading";
import { OutcomeView } from "./OutcomeView";
import { usePaneLanguage } from "./PaneLanguage";
import type { RemedyNotice } from "./useRemedies";

/** Props of the results: the latest run, its serial, what a way forward said since, and the actions on them. */
export interface ResultsSectionProps {
  run: LastRun;
  serial: number;
  /** Counts the runs the pane itself started: each moves the focus to the result (a ribbon run never takes it from Excel). */
  focusRequest?: number;
  /** What a way forward of the run said when it finished (removed, template inserted, failed): shown instead of the run. */
  notice?: RemedyNotice | null;
  /** The ways forward of a refused run: whether one is under way and what a click does. */
  remedies?: { busy: boolean; onRemedy(remedy: Remedy): void };
  onGoToCell(address: string): Promise<void>;
  /** What the pane offers to do about the run's problems: shown just above them. */
  children?: ReactNode;
}

const region = mergeStyles({ selectors: { ":focus": { outline: "none" } } });

/**
 * The latest run, from the pane or the ribbon, under a heading that names the list it is about; or, once a
 * way forward finished, what it did. A run that comes in while the pane is open scrolls into view (one
 * already there when the pane opens does not). A run the pane started moves the focus to it, so the next
 * Tab goes on from the result; a notice also takes the focus, since its button may have gone with the
 * run it replaces. Nothing before the first run.
 */
export function ResultsSection({
  run,
  serial,
  focusRequest = 0,
  notice,
  remedies,
  onGoToCell,
  children,
}: ResultsSectionProps) {
  const { texts } = usePaneLanguage();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const scrolledFor = useRef(serial);
  useEffect(() => {
    if (serial === scrolledFor.current) return;
    scrolledFor.current = serial;
    heading.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [serial]);
  useEffect(() => {
    if (focusRequest > 0) section.current?.focus({ preventScroll: true });
  }, [focusRequest]);
  useEffect(() => {
    if (!notice) return;
    heading.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
    section.current?.focus({ preventScroll: true });
  }, [notice]);
  if (run === null && !notice) return null;
  const list = !notice && run?.kind === "outcome" ? run.outcome.table : "";
  return (
    <section aria-labelledby="results-heading" className={region} tabIndex={-1} ref={section}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Heading level={2} id="results-heading" ref={heading}>
          {list !== "" ? texts.resultsFor(list) : texts.resultsHeading}
        </Heading>
        {notice ? (
          <MessageBar
            messageBarType={notice.kind === "success" ? MessageBarType.success : MessageBarType.error}
            isMultiline
          >
            {notice.text}
          </MessageBar>
        ) : (
          <>
            {run?.kind === "failure" ? (
              <MessageBar messageBarType={MessageBarType.error}>
                <strong>{texts.failed}</strong> {run.message}
              </MessageBar>
            ) : run ? (
              <OutcomeView
                key={serial}
                outcome={run.outcome}
                remedies={remedies}
                onGoToCell={onGoToCell}
                actions={children}
              />
            ) : null}
          </>
        )}
      </Stack>
    </section>
  );
}
