import { convertTextAmounts, readTextAmounts, segmentActiveSheet, undoTextAmounts } from "../../src/excel";
import { createExcelDouble } from "../double";
import { NOW } from "../support/workbook";

const header = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];

describe.each(["Klanten 2025", "Jan's klanten"])("text amounts on sheet %p", (sheet) => {
  it("T1: convert then undo, then the pane and sheet agree", async () => {
    const double = createExcelDouble({
      sheets: {
        [sheet]: [
          header,
          ["Groot NV", "€ 260.000,00", 0, "Ja", "Ja", "Ja", "Nee"],
          ["Klein BV", "'9000", "€ 1.500", "Nee", "Nee", "Ja", "Nee"],
        ],
      },
    });
    double.install();
    const first = await segmentActiveSheet(undefined, { now: NOW });
    expect(first.written).toBe(false);
    const addresses = first.result.problems.filter((p) => p.code === "text-amount").map((p) => p.address);
    expect(addresses).toHaveLength(3);
    const amounts = await readTextAmounts(addresses);
    expect(amounts.map((a) => a.value)).toEqual([260000, 9000, 1500]);
    await convertTextAmounts(amounts);
    expect(double.values(sheet, "B2:C3")).toEqual([
      [260000, 0],
      [9000, 1500],
    ]);
    const second = await segmentActiveSheet(undefined, { now: NOW });
    expect(second.written).toBe(true);
    expect(double.values(sheet, "J2:J3").flat()).toEqual(second.result.clients.map((c) => c.segment));
    await undoTextAmounts(amounts);
    expect(double.values(sheet, "B2:C3")).toEqual([
      ["€ 260.000,00", 0],
      ["9000", "€ 1.500"],
    ]);
    expect(double.values(sheet, "J2:J3").flat()).toEqual(["?", "?"]);
    double.uninstall();
  });
});
