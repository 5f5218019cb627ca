import { CHART_NAME, type ChartPlan, FONT_SIZES, MARKER_SIZE, type SeriesPlan } from "../workbook";
import { splitAddress } from "../method";

/** How labels are put on points: linked to the name cells, or as fixed text. */
export type LabelMode = "linked" | "text";

function styleSeries(series: Excel.ChartSeries, plan: SeriesPlan): void {
  if (plan.kind === "line") {
    series.chartType = "XYScatterLinesNoMarkers";
    series.format.line.color = plan.color;
    series.format.line.lineStyle = "Dash";
    series.format.line.weight = 1.25;
    return;
  }
  series.chartType = "XYScatter";
  if (plan.kind === "letters") {
    series.markerStyle = "None";
    return;
  }
  series.markerStyle = "Circle";
  series.markerSize = MARKER_SIZE;
  series.markerBackgroundColor = plan.color;
  series.markerForegroundColor = plan.color;
}

function bindSeries(context: Excel.RequestContext, series: Excel.ChartSeries, plan: SeriesPlan): void {
  series.name = plan.name;
  series.setXAxisValues(rangeAt(context, plan.x));
  series.setValues(rangeAt(context, plan.y));
  styleSeries(series, plan);
}

/** The chart and its series as queued, for the labels. */
export interface QueuedChart {
  chart: Excel.Chart;
  series: Excel.ChartSeries[];
}

/**
 * Queues the ABC chart: a new one beside the table, or the earlier one (found by name) with new series
 * in place of its old ones (so no label of an earlier run stays) and its position and size left as the
 * user made them (a new one gets the plan's size, in points, whatever the columns' widths, so the names
 * are placed for the size it has). Both axes' maxima and units are automatic, so a colleague's bigger
 * weight or amount stays on the chart and its ticks stay readable.
 * The legend lists the three segments only (the quadrant lines and letters explain themselves).
 */
export function queueChart(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: { series: number } | null,
): QueuedChart {
  let chart: Excel.Chart;
  let old: Excel.ChartSeries[] = [];
  if (existing) {
    chart = sheet.charts.getItem(CHART_NAME);
    old = Array.from({ length: existing.series }, (_, i) => chart.series.getItemAt(i));
  } else {
    chart = sheet.charts.add("XYScatter", rangeAt(context, plan.series[0].y), "Columns");
    chart.name = plan.name;
    chart.setPosition(plan.anchor.start);
    chart.width = plan.anchor.size.width;
    chart.height = plan.anchor.size.height;
  }
  const series = plan.series.map((p, i) => {
    const s = i === 0 && !existing ? chart.series.getItemAt(0) : chart.series.add(p.name);
    bindSeries(context, s, p);
    return s;
  });
  for (const s of old.reverse()) s.delete();
  chart.title.text = plan.title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  plan.series.forEach((p, i) => {
    if (p.kind !== "clients") chart.legend.legendEntries.getItemAt(i).visible = false;
  });
  chart.plotVisibleOnly = false;
  const x = chart.axes.categoryAxis;
  x.minimum = plan.xAxis.minimum;
  x.maximum = "";
  x.majorUnit = "";
  x.title.text = plan.xAxis.title;
  const y = chart.axes.valueAxis;
  y.minimum = plan.yAxis.minimum;
  y.maximum = "";
  y.majorUnit = "";
  y.title.text = plan.yAxis.title;
  y.numberFormat = plan.yAxis.numberFormat;
  return { chart, series };
}

/**
 * Queues the point labels (client names where the plan placed them, and the quadrant letters); linked,
 * they follow their cells, as does the score axis' title (which says "Gewogen score" once weights differ).
 */
export function queueLabels(queued: QueuedChart, plan: ChartPlan, mode: LabelMode): void {
  if (mode === "linked") queued.chart.axes.categoryAxis.title.setFormula(plan.xAxis.titleFormula);
  plan.series.forEach((p, i) => {
    for (const label of p.labels) {
      const point = queued.series[i].points.getItemAt(label.point);
      point.hasDataLabel = true;
      if (mode === "linked") point.dataLabel.formula = label.formula;
      else point.dataLabel.text = label.text;
      point.dataLabel.position = label.position;
      if (p.kind === "letters") {
        point.dataLabel.format.font.bold = true;
        point.dataLabel.format.font.size = FONT_SIZES.letter;
        point.dataLabel.format.font.color = p.color;
      } else {
        point.dataLabel.format.font.size = FONT_SIZES.label;
      }
    }
  });
}

/** The range an address like 'ABC-instellingen'!$F$6:$F$7 names, in any sheet of the workbook. */
function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  const { sheet, cell } = splitAddress(address);
  return context.workbook.worksheets.getItem(sheet).getRange(cell);
}
