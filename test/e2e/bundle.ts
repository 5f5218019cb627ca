import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ADDIN_ROOT } from "./paths";

/** One script the task pane loads, with its size as served and gzipped (level 9). */
export interface PaneScript {
  file: string;
  bytes: number;
  gzipped: number;
}

/** The src of every <script> in an HTML page, quoted or not (the production build minifies its HTML). */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

/** The add-in's own scripts that dist-preview/addin/taskpane.html loads (office.js comes from its CDN). */
export function paneScripts(root: string = ADDIN_ROOT): PaneScript[] {
  const html = readFileSync(join(root, "taskpane.html"), "utf8");
  return scriptSources(html)
    .filter((src) => !/^https?:/i.test(src))
    .map((src) => {
      const body = readFileSync(join(root, src));
      return { file: src, bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length };
    });
}

/** The weight budget of the task pane's JavaScript, gzipped: 250 KB (read strictly as 250,000 bytes). */
export const PANE_JS_BUDGET = 250_000;
