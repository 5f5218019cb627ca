import { CHART_NAME, type ChartPlan, type SeriesPlan } from "../workbook";
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
  series.markerSize = 7;
  series.markerBackgroundColor = plan.color;
  series.markerForegroundColor = plan.color;
}

function bindSeries(context: Excel.RequestContext, series: Excel.ChartSeries, plan: SeriesPlan): void {
  series.name = plan.name;
  series.setXAxisValues(rangeAt(context, plan.x));
  series.setValues(rangeAt(context, plan.y));
  styleSeries(series, plan);
}

/**
 * Queues the ABC chart: a new one beside the table, or the earlier one (found by name) with its series
 * rebuilt and its position and size left as the user made them. Returns the series, for the labels.
 */
export function queueChart(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  existing: { series: number } | null,
): Excel.ChartSeries[] {
  let chart: Excel.Chart;
  if (existing) {
    chart = sheet.charts.getItem(CHART_NAME);
    for (let i = existing.series - 1; i >= 1; i--) chart.series.getItemAt(i).delete();
  } else {
    chart = sheet.charts.add("XYScatter", rangeAt(context, plan.series[0].y), "Columns");
    chart.name = plan.name;
    chart.setPosition(plan.anchor.start, plan.anchor.end);
  }
  const series = plan.series.map((p, i) => {
    const s = i === 0 ? chart.series.getItemAt(0) : chart.series.add(p.name);
    bindSeries(context, s, p);
    return s;
  });
  chart.title.text = plan.title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  chart.plotVisibleOnly = false;
  const x = chart.axes.categoryAxis;
  x.minimum = plan.xAxis.minimum;
  x.maximum = plan.xAxis.maximum;
  x.majorUnit = plan.xAxis.majorUnit;
  x.title.text = plan.xAxis.title;
  const y = chart.axes.valueAxis;
  y.minimum = plan.yAxis.minimum;
  y.title.text = plan.yAxis.title;
  y.numberFormat = plan.yAxis.numberFormat;
  return series;
}

/** Queues the point labels: client names on the biggest clients and the quadrant letters. */
export function queueLabels(series: Excel.ChartSeries[], plan: ChartPlan, mode: LabelMode): void {
  plan.series.forEach((p, i) => {
    for (const label of p.labels) {
      const point = series[i].points.getItemAt(label.point);
      point.hasDataLabel = true;
      if (mode === "linked") point.dataLabel.formula = label.formula;
      else point.dataLabel.text = label.text;
      if (p.kind === "letters") {
        point.dataLabel.position = "Center";
        point.dataLabel.format.font.bold = true;
        point.dataLabel.format.font.size = 18;
        point.dataLabel.format.font.color = p.color;
      } else {
        point.dataLabel.position = "Right";
        point.dataLabel.format.font.size = 8;
      }
    }
  });
}

/** The range an address like 'ABC-instellingen'!$F$6:$F$7 names, in any sheet of the workbook. */
function rangeAt(context: Excel.RequestContext, address: string): Excel.Range {
  const { sheet, cell } = splitAddress(address);
  return context.workbook.worksheets.getItem(sheet).getRange(cell);
}
