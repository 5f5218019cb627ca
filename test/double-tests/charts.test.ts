/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read before load and sync on purpose, to prove the double throws as Excel does */
import { createExcelDouble, type ExcelDouble } from "../double";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
  Excel.run({ delayForCellEdit: true }, batch);

/** Klanten with an X column and six Y columns over three rows, and a settings sheet to link titles to. */
const SHEETS = {
  Klanten: [
    ["Score", "A", "B", "C", "D", "E", "F"],
    [1, 10, 20, 30, 40, 50, 60],
    [2, 11, 21, 31, 41, 51, 61],
    [3, 12, 22, 32, 42, 52, 62],
  ],
  "ABC-instellingen": [["Titel"], ["Score (aantal keer Ja)"]],
};

/** A double with a scatter chart of six series (three points each) over Klanten!A2:G4. */
async function withChart(options: { apiVersion?: string } = {}): Promise<ExcelDouble> {
  const double = createExcelDouble({ sheets: SHEETS, ...options });
  double.install();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Klanten");
    sheet.charts.add("XYScatter", sheet.getRange("A2:G4")).name = "ABC-matrix";
    await context.sync();
  });
  return double;
}

/** Runs a batch against the chart and syncs it. */
const onChart = (batch: (chart: Excel.Chart, context: Excel.RequestContext) => void) =>
  run(async (context) => {
    const chart = context.workbook.worksheets.getItem("Klanten").charts.getItem("ABC-matrix");
    batch(chart, context);
    await context.sync();
  });

const code = (c: string) => expect.objectContaining({ code: c });

describe("the double's charts fail where Excel fails", () => {
  let double: ExcelDouble;
  afterEach(() => double.uninstall());

  describe("points of a series", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    it("labels a point the series has", async () => {
      await onChart((chart) => {
        const point = chart.series.getItemAt(0).points.getItemAt(2);
        point.hasDataLabel = true;
        point.dataLabel.text = "laatste";
      });
      expect(double.charts("Klanten")[0].series[0].labels).toEqual([
        { point: 2, text: "laatste", formula: undefined, position: undefined },
      ]);
    });

    it.each([3, -1, 1.5, NaN])("refuses point %p of a series of three points at sync", async (index) => {
      await expect(
        onChart((chart) => {
          chart.series.getItemAt(0).points.getItemAt(index).hasDataLabel = true;
        }),
      ).rejects.toEqual(code("ItemNotFound"));
      expect(double.charts("Klanten")[0].series[0].labels).toEqual([]);
    });

    it("refuses a label setter and hasDataLabel = false on a point past the end", async () => {
      await expect(
        onChart((chart) => {
          chart.series.getItemAt(0).points.getItemAt(3).dataLabel.position = "Left";
        }),
      ).rejects.toEqual(code("ItemNotFound"));
      await expect(
        onChart((chart) => {
          chart.series.getItemAt(0).points.getItemAt(3).hasDataLabel = false;
        }),
      ).rejects.toEqual(code("ItemNotFound"));
    });

    it("counts the cells of the Y values, else of the X values, else none", async () => {
      await onChart((chart, context) => {
        const sheet = context.workbook.worksheets.getItem("Klanten");
        chart.series.add("Leeg");
        chart.series.add("Alleen X").setXAxisValues(sheet.getRange("A1:A4"));
        const y = chart.series.add("Y");
        y.setValues(sheet.getRange("B1:C2"));
        y.setXAxisValues(sheet.getRange("A1:A9"));
      });
      await expect(
        onChart((chart) => {
          chart.series.getItemAt(6).points.getItemAt(0).hasDataLabel = true;
        }),
      ).rejects.toEqual(code("ItemNotFound"));
      await onChart((chart) => {
        chart.series.getItemAt(7).points.getItemAt(3).hasDataLabel = true;
        chart.series.getItemAt(8).points.getItemAt(3).hasDataLabel = true;
      });
      await expect(
        onChart((chart) => {
          chart.series.getItemAt(8).points.getItemAt(4).hasDataLabel = true;
        }),
      ).rejects.toEqual(code("ItemNotFound"));
    });

    it("loads the point count, readable only after load and sync", async () => {
      await run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Klanten").charts.getItem("ABC-matrix");
        const points = chart.series.getItemAt(0).points;
        expect(() => points.count).toThrow(code("PropertyNotLoaded"));
        points.load("count");
        await context.sync();
        expect(points.count).toBe(3);
      });
    });

    it("fails the sync when a point of series 7 of a six-series chart is labelled", async () => {
      expect(double.charts("Klanten")[0].series).toHaveLength(6);
      await expect(
        onChart((chart) => {
          const point = chart.series.getItemAt(7).points.getItemAt(0);
          point.hasDataLabel = true;
          point.dataLabel.text = "Kwadrant A";
        }),
      ).rejects.toEqual(code("InvalidArgument"));
      expect(double.charts("Klanten")[0].series.flatMap((s) => s.labels)).toEqual([]);
    });
  });

  describe("ranges of another workbook or request context", () => {
    let other: ExcelDouble;
    let otherRun: typeof Excel.run;
    beforeEach(async () => {
      other = createExcelDouble({ sheets: SHEETS });
      other.install();
      otherRun = Excel.run;
      double = await withChart();
    });

    /** A range of the other double's Klanten, got through its own request context. */
    const foreignRange = () =>
      otherRun(async (context) => context.workbook.worksheets.getItem("Klanten").getRange("B2:B4"));

    it("refuses setValues and setXAxisValues with another workbook's range", async () => {
      const range = await foreignRange();
      await expect(onChart((chart) => chart.series.getItemAt(0).setValues(range))).rejects.toEqual(
        code("InvalidArgument"),
      );
      await expect(onChart((chart) => chart.series.getItemAt(0).setXAxisValues(range))).rejects.toEqual(
        code("InvalidArgument"),
      );
      expect(double.charts("Klanten")[0].series[0]).toMatchObject({ x: "Klanten!A2:A4", y: "Klanten!B2:B4" });
    });

    it("refuses charts.add over another workbook's range", async () => {
      const range = await foreignRange();
      await expect(
        run(async (context) => {
          context.workbook.worksheets.getItem("Klanten").charts.add("XYScatter", range);
          await context.sync();
        }),
      ).rejects.toEqual(code("InvalidArgument"));
      expect(double.charts("Klanten")).toHaveLength(1);
    });

    it("refuses a range of the same workbook got through an earlier request context", async () => {
      const range = await run(async (context) =>
        context.workbook.worksheets.getItem("Klanten").getRange("C2:C4"),
      );
      await expect(onChart((chart) => chart.series.getItemAt(0).setValues(range))).rejects.toEqual(
        code("InvalidArgument"),
      );
    });
  });

  describe("geometry in points", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    it("places the chart over cells of 48 by 15 points, and loads its size", async () => {
      const loaded = await run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Klanten").charts.getItem("ABC-matrix");
        chart.setPosition("B2", "D11");
        chart.load("width,height,top,left,name");
        await context.sync();
        return {
          name: chart.name,
          top: chart.top,
          left: chart.left,
          width: chart.width,
          height: chart.height,
        };
      });
      expect(loaded).toEqual({ name: "ABC-matrix", top: 15, left: 48, width: 144, height: 150 });
      expect(double.charts("Klanten")[0].position).toEqual({ top: 15, left: 48, width: 144, height: 150 });
    });

    it("counts a column as wide as columnWidth made it, and a hidden one as nothing", async () => {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Klanten");
        sheet.getRange("A:A").format.columnWidth = 100;
        sheet.getRange("C:C").columnHidden = true;
        sheet.charts.getItem("ABC-matrix").setPosition("B1", "D1");
        await context.sync();
      });
      expect(double.charts("Klanten")[0].position).toEqual({ top: 0, left: 100, width: 96, height: 15 });
    });

    it("reads the size a user gave the chart in the model", async () => {
      Object.assign(double.model.sheet("Klanten")!.charts[0], { width: 700, height: 520 });
      const size = await run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Klanten").charts.getItem("ABC-matrix");
        chart.load("width,height");
        await context.sync();
        return [chart.width, chart.height];
      });
      expect(size).toEqual([700, 520]);
      expect(double.charts("Klanten")[0].position).toMatchObject({ width: 700, height: 520 });
    });

    it("throws PropertyNotLoaded for a size not loaded", async () => {
      await run(async (context) => {
        const chart = context.workbook.worksheets.getItem("Klanten").charts.getItem("ABC-matrix");
        expect(() => chart.width).toThrow(code("PropertyNotLoaded"));
      });
    });
  });

  describe("axis scale", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    const axis = () => double.charts("Klanten")[0].axes.category;

    it("takes numbers, and an empty string as automatic", async () => {
      await onChart((chart) => {
        const x = chart.axes.categoryAxis;
        x.minimum = 0;
        x.maximum = 4;
        x.majorUnit = 1;
      });
      expect(axis()).toEqual({ minimum: 0, maximum: 4, majorUnit: 1 });
      await onChart((chart) => {
        const x = chart.axes.categoryAxis;
        x.minimum = "";
        x.majorUnit = "";
      });
      expect(axis()).toEqual({ maximum: 4 });
    });

    it.each([NaN, Infinity, "5", "auto", null, undefined])("refuses %p at sync", async (value) => {
      await expect(
        onChart((chart) => {
          chart.axes.categoryAxis.minimum = value;
        }),
      ).rejects.toEqual(code("InvalidArgument"));
      expect(axis()).toEqual({});
    });

    it("refuses a fixed maximum at or below the fixed minimum", async () => {
      await onChart((chart) => (chart.axes.valueAxis.minimum = 10));
      await expect(onChart((chart) => (chart.axes.valueAxis.maximum = 10))).rejects.toEqual(
        code("InvalidArgument"),
      );
      await expect(onChart((chart) => (chart.axes.valueAxis.maximum = 5))).rejects.toEqual(
        code("InvalidArgument"),
      );
      await onChart((chart) => (chart.axes.valueAxis.maximum = 11));
      await expect(onChart((chart) => (chart.axes.valueAxis.minimum = 12))).rejects.toEqual(
        code("InvalidArgument"),
      );
      await onChart((chart) => {
        chart.axes.valueAxis.minimum = "";
        chart.axes.valueAxis.maximum = 1;
      });
      expect(double.charts("Klanten")[0].axes.value).toEqual({ maximum: 1 });
    });
  });

  describe("titles linked to a cell", () => {
    it("links the axis title to a cell, and text and formula replace each other", async () => {
      double = await withChart();
      await onChart((chart) => {
        chart.axes.categoryAxis.title.text = "Score";
        chart.axes.categoryAxis.title.setFormula("='ABC-instellingen'!$A$2");
      });
      expect(double.charts("Klanten")[0].axes.category).toEqual({ titleFormula: "='ABC-instellingen'!$A$2" });
      await onChart((chart) => (chart.axes.categoryAxis.title.text = "Score"));
      expect(double.charts("Klanten")[0].axes.category).toEqual({ title: "Score" });
    });

    it("links the chart title to a cell, and text and formula replace each other", async () => {
      double = await withChart();
      await onChart((chart) => {
        chart.title.text = "ABC-matrix";
        chart.title.setFormula("=Klanten!B1");
      });
      expect(double.charts("Klanten")[0]).toMatchObject({ title: undefined, titleFormula: "=Klanten!B1" });
      await onChart((chart) => (chart.title.text = "ABC-matrix"));
      expect(double.charts("Klanten")[0]).toMatchObject({ title: "ABC-matrix", titleFormula: undefined });
    });

    it.each([
      "'ABC-instellingen'!$A$2",
      "='ABC-instellingen'!$A$2:$A$3",
      "='ABC-instellingen'!A:A",
      "=ABC-instellingen!$A$2",
      "=Elders!$A$2",
      "=$A$2",
      "=SUM(Klanten!B2)",
      "=Klanten!XFE1",
      "=Klanten!A1048577",
      "",
    ])("refuses the title formula %p at sync", async (formula) => {
      double = await withChart();
      await expect(onChart((chart) => chart.axes.valueAxis.title.setFormula(formula))).rejects.toEqual(
        code("InvalidArgument"),
      );
      await expect(onChart((chart) => chart.title.setFormula(formula))).rejects.toEqual(
        code("InvalidArgument"),
      );
      expect(double.charts("Klanten")[0]).toMatchObject({ titleFormula: undefined, axes: { value: {} } });
    });

    it("needs ExcelApi 1.8 for an axis title formula and 1.7 for a chart title formula", async () => {
      double = await withChart({ apiVersion: "1.7" });
      await expect(onChart((chart) => chart.axes.valueAxis.title.setFormula("=Klanten!A1"))).rejects.toEqual(
        code("ApiNotFound"),
      );
      await onChart((chart) => chart.title.setFormula("=Klanten!A1"));
      double.uninstall();
      double = await withChart({ apiVersion: "1.6" });
      await expect(onChart((chart) => chart.title.setFormula("=Klanten!A1"))).rejects.toEqual(
        code("ApiNotFound"),
      );
    });
  });

  describe("data labels", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    const label = (position: string) =>
      onChart((chart) => {
        const point = chart.series.getItemAt(0).points.getItemAt(0);
        point.hasDataLabel = true;
        point.dataLabel.position = position as Excel.ChartDataLabelPosition;
      });

    it.each(["Left", "Right", "Top", "Bottom", "Center"])(
      "places a scatter label at %s",
      async (position) => {
        await label(position);
        expect(double.charts("Klanten")[0].series[0].labels[0].position).toBe(position);
      },
    );

    it.each(["InsideEnd", "OutsideEnd", "InsideBase", "BestFit", "Callout", "Sideways"])(
      "refuses a scatter label at %s at sync",
      async (position) => {
        await expect(label(position)).rejects.toEqual(code("InvalidArgument"));
      },
    );

    it("refuses a position of a series drawn as scatter on another chart type, and takes InsideEnd on columns", async () => {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Klanten");
        sheet.charts.add("ColumnClustered", sheet.getRange("B2:C4")).name = "Kolommen";
        await context.sync();
      });
      await run(async (context) => {
        const series = context.workbook.worksheets.getItem("Klanten").charts.getItem("Kolommen").series;
        const column = series.getItemAt(0).points.getItemAt(0);
        column.hasDataLabel = true;
        column.dataLabel.position = "InsideEnd";
        series.getItemAt(1).chartType = "XYScatter";
        const scatter = series.getItemAt(1).points.getItemAt(0);
        scatter.hasDataLabel = true;
        scatter.dataLabel.position = "InsideEnd";
        await expect(context.sync()).rejects.toEqual(code("InvalidArgument"));
      });
      expect(double.charts("Klanten")[1].series[0].labels[0].position).toBe("InsideEnd");
    });

    it("removes every label of a series with hasDataLabels = false; true changes nothing", async () => {
      await onChart((chart) => {
        for (const s of [0, 1]) {
          for (const p of [0, 2]) chart.series.getItemAt(s).points.getItemAt(p).hasDataLabel = true;
        }
      });
      await onChart((chart) => (chart.series.getItemAt(1).hasDataLabels = true));
      expect(double.charts("Klanten")[0].series.map((s) => s.labels.length)).toEqual([2, 2, 0, 0, 0, 0]);
      await onChart((chart) => (chart.series.getItemAt(0).hasDataLabels = false));
      expect(double.charts("Klanten")[0].series.map((s) => s.labels.length)).toEqual([0, 2, 0, 0, 0, 0]);
    });

    it("needs ExcelApi 1.7 for hasDataLabels", async () => {
      double.uninstall();
      double = await withChart({ apiVersion: "1.6" });
      await expect(onChart((chart) => (chart.series.getItemAt(0).hasDataLabels = false))).rejects.toEqual(
        code("ApiNotFound"),
      );
    });
  });
  describe("data labels linked to a cell", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    it("links a label to one cell of a sheet of this workbook", async () => {
      await onChart((chart) => {
        const point = chart.series.getItemAt(0).points.getItemAt(0);
        point.hasDataLabel = true;
        point.dataLabel.formula = "='ABC-instellingen'!$A$2";
      });
      expect(double.charts("Klanten")[0].series[0].labels[0].formula).toBe("='ABC-instellingen'!$A$2");
    });

    it.each([
      "=Elders!$A$2",
      "=ABC-instellingen!$A$2",
      "'Klanten'!$A$2",
      "=Klanten!$A$2:$A$3",
      "=SUM(1,2)",
      "",
    ])("refuses %p at sync, as Excel does", async (formula) => {
      await expect(
        onChart((chart) => {
          const point = chart.series.getItemAt(0).points.getItemAt(0);
          point.hasDataLabel = true;
          point.dataLabel.formula = formula;
        }),
      ).rejects.toEqual(code("InvalidArgument"));
    });
  });

  describe("legend entries", () => {
    beforeEach(async () => {
      double = await withChart();
    });

    it("hides the entry of a series, and the entry goes with the series", async () => {
      await onChart((chart) => {
        chart.legend.legendEntries.getItemAt(4).visible = false;
      });
      expect(double.charts("Klanten")[0].series.map((s) => s.inLegend)).toEqual([
        true,
        true,
        true,
        true,
        false,
        true,
      ]);
      await onChart((chart) => chart.series.getItemAt(0).delete());
      expect(double.charts("Klanten")[0].series.map((s) => s.inLegend)).toEqual([
        true,
        true,
        true,
        false,
        true,
      ]);
    });

    it("refuses an entry the legend does not have at sync", async () => {
      await expect(
        onChart((chart) => {
          chart.legend.legendEntries.getItemAt(6).visible = false;
        }),
      ).rejects.toEqual(code("InvalidArgument"));
    });
  });
});
