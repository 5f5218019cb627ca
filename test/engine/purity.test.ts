import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const HOSTS = ["Excel", "Office", "OfficeExtension", "window", "document", "React"] as const;

describe("the engine knows nothing of its host", () => {
  const host = globalThis as Record<string, unknown>;

  beforeAll(() => {
    for (const name of HOSTS) {
      Object.defineProperty(host, name, {
        configurable: true,
        get() {
          throw new Error(`src/engine touched the host global ${name}`);
        },
      });
    }
  });

  afterAll(() => {
    for (const name of HOSTS) delete host[name];
  });

  it("segments a table while every host global throws when touched", async () => {
    const { segmentTable } = await import("../../src/engine");
    const result = segmentTable([
      ["Klant", "Omzet", "Marge", "Snelheid", "Innovatie", "Netwerk"],
      ["Een", 100, "Ja", "Ja", "Ja", "Ja"],
      ["Twee", 10, "Nee", "Nee", "Nee", "Nee"],
    ]);
    expect(result.clients.map((c) => c.segment)).toEqual(["A", "C"]);
  });

  it("imports nothing from outside src/engine", () => {
    const dir = join(__dirname, "../../src/engine");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      for (const spec of imports) expect(`${file}: ${spec}`).toMatch(/: \.\/[\w]+$/);
    }
  });
});
