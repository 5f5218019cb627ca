import { splitAddress } from "../src/method";
import { NEUTRALS } from "../src/workbook";
import type { ChartJson, ExcelDouble } from "../test/double";

const SVG = "http://www.w3.org/2000/svg";
const W = 560;
const H = 380;
const PAD = { left: 80, right: 120, top: 36, bottom: 56 };

type Point = { x: number; y: number; label?: string };

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The numbers of a sheet-qualified range as the double computes them (errors such as #N/A become null). */
function numbers(double: ExcelDouble, address: string | undefined): Array<number | null> {
  if (!address) return [];
  const { sheet, cell } = splitAddress(address);
  return double
    .values(sheet, cell)
    .flat()
    .map((v) => (typeof v === "number" ? v : null));
}

/** What a label shows: the cell its formula links to, or its fixed text. */
function labelText(double: ExcelDouble, label: { formula?: string; text?: string }): string {
  if (!label.formula) return label.text ?? "";
  const m = /^=(?:'([^']+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(label.formula);
  return m ? String(double.read(m[1] ?? m[2], `${m[3]}${m[4]}`).value) : label.formula;
}

/** Draws the chart the add-in built (series, quadrant lines, letters and labels) from the double's cells, as SVG. */
export function renderChart(container: HTMLElement, double: ExcelDouble, chart: ChartJson | undefined): void {
  container.replaceChildren();
  if (!chart) return;
  const xMin = chart.axes.category.minimum ?? -Infinity;
  const yMin = chart.axes.value.minimum ?? -Infinity;
  const series = chart.series.map((s) => {
    const xs = numbers(double, s.x);
    const ys = numbers(double, s.y);
    const labels = new Map(s.labels.map((l) => [l.point, labelText(double, l)]));
    const points: Point[] = [];
    xs.forEach((x, i) => {
      const y = ys[i];
      // Excel draws no point outside the axes: the helper columns put "no point" below 0.
      if (x !== null && y !== null && x >= xMin && y >= yMin) points.push({ x, y, label: labels.get(i) });
    });
    return { ...s, points };
  });
  const all = series.flatMap((s) => s.points);
  const xMax = chart.axes.category.maximum ?? Math.max(1, ...all.map((p) => p.x));
  const yMax = Math.max(1, ...all.map((p) => p.y));
  const sx = (x: number) => PAD.left + (x / xMax) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (y / yMax) * (H - PAD.top - PAD.bottom);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": chart.title ?? chart.name });
  svg.appendChild(
    el("text", { x: W / 2, y: 22, "text-anchor": "middle", "font-weight": "bold" }, chart.title ?? ""),
  );
  svg.appendChild(el("line", { x1: sx(0), y1: sy(0), x2: sx(xMax), y2: sy(0), stroke: "#888" }));
  svg.appendChild(el("line", { x1: sx(0), y1: sy(0), x2: sx(0), y2: sy(yMax), stroke: "#888" }));
  for (let x = 0; x <= xMax; x++)
    svg.appendChild(
      el("text", { x: sx(x), y: sy(0) + 16, "text-anchor": "middle", "font-size": 11 }, String(x)),
    );
  for (let i = 0; i <= 4; i++) {
    const y = (yMax * i) / 4;
    svg.appendChild(
      el(
        "text",
        { x: sx(0) - 6, y: sy(y) + 4, "text-anchor": "end", "font-size": 10 },
        `€ ${Math.round(y).toLocaleString("nl-BE")}`,
      ),
    );
  }
  svg.appendChild(
    el(
      "text",
      { x: W / 2, y: H - 18, "text-anchor": "middle", "font-size": 12 },
      chart.axes.category.title ?? "",
    ),
  );
  svg.appendChild(
    el(
      "text",
      { x: 14, y: H / 2, "font-size": 12, transform: `rotate(-90 14 ${H / 2})`, "text-anchor": "middle" },
      chart.axes.value.title ?? "",
    ),
  );
  for (const s of series) {
    if (s.chartType === "XYScatterLinesNoMarkers") {
      const d = s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(" ");
      svg.appendChild(
        el("polyline", {
          points: d,
          fill: "none",
          stroke: s.lineColor ?? NEUTRALS.line,
          "stroke-dasharray": "5 4",
        }),
      );
    } else if (s.markerStyle === "None") {
      for (const p of s.points)
        svg.appendChild(
          el(
            "text",
            {
              x: sx(p.x),
              y: sy(p.y) + 6,
              "text-anchor": "middle",
              "font-size": 22,
              fill: NEUTRALS.quadrantLetter,
              "font-weight": "bold",
            },
            p.label ?? "",
          ),
        );
    } else {
      for (const p of s.points) {
        const dot = el("circle", { cx: sx(p.x), cy: sy(p.y), r: 5, fill: s.markerColor ?? "#333" });
        dot.appendChild(el("title", {}, `${p.label ?? ""} (${s.name})`));
        svg.appendChild(dot);
        if (p.label) svg.appendChild(el("text", { x: sx(p.x) + 7, y: sy(p.y) + 3, "font-size": 9 }, p.label));
      }
    }
  }
  container.appendChild(svg);
}
