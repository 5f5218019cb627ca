/**
 * The Excel enums the double's global carries (Excel.ConditionalFormatType.custom is "Custom"), so code
 * that names them instead of their strings runs against the double as it runs in Office.
 */
export const EXCEL_ENUMS = {
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ConditionalCellValueOperator: {
    invalid: "Invalid",
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
    inconsistent: "Inconsistent",
    mixedCriteria: "MixedCriteria",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  DataChangeType: {
    unknown: "Unknown",
    rangeEdited: "RangeEdited",
    rowInserted: "RowInserted",
    rowDeleted: "RowDeleted",
  },
  EventSource: { local: "Local", remote: "Remote" },
  EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
} as const;
