/** @jest-environment jsdom */
import "../taskpane/nodeGlobals";
import { act, screen, waitFor } from "@testing-library/react";
import { createOfficeApi } from "../../src/taskpane/officeApi";
import { createExcelDouble } from "../double";
import { renderPane, statusText } from "../taskpane/renderPane";
import { FOUR, settled } from "./helpers";

/** Issue 9 item 7 on the real Office API against the double (each test its own sheet name: watching is module state). */

const settle = () => act(settled);

describe("issue 9 item 7 (own module state)", () => {
  it("7a' a change on the settings sheet is noticed too", async () => {
    const double = createExcelDouble({ sheets: { Blad7b: FOUR } });
    double.install();
    const { user } = await renderPane(createOfficeApi());
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(statusText()).toMatch(/Klaar/));
    await settle();
    act(() => double.edit("ABC-instellingen", "B16", 2));
    expect(await screen.findByText(/gewijzigd sinds de laatste segmentatie/)).toBeTruthy();
    double.uninstall();
  });
});
