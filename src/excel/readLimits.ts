import { CELLS_PER_READ } from "./readGrid";
import type { SheetSnapshot } from "../workbook";
import { readSheet } from "./readSheet";

const tooBig = (error: unknown) => (error as { code?: string })?.code === "ResponsePayloadSizeLimitExceeded";

/**
 * Reads the sheet, and when Excel on the web finds a response too big (long texts in many cells),
 * reads it again in smaller chunks, down to 2,500 cells a request.
 */
export async function readSheetWithin(
  context: Excel.RequestContext,
): Promise<{ snapshot: SheetSnapshot; syncs: number }> {
  let cells = CELLS_PER_READ;
  let failed = 0;
  for (;;) {
    try {
      const read = await readSheet(context, cells);
      return { snapshot: read.snapshot, syncs: read.syncs + failed };
    } catch (error) {
      if (!tooBig(error) || cells <= 2_500) throw error;
      failed += 1;
      cells = Math.floor(cells / 4);
    }
  }
}
