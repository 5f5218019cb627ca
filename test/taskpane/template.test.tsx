/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { deferred, fakeApi } from "./fakeApi";
import { renderPane, statusText } from "./renderPane";

const insertButton = () => screen.getByRole("button", { name: "Sjabloon invoegen" });

describe("the template", () => {
  it("inserts the empty template and says what to do next", async () => {
    const api = fakeApi();
    const { user } = await renderPane(api);
    expect(screen.getByRole("heading", { level: 2, name: "Sjabloon" })).toBeTruthy();
    await user.click(insertButton());
    expect(api.insertTemplate).toHaveBeenCalledWith(false);
    const message = "Het blad Klanten is ingevoegd. Vul uw klanten in en klik op Segmenteer.";
    expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
    expect(statusText()).toContain(message);
  });

  it("inserts example clients when asked", async () => {
    const api = fakeApi();
    api.insertTemplate.mockResolvedValue({ sheet: "Klanten (2)" });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("checkbox", { name: "Met voorbeeldklanten" }));
    await user.click(insertButton());
    expect(api.insertTemplate).toHaveBeenCalledWith(true);
    expect(
      (await screen.findAllByText(/Het blad Klanten \(2\) is ingevoegd met voorbeeldklanten/)).length,
    ).toBeGreaterThan(0);
  });

  it("shows a spinner while inserting and keeps the button from running twice", async () => {
    const api = fakeApi();
    const call = deferred<{ sheet: string }>();
    api.insertTemplate.mockReturnValue(call.promise);
    const { user } = await renderPane(api);
    await user.click(insertButton());
    expect(insertButton().getAttribute("aria-disabled")).toBe("true");
    expect(statusText()).toContain("Sjabloon invoegen…");
    await user.click(insertButton());
    expect(api.insertTemplate).toHaveBeenCalledTimes(1);
    call.resolve({ sheet: "Klanten" });
    expect((await screen.findAllByText(/Het blad Klanten is ingevoegd/)).length).toBeGreaterThan(0);
  });

  it("inserts one template for a double click, which arrives before the button is disabled", async () => {
    const api = fakeApi();
    const call = deferred<{ sheet: string }>();
    api.insertTemplate.mockReturnValue(call.promise);
    await renderPane(api);
    const button = insertButton();
    act(() => {
      button.click();
      button.click();
    });
    call.resolve({ sheet: "Klanten" });
    expect((await screen.findAllByText(/Het blad Klanten is ingevoegd/)).length).toBeGreaterThan(0);
    expect(api.insertTemplate).toHaveBeenCalledTimes(1);
  });

  it("shows why the template could not be inserted", async () => {
    const api = fakeApi();
    api.insertTemplate.mockRejectedValue(new Error("De werkmap is beveiligd."));
    const { user } = await renderPane(api);
    await user.click(insertButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Het sjabloon kon niet ingevoegd worden: De werkmap is beveiligd.");
  });
});
