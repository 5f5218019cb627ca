import { AddinError, errorText, failureOf, officeErrorCode } from "../../src/excel/officeErrors";
import { describeFailure } from "../../src/excel/texts";
import { OfficeErrorDouble } from "../double/errors";

describe("officeErrors: the one place that knows Office's error shape", () => {
  it("reads the code of an OfficeExtension.Error-shaped error, and of nothing else", () => {
    expect(officeErrorCode(new OfficeErrorDouble("AccessDenied", "Access denied."))).toBe("AccessDenied");
    expect(officeErrorCode({ code: "InvalidSelection" })).toBe("InvalidSelection");
    for (const other of [new Error("x"), { code: 5 }, { code: "" }, "AccessDenied", null, undefined])
      expect(officeErrorCode(other)).toBeNull();
  });

  it("reads the text an error carries", () => {
    expect(errorText(new Error("kapot"))).toBe("kapot");
    expect(errorText("kapot")).toBe("kapot");
    expect(errorText({ message: 3 })).toBeNull();
    expect(errorText(new Error(""))).toBeNull();
    expect(failureOf(null, "Onbekende fout")).toEqual({ message: "Onbekende fout", code: null });
  });

  it("keeps what was thrown as cause and its code beside a message for the user", () => {
    const excel = new OfficeErrorDouble("AccessDenied", "Access denied.");
    const error = new AddinError(describeFailure(excel, "en"), { cause: excel });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AddinError");
    expect(error.message).toBe(
      "Excel refused the change: is the sheet protected? Unprotect it and try again. (AccessDenied)",
    );
    expect(error.code).toBe("AccessDenied");
    expect(error.cause).toBe(excel);
    expect(officeErrorCode(error)).toBe("AccessDenied");
    expect(failureOf(error, "?")).toEqual({ message: error.message, code: "AccessDenied" });
    expect(new AddinError("Kapot.", { cause: new Error("x") }).code).toBeNull();
  });

  it("describes an unknown code with Excel's own text and the code, and a plain error by its text", () => {
    expect(describeFailure(new OfficeErrorDouble("GeneralException", "Er ging iets mis."), "nl")).toBe(
      "Er ging iets mis. (GeneralException)",
    );
    expect(describeFailure(new Error("kapot"), "nl")).toBe("kapot");
    expect(describeFailure("kapot", "en")).toBe("kapot");
  });
});
