import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import {
  apiSetsInDoc,
  checkApiSets,
  findApiUses,
  manifestMinimum,
  PROJECT_ROOT,
  sourceProgram,
  type ApiUse,
} from "./apiSets";

/** What the manifest promises in the snippets below, as manifest.xml does today. */
const MINIMUM = { ExcelApi: "1.8", SharedRuntime: "1.1" };

/** Variables the snippets use, declared after the snippet so that its line numbers start at 1. */
const PRELUDE = `
declare const range: Excel.Range;
declare const other: Excel.Range;
declare const chart: Excel.Chart;
declare const sheet: Excel.Worksheet;
declare const context: Excel.RequestContext;
declare const capabilities: { copyFrom: boolean };
`;

const SNIPPET_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
  types: ["office-js"],
  typeRoots: [path.join(PROJECT_ROOT, "node_modules", "@types")],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};
const baseHost = ts.createCompilerHost(SNIPPET_OPTIONS);
/** The libraries and office-js typings, parsed once for all snippets. */
const parsed = new Map<string, ts.SourceFile>();
let snippets = 0;

/** The Office.js uses in a snippet of TypeScript, compiled in memory as snippet.ts against @types/office-js. */
function usesIn(code: string): ApiUse[] {
  const dir = path.join(os.tmpdir(), `api-sets-${process.pid}-${++snippets}`);
  const file = path.join(dir, "snippet.ts");
  const text = `${code.trim()}\n${PRELUDE}`;
  const host: ts.CompilerHost = {
    ...baseHost,
    fileExists: (f) => f === file || baseHost.fileExists(f),
    readFile: (f) => (f === file ? text : baseHost.readFile(f)),
    getSourceFile: (f, language) => {
      if (f === file) return ts.createSourceFile(f, text, language, true);
      let source = parsed.get(f);
      if (!source) {
        source = baseHost.getSourceFile(f, language);
        if (source) parsed.set(f, source);
      }
      return source;
    },
  };
  const program = ts.createProgram([file], SNIPPET_OPTIONS, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  return findApiUses(program, [file], dir);
}

/** The checker's verdict on a snippet: one "file:line member needs Set x.y" per violation. */
const violationsIn = (code: string, minimum: Record<string, string> = MINIMUM) =>
  checkApiSets(usesIn(code), minimum).map((v) => v.message);

describe("the add-in's own Office.js calls (src/)", () => {
  let uses: ApiUse[];
  let minimum: Record<string, string>;

  beforeAll(() => {
    const { program, files } = sourceProgram();
    uses = findApiUses(program, files);
    minimum = manifestMinimum(readFileSync(path.join(PROJECT_ROOT, "manifest.xml"), "utf8"));
  });

  const named = (member: string) => uses.filter((u) => u.member === member);

  it("every Excel API the add-in uses is within ExcelApi 1.8 or behind isSetSupported", () => {
    expect(minimum.ExcelApi).toBeDefined();
    const violations = checkApiSets(uses, minimum);
    expect(violations.map((v) => v.message)).toEqual([]);
  });

  it("sees the add-in's Office calls: formulas, ranges by index, chart series, ExcelApi 1.8 chart labels", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const member of [
      "Excel.Range.formulas",
      "Excel.Worksheet.getRangeByIndexes",
      "Excel.ChartSeries.setXAxisValues",
    ]) {
      expect(members).toContain(member);
    }
    expect(named("Excel.ChartDataLabel.formula")[0]).toMatchObject({
      file: "src/excel/writeChart.ts",
      write: true,
      sets: [{ name: "ExcelApi", version: "1.8" }],
    });
  });

  it.each(["Excel.Range.copyFrom", "Excel.Application.suspendScreenUpdatingUntilNextSync"])(
    "finds the ExcelApi 1.9 call %s and sees that it only runs when the host has it",
    (member) => {
      const found = named(member);
      expect(found.length).toBeGreaterThan(0);
      for (const use of found) {
        expect(use.sets).toEqual([{ name: "ExcelApi", version: "1.9" }]);
        expect(use).toMatchObject({ file: expect.stringMatching(/^src\/excel\//), guarded: true });
      }
    },
  );
});

describe("the checker on small examples", () => {
  it("flags an unguarded range.copyFrom (ExcelApi 1.9) with its file, line and set", () => {
    expect(violationsIn(`range.copyFrom(other);`)).toEqual([
      "snippet.ts:1 Excel.Range.copyFrom needs ExcelApi 1.9",
    ]);
  });

  it('accepts range.copyFrom inside if (Office.context.requirements.isSetSupported("ExcelApi", "1.9"))', () => {
    const uses = usesIn(`
if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
  range.copyFrom(other);
}`);
    expect(uses.find((u) => u.member === "Excel.Range.copyFrom")).toMatchObject({ guarded: true });
    expect(checkApiSets(uses, MINIMUM)).toEqual([]);
  });

  it("accepts range.copyFrom behind a capabilities flag: if, ?:, && and the else of a negated flag", () => {
    expect(violationsIn(`if (capabilities.copyFrom) { range.copyFrom(other); }`)).toEqual([]);
    expect(violationsIn(`const done = capabilities.copyFrom ? range.copyFrom(other) : undefined;`)).toEqual(
      [],
    );
    expect(violationsIn(`capabilities.copyFrom && range.copyFrom(other);`)).toEqual([]);
    expect(
      violationsIn(`if (!capabilities.copyFrom) { range.values = [[1]]; } else { range.copyFrom(other); }`),
    ).toEqual([]);
  });

  it("still flags the call in the branch where the capability is missing", () => {
    expect(
      violationsIn(`if (capabilities.copyFrom) { range.values = [[1]]; } else { range.copyFrom(other); }`),
    ).toEqual(["snippet.ts:1 Excel.Range.copyFrom needs ExcelApi 1.9"]);
  });

  it("accepts range.values (ExcelApi 1.1), read or written", () => {
    const uses = usesIn(`
range.values = [[1, 2]];
const first = range.values[0];`);
    expect(uses.filter((u) => u.member === "Excel.Range.values").map((u) => u.write)).toEqual([true, false]);
    expect(uses.find((u) => u.member === "Excel.Range.values")?.sets).toEqual([
      { name: "ExcelApi", version: "1.1" },
    ]);
    expect(checkApiSets(uses, MINIMUM)).toEqual([]);
  });

  it("counts chart.plotVisibleOnly = false (ExcelApi 1.8) as a use: fine at minimum 1.8, a violation at 1.7", () => {
    const code = `chart.plotVisibleOnly = false;`;
    expect(usesIn(code)).toEqual([
      expect.objectContaining({ member: "Excel.Chart.plotVisibleOnly", write: true }),
    ]);
    expect(violationsIn(code, { ExcelApi: "1.8" })).toEqual([]);
    expect(violationsIn(code, { ExcelApi: "1.7" })).toEqual([
      "snippet.ts:1 Excel.Chart.plotVisibleOnly needs ExcelApi 1.8",
    ]);
  });

  it('takes the setter\'s version for a property documented "ExcelApi 1.1 for get, 1.8 for set"', () => {
    const code = `
const mode = context.workbook.application.calculationMode;
context.workbook.application.calculationMode = "Manual";`;
    expect(violationsIn(code, { ExcelApi: "1.7" })).toEqual([
      "snippet.ts:2 Excel.Application.calculationMode needs ExcelApi 1.8",
    ]);
  });

  it('sees members reached as x["name"], by destructuring and in an options object', () => {
    const code = `
range["copyFrom"](other);
const { hasSpill } = range;
Excel.run({ mergeUndoGroup: true }, async () => undefined);`;
    expect(violationsIn(code)).toEqual([
      "snippet.ts:1 Excel.Range.copyFrom needs ExcelApi 1.9",
      "snippet.ts:2 Excel.Range.hasSpill needs ExcelApi 1.12",
      "snippet.ts:3 Excel.RunOptions.mergeUndoGroup needs ExcelApi 1.20",
    ]);
  });

  it("flags sets the manifest does not ask for: Excel on the web only, or a shared runtime it does not require", () => {
    expect(violationsIn(`const ranges = sheet.protection.allowEditRanges;`)).toEqual([
      "snippet.ts:1 Excel.WorksheetProtection.allowEditRanges needs ExcelApiOnline 1.1",
    ]);
    const taskpane = `Office.addin.showAsTaskpane();`;
    expect(violationsIn(taskpane, { ExcelApi: "1.8", SharedRuntime: "1.1" })).toEqual([]);
    expect(violationsIn(taskpane, { ExcelApi: "1.8" })).toEqual([
      "snippet.ts:1 Office.Addin.showAsTaskpane needs SharedRuntime 1.1",
    ]);
  });

  it("accepts Office's common calls that belong to no set: onReady, isSetSupported, actions.associate", () => {
    const uses = usesIn(`
Office.onReady(() => undefined);
const ok = Office.context.requirements.isSetSupported("ExcelApi", "1.9");
Office.actions.associate("run", () => undefined);`);
    expect(uses.map((u) => u.member)).toEqual(
      expect.arrayContaining([
        "Office.onReady",
        "Office.RequirementSetSupport.isSetSupported",
        "Office.Actions.associate",
      ]),
    );
    expect(uses.every((u) => u.sets.length === 0)).toBe(true);
    expect(checkApiSets(uses, MINIMUM)).toEqual([]);
  });

  it("reads the requirement sets out of the typings' JSDoc, taking the first version of a set", () => {
    expect(apiSetsInDoc("* @remarks\n * [Api set: ExcelApi 1.9]")).toEqual([
      { name: "ExcelApi", version: "1.9" },
    ]);
    expect(
      apiSetsInDoc(
        "[Api set: ExcelApi 1.1 requires an index smaller than the total column count; 1.4 allows index to be optional (null or -1)]",
      ),
    ).toEqual([{ name: "ExcelApi", version: "1.1" }]);
    expect(apiSetsInDoc("[Api set: ExcelApi 1.1 for get, 1.8 for set]", false)).toEqual([
      { name: "ExcelApi", version: "1.1" },
    ]);
    expect(apiSetsInDoc("[Api set: ExcelApi 1.1 for get, 1.8 for set]", true)).toEqual([
      { name: "ExcelApi", version: "1.8" },
    ]);
    expect(apiSetsInDoc("[Api set: ExcelApi 1.9, ExcelApi Preview for null `destinationRange`]")).toEqual([
      { name: "ExcelApi", version: "1.9" },
    ]);
    expect(apiSetsInDoc("[Api set: SharedRuntime 1.1, Mailbox 1.10]")).toEqual([
      { name: "SharedRuntime", version: "1.1" },
      { name: "Mailbox", version: "1.10" },
    ]);
    expect(
      apiSetsInDoc(
        "**Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.2}",
      ),
    ).toEqual([{ name: "SharedRuntime", version: "1.2" }]);
    expect(
      apiSetsInDoc(
        "Read more in {@link https://learn.microsoft.com/office/dev/add-ins | Office 2016 add-ins}",
      ),
    ).toEqual([]);
  });

  it("compares versions as numbers and ignores other applications' sets listed beside Excel's", () => {
    const use = (sets: ApiUse["sets"]): ApiUse => ({
      file: "a.ts",
      line: 1,
      member: "M",
      sets,
      write: false,
      guarded: false,
    });
    expect(checkApiSets([use([{ name: "ExcelApi", version: "1.10" }])], { ExcelApi: "1.9" })).toHaveLength(1);
    expect(checkApiSets([use([{ name: "ExcelApi", version: "1.8" }])], { ExcelApi: "1.10" })).toEqual([]);
    const shared = [
      { name: "SharedRuntime", version: "1.1" },
      { name: "Mailbox", version: "1.10" },
    ];
    expect(checkApiSets([use(shared)], MINIMUM)).toEqual([]);
    expect(checkApiSets([use([{ name: "WordApi", version: "1.1" }])], MINIMUM).map((v) => v.message)).toEqual(
      ["a.ts:1 M needs WordApi 1.1"],
    );
  });

  it("reads the minimum from the manifest's own <Requirements>, not from VersionOverrides", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0">
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="ExcelApi" MinVersion="1.8"/>
      <Set Name="SharedRuntime"/>
    </Sets>
  </Requirements>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides">
    <Requirements>
      <bt:Sets><bt:Set Name="ExcelApi" MinVersion="1.12"/><bt:Set Name="RibbonApi" MinVersion="1.1"/></bt:Sets>
    </Requirements>
  </VersionOverrides>
</OfficeApp>`;
    expect(manifestMinimum(xml)).toEqual({ ExcelApi: "1.8", SharedRuntime: "1.1" });
  });
});
