/** An error shaped like OfficeExtension.Error: a code the adapter can test, and a message. */
export class OfficeErrorDouble extends Error {
  override readonly name = "RichApi.Error";

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The error Excel throws when a property is read before it was loaded and synced. */
/** What the double throws for a property it does not serve: InvalidArgument, naming the type and property. */
export function cannotLoad(type: string, property: string): OfficeErrorDouble {
  return new OfficeErrorDouble(CODES.invalidArgument, `The double cannot load ${type}.${property}.`);
}

export function notLoaded(type: string, property: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Excel's error codes the double raises. */
export const CODES = {
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidSelection: "InvalidSelection",
  requestTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
  apiNotFound: "ApiNotFound",
  notImplemented: "NotImplemented",
  insertDeleteConflict: "InsertDeleteConflict",
} as const;
