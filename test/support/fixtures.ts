import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, Settings } from "../../src/method/types";

/** One engine fixture: a client table with the outcome segmentTable must give. */
export interface EngineFixture {
  file: string;
  description: string;
  values: Cell[][];
  settings?: Settings;
  expect: {
    segments?: Record<string, string>;
    quadrants?: Record<string, string>;
    outside?: string[];
    thresholds?: { revenue: number; score: number };
    problems: string[];
    messageContains?: Record<string, string[]>;
  };
}

/** Every fixture file in test/fixtures/<folder>, parsed. */
export function loadFixtures(folder: string): EngineFixture[] {
  const dir = join(__dirname, "..", "fixtures", folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(join(dir, file), "utf8")) as Omit<EngineFixture, "file">),
    }));
}
