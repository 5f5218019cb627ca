/* Serves the browser preview on 127.0.0.1: the add-in against the test double, no Office needed. */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

/**
 * Starts the preview server. With `officeFromCdn` the pages keep the office.js CDN address (the browser
 * tests answer it with the double); otherwise the server points them at /office-double.js.
 */
export function startPreviewServer({
  root = resolve("dist-preview"),
  port = 3100,
  officeFromCdn = false,
} = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const path = url.pathname === "/" ? "/preview.html" : decodeURIComponent(url.pathname);
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) throw Object.assign(new Error("outside"), { status: 403 });
      let body = await readFile(file);
      if (!officeFromCdn && path.startsWith("/addin/") && path.endsWith(".html")) {
        body = Buffer.from(body.toString("utf8").replace(OFFICE_JS, "/office-double.js"));
      }
      response.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(body);
    } catch (error) {
      response.writeHead(error.status ?? 404, { "Content-Type": "text/plain" });
      response.end(error.status === 403 ? "Forbidden" : "Not found");
    }
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PREVIEW_PORT ?? 3100);
  await startPreviewServer({ port });
  console.log(`ABC-klantsegmentatie preview: http://127.0.0.1:${port}/preview.html  (English: ?lang=en)`);
}
