import { PreviewBrowser } from "./browser";
jest.setTimeout(120_000);
it("explores", async () => {
  const s = await PreviewBrowser.start();
  try {
    await s.open();
    const f = await s.paneFrame();
    console.log(await f.evaluate(() => typeof (window as any).abcE2eCspViolation));
    await f.evaluate(() => { const x = document.createElement("script"); x.textContent = "1"; document.head.appendChild(x); });
    await new Promise((r) => setTimeout(r, 500));
    console.log(JSON.stringify(s.traffic.cspViolations), s.traffic.consoleErrors);
  } finally {
    await s.close();
  }
});
