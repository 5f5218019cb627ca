/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeApi } from "./fakeApi";
import { outcomeOf, problem, refusedOutcome } from "./outcomes";
import { renderPane } from "./renderPane";

const segment = async (api: ReturnType<typeof fakeApi>) => {
  const pane = await renderPane(api);
  await pane.user.click(screen.getByRole("button", { name: "Segmenteer" }));
  await screen.findByRole("heading", { name: "Meldingen" });
  return pane;
};

describe("the problem list", () => {
  it("lists errors before warnings, each with its severity in words", async () => {
    const outcome = refusedOutcome([
      problem("warning", "Klanten!D4: geen antwoord bij Marge voor Acme; telt als Nee.", "Klanten!D4"),
      problem("error", "Klanten!E7: misschien is geen geldig antwoord bij Innovatie.", "Klanten!E7"),
      problem("error", "Deze werkmap segmenteert al de tabel Tabel1."),
    ]);
    await segment(fakeApi({ outcome }));
    expect(screen.getByText("2 fouten en 1 waarschuwing.")).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toMatch(/^Fout: Klanten!E7: misschien/);
    expect(items[1]).toMatch(/^Fout: Deze werkmap segmenteert al/);
    expect(items[2]).toMatch(/^Waarschuwing: Klanten!D4/);
    const headings = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(["Fouten", "Waarschuwingen"]);
  });

  it("offers Ga naar cel only for problems with an address, and selects that cell", async () => {
    const outcome = refusedOutcome([
      problem("error", "Klanten!E7: misschien is geen geldig antwoord bij Innovatie.", "Klanten!E7"),
      problem("error", "Geen koprij gevonden."),
    ]);
    const api = fakeApi({ outcome });
    const { user } = await segment(api);
    const buttons = screen.getAllByRole("button", { name: /Ga naar cel/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0].textContent).toBe("Ga naar cel");
    expect(buttons[0].getAttribute("aria-label")).toBe("Ga naar cel Klanten!E7");
    await user.click(buttons[0]);
    expect(api.goToCell).toHaveBeenCalledWith("Klanten!E7");
  });

  it("shows why a cell could not be selected", async () => {
    const outcome = refusedOutcome([problem("error", "Klanten!E7: fout.", "Klanten!E7")]);
    const api = fakeApi({ outcome });
    api.goToCell.mockRejectedValue(new Error("Het blad Klanten bestaat niet meer."));
    const { user } = await segment(api);
    await user.click(screen.getByRole("button", { name: "Ga naar cel Klanten!E7" }));
    expect(
      await screen.findByText("Kon niet naar Klanten!E7 gaan: Het blad Klanten bestaat niet meer."),
    ).toBeTruthy();
  });

  it("shows the first 50 of a long list and all of them on request", async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      problem("warning", `Klanten!D${i + 2}: geen antwoord bij Marge; telt als Nee.`, `Klanten!D${i + 2}`),
    );
    const { user } = await segment(
      fakeApi({ outcome: { ...outcomeOf(), result: { ...outcomeOf().result, problems: many } } }),
    );
    expect(screen.getAllByRole("listitem")).toHaveLength(50);
    const toggle = screen.getByRole("button", { name: "Toon alle 60" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(screen.getAllByRole("listitem")).toHaveLength(60);
    const back = screen.getByRole("button", { name: "Toon alleen de eerste 50" });
    expect(back.getAttribute("aria-expanded")).toBe("true");
  });

  it("shows warnings after the figures of a written run", async () => {
    const outcome = outcomeOf();
    outcome.result.problems = [
      problem("warning", "Klanten!D4: geen antwoord bij Marge; telt als Nee.", "Klanten!D4"),
    ];
    await segment(fakeApi({ outcome }));
    const results = screen.getByRole("region", { name: /^Resultaat/ });
    const order = within(results)
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(order.indexOf("Meldingen")).toBeGreaterThan(order.indexOf("C-klanten"));
    expect(screen.queryByText(/Er is niets gewijzigd/)).toBeNull();
  });
});
