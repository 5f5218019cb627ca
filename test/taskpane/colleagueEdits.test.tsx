/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { outcomeOf } from "./outcomes";
import { fakeApi } from "./fakeApi";
import { renderPane } from "./renderPane";

describe("settings a colleague changed on the settings sheet", () => {
  it("are read again before Segmenteer when the form was not touched, so they are not overwritten", async () => {
    const api = fakeApi({
      stored: { settings: { scoreThreshold: 3 }, labels: 20, problems: [] },
      outcome: outcomeOf(),
    });
    const { user } = await renderPane(api);
    api.loadSettings.mockResolvedValue({
      settings: { scoreThreshold: 2, topN: 10 },
      labels: 5,
      problems: [],
    });
    await user.click(screen.getByRole("button", { name: /^Segmenteer/ }));
    await waitFor(() => expect(api.segment).toHaveBeenCalled());
    const [settings, labels] = api.segment.mock.calls[0];
    expect(settings).toMatchObject({ scoreThreshold: 2, topN: 10 });
    expect(labels).toBe(5);
  });

  it("give way to what the user typed in the pane", async () => {
    const api = fakeApi({
      stored: { settings: { scoreThreshold: 3 }, labels: 20, problems: [] },
      outcome: outcomeOf(),
    });
    const { user } = await renderPane(api);
    const threshold = screen.getByRole("textbox", { name: /Scoredrempel/ });
    await user.clear(threshold);
    await user.type(threshold, "1");
    api.loadSettings.mockResolvedValue({ settings: { scoreThreshold: 2 }, labels: 20, problems: [] });
    await user.click(screen.getByRole("button", { name: /^Segmenteer/ }));
    await waitFor(() => expect(api.segment).toHaveBeenCalled());
    expect(api.segment.mock.calls[0][0]).toMatchObject({ scoreThreshold: 1 });
    expect(api.loadSettings).toHaveBeenCalledTimes(1);
  });
});
