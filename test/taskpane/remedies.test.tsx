/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import type { SegmentOutcome } from "../../src/excel";
import type { Problem } from "../../src/method/types";
import type { Remedy } from "../../src/workbook/remedies";
import { fakeApi } from "./fakeApi";
import { outcomeOf, refusedOutcome } from "./outcomes";
import { renderPane, statusText } from "./renderPane";

/*
 * Every refusal offers its way forward as a button, and no two messages that contradict each other are
 * on screen after any sequence of runs and actions.
 */

const LIST = "Klanten!A3:I23";
const TEMPLATE = "'ABC-sjabloon'!A4:I24";

/** A refusal of one problem with its remedies, about `table`. */
function refusal(
  code: Problem["code"],
  message: string,
  remedies: Remedy[],
  table = TEMPLATE,
): SegmentOutcome {
  const problem: Problem = { row: -1, column: -1, severity: "error", code, message, address: table };
  return { ...refusedOutcome([problem]), table, remedies };
}

const otherAnalysis = () =>
  refusal("other-analysis", `Deze werkmap segmenteert al de klantenlijst ${LIST}.`, [
    { kind: "go-to-segmented-list", list: LIST },
    { kind: "move-analysis", from: LIST, to: TEMPLATE },
    { kind: "remove-analysis", list: LIST },
  ]);

const button = (name: string | RegExp) => screen.getByRole("button", { name });
/** The visible text (the status regions for screen readers say it once more, hidden). */
const visible = (text: string | RegExp) =>
  screen.findByText(text, { ignore: '[role="status"], script, style' });
const results = () => screen.getByRole("region", { name: /^Resultaat/ });
const alertsAndSuccesses = () =>
  [...document.querySelectorAll(".ms-MessageBar")].map((el) => el.textContent ?? "").filter((t) => t !== "");

describe("a second list in a segmented workbook", () => {
  it("offers going to the segmented list, moving the analysis here and removing it", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    const group = await screen.findByRole("group", { name: "Wat nu?" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Ga naar de gesegmenteerde lijst",
      "Verplaats de analyse naar deze lijst",
      "Verwijder de analyse",
    ]);
    expect(screen.getByRole("heading", { level: 2, name: `Resultaat voor ${TEMPLATE}` })).toBeTruthy();
    await user.click(button("Ga naar de gesegmenteerde lijst"));
    expect(api.goToCell).toHaveBeenCalledWith(LIST);
  });

  it("says why the run was refused once, in the message right above its buttons, not again among the problems", async () => {
    const { user } = await renderPane(fakeApi({ outcome: otherAnalysis() }));
    await user.click(button("Segmenteer"));
    const group = await screen.findByRole("group", { name: "Wat nu?" });
    const why = await visible(
      `Er is niets gewijzigd in de werkmap. Deze werkmap segmenteert al de klantenlijst ${LIST}.`,
    );
    expect(why.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.queryAllByText(/segmenteert al de klantenlijst/, { ignore: '[role="status"]' }),
    ).toHaveLength(1);
    expect(screen.queryByText(/Verbeter de fout/)).toBeNull();
  });

  it("moves the analysis in one click: a new run with the move, whose result replaces the refusal", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    const moved = outcomeOf(
      undefined,
      {},
      {
        table: TEMPLATE,
        moved: { list: LIST, columns: ["Totaal"], kept: [], chart: true, settingsSheet: false },
      },
    );
    api.segment.mockResolvedValueOnce(moved);
    await user.click(await screen.findByRole("button", { name: "Verplaats de analyse naar deze lijst" }));
    expect(api.segment).toHaveBeenLastCalledWith(expect.anything(), 20, { move: true });
    await visible(/De analyse is verplaatst: .* weg bij Klanten!A3:I23\./);
    expect(screen.queryByText(/segmenteert al/)).toBeNull();
    expect(screen.queryByRole("group", { name: "Wat nu?" })).toBeNull();
  });

  it("asks before removing the analysis, then says what went in the refusal's place and moves focus there", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    api.removeAnalysis.mockResolvedValue({
      list: LIST,
      columns: ["Totaal", "Score", "Segment"],
      kept: ["Klanten!K6"],
      chart: true,
      settingsSheet: true,
      settingsSheetName: "ABC-instellingen",
    });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    await user.click(await screen.findByRole("button", { name: "Verwijder de analyse" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toMatch(/Excel kan dit niet ongedaan maken/);
    // Enter in the dialog cancels: the focus starts on Annuleren, never on Verwijderen.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Annuleren" })),
    );
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(api.removeAnalysis).not.toHaveBeenCalled();
    await user.click(button("Verwijder de analyse"));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Annuleren" }),
    );
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(api.removeAnalysis).not.toHaveBeenCalled();

    await user.click(button("Verwijder de analyse"));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Verwijderen" }),
    );
    const done = await visible(/De analyse is verwijderd: .* bleef staan: Klanten!K6\./);
    expect(api.removeAnalysis).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/segmenteert al/)).toBeNull();
    expect(screen.queryByText(/Er is niets gewijzigd/)).toBeNull();
    expect(results().contains(document.activeElement)).toBe(true);
    expect(statusText()).toContain(done.textContent);
  });

  it("says why a removal failed, in place of nothing", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    api.removeAnalysis.mockRejectedValue(new Error("De werkmap is beveiligd."));
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    await user.click(await screen.findByRole("button", { name: "Verwijder de analyse" }));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Verwijderen" }),
    );
    expect(await visible("Dat lukte niet: De werkmap is beveiligd.")).toBeTruthy();
  });
});

describe("Segmenteer on the settings sheet", () => {
  it("goes to the list and segments it in one click", async () => {
    const api = fakeApi({
      outcome: refusal(
        "settings-sheet",
        `Dit blad bevat de instellingen van de segmentatie van ${LIST}.`,
        [
          { kind: "go-to-client-list", list: LIST },
          { kind: "segment-list", list: LIST },
        ],
        "",
      ),
    });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    expect(await screen.findByRole("button", { name: "Ga naar de klantenlijst" })).toBeTruthy();
    expect(screen.queryByText(/Geen koprij/)).toBeNull();
    api.segment.mockResolvedValueOnce(outcomeOf(undefined, {}, { table: LIST }));
    await user.click(button(`Segmenteer ${LIST}`));
    expect(api.goToCell).toHaveBeenCalledWith(LIST);
    expect(api.segment).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole("heading", { name: `Resultaat voor ${LIST}` })).toBeTruthy();
  });
});

describe("refusals Excel can lift in one click", () => {
  it("show-table-headers: switches the analysed Table's header row on, then segments again", async () => {
    const remedy = { kind: "show-table-headers", table: "Tabel1" } as const;
    const api = fakeApi({
      outcome: refusal(
        "table-headers-off",
        "De tabel Tabel1 (Klanten!A3:I23) heeft geen koprij.",
        [remedy],
        LIST,
      ),
    });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    api.segment.mockResolvedValueOnce(outcomeOf(undefined, {}, { table: LIST }));
    await user.click(await screen.findByRole("button", { name: "Zet de veldnamenrij aan en segmenteer" }));
    expect(api.fixRefusal).toHaveBeenCalledWith(remedy);
    expect(await visible(/De werkmap is bijgewerkt/)).toBeTruthy();
    expect(screen.queryByText(/geen koprij/)).toBeNull();
  });

  it.each([
    ["the active sheet", { kind: "unprotect-sheet", sheet: "Klanten" }, { liftProtection: "Klanten" }],
    [
      "the moved list's sheet",
      { kind: "unprotect-sheet", sheet: "Oud", move: true },
      { liftProtection: "Oud", move: true },
    ],
  ] as const)(
    "unprotect-sheet (%s): segments with the protection lifted for the run only",
    async (_, remedy, options) => {
      const api = fakeApi({
        outcome: refusal("sheet-protected", "Het blad Klanten is beveiligd.", [remedy], LIST),
      });
      const { user } = await renderPane(api);
      await user.click(button("Segmenteer"));
      api.segment.mockResolvedValueOnce(outcomeOf(undefined, {}, { table: LIST }));
      await user.click(
        await screen.findByRole("button", { name: "Hef de beveiliging tijdelijk op en segmenteer" }),
      );
      expect(api.fixRefusal).not.toHaveBeenCalled();
      expect(api.segment).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), options);
      expect(await visible(/De werkmap is bijgewerkt/)).toBeTruthy();
      expect(screen.queryByText(/beveiligd/)).toBeNull();
    },
  );

  it("says why a Table's header row could not be switched on, in place of the refusal", async () => {
    const remedy = { kind: "show-table-headers", table: "Tabel1" } as const;
    const api = fakeApi({
      outcome: refusal("table-headers-off", "De tabel Tabel1 heeft geen koprij.", [remedy], LIST),
    });
    api.fixRefusal.mockRejectedValue(
      new Error("Excel zet de veldnamenrij van de tabel Tabel1 in rij 2, maar daar staat al iets."),
    );
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    await user.click(await screen.findByRole("button", { name: "Zet de veldnamenrij aan en segmenteer" }));
    expect(await visible(/Dat lukte niet: Excel zet de veldnamenrij .* rij 2/)).toBeTruthy();
    expect(api.segment).toHaveBeenCalledTimes(1);
  });
});

describe("a user's own sheet named ABC-instellingen", () => {
  it("says once which sheet to rename, with no button that would write over it", async () => {
    const message =
      "Deze werkmap heeft een eigen blad ABC-instellingen dat niet van de add-in is. Geef uw blad een andere naam.";
    const api = fakeApi({ outcome: refusal("settings-sheet-taken", message, [], "") });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    expect(await visible(/eigen blad ABC-instellingen .* andere naam\.$/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Wat nu?" })).toBeNull();
    expect(alertsAndSuccesses().filter((t) => t.includes("eigen blad"))).toHaveLength(1);
  });
});

describe("no client list on the sheet", () => {
  it("inserts the template from the refusal and says so where the refusal was", async () => {
    const api = fakeApi({
      outcome: refusal("no-header", "Geen koprij gevonden.", [{ kind: "insert-template" }], "Blad2!A1"),
    });
    api.insertTemplate.mockResolvedValue({ sheet: "ABC-sjabloon", segmented: LIST });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    const inResults = await screen.findByRole("group", { name: "Wat nu?" });
    await user.click(within(inResults).getByRole("button", { name: "Sjabloon invoegen" }));
    expect(api.insertTemplate).toHaveBeenCalledWith(false);
    await visible(/Het blad ABC-sjabloon is ingevoegd\. .* segmenteert al Klanten!A3:I23/);
    expect(screen.queryByText("Geen koprij gevonden.")).toBeNull();
  });
});

describe("messages that no longer hold go", () => {
  it("template → Segmenteer: the template's success goes when the run's result comes", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    api.insertTemplate.mockResolvedValue({ sheet: "ABC-sjabloon", segmented: LIST });
    const { user } = await renderPane(api);
    await user.click(button("Sjabloon invoegen"));
    const message = await visible(/Het blad ABC-sjabloon is ingevoegd/);
    expect(message.textContent).toMatch(/biedt aan de analyse hierheen te verplaatsen/);
    expect(message.closest("[tabindex='-1']")?.contains(document.activeElement)).toBe(true);
    await user.click(button("Segmenteer"));
    await visible(/segmenteert al de klantenlijst/);
    expect(screen.queryByText(/is ingevoegd/)).toBeNull();
  });

  it("Segmenteer → template → Segmenteer: one result at a time, naming its list", async () => {
    const api = fakeApi({ outcome: outcomeOf(undefined, {}, { table: LIST }) });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    await screen.findByRole("heading", { name: `Resultaat voor ${LIST}` });
    api.insertTemplate.mockResolvedValue({ sheet: "ABC-sjabloon", segmented: LIST });
    await user.click(button("Sjabloon invoegen"));
    await visible(/is ingevoegd/);
    api.segment.mockResolvedValueOnce(otherAnalysis());
    await user.click(button("Segmenteer"));
    await screen.findByRole("heading", { name: `Resultaat voor ${TEMPLATE}` });
    const shown = alertsAndSuccesses();
    expect(shown.some((t) => /De werkmap is bijgewerkt/.test(t))).toBe(false);
    expect(shown.some((t) => /is ingevoegd/.test(t))).toBe(false);
    expect(shown.some((t) => /Er is niets gewijzigd/.test(t))).toBe(true);
  });

  it("a refusal, its fix, then a run: the ribbon's new run replaces an action's message too", async () => {
    const api = fakeApi({ outcome: otherAnalysis() });
    const { user } = await renderPane(api);
    await user.click(button("Segmenteer"));
    await user.click(await screen.findByRole("button", { name: "Verwijder de analyse" }));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Verwijderen" }),
    );
    await visible(/De analyse is verwijderd/);
    act(() => api.ribbon.publish({ kind: "outcome", outcome: outcomeOf(undefined, {}, { table: LIST }) }));
    expect(screen.queryByText(/De analyse is verwijderd/)).toBeNull();
    expect(screen.getByRole("heading", { name: `Resultaat voor ${LIST}` })).toBeTruthy();
  });
});
