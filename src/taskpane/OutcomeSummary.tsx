import { Stack, Text } from "@fluentui/react";
import { maxScoreOf, type SegmentationResult } from "../method";
import { formatEuro, formatNumber, formatPercent } from "./format";
import { usePaneLanguage } from "./PaneLanguage";
import { SegmentCard } from "./SegmentCard";

/** The figures of a written run: how many clients, the thresholds applied, and a card per segment. */
export function OutcomeSummary({ result }: { result: SegmentationResult }) {
  const { texts, language } = usePaneLanguage();
  const { summary, thresholds, settings } = result;
  const rt = settings.revenueThreshold;
  const method =
    rt === "median"
      ? texts.methodWords.median
      : "amount" in rt
        ? texts.methodWords.amount
        : texts.methodWords.topPercent(formatPercent(rt.topPercent / 100, language));
  const number = (n: number) => formatNumber(n, language);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack tokens={{ childrenGap: 2 }}>
        <Text block>{texts.clientCount(summary.clientCount)}</Text>
        {summary.outsideCount > 0 && settings.topN !== null && (
          <Text block>{texts.outside(summary.outsideCount, settings.topN)}</Text>
        )}
        <Text block>{texts.revenueApplied(formatEuro(thresholds.revenue, language), method)}</Text>
        <Text block>
          {texts.scoreApplied(number(thresholds.score), number(maxScoreOf(settings.weights)))}
        </Text>
      </Stack>
      <SegmentCard summary={summary.segments.A} />
      <SegmentCard
        summary={summary.segments.B}
        quadrants={[summary.quadrants["top-left"], summary.quadrants["bottom-right"]]}
      />
      <SegmentCard summary={summary.segments.C} />
    </Stack>
  );
}
