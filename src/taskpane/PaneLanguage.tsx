import { createContext, useContext, type ReactNode } from "react";
import type { Language } from "../method";
import { textsFor, type Texts } from "./texts";

/** The pane's display language and its texts. */
export interface PaneLanguage {
  language: Language;
  texts: Texts;
}

const PaneLanguageContext = createContext<PaneLanguage>({ language: "nl", texts: textsFor("nl") });

/** Gives every component below it the texts of `language`. */
export function PaneLanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <PaneLanguageContext.Provider value={{ language, texts: textsFor(language) }}>
      {children}
    </PaneLanguageContext.Provider>
  );
}

/** The display language and texts of the pane. */
export function usePaneLanguage(): PaneLanguage {
  return useContext(PaneLanguageContext);
}
