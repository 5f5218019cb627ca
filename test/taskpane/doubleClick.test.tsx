/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { deferred, fakeApi } from "./fakeApi";
import { outcomeOf } from "./outcomes";
import { renderPane } from "./renderPane";

it("runs Segmenteer once for a double click, which arrives before the button is disabled", async () => {
  const api = fakeApi({ outcome: outcomeOf() });
  const call = deferred<Awaited<ReturnType<typeof api.segment>>>();
  api.segment.mockReturnValue(call.promise);
  await renderPane(api);
  const button = screen.getByRole("button", { name: "Segmenteer" });
  act(() => {
    button.click();
    button.click();
  });
  await waitFor(() => expect(api.segment).toHaveBeenCalled());
  call.resolve(outcomeOf());
  await screen.findByText(/De werkmap is bijgewerkt/);
  expect(api.segment).toHaveBeenCalledTimes(1);
});
