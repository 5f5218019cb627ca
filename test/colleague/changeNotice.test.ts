import { runStore, segmentActiveSheet, segmentWatched } from "../../src/excel";
import { FOUR } from "./helpers";
import { createExcelDouble } from "../double";

describe("the stale-pane notice", () => {
  it("W1: a colleague's edit 100 ms after a run (Excel reports it as not the add-in's) is still noticed", async () => {
    const double = createExcelDouble({ sheets: { BladW1: FOUR } });
    double.install();
    await segmentWatched(() => segmentActiveSheet());
    await new Promise((resolve) => setTimeout(resolve, 100));
    double.edit("BladW1", "B3", 12345);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(runStore.getSnapshot().changed).not.toBeNull();
    double.uninstall();
  });
});
