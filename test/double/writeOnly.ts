import { notLoaded } from "./errors";

/**
 * An object of write-only properties, as the parts of a format are until loaded: each setter queues a
 * change, each getter throws PropertyNotLoaded like Excel.
 */
export function writeOnly<T extends object>(
  typeName: string,
  setters: { [K in keyof T]: (value: T[K]) => void },
): T {
  const target = {} as T;
  for (const [key, set] of Object.entries(setters) as Array<[string, (value: unknown) => void]>) {
    Object.defineProperty(target, key, {
      enumerable: true,
      set,
      get() {
        throw notLoaded(typeName, key);
      },
    });
  }
  return target;
}
