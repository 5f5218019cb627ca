/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { EURO } from "../../src/method/units";
import type { Cell } from "../../src/method/types";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane, statusText } from "./renderPane";

/*
 * Issue 12, item 2: choosing "Vast bedrag" starts from the threshold that applies now (the last run's,
 * else the settings sheet's), written as the pane shows amounts and typed the Belgian way, so nothing is
 * red and Segmenteer stays enabled. With nothing known the field stays empty and quiet until the user
 * types in it or leaves it; its example shows the thousands sign, and what the example shows is accepted.
 */

const field = (name: RegExp | string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const amountField = () => field(/Bedrag|Amount/);
const segmentButton = (name = "Segmenteer") => screen.getByRole("button", { name });
const RED = /Gebruik een bedrag|Use an amount/;

/** Stored settings at the median whose sheet applies this revenue threshold (in euros). */
const storedWithThreshold = (revenueThreshold: number | null) => ({
  settings: { revenueThreshold: { kind: "median" as const } },
  labels: 20,
  problems: [],
  unit: EURO,
  revenueThreshold,
});

/** A list in k€ whose median total is 1 250,45 k€ (shown 1.250,5 k€). */
const K_EURO_CLIENTS: Cell[][] = [
  ["Klant", "Omzet (k€)", "Potentieel (k€)", "Marge", "Snelheid", "Innovatie", "Netwerk"],
  ["Verbeke Logistiek", 3000, 0, "Ja", "Ja", "Nee", "Ja"],
  ["Atelier Maes", 1200.4, 0, "Nee", "Ja", "Nee", "Nee"],
  ["Brouwerij De Kaai", 1300.5, 0, "Ja", "Nee", "Ja", "Ja"],
  ["Dekkers Installaties", 120, 0, "Nee", "Nee", "Nee", "Ja"],
];

describe("choosing Vast bedrag", () => {
  it("prefills the threshold the settings sheet applies, rounded and grouped, with no error", async () => {
    const api = fakeApi({ stored: storedWithThreshold(69166.66666666667), outcome: outcomeOf() });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    expect(amountField().value).toBe("69.167");
    expect(amountField().getAttribute("aria-invalid")).not.toBe("true");
    expect(screen.queryByText(RED)).toBeNull();
    expect(segmentButton().getAttribute("aria-disabled")).toBeNull();
    await user.click(segmentButton());
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(1));
    expect(api.segment.mock.calls[0][0]?.revenueThreshold).toEqual({ kind: "amount", amount: 69167 });
  });

  it("prefills it the English way in English", async () => {
    const api = fakeApi({ language: "en", stored: storedWithThreshold(1250000.4) });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: "Fixed amount" }));
    expect(amountField().value).toBe("1,250,000");
    expect(screen.queryByText(RED)).toBeNull();
  });

  it("prefills the last run's threshold in the table's unit (k€, one decimal), and segments with it", async () => {
    const api = fakeApi({ stored: storedWithThreshold(null), outcome: outcomeOf(K_EURO_CLIENTS) });
    const { user } = await renderPane(api);
    await user.click(segmentButton());
    await waitFor(() => expect(statusText()).toMatch(/Klaar: 4 klanten gesegmenteerd/));
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    expect(field(/Bedrag \(k€\)/).value).toBe("1.250,5");
    expect(screen.queryByText(RED)).toBeNull();
    await user.click(segmentButton());
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(2));
    expect(api.segment.mock.calls[1][0]?.revenueThreshold).toEqual({ kind: "amount", amount: 1250.5 });
  });

  it("keeps an amount the user typed earlier when the method is chosen again", async () => {
    const { user } = await renderPane(fakeApi({ stored: storedWithThreshold(69166.67) }));
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    await user.clear(amountField());
    await user.type(amountField(), "80.000");
    await user.click(screen.getByRole("radio", { name: "Mediaan" }));
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    expect(amountField().value).toBe("80.000");
  });

  it("leaves the field empty and quiet when no threshold is known, until the user types or leaves it", async () => {
    const api = fakeApi({ stored: null });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    expect(amountField().value).toBe("");
    expect(amountField().getAttribute("placeholder")).toBe("bv. 50.000");
    expect(screen.queryByText(RED)).toBeNull();
    expect(amountField().getAttribute("aria-invalid")).not.toBe("true");
    expect(amountField().required).toBe(true);
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
    // Nothing is red yet, so the hint names the field instead of pointing at marks.
    expect(screen.getByText("Het gaat om: Bedrag (€).")).toBeTruthy();

    await user.click(amountField());
    await user.tab();
    expect(screen.getByText("Gebruik een bedrag groter dan 0.")).toBeTruthy();
  });

  it("shows the error once the user types nonsense, and accepts the example as typed", async () => {
    const api = fakeApi({ stored: null, outcome: outcomeOf() });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: "Vast bedrag" }));
    await user.type(amountField(), "veel");
    expect(screen.getByText("Gebruik een bedrag groter dan 0.")).toBeTruthy();
    expect(amountField().getAttribute("aria-invalid")).toBe("true");
    await user.clear(amountField());
    await user.type(amountField(), "0");
    expect(screen.getByText("Gebruik een bedrag groter dan 0.")).toBeTruthy();
    await user.clear(amountField());
    await user.type(amountField(), "50.000");
    expect(screen.queryByText(RED)).toBeNull();
    await user.click(segmentButton());
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(1));
    expect(api.segment.mock.calls[0][0]?.revenueThreshold).toEqual({ kind: "amount", amount: 50000 });
  });

  it("shows the English example with the thousands comma, and reads it", async () => {
    const { user } = await renderPane(fakeApi({ language: "en", stored: null }));
    await user.click(screen.getByRole("radio", { name: "Fixed amount" }));
    expect(amountField().getAttribute("placeholder")).toBe("e.g. 50,000");
    await user.type(amountField(), "50,000");
    expect(screen.queryByText(RED)).toBeNull();
    expect(segmentButton("Run segmentation").getAttribute("aria-disabled")).toBeNull();
  });
});

describe("an amount that can be read two ways", () => {
  it.each([
    ["en", "Fixed amount", "50.000", "'50.000' can mean 50 or 50,000: type 50 or 50,000."],
    ["nl", "Vast bedrag", "50,000", "'50,000' kan 50 of 50.000 betekenen: typ 50 of 50.000."],
    ["nl", "Vast bedrag", "1,250", "'1,250' kan 1,25 of 1.250 betekenen: typ 1,25 of 1.250."],
  ] as const)(
    "in %s, %s '%s' is not taken as the smaller number: the field asks which",
    async (language, method, typed, asks) => {
      const api = fakeApi({ language, stored: null, outcome: outcomeOf() });
      const { user } = await renderPane(api);
      await user.click(screen.getByRole("radio", { name: method }));
      await user.type(amountField(), typed);
      expect(screen.getByText(asks)).toBeTruthy();
      expect(amountField().getAttribute("aria-invalid")).toBe("true");
      await user.click(segmentButton(language === "nl" ? "Segmenteer" : "Run segmentation"));
      expect(api.segment).not.toHaveBeenCalled();
    },
  );

  it.each([
    ["nl", "50.000", 50000],
    ["nl", "2,5", 2.5],
    ["nl", "1.250,5", 1250.5],
    ["en", "50,000", 50000],
    ["en", "2.5", 2.5],
    ["en", "1,250.5", 1250.5],
  ] as const)("in %s, '%s' means one number, %s", async (language, typed, amount) => {
    const api = fakeApi({ language, stored: null, outcome: outcomeOf() });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: language === "nl" ? "Vast bedrag" : "Fixed amount" }));
    await user.type(amountField(), typed);
    await user.click(segmentButton(language === "nl" ? "Segmenteer" : "Run segmentation"));
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(1));
    expect(api.segment.mock.calls[0][0]?.revenueThreshold).toEqual({ kind: "amount", amount });
  });
});

describe("no other field shows an error before the user touched it", () => {
  it("prefills top % and top N, so switching to them shows no error", async () => {
    const { user } = await renderPane(fakeApi({ stored: null }));
    await user.click(screen.getByRole("radio", { name: "Top %" }));
    expect(field(/Top-percentage/).value).toBe("20");
    await user.click(screen.getByRole("switch", { name: "Alleen de grootste N klanten" }));
    expect(field("Aantal klanten (N)").value).toBe("20");
    expect(screen.queryByText(/^Gebruik /)).toBeNull();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(segmentButton().getAttribute("aria-disabled")).toBeNull();
  });

  it("still shows at once an error the user caused in another field (the score above a lowered sum)", async () => {
    const { user } = await renderPane(fakeApi({ stored: null }));
    await user.clear(field("Gewicht Netwerk"));
    await user.type(field("Gewicht Netwerk"), "0");
    await user.clear(field("Gewicht Marge"));
    await user.type(field("Gewicht Marge"), "0");
    expect(
      screen.getByText("Gebruik een getal groter dan 0 en hoogstens 2 (de som van de gewichten)."),
    ).toBeTruthy();
  });

  it("refuses four weights of 0 with one message under the weights", async () => {
    const { user } = await renderPane(fakeApi({ stored: null }));
    for (const name of ["Marge", "Snelheid", "Innovatie", "Netwerk"]) {
      await user.clear(field(`Gewicht ${name}`));
      await user.type(field(`Gewicht ${name}`), "0");
    }
    expect(screen.getByText("Geef minstens één vraag een gewicht groter dan 0.")).toBeTruthy();
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
  });
});
