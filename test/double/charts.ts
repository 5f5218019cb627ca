import { ClientObjectDouble, type Resolver } from "./clientObject";
import type { RequestContextDouble } from "./context";
import { cannotLoad, CODES, notLoaded, OfficeErrorDouble } from "./errors";
import {
  CELL_HEIGHT,
  CELL_WIDTH,
  type AxisModel,
  type ChartModel,
  type DataLabelModel,
  type SeriesModel,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { formatAddress, parseAddress, quoteSheet } from "./addresses";
import { checkSheetWritable } from "./protection";
import { addressOf, type RangeDouble, targetOf } from "./range";
import { writeOnly } from "./writeOnly";

/** InvalidArgument unless the range was got through this request context: Excel cannot chart another workbook's cells. */
function checkOwnRange(context: RequestContextDouble, range: RangeDouble, what: string): void {
  if (range.context !== context) {
    throw new OfficeErrorDouble(
      CODES.invalidArgument,
      `${what} takes a range of this workbook, got through the same request context.`,
    );
  }
}

/**
 * InvalidArgument unless the formula links to one cell of a sheet of this workbook, with the sheet named
 * (quoted when its name needs it), e.g. ='ABC-instellingen'!$E$20, as a chart title's formula must.
 */
function checkCellFormula(model: WorkbookModel, formula: unknown, what: string): void {
  const refuse = () =>
    new OfficeErrorDouble(
      CODES.invalidArgument,
      `${what} takes = and a reference to one cell of a sheet of this workbook, not ${JSON.stringify(formula)}.`,
    );
  const m =
    typeof formula === "string"
      ? /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/i.exec(formula)
      : null;
  if (!m) throw refuse();
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (m[2] !== undefined && quoteSheet(m[2]) !== m[2]) throw refuse();
  const cell = parseAddress(m[3]);
  if (!model.sheet(name) || cell.row > 1048575 || cell.column > 16383) throw refuse();
}

/** A chart or axis title: its text, or (replacing it) a formula linking it to a cell. */
interface TitleModel {
  title?: string;
  titleFormula?: string;
}

/** The write-only title of a chart or axis, with setFormula at the given ExcelApi version. */
function titleDouble(
  context: RequestContextDouble,
  typeName: string,
  api: string,
  owner: () => TitleModel,
): { text: string; setFormula(formula: string): void } {
  const text = writeOnly<{ text: string }>(typeName, {
    text: (v) =>
      context.queue(`${typeName}.text=`, v, () => {
        const o = owner();
        o.title = v;
        delete o.titleFormula;
      }),
  });
  return Object.assign(text, {
    setFormula(formula: string): void {
      context.requireApi(api, `${typeName}.setFormula`);
      context.queue(`${typeName}.setFormula()`, formula, () => {
        checkCellFormula(context.model, formula, `${typeName}.setFormula`);
        const o = owner();
        o.titleFormula = formula;
        delete o.title;
      });
    },
  });
}

/** Every member of Excel.ChartCollection the double implements. */
export const CHARTS_MEMBERS = [
  "add",
  "getItem",
  "getItemOrNullObject",
] as const satisfies readonly (keyof Excel.ChartCollection)[];

/** A proxy for a sheet's Excel.ChartCollection. */
export class ChartCollectionDouble {
  constructor(
    private readonly context: RequestContextDouble,
    private readonly sheet: () => SheetModel,
  ) {}

  /** Adds a chart over the source data; a scatter takes the first column as X and each other as a series. */
  add(type: string, sourceData: RangeDouble, seriesBy?: string): ChartDouble {
    let created: ChartModel | null = null;
    this.context.queue("ChartCollection.add()", { type, seriesBy }, () => {
      checkOwnRange(this.context, sourceData, "ChartCollection.add");
      const sheet = this.sheet();
      checkSheetWritable(sheet, "adding a chart", "allowEditObjects");
      const t = sourceData.target();
      const column = (c: number) => formatAddress(t.sheet.name, t.row, t.column + c, t.rows, 1);
      const series: SeriesModel[] = [];
      const scatter = /^XYScatter/.test(type);
      for (let c = scatter && t.columns > 1 ? 1 : 0; c < t.columns; c++) {
        series.push({
          name: `Series${series.length + 1}`,
          xValues: scatter && t.columns > 1 ? column(0) : undefined,
          yValues: column(c),
          labels: new Map(),
        });
      }
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        top: 0,
        left: 0,
        width: 480,
        height: 288,
        series,
        axes: { value: {}, category: {} },
      };
      sheet.charts.push(created);
    });
    return new ChartDouble(this.context, () => created, this.sheet);
  }

  getItem(name: string): ChartDouble {
    return new ChartDouble(
      this.context,
      () => this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null,
      this.sheet,
    );
  }

  getItemOrNullObject(name: string): ChartDouble {
    return new ChartDouble(
      this.context,
      () => this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null,
      this.sheet,
      { mayBeNull: true },
    );
  }
}

/** Every member of Excel.Chart the double implements. */
export const CHART_MEMBERS = [
  "name",
  "top",
  "left",
  "width",
  "height",
  "plotVisibleOnly",
  "setPosition",
  "series",
  "axes",
  "title",
  "legend",
  "delete",
  "load",
  "context",
  "isNullObject",
  "toJSON",
] as const satisfies readonly (keyof Excel.Chart)[];

/** A proxy for one Excel.Chart. */
export class ChartDouble extends ClientObjectDouble<ChartModel> {
  constructor(
    context: RequestContextDouble,
    resolver: Resolver<ChartModel>,
    private readonly sheet: () => SheetModel,
    options: { mayBeNull?: boolean } = {},
  ) {
    super(context, resolver, "Chart", options);
  }

  protected readProperty(c: ChartModel, property: string): unknown {
    if (property === "name") return c.name;
    if (property === "top") return c.top;
    if (property === "left") return c.left;
    if (property === "width") return c.width;
    if (property === "height") return c.height;
    throw cannotLoad("Chart", property);
  }

  /** Deletes the chart; refused on a protected sheet unless it allows editing objects, as in Excel. */
  delete(): void {
    this.queueCall("delete", null, (c) => {
      const sheet = this.sheet();
      checkSheetWritable(sheet, "deleting a chart", "allowEditObjects");
      sheet.charts.splice(sheet.charts.indexOf(c), 1);
    });
  }

  private prop<K extends keyof ChartModel>(key: K, label: string, value: ChartModel[K]): void {
    this.queueSet(label, value, (c) => {
      c[key] = value;
    });
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.prop("name", "name", v);
  }
  /** Points from the top of the sheet. */
  get top(): number {
    return this.loadedValue("top");
  }
  /** Points from the left of the sheet. */
  get left(): number {
    return this.loadedValue("left");
  }
  /** In points. */
  get width(): number {
    return this.loadedValue("width");
  }
  /** Resizes the chart (points, more than 0), as Excel does. */
  set width(v: number) {
    this.queueSet("width", v, (c) => {
      if (!(v > 0) || !Number.isFinite(v))
        throw new OfficeErrorDouble(CODES.invalidArgument, `Chart width ${v}.`);
      c.width = v;
    });
  }
  /** In points. */
  get height(): number {
    return this.loadedValue("height");
  }
  /** Resizes the chart (points, more than 0), as Excel does. */
  set height(v: number) {
    this.queueSet("height", v, (c) => {
      if (!(v > 0) || !Number.isFinite(v))
        throw new OfficeErrorDouble(CODES.invalidArgument, `Chart height ${v}.`);
      c.height = v;
    });
  }
  /** ExcelApi 1.8. */
  set plotVisibleOnly(v: boolean) {
    this.prop("plotVisibleOnly", "plotVisibleOnly", v);
  }

  /**
   * Places the chart over cells, as Excel does: the top-left of start to the bottom-right of end, in
   * points; a column is as wide as format.columnWidth made it (48 pt by default, 0 when hidden).
   */
  setPosition(startCell: string, endCell?: string): void {
    this.queueCall("setPosition", { startCell, endCell }, (c) => {
      const sheet = this.sheet();
      const a = targetOf(sheet, startCell);
      const b = targetOf(sheet, endCell ?? startCell);
      const x = (column: number) => {
        let points = 0;
        for (let i = 0; i < column; i++)
          points += sheet.hiddenColumns.has(i) ? 0 : (sheet.columnWidths.get(i) ?? CELL_WIDTH);
        return points;
      };
      c.left = x(a.column);
      c.top = a.row * CELL_HEIGHT;
      c.width = x(b.column + b.columns) - c.left;
      c.height = (b.row + b.rows - a.row) * CELL_HEIGHT;
    });
  }

  get series(): SeriesCollectionDouble {
    return new SeriesCollectionDouble(this.context, () => this.target());
  }

  get axes(): { valueAxis: AxisDouble; categoryAxis: AxisDouble } {
    return {
      valueAxis: new AxisDouble(this.context, () => this.target().axes.value),
      categoryAxis: new AxisDouble(this.context, () => this.target().axes.category),
    };
  }

  /** The title's text, or (ExcelApi 1.7) setFormula to link it to a cell. */
  get title(): { text: string; setFormula(formula: string): void } {
    return titleDouble(this.context, "ChartTitle", "1.7", () => this.target());
  }

  get legend(): {
    visible: boolean;
    position: string;
    legendEntries: { getItemAt(index: number): { visible: boolean } };
  } {
    const queue = (label: string, value: unknown, fn: (c: ChartModel) => void) =>
      this.context.queue(label, value, () => fn(this.target()));
    const legend = writeOnly<{ visible: boolean; position: string }>("ChartLegend", {
      visible: (v) => queue("ChartLegend.visible=", v, (c) => (c.legendVisible = v)),
      position: (v) => queue("ChartLegend.position=", v, (c) => (c.legendPosition = v)),
    });
    const legendEntries = {
      /** ExcelApi 1.7: the legend entry of the series at `index`; fails at sync when there is none. */
      getItemAt: (index: number) => {
        this.context.requireApi("1.7", "ChartLegendEntryCollection.getItemAt");
        return writeOnly<{ visible: boolean }>("ChartLegendEntry", {
          visible: (v) =>
            queue("ChartLegendEntry.visible=", v, (c) => {
              const series = c.series[index];
              if (!Number.isInteger(index) || !series) {
                throw new OfficeErrorDouble(CODES.invalidArgument, `There is no legend entry at ${index}.`);
              }
              series.inLegend = v;
            }),
        });
      },
    };
    return Object.assign(legend, { legendEntries });
  }
}

/** Every member of Excel.ChartSeriesCollection the double implements. */
export const SERIES_COLLECTION_MEMBERS = [
  "add",
  "getItemAt",
  "count",
  "load",
] as const satisfies readonly (keyof Excel.ChartSeriesCollection)[];

/** A proxy for a chart's Excel.ChartSeriesCollection. */
export class SeriesCollectionDouble {
  private loadedCount: number | null = null;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly chart: () => ChartModel,
  ) {}

  /** ExcelApi 1.7: adds an empty series at the end. */
  add(name?: string): SeriesDouble {
    this.context.requireApi("1.7", "ChartSeriesCollection.add");
    let created: SeriesModel | null = null;
    this.context.queue("ChartSeriesCollection.add()", name ?? null, () => {
      created = { name: name ?? "", labels: new Map() };
      this.chart().series.push(created);
    });
    return new SeriesDouble(this.context, () => created);
  }

  getItemAt(index: number): SeriesDouble {
    return new SeriesDouble(this.context, () => {
      const s = this.chart().series[index];
      if (!s) throw new OfficeErrorDouble(CODES.invalidArgument, `There is no series at ${index}.`);
      return s;
    });
  }

  /** Loads count, the only property the double serves. */
  load(properties: string): this {
    this.context.queueLoad(this, [properties], () => {
      if (properties !== "count") {
        throw cannotLoad("ChartSeriesCollection", properties);
      }
      return new Map([["count", this.chart().series.length]]);
    });
    return this;
  }

  /** Takes the loaded count. */
  receive(snapshot: Map<string, unknown>): void {
    this.loadedCount = snapshot.get("count") as number;
  }

  get count(): number {
    if (this.loadedCount === null) throw notLoaded("ChartSeriesCollection", "count");
    return this.loadedCount;
  }
}

/** Every member of Excel.ChartSeries the double implements. */
export const SERIES_MEMBERS = [
  "name",
  "chartType",
  "setXAxisValues",
  "setValues",
  "markerStyle",
  "markerSize",
  "markerBackgroundColor",
  "markerForegroundColor",
  "format",
  "points",
  "hasDataLabels",
  "delete",
  "load",
] as const satisfies readonly (keyof Excel.ChartSeries)[];

/** A proxy for one Excel.ChartSeries. */
export class SeriesDouble extends ClientObjectDouble<SeriesModel> {
  constructor(context: RequestContextDouble, resolver: Resolver<SeriesModel>) {
    super(context, resolver, "ChartSeries");
  }

  protected readProperty(_: SeriesModel, property: string): unknown {
    throw cannotLoad("ChartSeries", property);
  }

  private prop<K extends keyof SeriesModel>(key: K, label: string, value: SeriesModel[K], api = "1.7"): void {
    this.context.requireApi(api, `ChartSeries.${label}`);
    this.queueSet(label, value, (s) => {
      s[key] = value;
    });
  }

  set name(v: string) {
    this.prop("name", "name", v, "1.1");
  }
  set chartType(v: string) {
    this.prop("chartType", "chartType", v);
  }
  set markerStyle(v: string) {
    this.prop("markerStyle", "markerStyle", v);
  }
  set markerSize(v: number) {
    this.prop("markerSize", "markerSize", v);
  }
  set markerBackgroundColor(v: string) {
    this.prop("markerBackgroundColor", "markerBackgroundColor", v);
  }
  set markerForegroundColor(v: string) {
    this.prop("markerForegroundColor", "markerForegroundColor", v);
  }
  /** ExcelApi 1.7: false removes every data label of the series; true (a label on every point) is not modelled and changes nothing. */
  set hasDataLabels(v: boolean) {
    this.context.requireApi("1.7", "ChartSeries.hasDataLabels");
    this.queueSet("hasDataLabels", v, (s) => {
      if (!v) s.labels.clear();
    });
  }

  /** ExcelApi 1.7. */
  setXAxisValues(range: RangeDouble): void {
    this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.queueCall("setXAxisValues", "range", (s) => {
      checkOwnRange(this.context, range, "ChartSeries.setXAxisValues");
      s.xValues = addressOf(range.target());
    });
  }

  /** ExcelApi 1.7. */
  setValues(range: RangeDouble): void {
    this.context.requireApi("1.7", "ChartSeries.setValues");
    this.queueCall("setValues", "range", (s) => {
      checkOwnRange(this.context, range, "ChartSeries.setValues");
      s.yValues = addressOf(range.target());
    });
  }

  delete(): void {
    this.context.requireApi("1.7", "ChartSeries.delete");
    this.queueCall("delete", null, (s) => {
      for (const sheet of this.context.model.sheets) {
        for (const c of sheet.charts) c.series = c.series.filter((x) => x !== s);
      }
    });
  }

  get format(): { line: { color: string; lineStyle: string; weight: number } } {
    const queue = (label: string, value: unknown, fn: (s: SeriesModel) => void) =>
      this.context.queue(label, value, () => fn(this.target()));
    return {
      line: writeOnly<{ color: string; lineStyle: string; weight: number }>("ChartLineFormat", {
        color: (v) => queue("ChartLineFormat.color=", v, (s) => (s.lineColor = v)),
        lineStyle: (v) => queue("ChartLineFormat.lineStyle=", v, (s) => (s.lineStyle = v)),
        weight: (v) => queue("ChartLineFormat.weight=", v, (s) => (s.lineWeight = v)),
      }),
    };
  }

  get points(): PointsCollectionDouble {
    return new PointsCollectionDouble(this.context, () => this.target());
  }
}

/** How many points a series has: the cells of its Y values (its X values without them; 0 without either). */
export function pointCount(s: SeriesModel): number {
  const bound = s.yValues ?? s.xValues;
  if (bound === undefined) return 0;
  try {
    const a = parseAddress(bound);
    return a.rows * a.columns;
  } catch {
    return 0;
  }
}

/** Excel.ChartDataLabelPosition: every position, and those an XY scatter point takes. */
const LABEL_POSITIONS = [
  "Invalid",
  "None",
  "Center",
  "InsideEnd",
  "InsideBase",
  "OutsideEnd",
  "Left",
  "Right",
  "Top",
  "Bottom",
  "BestFit",
  "Callout",
] as const satisfies readonly `${Excel.ChartDataLabelPosition}`[];
const SCATTER_LABEL_POSITIONS: readonly string[] = ["Left", "Right", "Top", "Bottom", "Center"];

/** A proxy for a series' Excel.ChartPointsCollection. */
export class PointsCollectionDouble {
  /** Members of Excel.ChartPointsCollection the double implements. */
  static readonly members = [
    "getItemAt",
    "count",
    "load",
  ] as const satisfies readonly (keyof Excel.ChartPointsCollection)[];

  private loadedCount: number | null = null;

  constructor(
    private readonly context: RequestContextDouble,
    private readonly series: () => SeriesModel,
  ) {}

  /** The point at a zero-based index; a point the series lacks fails when an operation uses it. */
  getItemAt(index: number): PointDouble {
    return new PointDouble(this.context, this.series, index);
  }

  /** Loads count, the only property the double serves. */
  load(properties: string): this {
    this.context.queueLoad(this, [properties], () => {
      if (properties !== "count") {
        throw cannotLoad("ChartPointsCollection", properties);
      }
      return new Map([["count", pointCount(this.series())]]);
    });
    return this;
  }

  /** Takes the loaded count. */
  receive(snapshot: Map<string, unknown>): void {
    this.loadedCount = snapshot.get("count") as number;
  }

  get count(): number {
    if (this.loadedCount === null) throw notLoaded("ChartPointsCollection", "count");
    return this.loadedCount;
  }
}

/** One point of a series: a label, by index. */
export class PointDouble {
  /** Members of Excel.ChartPoint the double implements. */
  static readonly members = [
    "hasDataLabel",
    "dataLabel",
  ] as const satisfies readonly (keyof Excel.ChartPoint)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly series: () => SeriesModel,
    private readonly index: number,
  ) {}

  /** The series, once the point is known to be one of its points (ItemNotFound otherwise). */
  private owner(): SeriesModel {
    const s = this.series();
    const count = pointCount(s);
    if (!Number.isInteger(this.index) || this.index < 0 || this.index >= count) {
      throw new OfficeErrorDouble(
        CODES.itemNotFound,
        `The series has ${count} points; there is no point at ${this.index}.`,
      );
    }
    return s;
  }

  /** The type the series is drawn as: its own chart type, else its chart's. */
  private chartType(s: SeriesModel): string | undefined {
    if (s.chartType) return s.chartType;
    for (const sheet of this.context.model.sheets) {
      const chart = sheet.charts.find((c) => c.series.includes(s));
      if (chart) return chart.type;
    }
    return undefined;
  }

  private label(): DataLabelModel {
    const s = this.owner();
    let label = s.labels.get(this.index);
    if (!label) {
      label = {};
      s.labels.set(this.index, label);
    }
    return label;
  }

  /** ExcelApi 1.7. */
  set hasDataLabel(v: boolean) {
    this.context.requireApi("1.7", "ChartPoint.hasDataLabel");
    this.context.queue("ChartPoint.hasDataLabel=", v, () => {
      if (v) this.label();
      else this.owner().labels.delete(this.index);
    });
  }

  get dataLabel(): {
    formula: string;
    text: string;
    position: string;
    format: { font: { bold: boolean; size: number; color: string } };
  } {
    const context = this.context;
    const queue = (label: string, value: unknown, fn: (l: DataLabelModel) => void) =>
      context.queue(label, value, () => {
        if (!this.owner().labels.has(this.index)) {
          throw new OfficeErrorDouble(
            CODES.invalidOperation,
            "The point has no data label: set hasDataLabel first.",
          );
        }
        fn(this.label());
      });
    const label = writeOnly<{ formula: string; text: string; position: string }>("ChartDataLabel", {
      formula: (v) => {
        context.requireApi("1.8", "ChartDataLabel.formula");
        queue("ChartDataLabel.formula=", v, (l) => {
          if (!context.host.linkedLabels) {
            throw new OfficeErrorDouble(
              CODES.notImplemented,
              "This host cannot link a data label to a cell.",
            );
          }
          checkCellFormula(context.model, v, "A data label");
          l.formula = v;
        });
      },
      text: (v) => {
        context.requireApi("1.8", "ChartDataLabel.text");
        queue("ChartDataLabel.text=", v, (l) => (l.text = v));
      },
      position: (v) =>
        queue("ChartDataLabel.position=", v, (l) => {
          const scatter = /^XYScatter/.test(this.chartType(this.series()) ?? "");
          const valid: readonly string[] = scatter ? SCATTER_LABEL_POSITIONS : LABEL_POSITIONS;
          if (!valid.includes(v)) {
            throw new OfficeErrorDouble(
              CODES.invalidArgument,
              `A data label ${scatter ? "on an XY scatter point " : ""}cannot be placed at ${JSON.stringify(v)}.`,
            );
          }
          l.position = v;
        }),
    });
    const font = writeOnly<{ bold: boolean; size: number; color: string }>("ChartFont", {
      bold: (v) => queue("ChartFont.bold=", v, (l) => (l.bold = v)),
      size: (v) => queue("ChartFont.size=", v, (l) => (l.size = v)),
      color: (v) => queue("ChartFont.color=", v, (l) => (l.color = v)),
    });
    return Object.assign(label, { format: { font } });
  }
}

/** A proxy for one Excel.ChartAxis. */
export class AxisDouble {
  /** Members of Excel.ChartAxis the double implements. */
  static readonly members = [
    "minimum",
    "maximum",
    "majorUnit",
    "title",
    "numberFormat",
  ] as const satisfies readonly (keyof Excel.ChartAxis)[];

  constructor(
    private readonly context: RequestContextDouble,
    private readonly axis: () => AxisModel,
  ) {}

  private set<K extends keyof AxisModel>(key: K, label: string, value: AxisModel[K]): void {
    this.context.queue(`ChartAxis.${label}=`, value, () => {
      this.axis()[key] = value;
    });
  }

  /**
   * Sets a bound as Excel takes it: a number, or "" for automatic (the key then goes); anything else is
   * InvalidArgument, and so is a fixed maximum at or below a fixed minimum.
   */
  private scale(key: "minimum" | "maximum" | "majorUnit", value: unknown): void {
    this.context.queue(`ChartAxis.${key}=`, value, () => {
      const axis = this.axis();
      if (value === "") {
        delete axis[key];
        return;
      }
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new OfficeErrorDouble(
          CODES.invalidArgument,
          `ChartAxis.${key} takes a number or "" (automatic), not ${typeof value === "number" ? value : JSON.stringify(value)}.`,
        );
      }
      const next: AxisModel = { ...axis };
      next[key] = value;
      const { minimum, maximum } = next;
      if (minimum !== undefined && maximum !== undefined && maximum <= minimum) {
        throw new OfficeErrorDouble(
          CODES.invalidArgument,
          `The axis maximum (${maximum}) must be above its minimum (${minimum}).`,
        );
      }
      axis[key] = value;
    });
  }

  /** A number, or "" for automatic. */
  set minimum(v: number | "") {
    this.scale("minimum", v);
  }
  /** A number, or "" for automatic. */
  set maximum(v: number | "") {
    this.scale("maximum", v);
  }
  /** A number, or "" for automatic. */
  set majorUnit(v: number | "") {
    this.scale("majorUnit", v);
  }
  /** ExcelApi 1.8. */
  set numberFormat(v: string) {
    this.context.requireApi("1.8", "ChartAxis.numberFormat");
    this.set("numberFormat", "numberFormat", v);
  }

  /** The title's text, or (ExcelApi 1.8) setFormula to link it to a cell. */
  get title(): { text: string; setFormula(formula: string): void } {
    return titleDouble(this.context, "ChartAxisTitle", "1.8", this.axis);
  }
}
