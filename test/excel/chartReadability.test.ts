import { chartScene, drawnLabels } from "../../preview/chartScene";
import { previewWorkbook } from "../../preview/demoWorkbook";
import { insertTemplate, segmentActiveSheet } from "../../src/excel";
import { type Language } from "../../src/method/types";
import { overlappingPairs } from "../../src/workbook";
import { inside } from "../../src/workbook/chartGeometry";
import { createExcelDouble, type ExcelDouble } from "../double";
import { NOW } from "../support/workbook";

/*
 * The chart as drawn (the preview's drawing of what Excel shows) at the default settings: no name or
 * letter over another, every name inside the plot, and the most important clients named (issue 10, 4).
 */

/** The demo workbook of the preview, segmented at the default settings. */
async function segmentedDemo(language: Language): Promise<{ double: ExcelDouble; sheet: string }> {
  const workbook = previewWorkbook("demo", language);
  const double = createExcelDouble({
    sheets: { [workbook.sheet]: workbook.cells },
    language: language === "en" ? "en-US" : "nl-BE",
  });
  double.install();
  const outcome = await segmentActiveSheet(undefined, { now: NOW });
  expect(outcome.written).toBe(true);
  return { double, sheet: workbook.sheet };
}

/** An empty workbook with the template and its example clients inserted, segmented at the defaults. */
async function segmentedTemplate(language: Language): Promise<{ double: ExcelDouble; sheet: string }> {
  const double = createExcelDouble({
    sheets: { Blad1: [[""]] },
    language: language === "en" ? "en-US" : "nl-BE",
  });
  double.install();
  const { sheet } = await insertTemplate(true, language, 2026);
  const outcome = await segmentActiveSheet(undefined, { now: NOW });
  expect(outcome.written).toBe(true);
  return { double, sheet };
}

/** What the drawing shows: the names, the letters and the overlapping pairs among them. */
function drawn(double: ExcelDouble, sheet: string) {
  const scene = chartScene(double, double.charts(sheet)[0]);
  const labels = drawnLabels(scene);
  return {
    scene,
    names: labels.filter((l) => !l.letter),
    letters: labels.filter((l) => l.letter).map((l) => l.text),
    overlaps: overlappingPairs(labels.map((l) => l.box)),
  };
}

describe.each([
  ["demo", "nl", segmentedDemo],
  ["demo", "en", segmentedDemo],
  ["template", "nl", segmentedTemplate],
  ["template", "en", segmentedTemplate],
] as const)("the %s's chart in %s at the default settings", (_, language, build) => {
  it("draws no name or letter over another, every name inside the plot, the A-clients all named", async () => {
    const { double, sheet } = await build(language);
    const { scene, names, letters, overlaps } = drawn(double, sheet);
    expect(overlaps).toEqual([]);
    expect(letters.sort()).toEqual(["A", "B", "B", "C"]);
    for (const name of names) expect(inside(name.box, scene.frame.plot)).toBe(true);
    const a = scene.series[0].points.length;
    expect(scene.series[0].points.filter((p) => p.label).length).toBe(a);
    expect(names.length).toBeGreaterThanOrEqual(12);
  });
});

describe("a chart the user resized", () => {
  it("is labelled for its new size on the next run: smaller, fewer names, still none over another", async () => {
    const { double, sheet } = await segmentedDemo("nl");
    const before = drawn(double, sheet).names.length;
    Object.assign(double.model.sheet(sheet)!.charts[0], { width: 300, height: 220 });
    await segmentActiveSheet(undefined, { now: NOW });
    const after = drawn(double, sheet);
    expect(after.scene.frame.size).toEqual({ width: 300, height: 220 });
    expect(after.overlaps).toEqual([]);
    expect(after.names.length).toBeLessThan(before);
    expect(after.names.length).toBeGreaterThan(0);
  });
});
