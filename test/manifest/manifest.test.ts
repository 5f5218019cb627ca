/**
 * Structural checks of manifest.xml. The official validator (office-addin-manifest validate) needs the
 * internet, so these tests check offline what would otherwise only show up when a user installs the
 * add-in: a rejected manifest, a missing button, an untranslated label or a broken icon.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "../..");
const DEV_URL = "https://localhost:3000/";
const PUBLIC_URL = "https://abc.example.com/app/";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";

/** The documented child order of each manifest element the schema defines as a sequence. */
const CHILD_ORDER: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Host: ["Runtimes", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** The resource section a resid must point into, by the name of the element that carries it. */
const RESID_SECTION: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** The maximum length of a string resource, per section. */
const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

/** Parses XML strictly: any warning, error or fatal error throws with the parser's message. */
function parseXml(xml: string): Element {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  const root = parser.parseFromString(xml, "text/xml").documentElement;
  if (!root) throw new Error("XML has no root element");
  return root;
}

/** The element children of an element, in document order. */
function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
}

/** The first child element with this local name, or a failure naming the path that is missing. */
function child(element: Element, name: string): Element {
  const found = children(element).find((c) => c.localName === name);
  if (!found) throw new Error(`<${element.localName}> has no <${name}>`);
  return found;
}

/** Every element below (and including) `root`, in document order. */
function allElements(root: Element): Element[] {
  return [root, ...children(root).flatMap(allElements)];
}

/** Every element below `root` with this local name. */
function elementsNamed(root: Element, name: string): Element[] {
  return allElements(root).filter((e) => e.localName === name);
}

/** The xsi:type of an element, or "" when it has none. */
function xsiType(element: Element): string {
  return element.getAttributeNS(XSI, "type") ?? "";
}

/** The text of an element, trimmed. */
function text(element: Element): string {
  return (element.textContent ?? "").trim();
}

/** The children's local names that break the documented order, as "A after B" messages. */
function orderViolations(element: Element, order: readonly string[]): string[] {
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const name of children(element).map((c) => c.localName ?? "")) {
    const index = order.indexOf(name);
    if (index < 0) problems.push(`<${element.localName}> has unexpected child <${name}>`);
    else if (index < last) problems.push(`<${element.localName}>: <${name}> must come before <${lastName}>`);
    else [last, lastName] = [index, name];
  }
  return problems;
}

/** The width and height in a PNG file's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${path} is not a PNG file`);
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${path} does not start with IHDR`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The local file a development URL is served from: https://localhost:3000/assets/x.png → assets/x.png. */
function assetPath(url: string): string {
  if (!url.startsWith(DEV_URL)) throw new Error(`${url} does not start with ${DEV_URL}`);
  return join(ROOT, url.slice(DEV_URL.length).split("#")[0]);
}

/** Every URL in attribute values and text of the manifest (namespace declarations excluded). */
function urlsIn(root: Element): string[] {
  const urls: string[] = [];
  const pattern = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;
  for (const element of allElements(root)) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
      urls.push(...(attribute.value.match(pattern) ?? []));
    }
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3) urls.push(...((node.nodeValue ?? "").match(pattern) ?? []));
    }
  }
  return urls;
}

/** A dotted version as numbers, for comparing "1.10" above "1.8". */
function versionParts(version: string): number[] {
  return version.split(".").map(Number);
}

/** True when dotted version `a` is at least `b`. */
function versionAtLeast(a: string, b: string): boolean {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  }
  return true;
}

const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  let app: Element;
  let overrides: Element;
  let resources: Element;

  beforeAll(() => {
    app = parseXml(MANIFEST);
    overrides = child(app, "VersionOverrides");
    resources = child(overrides, "Resources");
  });

  /** Resource elements (bt:Image, bt:Url, bt:String) per section name. */
  const resourceSections = (): Map<string, Element[]> =>
    new Map(children(resources).map((section) => [section.localName ?? "", children(section)]));

  /** Every element that points at a resource with a resid attribute. */
  const residUsers = (): Element[] => allElements(overrides).filter((e) => e.hasAttribute("resid"));

  it("is well-formed XML (otherwise Office refuses to install the add-in)", () => {
    expect(() => parseXml(MANIFEST)).not.toThrow();
    expect(app.localName).toBe("OfficeApp");
    expect(xsiType(app)).toBe("TaskPaneApp");
    expect(overrides.namespaceURI).toBe(OVERRIDES);
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
  });

  it("puts elements in the order the schema demands (a wrong order makes the install fail)", () => {
    const problems = Object.entries(CHILD_ORDER).flatMap(([name, order]) =>
      elementsNamed(app, name).flatMap((e) => orderViolations(e, order)),
    );
    expect(problems).toEqual([]);
  });

  it("resolves every resid to a declared resource of the right kind (or a ribbon item shows nothing)", () => {
    const sections = resourceSections();
    const problems = residUsers().flatMap((user) => {
      const resid = user.getAttribute("resid") ?? "";
      const section = RESID_SECTION[user.localName ?? ""];
      if (!section) return [`<${user.localName} resid="${resid}"> is not a known resource reference`];
      const declared = (sections.get(section) ?? []).some((r) => r.getAttribute("id") === resid);
      return declared ? [] : [`<${user.localName} resid="${resid}"> has no ${section} entry`];
    });
    expect(problems).toEqual([]);
  });

  it("uses every declared resource, with unique ids of at most 32 characters", () => {
    const used = new Set(residUsers().map((e) => e.getAttribute("resid")));
    const ids = [...resourceSections().values()].flat().map((r) => r.getAttribute("id") ?? "");
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id.length === 0 || id.length > 32)).toEqual([]);
  });

  it("keeps labels within 125 and descriptions within 250 characters, in every language", () => {
    const tooLong = Object.entries(MAX_LENGTH).flatMap(([section, max]) =>
      (resourceSections().get(section) ?? []).flatMap((string) =>
        [
          string.getAttribute("DefaultValue") ?? "",
          ...elementsNamed(string, "Override").map((o) => o.getAttribute("Value") ?? ""),
        ]
          .filter((value) => value.length > max)
          .map((value) => `${string.getAttribute("id")}: ${value.length} > ${max}`),
      ),
    );
    expect(tooLong).toEqual([]);
    expect((child(app, "DisplayName").getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    expect((child(app, "Description").getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  });

  it("translates every label, tooltip, name and description into English (en-US)", () => {
    const strings = [
      ...(resourceSections().get("ShortStrings") ?? []),
      ...(resourceSections().get("LongStrings") ?? []),
    ];
    const localized = [child(app, "DisplayName"), child(app, "Description"), ...strings];
    expect(strings.length).toBeGreaterThan(0);
    const untranslated = localized
      .filter(
        (e) =>
          !children(e).some((o) => o.getAttribute("Locale") === "en-US" && o.getAttribute("Value")?.trim()),
      )
      .map((e) => e.getAttribute("id") ?? e.localName);
    expect(untranslated).toEqual([]);
    expect(text(child(app, "DefaultLocale"))).toBe("nl-BE");
  });

  it("shows the agreed Dutch and English names on the ribbon", () => {
    const strings = new Map(
      [...(resourceSections().get("ShortStrings") ?? [])].map((s) => [
        s.getAttribute("id"),
        [s.getAttribute("DefaultValue"), elementsNamed(s, "Override")[0]?.getAttribute("Value")],
      ]),
    );
    const group = elementsNamed(overrides, "Group")[0];
    const tab = group.parentNode as Element;
    const labelOf = (e: Element) => strings.get(child(e, "Label").getAttribute("resid"));
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(group.getAttribute("id")).toBe("ABC.Group");
    expect(labelOf(group)).toEqual(["Klantsegmentatie", "Client segmentation"]);
    expect(
      children(group)
        .filter((c) => c.localName === "Control")
        .map(labelOf),
    ).toEqual([
      ["Segmenteer", "Run segmentation"],
      ["ABC-paneel", "ABC pane"],
    ]);
  });

  it("uses https for every URL, all under https://localhost:3000/ so the build can swap in the public URL", () => {
    const urls = urlsIn(app);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
    const holders = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => child(app, name)),
      child(child(app, "DefaultSettings"), "SourceLocation"),
      ...children(child(resources, "Images")),
      ...children(child(resources, "Urls")),
    ];
    for (const holder of holders)
      expect(holder.getAttribute("DefaultValue")).toMatch(/^https:\/\/localhost:3000\//);
  });

  it("points every icon at a PNG under assets/ of exactly the declared size (or Office shows a blank icon)", () => {
    const images = new Map(children(child(resources, "Images")).map((i) => [i.getAttribute("id"), i]));
    const declared: [url: string, size: number][] = [
      [child(app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [child(app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
      ...elementsNamed(overrides, "Icon").flatMap((icon) =>
        children(icon).map((use): [string, number] => [
          images.get(use.getAttribute("resid"))?.getAttribute("DefaultValue") ?? "",
          Number(use.getAttribute("size")),
        ]),
      ),
      ...[...images].map(([id, image]): [string, number] => [
        image.getAttribute("DefaultValue") ?? "",
        Number(/^Icon\.(\d+)x\1$/.exec(id ?? "")?.[1]),
      ]),
    ];
    for (const [url, size] of declared) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w.-]+\.png$/);
      expect([url, existsSync(assetPath(url))]).toEqual([url, true]);
      expect([url, pngSize(assetPath(url))]).toEqual([url, { width: size, height: size }]);
    }
  });

  it("gives the group and every button a 16, 32 and 80 px icon, each size once", () => {
    const icons = elementsNamed(overrides, "Icon");
    expect(icons).toHaveLength(3);
    for (const icon of icons) {
      const sizes = children(icon).map((image) => image.getAttribute("size"));
      expect(new Set(sizes).size).toBe(sizes.length);
      expect(sizes).toEqual(expect.arrayContaining(["16", "32", "80"]));
    }
  });

  it("keeps its fixed GUID (a new Id would install as a second add-in), runs in Excel, asks for read/write", () => {
    const id = text(child(app, "Id"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe("791e9a99-b411-4d28-8c7c-510634272bd6");
    expect(text(child(app, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(app, "Permissions"))).toBe("ReadWriteDocument");
    expect(children(child(app, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  it("requires ExcelApi 1.8 or later and SharedRuntime 1.1, in the base manifest and in the overrides", () => {
    for (const requirements of [child(app, "Requirements"), child(overrides, "Requirements")]) {
      const sets = new Map(
        elementsNamed(requirements, "Set").map((s) => [
          s.getAttribute("Name"),
          s.getAttribute("MinVersion") ?? "",
        ]),
      );
      expect(versionAtLeast(sets.get("ExcelApi") ?? "0", "1.8")).toBe(true);
      expect(sets.get("SharedRuntime")).toBe("1.1");
    }
  });

  it("runs the ribbon commands and the pane in one shared runtime (same page for all three)", () => {
    const runtimes = elementsNamed(overrides, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const showTaskpane = elementsNamed(overrides, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(showTaskpane).toHaveLength(1);
    expect(text(child(showTaskpane[0], "TaskpaneId"))).toBe("ABC.Taskpane");
    const resids = [
      runtimes[0],
      ...elementsNamed(overrides, "FunctionFile"),
      child(showTaskpane[0], "SourceLocation"),
    ].map((e) => e.getAttribute("resid"));
    expect(resids).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
  });

  it("calls the function segmenteer from the Segmenteer button", () => {
    const functions = elementsNamed(overrides, "Action")
      .filter((a) => xsiType(a) === "ExecuteFunction")
      .map((a) => text(child(a, "FunctionName")));
    expect(functions).toEqual(["segmenteer"]);
  });
});

describe("the commands bundle", () => {
  const host = globalThis as Record<string, unknown>;
  const registered = new Map<string, unknown>();

  beforeAll(() => {
    host.Office = {
      actions: { associate: (name: string, handler: unknown) => void registered.set(name, handler) },
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { displayLanguage: "nl-BE" },
    };
  });

  afterAll(() => {
    delete host.Office;
  });

  it("registers every FunctionName of the manifest (else the ribbon button does nothing)", async () => {
    const { registerCommands } = await import("../../src/commands/register");
    registerCommands();
    const names = elementsNamed(parseXml(MANIFEST), "FunctionName").map(text);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, typeof registered.get(name)]).toEqual([name, "function"]);
  });
});

describe("scripts/publicManifest.js (the production manifest)", () => {
  type PublicManifest = { publicManifest: (xml: string, publicUrl: string) => string; DEV_URL: string };
  const build = jest.requireActual<PublicManifest>("../../scripts/publicManifest.js");

  it("replaces the same development prefix the manifest uses", () => {
    expect(build.DEV_URL).toBe(DEV_URL);
  });

  it("points every URL at the public URL and leaves no localhost behind", () => {
    const published = build.publicManifest(MANIFEST, PUBLIC_URL);
    expect(published).not.toContain("https://localhost:3000");
    expect(published).not.toContain("localhost");
    const expected = urlsIn(parseXml(MANIFEST)).map((url) => PUBLIC_URL + url.slice(DEV_URL.length));
    expect(urlsIn(parseXml(published))).toEqual(expected);
  });

  it("refuses a public URL that is not https (Office would not load the add-in)", () => {
    expect(() => build.publicManifest(MANIFEST, "http://abc.example.com/app/")).toThrow(/https/);
    expect(() => build.publicManifest(MANIFEST, "abc.example.com")).toThrow();
  });
});
