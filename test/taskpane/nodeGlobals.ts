import { deserialize, serialize } from "node:v8";
import { TextEncoder } from "node:util";

/**
 * jsdom lacks TextEncoder and structuredClone, which the Excel double uses (to measure requests and to
 * copy what it stores); Node's do the same.
 */
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  structuredClone: globalThis.structuredClone ?? (<T>(value: T): T => deserialize(serialize(value)) as T),
});
