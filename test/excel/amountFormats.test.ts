import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { EURO, MILLION_EURO, THOUSAND_EURO } from "../../src/method/units";
import { shownAmount } from "../../src/method/shownValues";
import { amountDisplay } from "../../src/workbook/amountFormat";
import { findSoffice } from "../support/libreoffice";
import { excelText } from "../support/numberFormat";

/*
 * The double stores number formats without reading them, so a second spreadsheet engine reads the
 * add-in's amount formats: LibreOffice Calc, in US English whatever the machine's locale, shows each
 * amount as excelText (numfmt) says, which the pane's text equals, character for character. A format
 * code Calc could not read would show the bare number, or fail here.
 */

/** A LibreOffice profile in US English, whatever the machine's locale. */
const ENGLISH_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

/** CSV export options: comma, double quotes, UTF-8, and every cell as shown (its number format applied). */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true";

const AMOUNTS = [0, 7, 12.25, 60, 61.25, 1250, 1250.5, 47500, 1234567.85];
const UNITS = [EURO, THOUSAND_EURO, MILLION_EURO];

/** The cells' text as LibreOffice Calc shows them: one row per amount, one column per unit. */
async function shownByCalc(dir: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Bedragen");
  AMOUNTS.forEach((amount, r) =>
    UNITS.forEach((unit, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = amount;
      cell.numFmt = amountDisplay(unit).numberFormat;
    }),
  );
  const file = join(dir, "bedragen.xlsx");
  await book.xlsx.writeFile(file);
  const profile = join(dir, "profile");
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), ENGLISH_PROFILE);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    CSV_AS_SHOWN,
    "--outdir",
    join(dir, "out"),
    file,
  ];
  await promisify(execFile)(findSoffice(), args, { timeout: 120_000 });
  const csv = await readFile(join(dir, "out", "bedragen.csv"), "utf8");
  return csv
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.match(/"[^"]*"|[^,]+/g) ?? []).map((cell) => cell.replace(/^"|"$/g, "")));
}

describe("the amount formats in a second spreadsheet engine", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "abc-amount-formats-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("shows € before whole euros, k€ and M€ after the amount with their decimals, as the pane does", async () => {
    const shown = await shownByCalc(dir);
    const expected = AMOUNTS.map((amount) =>
      UNITS.map((unit) => excelText(amount, amountDisplay(unit).numberFormat, "en")),
    );
    expect(shown).toEqual(expected);
    expect(shown[5]).toEqual(["€\u00a01,250", "1,250.0\u00a0k€", "1,250.00\u00a0M€"]);
    AMOUNTS.forEach((amount, r) =>
      UNITS.forEach((unit, c) => expect(shownAmount(amount, unit, "en")).toBe(shown[r][c])),
    );
  }, 180_000);
});
