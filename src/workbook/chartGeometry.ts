/** A chart's size in points, as Excel reports Chart.width and Chart.height. */
export interface ChartSize {
  width: number;
  height: number;
}

/** A rectangle in points from the chart's top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One axis as drawn: from `minimum` to `maximum`, a tick every `unit`. */
export interface AxisRange {
  minimum: number;
  maximum: number;
  unit: number;
}

/** The chart's drawing: where the plot area is, and both axes' ranges. */
export interface ChartFrame {
  size: ChartSize;
  plot: Box;
  x: AxisRange;
  y: AxisRange;
}

/** Excel's default column width and row height, in points. */
export const CELL_POINTS = { width: 48, height: 15 } as const;

/** The size of a new chart, in points: 10 default columns by 24 default rows. */
export const DEFAULT_CHART_SIZE: ChartSize = {
  width: 10 * CELL_POINTS.width,
  height: 24 * CELL_POINTS.height,
};

/**
 * The room around the plot area, in points: the title above; the value axis' title and its amounts
 * (up to "€ 10.000.000") on the left; the score axis' numbers, its title and the legend below.
 */
export const PLOT_INSETS = { left: 86, right: 14, top: 34, bottom: 66 } as const;

/** The point size of the client names and of the quadrant letters. */
export const FONT_SIZES = { label: 8, letter: 18, tick: 9, axisTitle: 10, title: 14, legend: 9 } as const;

/** The marker of a client, in points across (Excel's markerSize). */
export const MARKER_SIZE = 7;

/** The plot area of a chart of this size; empty (no room for a name) when the chart is smaller than its margins. */
export function plotArea(size: ChartSize): Box {
  const left = PLOT_INSETS.left;
  const top = PLOT_INSETS.top;
  return {
    left,
    top,
    right: Math.max(left, size.width - PLOT_INSETS.right),
    bottom: Math.max(top, size.height - PLOT_INSETS.bottom),
  };
}

/** A "nice" step (1, 2 or 5 times a power of ten) that cuts `span` into at most about eight parts. */
export function niceStep(span: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / 8;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12 * power);
  return step ?? 10 * power;
}

/**
 * An automatic axis maximum as Excel chooses one for a minimum of 0: the first tick above the biggest
 * value, one more when that leaves less than 5% of the span. An approximation: it decides where labels go.
 */
export function autoAxis(dataMaximum: number, unit?: number): AxisRange {
  const top = Math.max(dataMaximum, 0);
  const step = unit ?? niceStep(top);
  let maximum = (Math.floor(top / step + 1e-9) + 1) * step;
  if (maximum - top < 0.05 * top) maximum += step;
  return { minimum: 0, maximum, unit: step };
}

/** Where a value of the score axis is drawn, in points from the chart's left edge. */
export function xPoint(frame: ChartFrame, x: number): number {
  const { plot, x: axis } = frame;
  return plot.left + ((x - axis.minimum) / (axis.maximum - axis.minimum)) * (plot.right - plot.left);
}

/** Where a value of the amount axis is drawn, in points from the chart's top edge. */
export function yPoint(frame: ChartFrame, y: number): number {
  const { plot, y: axis } = frame;
  return plot.bottom - ((y - axis.minimum) / (axis.maximum - axis.minimum)) * (plot.bottom - plot.top);
}

/** True when two boxes share more than a hairline (touching edges do not overlap). */
export function overlaps(a: Box, b: Box): boolean {
  const EPS = 0.01;
  return a.left < b.right - EPS && b.left < a.right - EPS && a.top < b.bottom - EPS && b.top < a.bottom - EPS;
}

/** True when box `inner` lies within box `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}
