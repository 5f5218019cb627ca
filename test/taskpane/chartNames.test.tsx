/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane } from "./renderPane";

/* The result says when the chart could not show every name it was asked for (issue 10). */

describe("names the chart left off", () => {
  it("says how many of the names fit, and how to show more", async () => {
    const api = fakeApi({ outcome: outcomeOf(undefined, {}, { chartNames: { wanted: 20, placed: 14 } }) });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    expect(
      await screen.findByText(/Niet elke klantnaam past in de grafiek: 14 van de 20 staan erin/),
    ).toBeTruthy();
  });

  it("says nothing when every name fits", async () => {
    const api = fakeApi({ outcome: outcomeOf(undefined, {}, { chartNames: { wanted: 20, placed: 20 } }) });
    const { user } = await renderPane(api);
    await user.click(screen.getByRole("button", { name: "Segmenteer" }));
    await screen.findByText(/Geanalyseerde tabel/);
    expect(screen.queryByText(/Niet elke klantnaam/)).toBeNull();
  });
});
