import { spawn } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PREVIEW_ROOT, projectRoot } from "./paths";

/** A running preview server: its address and how to stop it. */
export interface PreviewServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts scripts/preview.mjs on a free port of 127.0.0.1 with `officeFromCdn: true`, in a child process:
 * the script is an ES module with top-level await, which neither jest's CommonJS runtime nor the
 * esbuild bundle of the benchmarks can import.
 */
export function startPreviewServer(): Promise<PreviewServer> {
  const script = pathToFileURL(join(projectRoot(), "scripts", "preview.mjs")).href;
  const code = [
    `const { startPreviewServer } = await import(${JSON.stringify(script)});`,
    `const server = await startPreviewServer({ root: ${JSON.stringify(PREVIEW_ROOT)}, port: 0, officeFromCdn: true });`,
    `console.log("PORT " + server.address().port);`,
  ].join("\n");
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`The preview server did not start: ${why}\n${output}`));
    const timer = setTimeout(() => {
      child.kill();
      fail("no port after 15 s");
    }, 15_000);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(`it exited with code ${code}`);
    });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const port = /PORT (\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill();
          }),
      });
    });
  });
}
