import { Link, MessageBar, MessageBarType, mergeStyles, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { Problem } from "../method";
import { Heading } from "./Heading";
import { usePaneLanguage } from "./PaneLanguage";
import { ProblemItem } from "./ProblemItem";
import { FIRST_PROBLEMS, problemGroups } from "./problemGroups";
import { failureOf } from "../excel";

/** Props of the problem list: the run's problems and how to select a cell. */
export interface ProblemListProps {
  problems: readonly Problem[];
  onGoToCell(address: string): Promise<void>;
}

const list = mergeStyles({ margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 6 });

/** The run's problems, errors first, each with a way to its cell; long lists show the first 50. */
export function ProblemList({ problems, onGoToCell }: ProblemListProps) {
  const { texts } = usePaneLanguage();
  const [showAll, setShowAll] = useState(false);
  const [goToError, setGoToError] = useState<string | null>(null);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === "error").length;
  const groups = problemGroups(problems, showAll ? undefined : FIRST_PROBLEMS);
  const goTo = (address: string) => {
    setGoToError(null);
    onGoToCell(address).catch((error: unknown) =>
      setGoToError(texts.goToCellFailed(address, failureOf(error, texts.unknownError).message)),
    );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Heading level={3}>{texts.problemsHeading}</Heading>
      <Text block>{texts.problemsSummary(errors, problems.length - errors)}</Text>
      {goToError && <MessageBar messageBarType={MessageBarType.error}>{goToError}</MessageBar>}
      {groups.map((group) => (
        <Stack key={group.severity} tokens={{ childrenGap: 6 }}>
          <Heading level={4}>
            {group.severity === "error" ? texts.errorsHeading : texts.warningsHeading}
          </Heading>
          <ul className={list}>
            {group.problems.map((problem, i) => (
              <ProblemItem
                key={`${problem.code}-${problem.address}-${i}`}
                problem={problem}
                onGoToCell={goTo}
              />
            ))}
          </ul>
        </Stack>
      ))}
      {problems.length > FIRST_PROBLEMS && (
        <Link
          onClick={() => setShowAll(!showAll)}
          aria-expanded={showAll}
          styles={{ root: { alignSelf: "flex-start" } }}
        >
          {showAll ? texts.showFirst(FIRST_PROBLEMS) : texts.showAll(problems.length)}
        </Link>
      )}
    </Stack>
  );
}
