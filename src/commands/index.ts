import { registerCommands } from "./register";

Office.onReady(() => registerCommands());
