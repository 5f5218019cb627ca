import { ClientObjectDouble, type Resolver } from "./clientObject";
import type { RequestContextDouble } from "./context";
import { CODES, notLoaded, OfficeErrorDouble } from "./errors";
import {
  CELL_HEIGHT,
  CELL_WIDTH,
  type AxisModel,
  type ChartModel,
  type DataLabelModel,
  type SeriesModel,
  type SheetModel,
} from "./model";
import { formatAddress } from "./addresses";
import { checkSheetWritable } from "./protection";
import { addressOf, type RangeDouble, targetOf } from "./range";
import { writeOnly } from "./writeOnly";

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
  "plotVisibleOnly",
  "setPosition",
  "series",
  "axes",
  "title",
  "legend",
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
    throw new OfficeErrorDouble(CODES.invalidArgument, `The double cannot load Chart.${property}.`);
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
  /** ExcelApi 1.8. */
  set plotVisibleOnly(v: boolean) {
    this.prop("plotVisibleOnly", "plotVisibleOnly", v);
  }

  /** Places the chart over cells, as Excel does: the top-left of start to the bottom-right of end. */
  setPosition(startCell: string, endCell?: string): void {
    this.queueCall("setPosition", { startCell, endCell }, (c) => {
      const a = targetOf(this.sheet(), startCell);
      const b = targetOf(this.sheet(), endCell ?? startCell);
      c.left = a.column * CELL_WIDTH;
      c.top = a.row * CELL_HEIGHT;
      c.width = (b.column + b.columns - a.column) * CELL_WIDTH;
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

  get title(): { text: string } {
    return writeOnly<{ text: string }>("ChartTitle", {
      text: (v) => this.context.queue("ChartTitle.text=", v, () => (this.target().title = v)),
    });
  }

  get legend(): { visible: boolean; position: string } {
    const queue = (label: string, value: unknown, fn: (c: ChartModel) => void) =>
      this.context.queue(label, value, () => fn(this.target()));
    return writeOnly<{ visible: boolean; position: string }>("ChartLegend", {
      visible: (v) => queue("ChartLegend.visible=", v, (c) => (c.legendVisible = v)),
      position: (v) => queue("ChartLegend.position=", v, (c) => (c.legendPosition = v)),
    });
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
        throw new OfficeErrorDouble(
          CODES.invalidArgument,
          `The double cannot load ChartSeriesCollection.${properties}.`,
        );
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
  "delete",
  "load",
] as const satisfies readonly (keyof Excel.ChartSeries)[];

/** A proxy for one Excel.ChartSeries. */
export class SeriesDouble extends ClientObjectDouble<SeriesModel> {
  constructor(context: RequestContextDouble, resolver: Resolver<SeriesModel>) {
    super(context, resolver, "ChartSeries");
  }

  protected readProperty(_: SeriesModel, property: string): unknown {
    throw new OfficeErrorDouble(CODES.invalidArgument, `The double cannot load ChartSeries.${property}.`);
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

  /** ExcelApi 1.7. */
  setXAxisValues(range: RangeDouble): void {
    this.context.requireApi("1.7", "ChartSeries.setXAxisValues");
    this.queueCall("setXAxisValues", "range", (s) => {
      s.xValues = addressOf(range.target());
    });
  }

  /** ExcelApi 1.7. */
  setValues(range: RangeDouble): void {
    this.context.requireApi("1.7", "ChartSeries.setValues");
    this.queueCall("setValues", "range", (s) => {
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

  get points(): { getItemAt(index: number): PointDouble } {
    return { getItemAt: (index: number) => new PointDouble(this.context, () => this.target(), index) };
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

  private label(): DataLabelModel {
    const s = this.series();
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
      else this.series().labels.delete(this.index);
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
        if (!this.series().labels.has(this.index)) {
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
          l.formula = v;
        });
      },
      text: (v) => {
        context.requireApi("1.8", "ChartDataLabel.text");
        queue("ChartDataLabel.text=", v, (l) => (l.text = v));
      },
      position: (v) => queue("ChartDataLabel.position=", v, (l) => (l.position = v)),
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

  set minimum(v: number) {
    this.set("minimum", "minimum", v);
  }
  set maximum(v: number) {
    this.set("maximum", "maximum", v);
  }
  set majorUnit(v: number) {
    this.set("majorUnit", "majorUnit", v);
  }
  /** ExcelApi 1.8. */
  set numberFormat(v: string) {
    this.context.requireApi("1.8", "ChartAxis.numberFormat");
    this.set("numberFormat", "numberFormat", v);
  }

  get title(): { text: string } {
    return writeOnly<{ text: string }>("ChartAxisTitle", {
      text: (v) => this.context.queue("ChartAxisTitle.text=", v, () => (this.axis().title = v)),
    });
  }
}
