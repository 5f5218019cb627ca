import { readFileSync } from "node:fs";
import { join } from "node:path";

const source = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const CSP = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** HtmlWebpackPlugin's templateParameters; the page may use no other template tag. */
const PARAMETERS: Record<string, string> = { csp: CSP, officeJs: OFFICE_JS };
const html = source.replace(
  /<%=\s*(\w+)\s*%>/g,
  (_, name: string) => PARAMETERS[name] ?? `<unknown ${name}>`,
);

describe("taskpane.html", () => {
  it("is a Dutch HTML5 page with a charset, a viewport and the title", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(/<meta charset="utf-8" \/>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    expect(html).toContain("<title>ABC-klantsegmentatie</title>");
    expect(html).toContain('<div id="root"></div>');
  });

  it("takes the Content-Security-Policy and office.js from webpack, in the head", () => {
    const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    expect(head).toContain(`<script src="${OFFICE_JS}"></script>`);
  });

  it("uses only the csp and officeJs parameters", () => {
    expect(source.match(/<%[\s\S]*?%>/g)).toEqual(["<%= csp %>", "<%= officeJs %>"]);
  });

  it("has no inline script", () => {
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toEqual([`<script src="${OFFICE_JS}"></script>`]);
    expect(html).not.toMatch(/\son\w+=/);
  });
});
