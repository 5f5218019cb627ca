/** @jest-environment jsdom */
import "../taskpane/nodeGlobals";
import { act, screen, waitFor, within } from "@testing-library/react";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { createExcelDouble } from "../double";
import { renderPane, statusText } from "../taskpane/renderPane";

/** Issue 9 item 7 on the real Office API against the double (each test its own sheet name: watching is module state). */

const header = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];
const rows = [
  ["Groot NV", 300000, 0, "Ja", "Ja", "Ja", "Nee"],
  ["Klein BV", 9000, 0, "Nee", "Nee", "Ja", "Nee"],
  ["Midden", 60000, 0, "Ja", "Nee", "Nee", "Nee"],
  ["Belofte", 35000, 0, "Ja", "Ja", "Ja", "Nee"],
];
const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 600)));

describe("issue 9 item 7", () => {
  it("7a after a colleague's edit the pane says the workbook changed (stale summary flagged)", async () => {
    const double = createExcelDouble({ sheets: { Blad7a: [header, ...rows] } });
    double.install();
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Klaar/));
    await settled();
    act(() => double.edit("Blad7a", "B3", ""));
    expect(await screen.findByText(/gewijzigd sinds de laatste segmentatie/)).toBeTruthy();
    double.uninstall();
  });

  it("7b reopening the pane after a broken settings sheet says so, and Segmenteer says what it replaced", async () => {
    const double = createExcelDouble({ sheets: { Blad7c: [header, ...rows] } });
    double.install();
    const { segmentActiveSheet } = await import("../../src/excel");
    await segmentActiveSheet({}, {});
    double.edit("ABC-instellingen", "B16", "veel");
    const { user } = await renderPane(createOfficeApi());
    const section = screen.getByRole("region", { name: "Instellingen" });
    expect(within(section).getByText(/heeft ongeldige waarden/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Klaar/));
    expect(screen.getByText(/B16: 'veel' is vervangen door 1 uit het paneel/)).toBeTruthy();
    double.uninstall();
  });
});
