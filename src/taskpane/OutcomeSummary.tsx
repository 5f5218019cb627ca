import { Stack, Text } from "@fluentui/react";
import {
  type Language,
  maxScoreOf,
  type RevenueThreshold,
  type SegmentationResult,
  shownAmount,
  shownPlain,
  unknownRevenueThreshold,
} from "../method";
import { usePaneLanguage } from "./PaneLanguage";
import { SegmentCard } from "./SegmentCard";
import type { Texts } from "./texts";

/** How the revenue threshold was chosen, in words: mediaan, vast bedrag or top 20%. */
function methodText(threshold: RevenueThreshold, texts: Texts, language: Language): string {
  switch (threshold.kind) {
    case "median":
      return texts.methodWords.median;
    case "topPercent":
      return texts.methodWords.topPercent(`${shownPlain(threshold.topPercent, language)}%`);
    case "amount":
      return texts.methodWords.amount;
    default:
      return unknownRevenueThreshold(threshold);
  }
}

/** The figures of a written run: how many clients, the thresholds applied, and a card per segment, amounts in the table's unit. */
export function OutcomeSummary({ result }: { result: SegmentationResult }) {
  const { texts, language } = usePaneLanguage();
  const { summary, thresholds, settings } = result;
  const { unit } = result.columns;
  const method = methodText(settings.revenueThreshold, texts, language);
  const number = (n: number) => shownPlain(n, language);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack tokens={{ childrenGap: 2 }}>
        <Text block>{texts.clientCount(summary.clientCount)}</Text>
        {summary.outsideCount > 0 && settings.topN !== null && (
          <Text block>{texts.outside(summary.outsideCount, settings.topN)}</Text>
        )}
        <Text block>{texts.revenueApplied(shownAmount(thresholds.revenue, unit, language), method)}</Text>
        <Text block>
          {texts.scoreApplied(number(thresholds.score), number(maxScoreOf(settings.weights)))}
        </Text>
      </Stack>
      <SegmentCard summary={summary.segments.A} unit={unit} />
      <SegmentCard
        summary={summary.segments.B}
        unit={unit}
        quadrants={[summary.quadrants["top-left"], summary.quadrants["bottom-right"]]}
      />
      <SegmentCard summary={summary.segments.C} unit={unit} />
    </Stack>
  );
}
