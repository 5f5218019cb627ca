import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The project folder: the nearest folder above this file (or above the bundled bench) with a package.json. */
export function projectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${__dirname}`);
    folder = parent;
  }
  return folder;
}

/** Where `npm run build:preview` puts the preview, with the production add-in in its addin folder. */
export const PREVIEW_ROOT = join(projectRoot(), "dist-preview");

/** The production add-in as the preview serves it. */
export const ADDIN_ROOT = join(PREVIEW_ROOT, "addin");

/** The office.js address the add-in's pages load; the browser tests answer it with the test double. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Why a browser test or benchmark cannot run, or null when the preview is built. */
export function missingPreview(): string | null {
  return existsSync(join(ADDIN_ROOT, "taskpane.html")) && existsSync(join(PREVIEW_ROOT, "preview.html"))
    ? null
    : `${PREVIEW_ROOT} is missing or incomplete: run \`npm run build:preview\` first.`;
}

/** Chromium as CI installs it (Debian's package), headless, with no background traffic of its own. */
export const CHROMIUM_LAUNCH = {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
