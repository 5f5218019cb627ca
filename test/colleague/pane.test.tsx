/** @jest-environment jsdom */
import "../taskpane/nodeGlobals";
import { act, screen, waitFor, within } from "@testing-library/react";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { createExcelDouble } from "../double";
import { renderPane, statusText } from "../taskpane/renderPane";
import { FOUR, settled } from "./helpers";

/** Issue 9 item 7 on the real Office API against the double (each test its own sheet name: watching is module state). */

const settle = () => act(settled);

describe("issue 9 item 7", () => {
  it("7a after a colleague's edit the pane says the workbook changed (stale summary flagged)", async () => {
    const double = createExcelDouble({ sheets: { Blad7a: FOUR } });
    double.install();
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Klaar/));
    await settle();
    act(() => double.edit("Blad7a", "B3", ""));
    expect(await screen.findByText(/gewijzigd sinds de laatste segmentatie/)).toBeTruthy();
    double.uninstall();
  });

  it("7b reopening the pane after a broken settings sheet says so, and Segmenteer says what it replaced", async () => {
    const double = createExcelDouble({ sheets: { Blad7c: FOUR } });
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
