import type { Language, Quadrant, Segment } from "./types";

/** The recommended approach per quadrant, as the article advises. */
export const QUADRANT_ADVICE: Readonly<Record<Language, Record<Quadrant, string>>> = {
  nl: {
    "top-right":
      "Persoonlijke aanpak: bezoek deze klanten face-to-face, plan vaste accountgesprekken en geef ze uw beste tijd.",
    "top-left":
      "Grote omzet, zwak profiel: verbeter de marge en de betaaltermijnen en maak afspraken over snelheid en kosten.",
    "bottom-right":
      "Klein maar veelbelovend: ontwikkel deze klanten met gerichte voorstellen zodat hun omzet groeit.",
    "bottom-left":
      "Schaalbare kanalen: bedien deze klanten via nieuwsbrief, webshop, telefoon of e-mail in plaats van bezoeken.",
  },
  en: {
    "top-right":
      "Personal approach: visit these clients face to face, plan regular account meetings and give them your best time.",
    "top-left": "Big revenue, weak profile: improve margin and payment terms and agree on speed and cost.",
    "bottom-right": "Small but promising: develop these clients with targeted offers so their revenue grows.",
    "bottom-left":
      "Scalable channels: serve these clients through newsletter, web shop, phone or e-mail instead of visits.",
  },
};

/** The recommended approach per segment; B's advice depends on the quadrant. */
export const SEGMENT_ADVICE: Readonly<Record<Language, Record<Segment, string>>> = {
  nl: {
    A: QUADRANT_ADVICE.nl["top-right"],
    B: "Per kwadrant: ontwikkel de kleine veelbelovende klanten; verbeter marge en snelheid bij de grote zwakke.",
    C: QUADRANT_ADVICE.nl["bottom-left"],
  },
  en: {
    A: QUADRANT_ADVICE.en["top-right"],
    B: "Per quadrant: develop the small promising clients; improve margin and speed with the big weak ones.",
    C: QUADRANT_ADVICE.en["bottom-left"],
  },
};
