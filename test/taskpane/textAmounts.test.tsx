/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { TextAmount } from "../../src/excel";
import type { Problem } from "../../src/method/types";
import { fakeApi } from "./fakeApi";
import { outcomeOf, refusedOutcome } from "./outcomes";
import { renderPane } from "./renderPane";

/** A "text-amount" error as the engine reports it for a cell. */
const textAmount = (address: string): Problem => ({
  row: -1,
  column: -1,
  severity: "error",
  code: "text-amount",
  message: `${address}: het bedrag staat als tekst in de cel; de formules tellen het niet mee.`,
  address,
});

const AMOUNTS: TextAmount[] = [
  { address: "Klanten!B3", text: "9000", value: 9000 },
  { address: "Klanten!C2", text: "€ 260.000,00", value: 260000 },
];

/** A pane whose first run found the two text amounts, and whose next runs find none. */
async function paneWithTextAmounts(language: "nl" | "en" = "nl") {
  const api = fakeApi({ language, outcome: outcomeOf(undefined, { language }) });
  api.readTextAmounts.mockResolvedValue(AMOUNTS);
  api.ribbon.publish({
    kind: "outcome",
    outcome: refusedOutcome(
      AMOUNTS.map((a) => textAmount(a.address)),
      language,
    ),
  });
  const pane = await renderPane(api);
  return { api, ...pane };
}

const convertButton = () => screen.getByRole("button", { name: "Zet tekstbedragen om naar getallen" });

describe("Zet tekstbedragen om naar getallen", () => {
  it("is offered when the run found amounts stored as text, and asks first, naming the cells", async () => {
    const { api, user } = await paneWithTextAmounts();
    await user.click(convertButton());
    expect(api.readTextAmounts).toHaveBeenCalledWith(["Klanten!B3", "Klanten!C2"]);
    const dialog = await screen.findByRole("alertdialog", { name: "Tekstbedragen omzetten?" });
    expect(within(dialog).getByText(/^2 cellen bevatten een bedrag als tekst/)).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Klanten!B3: '9000' → 9000", "Klanten!C2: '€ 260.000,00' → 260000"]);
    expect(api.convertTextAmounts).not.toHaveBeenCalled();
  });

  it("changes nothing when the user cancels", async () => {
    const { api, user } = await paneWithTextAmounts();
    await user.click(convertButton());
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(api.convertTextAmounts).not.toHaveBeenCalled();
    expect(api.segment).not.toHaveBeenCalled();
  });

  it("converts the confirmed cells, segments again and offers Ongedaan maken", async () => {
    const { api, user } = await paneWithTextAmounts();
    await user.click(convertButton());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Omzetten" }),
    );
    expect(api.convertTextAmounts).toHaveBeenCalledWith(AMOUNTS);
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(
        "2 tekstbedragen omgezet naar getallen. Excel kan dit niet ongedaan maken, de add-in wel.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("4 klanten gesegmenteerd.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Zet tekstbedragen om naar getallen" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Ongedaan maken" }));
    expect(api.undoTextAmounts).toHaveBeenCalledWith(AMOUNTS);
    await waitFor(() => expect(api.segment).toHaveBeenCalledTimes(2));
    expect(await screen.findByText("De oorspronkelijke tekst staat terug in 2 cellen.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Ongedaan maken" })).toBeNull();
  });

  it("says which cells it skipped because they changed meanwhile, and undoes only what it wrote", async () => {
    const { api, user } = await paneWithTextAmounts();
    api.convertTextAmounts.mockResolvedValue({ written: [AMOUNTS[1]], skipped: [AMOUNTS[0]] });
    api.undoTextAmounts.mockResolvedValue({ written: [], skipped: [AMOUNTS[1]] });
    await user.click(convertButton());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Omzetten" }),
    );
    expect(
      await screen.findByText(
        "1 tekstbedrag omgezet naar een getal; 1 cel overgeslagen omdat die intussen gewijzigd is. Excel kan dit niet ongedaan maken, de add-in wel.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ongedaan maken" }));
    expect(api.undoTextAmounts).toHaveBeenCalledWith([AMOUNTS[1]]);
    expect(await screen.findByText("Geen tekst teruggezet: 1 cel is intussen gewijzigd.")).toBeTruthy();
    expect(api.segment).toHaveBeenCalledTimes(1);
  });

  it("lists the first five cells and counts the rest", async () => {
    const { api, user } = await paneWithTextAmounts();
    api.readTextAmounts.mockResolvedValue(
      Array.from({ length: 7 }, (_, i) => ({
        address: `Klanten!B${i + 2}`,
        text: `${i}.000`,
        value: i * 1000,
      })),
    );
    await user.click(convertButton());
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getAllByRole("listitem")).toHaveLength(5);
    expect(within(dialog).getByText("en nog 2 cellen")).toBeTruthy();
  });

  it("says when the cells no longer hold text amounts", async () => {
    const { api, user } = await paneWithTextAmounts();
    api.readTextAmounts.mockResolvedValue([]);
    await user.click(convertButton());
    expect(await screen.findByText(/er is niets om te zetten/)).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("shows why the conversion failed", async () => {
    const { api, user } = await paneWithTextAmounts();
    api.convertTextAmounts.mockRejectedValue(new Error("Excel weigerde de wijziging. (AccessDenied)"));
    await user.click(convertButton());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Omzetten" }),
    );
    expect(
      await screen.findByText(
        "De tekstbedragen konden niet omgezet worden: Excel weigerde de wijziging. (AccessDenied)",
      ),
    ).toBeTruthy();
    expect(api.segment).not.toHaveBeenCalled();
  });

  it("keeps Ongedaan maken when undoing failed", async () => {
    const { api, user } = await paneWithTextAmounts();
    api.undoTextAmounts.mockRejectedValue(new Error("Excel is bezig."));
    await user.click(convertButton());
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Omzetten" }),
    );
    await user.click(await screen.findByRole("button", { name: "Ongedaan maken" }));
    expect(await screen.findByText("Ongedaan maken is mislukt: Excel is bezig.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ongedaan maken" })).toBeTruthy();
  });

  it("is not offered without text amounts", async () => {
    const api = fakeApi();
    api.ribbon.publish({ kind: "outcome", outcome: outcomeOf() });
    await renderPane(api);
    expect(screen.queryByRole("button", { name: /tekstbedragen/ })).toBeNull();
  });

  it("speaks English", async () => {
    const { user } = await paneWithTextAmounts("en");
    await user.click(screen.getByRole("button", { name: "Convert text amounts to numbers" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Convert text amounts?" });
    expect(within(dialog).getByText(/^2 cells hold an amount as text/)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Convert" }));
    expect(await screen.findByText(/^2 text amounts converted to numbers/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
  });
});
