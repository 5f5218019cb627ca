import * as charts from "../double/charts";
import * as formats from "../double/conditionalFormats";
import * as events from "../double/events";
import * as names from "../double/names";
import * as protection from "../double/protection";
import * as range from "../double/range";
import * as validation from "../double/dataValidation";
import * as tables from "../double/tables";
import * as workbook from "../double/workbook";
import * as worksheet from "../double/worksheet";

type Constructor = { prototype: object; name: string };

/** Every double class with the Excel members it claims (the lists only compile when Excel has them). */
const CLAIMS: Array<[Constructor, readonly string[]]> = [
  [range.RangeDouble, range.RANGE_MEMBERS],
  [range.RangeFormatDouble, range.RangeFormatDouble.members],
  [range.RangeViewDouble, range.RANGE_VIEW_MEMBERS],
  [formats.ConditionalFormatsDouble, formats.ConditionalFormatsDouble.members],
  [formats.ConditionalFormatDouble, formats.ConditionalFormatDouble.members],
  [formats.ConditionalFormatRuleDouble, formats.ConditionalFormatRuleDouble.members],
  [validation.DataValidationDouble, validation.DataValidationDouble.members],
  [events.EventHandlersDouble, events.EventHandlersDouble.members],
  [events.EventHandlerResultDouble, events.EventHandlerResultDouble.members],
  [worksheet.WorksheetDouble, worksheet.WORKSHEET_MEMBERS],
  [worksheet.WorksheetCollectionDouble, worksheet.WORKSHEETS_MEMBERS],
  [protection.ProtectionDouble, protection.ProtectionDouble.members],
  [protection.FormatProtectionDouble, protection.FormatProtectionDouble.members],
  [workbook.WorkbookDouble, workbook.WORKBOOK_MEMBERS],
  [workbook.ApplicationDouble, workbook.ApplicationDouble.members],
  [tables.TableDouble, tables.TABLE_MEMBERS],
  [tables.TableCollectionDouble, tables.TABLES_MEMBERS],
  [tables.TableColumnCollectionDouble, tables.TABLE_COLUMNS_MEMBERS],
  [tables.TableColumnDouble, tables.TABLE_COLUMN_MEMBERS],
  [tables.WorkbookTablesDouble, tables.WORKBOOK_TABLES_MEMBERS],
  [names.NamedItemCollectionDouble, names.NAMES_MEMBERS],
  [names.NamedItemDouble, names.NAMED_ITEM_MEMBERS],
  [charts.ChartCollectionDouble, charts.CHARTS_MEMBERS],
  [charts.ChartDouble, charts.CHART_MEMBERS],
  [charts.SeriesCollectionDouble, charts.SERIES_COLLECTION_MEMBERS],
  [charts.SeriesDouble, charts.SERIES_MEMBERS],
  [charts.PointsCollectionDouble, charts.PointsCollectionDouble.members],
  [charts.PointDouble, charts.PointDouble.members],
  [charts.AxisDouble, charts.AxisDouble.members],
];

/** Members an instance carries itself rather than its prototype chain. */
const OWN = new Set(["context"]);

const implemented = (type: Constructor, member: string): boolean => {
  for (let proto: object | null = type.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, member)) return true;
  }
  return OWN.has(member);
};

describe("the test double's surface", () => {
  it.each(CLAIMS.map(([type, members]) => [type.name, type, members] as const))(
    "%s implements every Excel member it claims (and Excel has each, or the list would not compile)",
    (_, type, members) => {
      const missing = members.filter((m) => !implemented(type, m));
      expect(missing).toEqual([]);
    },
  );
});
