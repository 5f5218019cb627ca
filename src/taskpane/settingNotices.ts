import { CRITERIA, type Problem } from "../method";
import { SETTINGS_ROWS } from "../workbook";
import type { FieldId } from "./readForm";

/** A form field that can show the default because the settings sheet's value is invalid. */
export type NoticeField = FieldId | "method";

/** For each form field whose value on the settings sheet is invalid, the cell that holds that value. */
export type SettingNotices = Partial<Record<NoticeField, string>>;

const R = SETTINGS_ROWS;
const FIELD_OF_ROW = new Map<number, NoticeField>([
  [R.method, "method"],
  [R.topPercent, "topPercent"],
  [R.fixedAmount, "amount"],
  [R.topN, "topN"],
  [R.scoreThreshold, "scoreThreshold"],
  [R.labels, "labels"],
  ...CRITERIA.map((c) => [R.weights[c], c] as const),
]);

/** The fields to mark, from the settings sheet's "invalid-setting" problems (their row is the sheet's row). */
export function settingNotices(problems: readonly Problem[]): SettingNotices {
  const notices: SettingNotices = {};
  for (const p of problems) {
    const field = p.code === "invalid-setting" ? FIELD_OF_ROW.get(p.row) : undefined;
    if (field) notices[field] = p.address;
  }
  return notices;
}
