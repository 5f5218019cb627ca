import { isAllowedRequest, type Traffic } from "./browser";

/**
 * Asserts what every browser test file ends with: the add-in asked for nothing but the preview server and
 * office.js, no Content-Security-Policy violation, no console error and no uncaught exception.
 */
export function expectCleanTraffic(traffic: Traffic): void {
  expect(traffic.requests.length).toBeGreaterThan(0);
  expect(traffic.aborted).toEqual([]);
  expect(traffic.requests.filter((url) => !isAllowedRequest(url))).toEqual([]);
  expect(traffic.cspViolations).toEqual([]);
  expect(traffic.pageErrors).toEqual([]);
  expect(traffic.consoleErrors).toEqual([]);
}
