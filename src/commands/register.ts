import { runStore } from "../excel";
import { segmenteer } from "./segmenteer";

/** Registers every function command of the manifest with Office. */
export function registerCommands(): void {
  const host = { store: runStore, showPane: () => Office.addin.showAsTaskpane() };
  Office.actions.associate("segmenteer", (event: Office.AddinCommands.Event) => segmenteer(event, host));
}
