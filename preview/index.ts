import { createExcelDouble, officeThemeNamed, type ExcelDouble } from "../test/double";
import { renderChart } from "./chartView";
import { previewWorkbook, workbookKind } from "./demoWorkbook";
import { renderSheet } from "./sheetView";

/**
 * The preview page: a workbook in the test double, the real task pane in a frame, the cells and the chart.
 * `?lang=en` runs Office in English; `?workbook=bad` opens the demo with bad cells, `?workbook=empty` one
 * empty sheet (for the template), anything else the 20 demo clients. `?theme=light`, `dark` or `contrast`
 * has Office report that theme (see OFFICE_THEMES); without it Office reports none, as Excel on the web.
 */
function start(): void {
  const parameters = new URLSearchParams(location.search);
  const english = parameters.get("lang") === "en";
  const kind = workbookKind(parameters.get("workbook"));
  const workbook = previewWorkbook(kind, english ? "en" : "nl");
  const double: ExcelDouble = createExcelDouble({
    sheets: { [workbook.sheet]: workbook.cells },
    language: english ? "en-US" : "nl-BE",
    activeCell: kind === "empty" ? "A1" : "A4",
    officeTheme: officeThemeNamed(parameters.get("theme")),
  });
  double.install();
  Object.assign(window, {
    abcPreview: {
      excel: (window as unknown as { Excel: unknown }).Excel,
      office: (window as unknown as { Office: unknown }).Office,
      double,
    },
  });

  const tabs = document.getElementById("tabs")!;
  const grid = document.getElementById("grid")!;
  const chart = document.getElementById("chart")!;
  const bar = document.getElementById("formula-bar") as HTMLInputElement;
  const cellName = document.getElementById("cell-name")!;
  let shown = double.model.activeSheet;
  let picked = "";

  const render = () => {
    const sheets = double.sheetNames();
    if (!sheets.includes(shown)) shown = sheets[0];
    tabs.replaceChildren(
      ...sheets.map((name) => {
        const tab = document.createElement("button");
        tab.type = "button";
        tab.textContent = name;
        tab.setAttribute("aria-pressed", String(name === shown));
        tab.addEventListener("click", () => {
          shown = name;
          render();
        });
        return tab;
      }),
    );
    renderSheet(grid, double, shown, (address, formula) => {
      picked = address;
      cellName.textContent = `${shown}!${address}`;
      bar.value = formula;
      bar.disabled = false;
      bar.focus();
    });
    renderChart(chart, double, double.charts(shown)[0]);
  };
  bar.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !picked) return;
    const text = bar.value.trim();
    const number = Number(text.replace(",", "."));
    double.edit(
      shown,
      picked,
      text !== "" && !text.startsWith("=") && Number.isFinite(number) ? number : text,
    );
  });
  double.onChange(() => {
    shown = double.model.activeSheet || shown;
    render();
  });
  render();
  const frame = document.getElementById("pane") as HTMLIFrameElement;
  frame.src = `addin/taskpane.html${location.search}`;
}

start();
