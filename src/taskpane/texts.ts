import { CRITERIA, type Criterion, type Language, QUESTIONS, shownCount } from "../method";

/** The label or the question of each criterion, from the method's one list of questions. */
const questionParts = (language: Language, part: "label" | "question") =>
  Object.fromEntries(CRITERIA.map((c) => [c, QUESTIONS[language][c][part]])) as Record<Criterion, string>;

const nlCount = (n: number, one: string, many: string) => `${shownCount(n, "nl")} ${n === 1 ? one : many}`;
const enCount = (n: number, one: string, many: string) => `${shownCount(n, "en")} ${n === 1 ? one : many}`;

/** The non-empty parts as a list: "a, b en c". */
const listing = (parts: readonly string[], and: string) => {
  const shown = parts.filter((p) => p !== "");
  return shown.length < 2
    ? shown.join("")
    : `${shown.slice(0, -1).join(", ")} ${and} ${shown[shown.length - 1]}`;
};

/** Every text the task pane shows, in Dutch; the English dictionary must have the same shape. */
const nl = {
  productName: "ABC-klantsegmentatie",
  tagline:
    "Deel uw klanten in A-, B- en C-klanten volgens omzet en vier vragen, en zie hoe u elke groep best benadert.",
  settingsHeading: "Instellingen",
  settingsIntro: "Segmenteer bewaart ze in de werkmap, op het blad ABC-instellingen.",
  loadingSettings: "Instellingen laden…",
  loadSettingsFailed: (message: string) =>
    `De instellingen uit de werkmap konden niet gelezen worden: ${message} De standaardinstellingen staan klaar.`,
  revenueThreshold: "Omzetdrempel",
  revenueThresholdHelp:
    "Wie met jaaromzet + potentieel de drempel haalt, staat bovenaan in de matrix (A of B).",
  methods: { median: "Mediaan", amount: "Vast bedrag", topPercent: "Top %" },
  amount: (unit: string) => `Bedrag (${unit})`,
  amountHelp: "Jaaromzet + potentieel vanaf dit bedrag telt als groot.",
  amountExample: (amount: string) => `bv. ${amount}`,
  amountUnitHelp: (unit: string) =>
    `In ${unit}, zoals de kopteksten van de tabel: jaaromzet + potentieel vanaf dit bedrag telt als groot.`,
  topPercent: "Top-percentage (%)",
  topPercentHelp: "Bv. 20: de grootste 20% van de klanten telt als groot.",
  scoreThreshold: "Scoredrempel",
  scoreThresholdHelp: (max: string) =>
    `De score is de som van de gewichten van de vragen met Ja (hoogstens ${max}). Vanaf deze score staat de klant rechts (A of B).`,
  weightsHeading: "Gewichten van de vragen",
  weightsIntro: "Elke Ja schuift de klant een stap naar rechts; het gewicht bepaalt hoe groot die stap is.",
  criteria: questionParts("nl", "label"),
  questions: questionParts("nl", "question"),
  weight: (criterion: string) => `Gewicht ${criterion}`,
  topNToggle: "Alleen de grootste N klanten",
  topN: "Aantal klanten (N)",
  topNHelp: "De methode gaat uit van uw 20 grootste klanten; de andere krijgen geen segment.",
  labelsToggle: "Klantnamen in de grafiek",
  labels: "Aantal namen",
  labelsHelp:
    "Hoeveel klanten met naam in de grafiek staan: eerst de A-klanten, dan de grootste andere. Een naam die nergens past zonder een andere te bedekken, blijft weg.",
  on: "Aan",
  off: "Uit",
  segment: "Segmenteer",
  segmenting: "Bezig met segmenteren…",
  formInvalid: "Vul de gemarkeerde velden in of verbeter ze om te kunnen segmenteren.",
  fieldsToFix: (fields: string) => `Het gaat om: ${fields}.`,
  statusDone: (count: number, a: number, b: number, c: number) =>
    `Klaar: ${nlCount(count, "klant", "klanten")} gesegmenteerd, ${shownCount(a, "nl")} A, ${shownCount(b, "nl")} B en ${shownCount(c, "nl")} C.`,
  statusWarnings: (n: number) => ` Bekijk ${nlCount(n, "waarschuwing", "waarschuwingen")}.`,
  statusNothingChanged: (errors: number) =>
    `Niets gewijzigd: ${nlCount(errors, "fout", "fouten")} gevonden. Bekijk de meldingen.`,
  statusFailed: (message: string) => `Segmenteren is mislukt: ${message}`,
  statusRefused: (message: string) => `Niets gewijzigd. ${message}`,
  resultsHeading: "Resultaat",
  resultsFor: (list: string) => `Resultaat voor ${list}`,
  remedies: {
    "go-to-segmented-list": "Ga naar de gesegmenteerde lijst",
    "go-to-client-list": "Ga naar de klantenlijst",
    "move-analysis": "Verplaats de analyse naar deze lijst",
    "remove-analysis": "Verwijder de analyse",
    "segment-list": (list: string) => `Segmenteer ${list}`,
    "insert-template": "Sjabloon invoegen",
    "show-table-headers": "Zet de veldnamenrij aan en segmenteer",
    "unprotect-sheet": "Hef de beveiliging tijdelijk op en segmenteer",
  },
  remediesLabel: "Wat nu?",
  remedyFailed: (message: string) => `Dat lukte niet: ${message}`,
  removeTitle: "De analyse verwijderen?",
  removeText: (list: string) =>
    `Dit haalt alles weg wat de add-in aan de werkmap toevoegde: de kolommen Totaal, Score en Segment (en de verborgen hulpkolommen) bij ${list}, de kleuren, markeringen en Ja/Nee-keuzelijsten daar, de grafiek, de namen ABC_… en het blad ABC-instellingen. Uw eigen cellen blijven zoals ze zijn. Excel kan dit niet ongedaan maken.`,
  removeConfirm: "Verwijderen",
  removed: (list: string, kept: readonly string[], settingsSheetName?: string, listGone?: boolean) =>
    `De analyse is verwijderd: ${listing(
      [
        listGone
          ? ""
          : `de kolommen (ook de verborgen hulpkolommen), kleuren, Ja/Nee-keuzelijsten en grafiek bij ${list}`,
        "de namen die met ABC_ beginnen",
        settingsSheetName ? `het blad ${settingsSheetName}` : "",
      ],
      "en",
    )}.${listGone ? " Het blad met de lijst was al verwijderd." : ""}${kept.length > 0 ? ` Wat u zelf in de kolommen van de add-in typte, bleef staan: ${kept.join(", ")}.` : ""}`,
  moved: (list: string, kept: readonly string[]) =>
    `De analyse is verplaatst: de kolommen, kleuren en grafiek van de add-in zijn weg bij ${list}.${kept.length > 0 ? ` Wat u zelf in die kolommen typte, bleef staan: ${kept.join(", ")}.` : ""}`,
  written:
    "De werkmap is bijgewerkt: kolommen Totaal, Score en Segment, het blad ABC-instellingen en de grafiek.",
  nothingChanged: (errors: number) =>
    errors === 1
      ? "Er is niets gewijzigd in de werkmap. Verbeter de fout hieronder en klik opnieuw op Segmenteer."
      : `Er is niets gewijzigd in de werkmap. Verbeter de ${nlCount(errors, "fout", "fouten")} hieronder en klik opnieuw op Segmenteer.`,
  nothingWritten: "Er is niets gewijzigd in de werkmap.",
  failed: "Segmenteren is mislukt.",
  analysedTable: (table: string) => `Geanalyseerde tabel: ${table}`,
  columnsReadIntro: "Zo zijn de kolommen gelezen:",
  namesLeftOff: (placed: number, wanted: number) =>
    `Niet elke klantnaam past in de grafiek: ${shownCount(placed, "nl")} van de ${shownCount(wanted, "nl")} staan erin. De andere zouden een naam, een kwadrantletter of een punt bedekken, of vallen buiten de grafiek. Maak de grafiek groter en segmenteer opnieuw om er meer te tonen.`,
  clientCount: (n: number) => `${nlCount(n, "klant", "klanten")} gesegmenteerd.`,
  outside: (n: number, topN: number) =>
    `${nlCount(n, "klant valt", "klanten vallen")} buiten de top ${shownCount(topN, "nl")} en ${n === 1 ? "kreeg" : "kregen"} geen segment.`,
  revenueApplied: (amount: string, method: string) =>
    `Omzetdrempel (jaaromzet + potentieel): ${amount} (${method})`,
  scoreApplied: (score: string, max: string) => `Scoredrempel: ${score} van ${max}`,
  methodWords: { median: "mediaan", amount: "vast bedrag", topPercent: (p: string) => `top ${p}` },
  segmentHeading: (segment: string) => `${segment}-klanten`,
  clientsLine: (n: number, share: string) => `${nlCount(n, "klant", "klanten")} (${share} van de klanten)`,
  revenueLine: (amount: string, share: string) => `Jaaromzet ${amount} (${share} van de jaaromzet)`,
  approach: "Aanpak:",
  segmentWhere: {
    A: "Rechtsboven in de matrix: grote omzet en vooral Ja.",
    B: "Linksboven en rechtsonder in de matrix: groot of sterk, niet allebei.",
    C: "Linksonder in de matrix: kleine omzet en vooral Nee.",
  },
  quadrants: {
    "top-right": "Rechtsboven: grote omzet, sterk profiel",
    "top-left": "Linksboven: grote omzet, zwak profiel",
    "bottom-right": "Rechtsonder: kleine omzet, sterk profiel",
    "bottom-left": "Linksonder: kleine omzet, zwak profiel",
  },
  quadrantCount: (n: number) => nlCount(n, "klant", "klanten"),
  problemsHeading: "Meldingen",
  problemsSummary: (errors: number, warnings: number) =>
    `${listing([errors > 0 ? nlCount(errors, "fout", "fouten") : "", warnings > 0 ? nlCount(warnings, "waarschuwing", "waarschuwingen") : ""], "en")}.`,
  severity: { error: "Fout", warning: "Waarschuwing" },
  errorsHeading: "Fouten",
  warningsHeading: "Waarschuwingen",
  goToCell: "Ga naar cel",
  goToCellFailed: (address: string, message: string) => `Kon niet naar ${address} gaan: ${message}`,
  showAll: (n: number) => `Toon alle ${shownCount(n, "nl")}`,
  showFirst: (n: number) => `Toon alleen de eerste ${shownCount(n, "nl")}`,
  templateHeading: "Sjabloon",
  templateIntro:
    "Nog geen klantenlijst? Voeg een blad in met de kolommen die de add-in verwacht: klant, omzet, potentieel en de vier vragen.",
  withExamples: "Met voorbeeldklanten",
  insertTemplate: "Sjabloon invoegen",
  insertingTemplate: "Sjabloon invoegen…",
  templateInserted: (sheet: string) =>
    `Het blad ${sheet} is ingevoegd. Vul uw klanten in en klik op Segmenteer.`,
  templateInsertedWithExamples: (sheet: string) =>
    `Het blad ${sheet} is ingevoegd met voorbeeldklanten. Vervang ze door uw klanten (of probeer het eerst zo) en klik op Segmenteer.`,
  templateFailed: (message: string) => `Het sjabloon kon niet ingevoegd worden: ${message}`,
  templateBesideSegmented: (list: string) =>
    ` Deze werkmap segmenteert al ${list}: Segmenteer op het nieuwe blad biedt aan de analyse hierheen te verplaatsen.`,
  unknownError: "Onbekende fout.",
  workbookChanged: (time: string | null, shown: boolean) =>
    `De werkmap is gewijzigd sinds de laatste segmentatie${time ? ` (om ${time})` : ""}. De letters in het blad volgen de wijzigingen; ${shown ? "het paneel toont nog de vorige uitkomst." : "klik op Segmenteer om de uitkomst hier te zien."}`,
  segmentAgain: "Segmenteer opnieuw",
  watchFailed: (message: string) => `Het paneel kan niet volgen of de werkmap wijzigt: ${message}`,
  settingsProblems:
    "Het blad ABC-instellingen heeft ongeldige waarden. Het blad rekent daar met de standaardwaarde; het paneel toont die ook, gemarkeerd. Klikt u hier op Segmenteer, dan komen de instellingen van het paneel op het blad.",
  defaultedSetting: (address: string) =>
    `Ongeldig op het blad (${address}): hier staat de standaardwaarde die het blad toepast.`,
  convertTextAmounts: "Zet tekstbedragen om naar getallen",
  readingTextAmounts: "Tekstbedragen lezen…",
  convertTitle: "Tekstbedragen omzetten?",
  convertIntro: (n: number) =>
    `${nlCount(n, "cel bevat", "cellen bevatten")} een bedrag als tekst, dat de formules van het blad niet meetellen. Omzetten schrijft het getal in de cel; de opmaak van de cel blijft.`,
  convertLine: (address: string, text: string, value: string) => `${address}: '${text}' → ${value}`,
  moreCells: (n: number) => `en nog ${nlCount(n, "cel", "cellen")}`,
  convert: "Omzetten",
  cancel: "Annuleren",
  converting: "Tekstbedragen omzetten…",
  converted: (n: number, skipped: number) =>
    n === 0
      ? `Niets omgezet: ${nlCount(skipped, "cel is", "cellen zijn")} intussen gewijzigd.`
      : `${nlCount(n, "tekstbedrag", "tekstbedragen")} omgezet naar ${n === 1 ? "een getal" : "getallen"}${skipped > 0 ? `; ${nlCount(skipped, "cel", "cellen")} overgeslagen omdat ${skipped === 1 ? "die" : "ze"} intussen gewijzigd ${skipped === 1 ? "is" : "zijn"}` : ""}. Excel kan dit niet ongedaan maken, de add-in wel.`,
  noTextAmounts: "De cellen bevatten geen tekstbedragen meer: er is niets om te zetten.",
  convertFailed: (message: string) => `De tekstbedragen konden niet omgezet worden: ${message}`,
  undo: "Ongedaan maken",
  close: "Sluiten",
  undoing: "Ongedaan maken…",
  undone: (n: number, skipped: number) =>
    n === 0
      ? `Geen tekst teruggezet: ${nlCount(skipped, "cel is", "cellen zijn")} intussen gewijzigd.`
      : `De oorspronkelijke tekst staat terug in ${nlCount(n, "cel", "cellen")}${skipped > 0 ? `; niet in ${nlCount(skipped, "cel", "cellen")} die intussen gewijzigd ${skipped === 1 ? "is" : "zijn"}` : ""}.`,
  undoFailed: (message: string) => `Ongedaan maken is mislukt: ${message}`,
};

/** The shape both dictionaries share: TypeScript rejects a dictionary that misses or adds a key. */
export type Texts = typeof nl;

const en: Texts = {
  productName: "ABC client segmentation",
  tagline:
    "Divide your clients into A, B and C clients by revenue and four questions, and see how best to approach each group.",
  settingsHeading: "Settings",
  settingsIntro: "Run segmentation stores them in the workbook, on the sheet ABC-instellingen.",
  loadingSettings: "Loading settings…",
  loadSettingsFailed: (message: string) =>
    `The settings in the workbook could not be read: ${message} The default settings are ready.`,
  revenueThreshold: "Revenue threshold",
  revenueThresholdHelp:
    "Clients whose annual revenue + potential reaches it sit at the top of the matrix (A or B).",
  methods: { median: "Median", amount: "Fixed amount", topPercent: "Top %" },
  amount: (unit: string) => `Amount (${unit})`,
  amountHelp: "Annual revenue + potential of at least this amount counts as big.",
  amountExample: (amount: string) => `e.g. ${amount}`,
  amountUnitHelp: (unit: string) =>
    `In ${unit}, as the table's headers say: annual revenue + potential of at least this amount counts as big.`,
  topPercent: "Top percentage (%)",
  topPercentHelp: "E.g. 20: the biggest 20% of clients count as big.",
  scoreThreshold: "Score threshold",
  scoreThresholdHelp: (max: string) =>
    `The score is the sum of the weights of the questions answered Yes (at most ${max}). From this score up the client sits on the right (A or B).`,
  weightsHeading: "Weights of the questions",
  weightsIntro: "Each Yes moves the client one step right; the weight sets how big that step is.",
  criteria: questionParts("en", "label"),
  questions: questionParts("en", "question"),
  weight: (criterion: string) => `Weight ${criterion}`,
  topNToggle: "Only the biggest N clients",
  topN: "Number of clients (N)",
  topNHelp: "The method starts from your 20 biggest clients; the others get no segment.",
  labelsToggle: "Client names in the chart",
  labels: "Number of names",
  labelsHelp:
    "How many clients are named in the chart: the A-clients first, then the biggest others. A name that fits nowhere without covering another is left off.",
  on: "On",
  off: "Off",
  segment: "Run segmentation",
  segmenting: "Segmenting…",
  formInvalid: "Fill in or correct the marked fields to segment.",
  fieldsToFix: (fields: string) => `That is: ${fields}.`,
  statusDone: (count: number, a: number, b: number, c: number) =>
    `Done: ${enCount(count, "client", "clients")} segmented, ${shownCount(a, "en")} A, ${shownCount(b, "en")} B and ${shownCount(c, "en")} C.`,
  statusWarnings: (n: number) => ` See ${enCount(n, "warning", "warnings")}.`,
  statusNothingChanged: (errors: number) =>
    `Nothing changed: ${enCount(errors, "error", "errors")} found. See the messages.`,
  statusFailed: (message: string) => `Segmenting failed: ${message}`,
  statusRefused: (message: string) => `Nothing changed. ${message}`,
  resultsHeading: "Result",
  resultsFor: (list: string) => `Result for ${list}`,
  remedies: {
    "go-to-segmented-list": "Go to the segmented list",
    "go-to-client-list": "Go to the client list",
    "move-analysis": "Move the analysis to this list",
    "remove-analysis": "Remove the analysis",
    "segment-list": (list: string) => `Segment ${list}`,
    "insert-template": "Insert template",
    "show-table-headers": "Turn the header row on and segment",
    "unprotect-sheet": "Unprotect the sheet for the run and segment",
  },
  remediesLabel: "What now?",
  remedyFailed: (message: string) => `That did not work: ${message}`,
  removeTitle: "Remove the analysis?",
  removeText: (list: string) =>
    `This takes away everything the add-in added to the workbook: the columns Total, Score and Segment (and the hidden helper columns) at ${list}, the colours, marks and Yes/No drop-downs there, the chart, the names ABC_… and the sheet ABC-instellingen. Your own cells stay as they are. Excel cannot undo this.`,
  removeConfirm: "Remove",
  removed: (list: string, kept: readonly string[], settingsSheetName?: string, listGone?: boolean) =>
    `The analysis is removed: ${listing(
      [
        listGone
          ? ""
          : `the columns (the hidden helper columns too), colours, Yes/No drop-downs and chart at ${list}`,
        "the names starting with ABC_",
        settingsSheetName ? `the sheet ${settingsSheetName}` : "",
      ],
      "and",
    )}.${listGone ? " The list's sheet had been deleted already." : ""}${kept.length > 0 ? ` What you typed into the add-in's columns yourself stayed: ${kept.join(", ")}.` : ""}`,
  moved: (list: string, kept: readonly string[]) =>
    `The analysis is moved: the add-in's columns, colours and chart are gone from ${list}.${kept.length > 0 ? ` What you typed into those columns yourself stayed: ${kept.join(", ")}.` : ""}`,
  written:
    "The workbook is updated: columns Total, Score and Segment, the sheet ABC-instellingen and the chart.",
  nothingChanged: (errors: number) =>
    errors === 1
      ? "Nothing was changed in the workbook. Fix the error below and click Run segmentation again."
      : `Nothing was changed in the workbook. Fix the ${enCount(errors, "error", "errors")} below and click Run segmentation again.`,
  nothingWritten: "Nothing was changed in the workbook.",
  failed: "Segmenting failed.",
  analysedTable: (table: string) => `Analysed table: ${table}`,
  columnsReadIntro: "How the columns were read:",
  namesLeftOff: (placed: number, wanted: number) =>
    `Not every client name fits in the chart: ${shownCount(placed, "en")} of ${shownCount(wanted, "en")} are in it. The others would cover a name, a quadrant letter or a point, or fall outside the chart. Make the chart bigger and run the segmentation again to show more.`,
  clientCount: (n: number) => `${enCount(n, "client", "clients")} segmented.`,
  outside: (n: number, topN: number) =>
    `${enCount(n, "client falls", "clients fall")} outside the top ${shownCount(topN, "en")} and got no segment.`,
  revenueApplied: (amount: string, method: string) =>
    `Revenue threshold (revenue + potential): ${amount} (${method})`,
  scoreApplied: (score: string, max: string) => `Score threshold: ${score} of ${max}`,
  methodWords: { median: "median", amount: "fixed amount", topPercent: (p: string) => `top ${p}` },
  segmentHeading: (segment: string) => `${segment} clients`,
  clientsLine: (n: number, share: string) => `${enCount(n, "client", "clients")} (${share} of clients)`,
  revenueLine: (amount: string, share: string) => `Annual revenue ${amount} (${share} of annual revenue)`,
  approach: "Approach:",
  segmentWhere: {
    A: "Top right of the matrix: big revenue and mostly Yes.",
    B: "Top left and bottom right of the matrix: big or strong, not both.",
    C: "Bottom left of the matrix: small revenue and mostly No.",
  },
  quadrants: {
    "top-right": "Top right: big revenue, strong profile",
    "top-left": "Top left: big revenue, weak profile",
    "bottom-right": "Bottom right: small revenue, strong profile",
    "bottom-left": "Bottom left: small revenue, weak profile",
  },
  quadrantCount: (n: number) => enCount(n, "client", "clients"),
  problemsHeading: "Messages",
  problemsSummary: (errors: number, warnings: number) =>
    `${listing([errors > 0 ? enCount(errors, "error", "errors") : "", warnings > 0 ? enCount(warnings, "warning", "warnings") : ""], "and")}.`,
  severity: { error: "Error", warning: "Warning" },
  errorsHeading: "Errors",
  warningsHeading: "Warnings",
  goToCell: "Go to cell",
  goToCellFailed: (address: string, message: string) => `Could not go to ${address}: ${message}`,
  showAll: (n: number) => `Show all ${shownCount(n, "en")}`,
  showFirst: (n: number) => `Show only the first ${shownCount(n, "en")}`,
  templateHeading: "Template",
  templateIntro:
    "No client list yet? Insert a sheet with the columns the add-in expects: client, revenue, potential and the four questions.",
  withExamples: "With example clients",
  insertTemplate: "Insert template",
  insertingTemplate: "Inserting template…",
  templateInserted: (sheet: string) =>
    `The sheet ${sheet} is inserted. Fill in your clients and click Run segmentation.`,
  templateInsertedWithExamples: (sheet: string) =>
    `The sheet ${sheet} is inserted with example clients. Replace them with your clients (or try it as it is) and click Run segmentation.`,
  templateFailed: (message: string) => `The template could not be inserted: ${message}`,
  templateBesideSegmented: (list: string) =>
    ` This workbook already segments ${list}: Run segmentation on the new sheet offers to move the analysis here.`,
  unknownError: "Unknown error.",
  workbookChanged: (time: string | null, shown: boolean) =>
    `The workbook changed since the last segmentation${time ? ` (at ${time})` : ""}. The letters in the sheet follow the changes; ${shown ? "the pane still shows the previous outcome." : "click Run segmentation to see the outcome here."}`,
  segmentAgain: "Run segmentation again",
  watchFailed: (message: string) => `The pane cannot follow changes to the workbook: ${message}`,
  settingsProblems:
    "The sheet ABC-instellingen has invalid values. The sheet uses the default there; the pane shows it too, marked. When you click Run segmentation here, the pane's settings go onto the sheet.",
  defaultedSetting: (address: string) =>
    `Invalid on the sheet (${address}): this is the default the sheet applies.`,
  convertTextAmounts: "Convert text amounts to numbers",
  readingTextAmounts: "Reading text amounts…",
  convertTitle: "Convert text amounts?",
  convertIntro: (n: number) =>
    `${enCount(n, "cell holds", "cells hold")} an amount as text, which the sheet's formulas do not count. Converting writes the number into the cell; the cell's format stays.`,
  convertLine: (address: string, text: string, value: string) => `${address}: '${text}' → ${value}`,
  moreCells: (n: number) => `and ${enCount(n, "more cell", "more cells")}`,
  convert: "Convert",
  cancel: "Cancel",
  converting: "Converting text amounts…",
  converted: (n: number, skipped: number) =>
    n === 0
      ? `Nothing converted: ${enCount(skipped, "cell", "cells")} changed in the meantime.`
      : `${enCount(n, "text amount", "text amounts")} converted to ${n === 1 ? "a number" : "numbers"}${skipped > 0 ? `; ${enCount(skipped, "cell", "cells")} skipped because ${skipped === 1 ? "it" : "they"} changed in the meantime` : ""}. Excel cannot undo this, the add-in can.`,
  noTextAmounts: "The cells no longer hold text amounts: there is nothing to convert.",
  convertFailed: (message: string) => `The text amounts could not be converted: ${message}`,
  undo: "Undo",
  close: "Close",
  undoing: "Undoing…",
  undone: (n: number, skipped: number) =>
    n === 0
      ? `No text put back: ${enCount(skipped, "cell", "cells")} changed in the meantime.`
      : `The original text is back in ${enCount(n, "cell", "cells")}${skipped > 0 ? `; not in ${enCount(skipped, "cell", "cells")} that changed in the meantime` : ""}.`,
  undoFailed: (message: string) => `Undo failed: ${message}`,
};

const DICTIONARIES: Readonly<Record<Language, Texts>> = { nl, en };

/** The pane's texts in the given language. */
export function textsFor(language: Language): Texts {
  return DICTIONARIES[language];
}

/**
 * What the pane says once the template is inserted: the sheet, with or without example clients, and in
 * a workbook that segments a list already (`segmented`, e.g. Klanten!A3:I23) that Segmenteer will offer
 * to move the analysis.
 */
export function templateMessage(
  texts: Texts,
  inserted: { sheet: string; segmented?: string | null },
  withExamples: boolean,
): string {
  const { sheet, segmented } = inserted;
  const done = withExamples ? texts.templateInsertedWithExamples(sheet) : texts.templateInserted(sheet);
  return segmented ? done + texts.templateBesideSegmented(segmented) : done;
}
