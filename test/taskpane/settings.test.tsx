/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { CRITERIA } from "../../src/method/types";
import { QUESTIONS } from "../../src/method/texts";
import { App } from "../../src/taskpane/App";
import { fakeApi } from "./fakeApi";
import { renderPane } from "./renderPane";

const field = (name: RegExp | string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const segmentButton = () => screen.getByRole("button", { name: "Segmenteer" });

describe("the settings form", () => {
  it("shows the settings stored in the workbook", async () => {
    await renderPane(
      fakeApi({
        stored: {
          settings: {
            revenueThreshold: { kind: "amount", amount: 50000 },
            scoreThreshold: 2.5,
            weights: { marge: 2, snelheid: 1, innovatie: 0.5, netwerk: 1 },
            topN: 15,
          },
          labels: 0,
          problems: [],
        },
      }),
    );
    expect(screen.getByRole("radio", { name: "Vast bedrag" })).toHaveProperty("checked", true);
    expect(field(/Bedrag/).value).toBe("50000");
    expect(field(/Scoredrempel/).value).toBe("2,5");
    expect(field("Gewicht Marge").value).toBe("2");
    expect(field("Gewicht Innovatie").value).toBe("0,5");
    expect(
      screen.getByRole("switch", { name: "Alleen de grootste N klanten" }).getAttribute("aria-checked"),
    ).toBe("true");
    expect(field("Aantal klanten (N)").value).toBe("15");
    expect(
      screen.getByRole("switch", { name: "Klantnamen in de grafiek" }).getAttribute("aria-checked"),
    ).toBe("false");
    expect(screen.queryByRole("textbox", { name: "Aantal namen" })).toBeNull();
  });

  it("shows the article's defaults when the workbook has no settings", async () => {
    const api = fakeApi({ stored: null });
    await renderPane(api);
    expect(api.loadSettings).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("radio", { name: "Mediaan" })).toHaveProperty("checked", true);
    expect(screen.queryByRole("textbox", { name: /Bedrag/ })).toBeNull();
    expect(field(/Scoredrempel/).value).toBe("3");
    for (const name of ["Marge", "Snelheid", "Innovatie", "Netwerk"])
      expect(field(`Gewicht ${name}`).value).toBe("1");
    expect(
      screen.getByRole("switch", { name: "Alleen de grootste N klanten" }).getAttribute("aria-checked"),
    ).toBe("false");
    expect(field("Aantal namen").value).toBe("20");
  });

  it("shows each question of the method's one list under its weight", async () => {
    await renderPane(fakeApi());
    for (const criterion of CRITERIA) {
      const { label, question } = QUESTIONS.nl[criterion];
      const described = (field(`Gewicht ${label}`).getAttribute("aria-describedby") ?? "").split(" ");
      const descriptions = described.map((id) => document.getElementById(id)?.textContent ?? "");
      expect(descriptions).toContain(question);
    }
    expect(screen.getByText("Beslist en betaalt deze klant snel?")).toBeTruthy();
  });

  it("says so when the settings cannot be read, and offers the defaults", async () => {
    const api = fakeApi();
    api.loadSettings.mockRejectedValue(new Error("Het blad ABC-instellingen is beveiligd."));
    await renderPane(api);
    expect(
      screen.getByText(/konden niet gelezen worden: Het blad ABC-instellingen is beveiligd\./),
    ).toBeTruthy();
    expect(field(/Scoredrempel/).value).toBe("3");
  });

  it("shows a spinner until the settings are read", async () => {
    const api = fakeApi();
    api.loadSettings.mockReturnValue(new Promise(() => undefined));
    render(<App api={api} />);
    expect(screen.getByText("Instellingen laden…")).toBeTruthy();
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
  });
});

describe("validation in the form", () => {
  it("marks a negative weight, disables Segmenteer and explains why", async () => {
    const api = fakeApi();
    const { user } = await renderPane(api);
    await user.clear(field("Gewicht Marge"));
    await user.type(field("Gewicht Marge"), "-1");
    expect(screen.getByText("Gebruik een gewicht van 0 tot 100.")).toBeTruthy();
    expect(field("Gewicht Marge").getAttribute("aria-invalid")).toBe("true");
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
    expect(
      screen.getByText("Vul de gemarkeerde velden in of verbeter ze om te kunnen segmenteren."),
    ).toBeTruthy();
    await user.click(segmentButton());
    expect(api.segment).not.toHaveBeenCalled();

    await user.clear(field("Gewicht Marge"));
    await user.type(field("Gewicht Marge"), "1,5");
    expect(screen.queryByText("Gebruik een gewicht van 0 tot 100.")).toBeNull();
    expect(segmentButton().getAttribute("aria-disabled")).toBeNull();
  });

  it.each([
    [
      "Top %",
      /Top-percentage/,
      "150",
      "Gebruik een getal groter dan 0 en kleiner dan 100, met hoogstens 4 decimalen.",
    ],
    ["Vast bedrag", /Bedrag/, "veel", "Gebruik een bedrag groter dan 0."],
  ])("checks the %s field", async (method, name, typed, message) => {
    const { user } = await renderPane(fakeApi());
    await user.click(screen.getByRole("radio", { name: method }));
    await user.clear(field(name));
    await user.type(field(name), typed);
    expect(screen.getByText(message)).toBeTruthy();
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
  });

  it("asks for a whole number of clients for top N", async () => {
    const { user } = await renderPane(fakeApi());
    await user.click(screen.getByRole("switch", { name: "Alleen de grootste N klanten" }));
    await user.clear(field("Aantal klanten (N)"));
    await user.type(field("Aantal klanten (N)"), "2,5");
    expect(
      screen.getByText("Gebruik een geheel getal van 1 of meer, of laat leeg voor alle klanten."),
    ).toBeTruthy();
  });

  it("keeps the score threshold within the sum of the weights", async () => {
    const { user } = await renderPane(fakeApi());
    await user.clear(field(/Scoredrempel/));
    await user.type(field(/Scoredrempel/), "4,5");
    expect(
      screen.getByText("Gebruik een getal groter dan 0 en hoogstens 4 (de som van de gewichten)."),
    ).toBeTruthy();
    await user.clear(field("Gewicht Netwerk"));
    await user.type(field("Gewicht Netwerk"), "1,5");
    expect(screen.queryByText(/Gebruik een getal groter dan 0/)).toBeNull();
  });
});
