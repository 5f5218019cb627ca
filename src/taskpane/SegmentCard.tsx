import { HighContrastSelector, mergeStyleSets, Stack, Text } from "@fluentui/react";
import {
  type AmountUnit,
  type QuadrantSummary,
  type SegmentSummary,
  shownAmount,
  shownShare,
} from "../method";
import { Heading } from "./Heading";
import { usePaneLanguage } from "./PaneLanguage";
import { usePaneTheme } from "./PaneTheme";

/** Props of a segment card: the segment's figures, the unit of its amounts and, for B, its two quadrants. */
export interface SegmentCardProps {
  summary: SegmentSummary;
  unit: AmountUnit;
  quadrants?: readonly QuadrantSummary[];
}

/** One segment: its letter on its colour, count and revenue with their shares, and the advice. */
export function SegmentCard({ summary, unit, quadrants = [] }: SegmentCardProps) {
  const { texts, language } = usePaneLanguage();
  const colors = usePaneTheme().segments[summary.segment];
  const classes = mergeStyleSets({
    card: {
      borderLeft: `6px solid ${colors.strong}`,
      background: colors.fill,
      color: colors.text,
      padding: "8px 12px",
    },
    badge: {
      display: "inline-block",
      minWidth: 24,
      marginRight: 8,
      textAlign: "center",
      borderRadius: 2,
      background: colors.strong,
      color: colors.onStrong,
      selectors: { [HighContrastSelector]: { forcedColorAdjust: "none" } },
    },
    quadrant: { borderTop: `1px solid ${colors.strong}`, paddingTop: 6 },
  });
  const percent = (share: number) => shownShare(share, language);
  return (
    <Stack
      as="article"
      aria-labelledby={`segment-${summary.segment}`}
      className={classes.card}
      tokens={{ childrenGap: 4 }}
    >
      <Heading level={3} id={`segment-${summary.segment}`}>
        <span className={classes.badge} aria-hidden="true">
          {summary.segment}
        </span>
        {texts.segmentHeading(summary.segment)}
      </Heading>
      <Text block variant="small">
        {texts.segmentWhere[summary.segment]}
      </Text>
      <Text block>{texts.clientsLine(summary.count, percent(summary.clientShare))}</Text>
      <Text block>
        {texts.revenueLine(shownAmount(summary.revenue, unit, language), percent(summary.revenueShare))}
      </Text>
      <Text block>
        <strong>{texts.approach}</strong> {summary.approach}
      </Text>
      {quadrants.map((q) => (
        <Stack key={q.quadrant} className={classes.quadrant} tokens={{ childrenGap: 2 }}>
          <Heading level={4}>{texts.quadrants[q.quadrant]}</Heading>
          <Text block>{texts.quadrantCount(q.count)}</Text>
          <Text block>
            <strong>{texts.approach}</strong> {q.approach}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
