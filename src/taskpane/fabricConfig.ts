/*
 * Imported first by index.tsx, before Fluent UI loads: an empty font base URL stops Fluent from declaring
 * its web fonts on Microsoft's CDN, which the Content-Security-Policy blocks; the pane uses the system's
 * Segoe UI instead.
 */
const host = window as Window & { FabricConfig?: Record<string, unknown> };
host.FabricConfig = { ...host.FabricConfig, fontBaseUrl: "" };

export {};
