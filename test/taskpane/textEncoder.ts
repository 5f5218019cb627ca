import { TextEncoder } from "node:util";

/** jsdom lacks TextEncoder, which the Excel double measures requests with; Node's is the same. */
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder });
