import { readAmount, splitAddress, type Cell } from "../method";
import { runInExcel } from "./host";
import { runStore } from "./runStore";

/** An amount stored as text, such as '9000 or "€ 260.000,00", and the number the method reads in it. */
export interface TextAmount {
  /** The cell, e.g. Klanten!B5. */
  address: string;
  /** The text the cell holds. */
  text: string;
  /** The number the text stands for, e.g. 260000. */
  value: number;
}

/** What a conversion (or its undo) did: the cells it wrote, and those it left alone because they had changed. */
export interface AmountsWritten {
  written: TextAmount[];
  skipped: TextAmount[];
}

/** Queues a load of the value of each cell; the ranges are read after the next sync. */
function loadCells(context: Excel.RequestContext, addresses: readonly string[]): Excel.Range[] {
  return addresses.map((address) => {
    const { sheet, cell } = splitAddress(address);
    return context.workbook.worksheets.getItem(sheet).getRange(cell).load("values");
  });
}

const valueOf = (range: Excel.Range): Cell => range.values[0][0] as Cell;

/** The amounts stored as text in these cells (e.g. the addresses of "text-amount" problems), read in one request. */
export function readTextAmounts(addresses: readonly string[]): Promise<TextAmount[]> {
  if (addresses.length === 0) return Promise.resolve([]);
  return runInExcel(async (context) => {
    const ranges = loadCells(context, addresses);
    await context.sync();
    return addresses.flatMap((address, i) => {
      const text = valueOf(ranges[i]);
      const reading = readAmount(text);
      return typeof text === "string" && reading.kind === "text"
        ? [{ address, text, value: reading.value }]
        : [];
    });
  });
}

/**
 * Writes `write(amount, cell)` into each amount's cell where it gives a value for what the cell holds
 * now (null: leave the cell alone), keeping the cell's number format, and activates the sheet of the
 * first cell (where Segmenteer runs next). One request reads the cells, one writes them.
 */
function rewrite(
  amounts: readonly TextAmount[],
  write: (amount: TextAmount, cell: Cell) => Cell | null,
): Promise<AmountsWritten> {
  if (amounts.length === 0) return Promise.resolve({ written: [], skipped: [] });
  return runStore.ownWrites(() =>
    runInExcel(async (context) => {
      const ranges = loadCells(
        context,
        amounts.map((a) => a.address),
      );
      await context.sync();
      const result: AmountsWritten = { written: [], skipped: [] };
      amounts.forEach((amount, i) => {
        const value = write(amount, valueOf(ranges[i]));
        if (value === null) {
          result.skipped.push(amount);
          return;
        }
        ranges[i].values = [[value]];
        result.written.push(amount);
      });
      context.workbook.worksheets.getItem(splitAddress(amounts[0].address).sheet).activate();
      await context.sync();
      return result;
    }),
  );
}

/**
 * Turns amounts stored as text into numbers: each cell that still holds the same text gets the number
 * the method's readAmount reads in it now; cells whose text changed are skipped.
 */
export function convertTextAmounts(amounts: readonly TextAmount[]): Promise<AmountsWritten> {
  return rewrite(amounts, (amount, cell) => {
    const reading = readAmount(cell);
    return cell === amount.text && reading.kind === "text" ? reading.value : null;
  });
}

/**
 * Undoes a conversion (the add-in's writes are not on Excel's undo stack): puts the original text back
 * in the cells that still hold the converted number, as text (a leading apostrophe keeps Excel from
 * reading it as a number); cells changed since are skipped.
 */
export function undoTextAmounts(converted: readonly TextAmount[]): Promise<AmountsWritten> {
  return rewrite(converted, (amount, cell) => (cell === amount.value ? `'${amount.text}` : null));
}
