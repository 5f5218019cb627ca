import { Link, mergeStyleSets, Stack, Text, useTheme } from "@fluentui/react";
import type { Problem } from "../method";
import { usePaneLanguage } from "./PaneLanguage";

/** Props of one problem: the problem and how to select its cell. */
export interface ProblemItemProps {
  problem: Problem;
  onGoToCell(address: string): void;
}

/**
 * One problem: its severity in words, its message and, when it names a cell, a "Ga naar cel" button
 * (in the theme's themeDark, which the pane's theme keeps at 4.5:1 on the tinted background, light or dark).
 */
export function ProblemItem({ problem, onGoToCell }: ProblemItemProps) {
  const { texts } = usePaneLanguage();
  const theme = useTheme();
  const isError = problem.severity === "error";
  const classes = mergeStyleSets({
    item: {
      listStyle: "none",
      padding: "6px 8px",
      borderLeft: `4px solid ${isError ? theme.semanticColors.errorIcon : theme.semanticColors.severeWarningIcon}`,
      background: isError ? theme.semanticColors.errorBackground : theme.semanticColors.warningBackground,
    },
  });
  return (
    <li className={classes.item}>
      <Stack tokens={{ childrenGap: 2 }}>
        <Text block>
          <strong>{texts.severity[problem.severity]}:</strong> {problem.message}
        </Text>
        {problem.address !== "" && (
          <Link
            onClick={() => onGoToCell(problem.address)}
            aria-label={`${texts.goToCell} ${problem.address}`}
            styles={{
              root: {
                alignSelf: "flex-start",
                color: theme.palette.themeDark,
                selectors: { ":hover, :active, :active:hover": { color: theme.palette.themeDarker } },
              },
            }}
          >
            {texts.goToCell}
          </Link>
        )}
      </Stack>
    </li>
  );
}
