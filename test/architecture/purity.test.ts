import { OUTPUT_COLUMNS } from "../../src/method/resultColumns";
import { DEMO_SNAPSHOT } from "../support/snapshots";

const HOSTS = ["Excel", "Office", "OfficeExtension", "window", "document", "navigator", "React"] as const;

describe("the method and the workbook plan know nothing of their host", () => {
  const host = globalThis as Record<string, unknown>;

  beforeAll(() => {
    for (const name of HOSTS) {
      Object.defineProperty(host, name, {
        configurable: true,
        get() {
          throw new Error(`a pure layer touched the host global ${name}`);
        },
      });
    }
  });

  afterAll(() => {
    for (const name of HOSTS) delete host[name];
  });

  it("segments a table while every host global throws when touched", async () => {
    const { segmentTable } = await import("../../src/method");
    const result = segmentTable([
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Een", 100, "Ja", "Ja", "Ja", "Ja"],
      ["Twee", 10, "Nee", "Nee", "Nee", "Nee"],
    ]);
    expect(result.clients.map((c) => c.segment)).toEqual(["A", "C"]);
  });

  it("plans a whole run while every host global throws when touched", async () => {
    const { planRun } = await import("../../src/workbook");
    const { plan } = planRun(DEMO_SNAPSHOT(), {
      language: "nl",
      now: new Date(2026, 10, 29),
    });
    expect(plan?.columns.formulasOf(plan.columns.firstDataRow)).toHaveLength(OUTPUT_COLUMNS.length);
    expect(plan?.chart.series).toHaveLength(6);
  });
});
