import "./fabricConfig";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeApi } from "./officeApi";
import { applyPageStyles } from "./pageStyles";
import { registerPaneIcons } from "./paneIcons";

/*
 * The task pane's entry: the only place that wires the real Office API into the pane. The import of
 * ./fabricConfig must stay first so Fluent UI does not declare its CDN web fonts.
 */
Office.onReady(() => {
  const api = createOfficeApi();
  document.documentElement.lang = api.language;
  applyPageStyles();
  registerPaneIcons();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
});
