/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { fakeApi } from "./fakeApi";

const mockApi = fakeApi({ language: "en" });
jest.mock("../../src/taskpane/officeApi", () => ({ createOfficeApi: () => mockApi }));

describe("index.tsx", () => {
  it("waits for Office, then renders the pane with the Office API in Office's language", async () => {
    document.body.innerHTML = '<div id="root"></div>';
    let ready: (() => void) | undefined;
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: (callback: () => void) => {
        ready = callback;
        return Promise.resolve({});
      },
    };
    await import("../../src/taskpane/index");
    expect(document.getElementById("root")!.childElementCount).toBe(0);
    await act(async () => ready!());
    expect(document.documentElement.lang).toBe("en");
    expect(await screen.findByRole("heading", { level: 1, name: "ABC client segmentation" })).toBeTruthy();
    expect(mockApi.loadSettings).toHaveBeenCalled();
  });
});
