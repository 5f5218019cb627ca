import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "../../src/taskpane");
/** The pane's own files; addinApi.ts and officeApi.ts belong to the adapter's owner. */
const files = readdirSync(dir).filter(
  (f) => /\.tsx?$/.test(f) && !["addinApi.ts", "officeApi.ts"].includes(f),
);
const code = (file: string) => readFileSync(join(dir, file), "utf8");

describe("the task pane's engineering rules", () => {
  it.each(files.filter((f) => f !== "index.tsx"))("%s never touches Office or Excel", (file) => {
    expect(code(file)).not.toMatch(/\b(Excel|Office)\.\w/);
  });

  it("wires the real API only in index.tsx", () => {
    const wiring = files.filter((f) => /createOfficeApi|officeApi"/.test(code(f)));
    expect(wiring).toEqual(["index.tsx"]);
  });

  it.each(files)("%s has no dangerouslySetInnerHTML and no icon fonts", (file) => {
    expect(code(file)).not.toMatch(/dangerouslySetInnerHTML|initializeIcons|iconName=/);
  });

  it.each(files)("%s imports Fluent by name from @fluentui/react only", (file) => {
    for (const line of code(file).match(/^import .* from "@fluentui\/[^"]+";$/gm) ?? []) {
      expect(line).toMatch(/^import (type )?\{[^}]+\} from "@fluentui\/react";$/);
    }
  });

  it.each(files.filter((f) => f !== "texts.ts"))("%s is small (at most 120 lines)", (file) => {
    expect(code(file).split("\n").length).toBeLessThanOrEqual(120);
  });
});
