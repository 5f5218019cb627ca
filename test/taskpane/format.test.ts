import { formatTime } from "../../src/taskpane/format";
import { formatDecimal, parseDecimal } from "../../src/method/decimalText";

/* Numbers are shown by the method's rules (test/method/shownValues.test.ts); here what users type and the clock. */

describe("parseDecimal reads what users type", () => {
  it.each([
    ["3", "nl", 3],
    ["2,5", "nl", 2.5],
    ["2.5", "nl", 2.5],
    ["0.125", "nl", 0.125],
    ["12.500", "nl", 12500],
    ["12.500,50", "nl", 12500.5],
    ["€ 50 000", "nl", 50000],
    ["20 %", "nl", 20],
    [" 7 ", "nl", 7],
    ["-1", "nl", -1],
    ["2,5", "en", 2.5],
    ["2.5", "en", 2.5],
    ["12,500", "en", 12500],
    ["12,500.50", "en", 12500.5],
    ["", "nl", null],
    ["   ", "en", null],
    ["veel", "nl", null],
    ["1,2,3", "nl", null],
    ["12.500,50.3", "nl", null],
    ["1e3", "en", null],
    ["2,", "nl", 2],
  ] as const)("%j in %s is %s", (text, language, expected) => {
    expect(parseDecimal(text, language)).toBe(expected);
  });

  it.each([
    [2.5, "nl", "2,5"],
    [50000, "nl", "50000"],
    [2.5, "en", "2.5"],
    [1e21, "en", "1000000000000000000000"],
    [1.5e-7, "nl", "0,00000015"],
    [-2.5e22, "nl", "-25000000000000000000000"],
  ] as const)("formatDecimal(%s, %s) is %s and reads back", (value, language, expected) => {
    expect(formatDecimal(value, language)).toBe(expected);
    expect(parseDecimal(expected, language)).toBe(value);
  });
});

describe("formatTime", () => {
  it.each([
    [new Date(2026, 10, 26, 14, 5), "nl", "14:05"],
    [new Date(2026, 10, 26, 9, 30), "nl", "09:30"],
    [new Date(2026, 10, 26, 21, 0), "en", "21:00"],
  ] as const)("%s in %s is %s", (moment, language, expected) => {
    expect(formatTime(moment, language)).toBe(expected);
  });
});
