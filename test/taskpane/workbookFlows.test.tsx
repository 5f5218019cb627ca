/** @jest-environment jsdom */
import "./nodeGlobals";
import { act, screen, waitFor, within } from "@testing-library/react";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { createExcelDouble } from "../double";
import { renderPane, statusText } from "./renderPane";

/*
 * The pane on the real Office API against the Excel double. The add-in watches sheets by name in module
 * state, as in one workbook; each test therefore segments (and edits) a sheet of its own name.
 */

const header = ["Klant", "Omzet", "Potentieel", "Marge", "Snelheid", "Innovatie", "Netwerk"];

/** Longer than the run store waits after the add-in's own writes for Excel to deliver their events. */
const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 600)));

describe("the pane on a workbook", () => {
  it("converts text amounts after asking, segments again, notices the user's edit and segments once more", async () => {
    const double = createExcelDouble({
      sheets: {
        Klanten: [
          header,
          ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"],
          ["Klein BV", "'9000", 1000, "Nee", "Nee", "Ja", "Nee"],
        ],
      },
    });
    double.install();
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Niets gewijzigd: 1 fout/));

    await user.click(screen.getByRole("button", { name: "Zet tekstbedragen om naar getallen" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Klanten!B3: '9000' → 9000")).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Omzetten" }));
    await screen.findByRole("button", { name: "Ongedaan maken" });
    await waitFor(() => expect(statusText()).toMatch(/Klaar: 2 klanten gesegmenteerd/));
    expect(double.read("Klanten", "B3").value).toBe(9000);

    await settled();
    expect(screen.queryByText(/gewijzigd sinds de laatste segmentatie/)).toBeNull();
    act(() => double.edit("Klanten", "C3", 5000));
    const notice = await screen.findByText(/gewijzigd sinds de laatste segmentatie \(om \d\d:\d\d\)/);
    const bar = notice.closest(".ms-MessageBar") as HTMLElement;
    await user.click(within(bar).getByRole("button", { name: "Segmenteer opnieuw" }));
    await waitFor(() => expect(screen.queryByText(/gewijzigd sinds de laatste segmentatie/)).toBeNull());
    await settled();
    expect(screen.queryByText(/gewijzigd sinds de laatste segmentatie/)).toBeNull();
  });

  it("notices a change to a workbook segmented before the pane opened", async () => {
    const double = createExcelDouble({
      sheets: { Portefeuille: [header, ["Groot NV", 250000, 50000, "Ja", "Ja", "Nee", "Ja"]] },
    });
    double.install();
    const { segmentActiveSheet } = await import("../../src/excel");
    const segmented = await segmentActiveSheet({}, {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    await renderPane(createOfficeApi());
    // The pane reads the settings (2 requests) and starts watching (2 requests: the names, the handlers).
    await waitFor(() => expect(double.syncCount).toBe(segmented.syncs + 4));
    act(() => double.edit("Portefeuille", "B2", 260000));
    expect(await screen.findByText(/De werkmap is gewijzigd sinds de laatste segmentatie/)).toBeTruthy();
  });
});
