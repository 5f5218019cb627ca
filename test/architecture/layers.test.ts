import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs dependency-cruiser with the project's rules on `src` below `cwd` and returns its violations. */
function violations(cwd: string): Violation[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [CLI, "src", "--config", CONFIG, "--output-type", "json"], {
      cwd,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout ?? "");
    if (!output) throw error;
  }
  return (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A throw-away project with these files, for showing that each rule bites. */
function projectWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "abc-layers-"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the architecture: method ← workbook ← excel ← ribbon and pane", () => {
  it("holds in src: no layer imports upwards, no import cycle, other folders only through their index", () => {
    const found = violations(ROOT).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(found).toEqual([]);
  }, 60_000);

  it("catches each kind of breach, type-only cycles included", () => {
    const dir = projectWith({
      "src/method/index.ts": 'export { score } from "./score";\n',
      "src/method/score.ts": 'import { plan } from "../workbook";\nexport const score = plan;\n',
      "src/workbook/index.ts": 'export { plan } from "./plan";\n',
      "src/workbook/plan.ts":
        'import type { Cell } from "./cell";\nimport "react";\nexport const plan = 1 as Cell;\n',
      "src/workbook/cell.ts": 'import type { plan } from "./plan";\nexport type Cell = typeof plan;\n',
      "src/excel/index.ts":
        'import { plan } from "../workbook/plan";\nimport "../taskpane";\nexport const run = plan;\n',
      "src/taskpane/index.ts": 'import "../commands";\nexport {};\n',
      "src/commands/index.ts": 'import "../taskpane";\nexport {};\n',
    });
    try {
      const rules = new Set(violations(dir).map((v) => v.rule.name));
      expect([...rules].sort()).toEqual([
        "excel-never-imports-the-shell",
        "method-imports-only-itself",
        "no-circular",
        "other-folders-through-their-index",
        "pane-never-imports-the-ribbon",
        "pure-layers-import-no-packages",
        "ribbon-never-imports-the-pane",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
