import type { Cell } from "../../src/method/types";
import { segment, workbookWith } from "../support/workbook";

const HEADER: Cell[] = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];

const clients = (): Cell[][] => [
  HEADER,
  ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
  ["Klein BV", 9000, 1000, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 20000, 15000, "Ja", "Ja", "Ja", "Nee"],
];

describe("the add-in writes nothing when validation fails", () => {
  it("leaves the workbook untouched when a cell is wrong, and names that cell", async () => {
    const values = clients();
    values[3][4] = "misschien";
    const double = workbookWith(values);
    const before = double.dump();
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0]).toMatchObject({ severity: "error", address: "Klanten!E4" });
    expect(double.dump()).toEqual(before);
  });

  it("keeps a colleague's wrong setting as it is, applies its default as the sheet does, and names its cell", async () => {
    const double = workbookWith(clients());
    await segment();
    double.edit("ABC-instellingen", "B15", "drie");
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(outcome.result.problems[0]).toMatchObject({
      severity: "warning",
      code: "invalid-setting",
      address: "'ABC-instellingen'!B15",
    });
    expect(outcome.result.problems[0].message).toContain("'drie'");
    expect(double.read("ABC-instellingen", "B15").value).toBe("drie");
    expect(double.read("ABC-instellingen", "C15").value).toBe(outcome.result.settings.scoreThreshold);
  });
});

describe("the add-in never overwrites cells it did not create", () => {
  it("stops and names the cell when its Segment column would land on the user's note", async () => {
    const values = clients().map((row) => [...row, "", "", ""]);
    values[2][9] = "bellen in maart";
    const double = workbookWith(values);
    const before = double.dump();
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems).toEqual([
      expect.objectContaining({ code: "output-occupied", address: "Klanten!J3" }),
    ]);
    expect(outcome.result.problems[0].message).toMatch(/'bellen in maart'.*Segment/);
    expect(double.dump()).toEqual(before);
  });

  it("stops when the user typed a value over one of its own formulas", async () => {
    const double = workbookWith(clients());
    await segment();
    double.edit("Klanten", "J4", "A");
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0]).toMatchObject({ code: "output-occupied", address: "Klanten!J4" });
  });

  it("never turns a client name into a formula or copies it anywhere", async () => {
    const values = clients();
    values[1][0] = '\'=HYPERLINK("http://evil.example","Klik")';
    values[2][0] = "'+cmd|' /C calc'!A0";
    const double = workbookWith(values, { language: "nl-BE" });
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.read("Klanten", "A2")).toEqual({
      value: '=HYPERLINK("http://evil.example","Klik")',
      formula: '=HYPERLINK("http://evil.example","Klik")',
    });
    const everything = JSON.stringify(double.dump());
    expect(everything.match(/HYPERLINK/g)).toHaveLength(1);
    expect(everything.match(/cmd\|/g)).toHaveLength(1);
    const labels = double.charts("Klanten")[0].series[0].labels;
    expect(labels.map((l) => l.formula)).toContain("=Klanten!$A$2");
  });
});

describe("a re-run leaves the same workbook", () => {
  it("has no duplicate columns, names, formats, sheets or charts after Segmenteer twice", async () => {
    const double = workbookWith(clients());
    await segment();
    const first = double.dump();
    const formats = double.conditionalFormats("Klanten").length;
    const outcome = await segment();
    expect(outcome.written).toBe(true);
    expect(double.dump()).toEqual(first);
    expect(double.sheetNames()).toEqual(["Klanten", "ABC-instellingen"]);
    expect(double.charts("Klanten")).toHaveLength(1);
    expect(double.conditionalFormats("Klanten")).toHaveLength(formats);
    expect(formats).toBe(4 + 8);
  });

  it("keeps an Excel Table's columns when run twice (no second Totaal column)", async () => {
    const double = workbookWith(clients(), {
      tables: [{ sheet: "Klanten", name: "Portefeuille", address: "A1:G5" }],
    });
    await segment();
    const first = double.dump();
    await segment();
    expect(double.dump()).toEqual(first);
    expect(double.tables()).toEqual([{ name: "Portefeuille", sheet: "Klanten", address: "Klanten!A1:P5" }]);
  });
});

describe("other ways a run can be refused", () => {
  it("refuses an Excel Table with its header row switched off", async () => {
    const double = workbookWith(clients(), {
      tables: [{ sheet: "Klanten", name: "Zonder", address: "A1:G5" }],
    });
    double.model.tables[0].showHeaders = false;
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0].code).toBe("table-headers-off");
  });

  it("refuses a second table on another sheet while this workbook segments the first", async () => {
    const double = workbookWith(clients());
    await segment();
    double.model.addSheet("Klanten 2027");
    double.edit("Klanten 2027", "A1", "Klant");
    for (const [i, h] of HEADER.entries()) double.edit("Klanten 2027", `${String.fromCharCode(65 + i)}1`, h);
    double.edit("Klanten 2027", "A2", "Nieuw");
    double.edit("Klanten 2027", "B2", 5);
    double.select({ sheet: "Klanten 2027", cell: "A1" });
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0]).toMatchObject({ code: "other-analysis" });
    expect(outcome.result.problems[0].message).toContain("Klanten!A1:G5");
  });

  it("refuses a protected sheet before writing anything, and says how to unprotect it", async () => {
    const double = workbookWith(clients());
    double.protect("Klanten");
    const before = double.dump();
    const outcome = await segment();
    expect(outcome.written).toBe(false);
    expect(outcome.result.problems[0]).toMatchObject({ code: "sheet-protected" });
    expect(outcome.result.problems[0].message).toMatch(/Beveiliging blad opheffen/);
    expect(double.dump()).toEqual(before);
  });

  it("surfaces Excel's own refusal (with its code) when a write fails", async () => {
    const double = workbookWith(clients());
    double.refuse(/Range\.formulas=/, "GeneralException");
    await expect(segment()).rejects.toMatchObject({ code: "GeneralException" });
  });
});
