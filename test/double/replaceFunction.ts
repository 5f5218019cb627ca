import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";

const replaced = new Set<string>();

/**
 * Registers, once per HyperFormula module, Excel's behaviour for one of HyperFormula's functions: a
 * subclass of the plugin that implements `name`, whose method `method` is `implementation`. Throws,
 * naming `file`, when HyperFormula no longer has the function where this expects it.
 */
export function replaceFunction(name: string, method: string, implementation: unknown, file: string): void {
  if (replaced.has(name)) return;
  const Plugin = HyperFormula.getFunctionPlugin(name) as unknown as (new (...args: never[]) => object) & {
    implementedFunctions: Record<string, unknown>;
  };
  if (!Plugin?.implementedFunctions?.[name] || typeof Plugin.prototype !== "object")
    throw new Error(`HyperFormula's ${name} moved: update ${file}.`);
  class ExcelFunction extends Plugin {
    static override implementedFunctions = { [name]: Plugin.implementedFunctions[name] };
  }
  Object.defineProperty(ExcelFunction.prototype, method, { value: implementation });
  HyperFormula.registerFunction(name, ExcelFunction as unknown as FunctionPluginDefinition);
  replaced.add(name);
}
