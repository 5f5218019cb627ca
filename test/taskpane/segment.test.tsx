/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { QUADRANT_ADVICE, SEGMENT_ADVICE } from "../../src/method/texts";
import { deferred, fakeApi } from "./fakeApi";
import { ARTICLE_CLIENTS, outcomeOf, problem, refusedOutcome } from "./outcomes";
import { renderPane, statusText } from "./renderPane";
import type { SegmentOutcome } from "../../src/excel";

const segmentButton = () => screen.getByRole("button", { name: "Segmenteer" });
const card = (segment: string) => screen.getByRole("article", { name: `${segment}-klanten` });
const text = (el: HTMLElement) => (el.textContent ?? "").replace(/\s/g, " ");

describe("Segmenteer", () => {
  it("sends the form's settings and the number of labels", async () => {
    const api = fakeApi({ outcome: outcomeOf() });
    const { user } = await renderPane(api);
    await user.click(segmentButton());
    expect(api.segment).toHaveBeenCalledWith(
      {
        revenueThreshold: { kind: "median" },
        scoreThreshold: 3,
        weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
        language: "nl",
      },
      20,
    );
  });

  it("sends changed settings: top %, a decimal score, top N and labels off", async () => {
    const api = fakeApi({ outcome: outcomeOf() });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("radio", { name: "Top %" }));
    const percent = screen.getByRole("textbox", { name: /Top-percentage/ });
    await user.clear(percent);
    await user.type(percent, "30");
    const score = screen.getByRole("textbox", { name: /Scoredrempel/ });
    await user.clear(score);
    await user.type(score, "2,5");
    await user.click(screen.getByRole("switch", { name: "Alleen de grootste N klanten" }));
    await user.click(screen.getByRole("switch", { name: "Klantnamen in de grafiek" }));
    await user.click(segmentButton());
    expect(api.segment).toHaveBeenCalledWith(
      {
        revenueThreshold: { kind: "topPercent", topPercent: 30 },
        scoreThreshold: 2.5,
        weights: { marge: 1, snelheid: 1, innovatie: 1, netwerk: 1 },
        topN: 20,
        language: "nl",
      },
      0,
    );
  });

  it("shows progress while it runs, then announces and shows the result", async () => {
    const api = fakeApi();
    const call = deferred<SegmentOutcome>();
    api.segment.mockReturnValue(call.promise);
    const { user } = await renderPane(api);
    await user.click(segmentButton());

    expect(screen.getByRole("progressbar", { name: "Bezig met segmenteren…" })).toBeTruthy();
    expect(segmentButton().getAttribute("aria-disabled")).toBe("true");
    expect(statusText()).toContain("Bezig met segmenteren…");
    await user.click(segmentButton());
    expect(api.segment).toHaveBeenCalledTimes(1);

    call.resolve(outcomeOf());
    expect(await screen.findByRole("heading", { name: /^Resultaat voor / })).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(segmentButton().getAttribute("aria-disabled")).toBeNull();
    expect(statusText()).toContain("Klaar: 4 klanten gesegmenteerd, 1 A, 2 B en 1 C.");
  });

  it("shows counts, euros, shares and the advice per segment", async () => {
    const { user } = await renderPane(fakeApi({ outcome: outcomeOf() }));
    await user.click(segmentButton());
    await screen.findByRole("heading", { name: /^Resultaat voor / });

    expect(screen.getByText(/De werkmap is bijgewerkt/)).toBeTruthy();
    expect(screen.getByText("Geanalyseerde tabel: Klanten!A1:G5")).toBeTruthy();
    expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
    expect(text(screen.getByText(/^Omzetdrempel \(/))).toBe(
      "Omzetdrempel (jaaromzet + potentieel): € 47.500 (mediaan)",
    );
    expect(screen.getByText("Scoredrempel: 3 van 4")).toBeTruthy();

    expect(text(card("A"))).toContain("1 klant (25,0% van de klanten)");
    expect(text(card("A"))).toContain("Jaaromzet € 250.000 (73,7% van de jaaromzet)");
    expect(card("A").textContent).toContain("€\u00a0250.000");
    expect(text(card("A"))).toContain(SEGMENT_ADVICE.nl.A);
    expect(text(card("B"))).toContain("2 klanten (50,0% van de klanten)");
    expect(text(card("B"))).toContain("Jaaromzet € 80.000 (23,6% van de jaaromzet)");
    expect(text(card("C"))).toContain("Jaaromzet € 9.000 (2,7% van de jaaromzet)");
    expect(text(card("C"))).toContain(SEGMENT_ADVICE.nl.C);

    const topLeft = within(card("B")).getByRole("heading", { name: "Linksboven: grote omzet, zwak profiel" });
    expect(text(topLeft.parentElement!)).toContain("1 klant");
    expect(text(topLeft.parentElement!)).toContain(QUADRANT_ADVICE.nl["top-left"]);
    const bottomRight = within(card("B")).getByRole("heading", {
      name: "Rechtsonder: kleine omzet, sterk profiel",
    });
    expect(text(bottomRight.parentElement!)).toContain(QUADRANT_ADVICE.nl["bottom-right"]);
  });

  it("names the segment letter in text, not only in colour", async () => {
    const { user } = await renderPane(fakeApi({ outcome: outcomeOf() }));
    await user.click(segmentButton());
    await screen.findByRole("heading", { name: /^Resultaat voor / });
    for (const segment of ["A", "B", "C"]) {
      expect(
        within(card(segment)).getByRole("heading", { level: 3, name: `${segment}-klanten` }),
      ).toBeTruthy();
    }
  });

  it("says how many clients fell outside the top N, the top % applied and Excel's notes", async () => {
    const outcome = outcomeOf(
      ARTICLE_CLIENTS,
      { topN: 3, revenueThreshold: { kind: "topPercent", topPercent: 20 } },
      {
        notes: ["Deze Excel kent geen dynamische matrices; de add-in schreef gewone formules."],
      },
    );
    const { user } = await renderPane(fakeApi({ outcome }));
    await user.click(segmentButton());
    expect(await screen.findByText("1 klant valt buiten de top 3 en kreeg geen segment.")).toBeTruthy();
    expect(text(screen.getByText(/^Omzetdrempel \(/))).toMatch(/\(top 20%\)$/);
    expect(screen.getByText(/Deze Excel kent geen dynamische matrices/)).toBeTruthy();
  });

  it("says clearly that nothing changed when the table has errors", async () => {
    const outcome = refusedOutcome([
      problem("error", "Klanten!B3: veel is geen bedrag (Omzet).", "Klanten!B3"),
    ]);
    const { user } = await renderPane(fakeApi({ outcome }));
    await user.click(segmentButton());
    expect(
      await screen.findByText(
        "Er is niets gewijzigd in de werkmap. Verbeter de fout hieronder en klik opnieuw op Segmenteer.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Klanten!B3: veel is geen bedrag (Omzet).")).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
    expect(statusText()).toContain("Niets gewijzigd: 1 fout gevonden.");
  });

  it("shows the error message when Excel fails", async () => {
    const api = fakeApi();
    api.segment.mockRejectedValue(
      new Error("Excel is bezig met bewerken van een cel. Druk op Enter en probeer opnieuw."),
    );
    const { user } = await renderPane(api);
    await user.click(segmentButton());
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toBe(
      "Segmenteren is mislukt. Excel is bezig met bewerken van een cel. Druk op Enter en probeer opnieuw.",
    );
    expect(statusText()).toContain("Segmenteren is mislukt: Excel is bezig");
  });
});
