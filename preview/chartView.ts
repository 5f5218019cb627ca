import { EURO, shownAmount } from "../src/method";
import {
  amountDisplay,
  FONT_SIZES,
  MARKER_SIZE,
  NEUTRALS,
  textWidth,
  unitOfNumberFormat,
  xPoint,
  yPoint,
} from "../src/workbook";
import type { ChartJson, ExcelDouble } from "../test/double";
import { chartScene } from "./chartScene";

const SVG = "http://www.w3.org/2000/svg";

/** The fonts Excel uses for charts, then the ones a Linux browser has. */
const FONT = "Calibri, Carlito, 'DejaVu Sans', sans-serif";

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws the chart the add-in built as Excel would (series, quadrant lines, letters, names at the
 * positions the plan chose), in points, from the double's cells; each label carries data-label-box.
 */
export function renderChart(container: HTMLElement, double: ExcelDouble, chart: ChartJson | undefined): void {
  container.replaceChildren();
  if (!chart) return;
  const scene = chartScene(double, chart);
  const { frame } = scene;
  const { plot, size } = frame;
  const unit = unitOfNumberFormat(chart.axes.value.numberFormat) ?? EURO;
  const step = 10 ** amountDisplay(unit).decimals;
  /** An amount as the value axis shows it, in the unit its number format says ("€ 1.200.000", "1.250,0 k€"). */
  const amount = (v: number) => shownAmount(Math.round(v * step) / step, unit, "nl");
  const svg = el("svg", {
    viewBox: `0 0 ${size.width} ${size.height}`,
    width: size.width,
    height: size.height,
    role: "img",
    "aria-label": scene.title,
    "font-family": FONT,
  });
  svg.appendChild(el("rect", { x: 0, y: 0, width: size.width, height: size.height, fill: "#ffffff" }));
  svg.appendChild(
    el(
      "text",
      { x: size.width / 2, y: 20, "text-anchor": "middle", "font-size": FONT_SIZES.title },
      scene.title,
    ),
  );
  const axis = { stroke: "#bfbfbf", "stroke-width": 0.75 };
  svg.appendChild(el("line", { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, ...axis }));
  svg.appendChild(el("line", { x1: plot.left, y1: plot.bottom, x2: plot.left, y2: plot.top, ...axis }));
  for (let v = frame.x.minimum; v <= frame.x.maximum + 1e-9; v += frame.x.unit) {
    const text = String(Math.round(v * 1000) / 1000).replace(".", ",");
    svg.appendChild(
      el(
        "text",
        { x: xPoint(frame, v), y: plot.bottom + 13, "text-anchor": "middle", "font-size": FONT_SIZES.tick },
        text,
      ),
    );
  }
  for (let v = frame.y.minimum; v <= frame.y.maximum + 1e-9; v += frame.y.unit) {
    const y = yPoint(frame, v);
    svg.appendChild(
      el("line", { x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: "#ececec", "stroke-width": 0.5 }),
    );
    svg.appendChild(
      el(
        "text",
        { x: plot.left - 4, y: y + 3, "text-anchor": "end", "font-size": FONT_SIZES.tick },
        amount(v),
      ),
    );
  }
  svg.appendChild(
    el(
      "text",
      {
        x: (plot.left + plot.right) / 2,
        y: plot.bottom + 30,
        "text-anchor": "middle",
        "font-size": FONT_SIZES.axisTitle,
      },
      scene.xTitle,
    ),
  );
  svg.appendChild(
    el(
      "text",
      {
        x: 12,
        y: (plot.top + plot.bottom) / 2,
        "font-size": FONT_SIZES.axisTitle,
        transform: `rotate(-90 12 ${(plot.top + plot.bottom) / 2})`,
        "text-anchor": "middle",
      },
      scene.yTitle,
    ),
  );
  const entries = scene.series.filter((s) => s.inLegend);
  const widths = entries.map((s) => MARKER_SIZE + 4 + textWidth(s.name, FONT_SIZES.legend) + 14);
  let left = (size.width - widths.reduce((sum, w) => sum + w, 0)) / 2;
  entries.forEach((s, i) => {
    const y = size.height - 10;
    svg.appendChild(
      el("circle", { cx: left + MARKER_SIZE / 2, cy: y - 3, r: MARKER_SIZE / 2, fill: s.color }),
    );
    svg.appendChild(el("text", { x: left + MARKER_SIZE + 4, y, "font-size": FONT_SIZES.legend }, s.name));
    left += widths[i];
  });
  for (const s of scene.series) {
    if (s.kind === "line") {
      svg.appendChild(
        el("polyline", {
          points: s.points.map((p) => `${p.px},${p.py}`).join(" "),
          fill: "none",
          stroke: s.color || NEUTRALS.line,
          "stroke-dasharray": "5 4",
        }),
      );
      continue;
    }
    for (const p of s.points) {
      if (s.kind === "points") {
        const dot = el("circle", { class: "point", cx: p.px, cy: p.py, r: MARKER_SIZE / 2, fill: s.color });
        dot.appendChild(el("title", {}, `${p.label?.text ?? ""} (${s.name})`));
        svg.appendChild(dot);
      }
      const label = p.label;
      if (!label) continue;
      const size = label.letter ? FONT_SIZES.letter : FONT_SIZES.label;
      const box = label.box;
      svg.appendChild(
        el(
          "text",
          {
            x: (box.left + box.right) / 2,
            y: box.bottom - (box.bottom - box.top - size) / 2 - size * 0.2,
            "text-anchor": "middle",
            "font-size": size,
            "font-weight": label.letter ? "bold" : "normal",
            fill: label.letter ? NEUTRALS.quadrantLetter : "#404040",
            "data-label-box": [box.left, box.top, box.right, box.bottom].map((v) => v.toFixed(2)).join(" "),
          },
          label.text,
        ),
      );
    }
  }
  container.appendChild(svg);
}
