import { officeColors } from "../../src/excel";
import { createExcelDouble } from "../double";
import { OFFICE_THEMES } from "../double/officeThemes";

/** Installs a double whose Office.context.officeTheme is `officeTheme` (undefined: none, as Excel on the web). */
function hostWith(officeTheme?: Partial<Office.OfficeTheme>) {
  const double = createExcelDouble({ sheets: { Klanten: [["Klant"]] }, officeTheme });
  double.install();
  return double;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe("Office's theme colours, as the pane gets them", () => {
  it("are null where the host reports no officeTheme (Excel on the web)", () => {
    hostWith();
    expect(officeColors()).toBeNull();
  });

  it("are the four colours and isDarkTheme of desktop Excel's theme", () => {
    hostWith(OFFICE_THEMES.dark);
    expect(officeColors()).toEqual(OFFICE_THEMES.dark);
  });

  it("keep only well-formed values of a partial or odd theme", () => {
    hostWith({ bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "white", controlBackgroundColor: "" });
    expect(officeColors()).toEqual({ bodyBackgroundColor: "#1F1F1F" });
  });
});
