/** @jest-environment jsdom */
import "../taskpane/nodeGlobals";
import { act, screen, waitFor } from "@testing-library/react";
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

describe("issue 9 item 7 (own module state)", () => {
  it("7a' a change on the settings sheet is noticed too", async () => {
    const double = createExcelDouble({ sheets: { Blad7b: [header, ...rows] } });
    double.install();
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Klaar/));
    await settled();
    act(() => double.edit("ABC-instellingen", "B16", 2));
    expect(await screen.findByText(/gewijzigd sinds de laatste segmentatie/)).toBeTruthy();
    double.uninstall();
  });
});
