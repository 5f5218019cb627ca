/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Problem } from "../../src/method/types";
import { SETTINGS_ROWS } from "../../src/workbook/settingsSheet";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane } from "./renderPane";

/** An invalid value on the settings sheet, as loadSettings reports it (the sheet's message, its cell). */
function invalid(row: number, message: string): Problem {
  const address = `'ABC-instellingen'!B${row + 1}`;
  return { row, column: 1, severity: "warning", code: "invalid-setting", message, address };
}

const SCORE = invalid(
  SETTINGS_ROWS.scoreThreshold,
  "Scoredrempel is ongeldig. Gebruik een getal van 0 tot 4.",
);
const METHOD = invalid(SETTINGS_ROWS.method, "Omzetdrempel is ongeldig. Kies mediaan, top % of vast bedrag.");
const TOP_N = invalid(SETTINGS_ROWS.topN, "Top N is ongeldig. Gebruik een geheel getal van 1 of meer.");
const WEIGHT = invalid(SETTINGS_ROWS.weights.netwerk, "Gewicht Netwerk is ongeldig. Gebruik 0 of meer.");

const field = (name: RegExp | string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const described = (input: HTMLElement) =>
  (input.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("invalid values on the settings sheet, when the pane opens", () => {
  it("are listed with the sheet's message, each with Ga naar cel", async () => {
    const api = fakeApi({
      stored: { settings: { weights: { marge: 2 } }, labels: 20, problems: [METHOD, SCORE] },
    });
    const { user } = await renderPane(api);
    const section = screen.getByRole("region", { name: "Instellingen" });
    expect(within(section).getByText(/heeft ongeldige waarden/)).toBeTruthy();
    const items = within(section)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([expect.stringContaining(METHOD.message), expect.stringContaining(SCORE.message)]);
    await user.click(within(section).getByRole("button", { name: `Ga naar cel ${SCORE.address}` }));
    expect(api.goToCell).toHaveBeenCalledWith("'ABC-instellingen'!B15");
  });

  it("leave the colleague's valid values in the form and show the sheet's default in the others, marked", async () => {
    await renderPane(
      fakeApi({
        stored: {
          settings: { scoreThreshold: 3, weights: { marge: 2, snelheid: 1, innovatie: 1, netwerk: 1 } },
          labels: 20,
          problems: [SCORE, WEIGHT],
        },
      }),
    );
    expect(field("Gewicht Marge").value).toBe("2");
    expect(described(field("Gewicht Marge"))).not.toMatch(/Ongeldig op het blad/);
    expect(field("Gewicht Netwerk").value).toBe("1");
    expect(described(field("Gewicht Netwerk"))).toContain(
      "Ongeldig op het blad ('ABC-instellingen'!B19): hier staat de standaardwaarde die het blad toepast.",
    );
    expect(field(/Scoredrempel/).value).toBe("3");
    expect(described(field(/Scoredrempel/))).toContain("Ongeldig op het blad ('ABC-instellingen'!B15)");
  });

  it("mark a setting whose field is not shown beside its choice or switch", async () => {
    await renderPane(fakeApi({ stored: { settings: {}, labels: 20, problems: [METHOD, TOP_N] } }));
    expect(screen.getByRole("radio", { name: "Mediaan" })).toHaveProperty("checked", true);
    expect(screen.getByText(/Ongeldig op het blad \('ABC-instellingen'!B6\)/)).toBeTruthy();
    expect(
      screen.getByRole("switch", { name: "Alleen de grootste N klanten" }).getAttribute("aria-checked"),
    ).toBe("false");
    expect(screen.getByText(/Ongeldig op het blad \('ABC-instellingen'!B10\)/)).toBeTruthy();
  });

  it("are gone once Segmenteer wrote the pane's settings over the sheet, whose notes the outcome shows", async () => {
    const note = "De scoredrempel op het blad (ongeldig) is vervangen door 3 uit het paneel.";
    const api = fakeApi({
      stored: { settings: {}, labels: 20, problems: [SCORE] },
      outcome: outcomeOf(undefined, {}, { notes: [note] }),
    });
    const { user } = await renderPane(api);
    api.loadSettings.mockResolvedValue({ settings: {}, labels: 20, problems: [SCORE] });
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    expect(await screen.findByText(note)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/heeft ongeldige waarden/)).toBeNull());
    expect(screen.queryByText(/Ongeldig op het blad/)).toBeNull();
  });

  it("stay while the run wrote nothing", async () => {
    const api = fakeApi({
      stored: { settings: {}, labels: 20, problems: [SCORE] },
      outcome: { ...outcomeOf(), written: false },
    });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await waitFor(() => expect(api.segment).toHaveBeenCalled());
    expect(screen.getByText(/heeft ongeldige waarden/)).toBeTruthy();
  });

  it("are explained in English", async () => {
    await renderPane(fakeApi({ language: "en", stored: { settings: {}, labels: 20, problems: [SCORE] } }));
    expect(screen.getByText(/The sheet ABC-instellingen has invalid values/)).toBeTruthy();
    expect(described(field(/Score threshold/))).toContain(
      "Invalid on the sheet ('ABC-instellingen'!B15): this is the default the sheet applies.",
    );
    expect(screen.getByRole("button", { name: `Go to cell ${SCORE.address}` })).toBeTruthy();
  });
});
