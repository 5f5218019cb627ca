import { useEffect, useState } from "react";
import { failureOf } from "../excel";
import type { AddinApi } from "./addinApi";

/**
 * Once the pane opens, asks the adapter to watch the sheet an earlier Segmenteer wrote, so the run store
 * learns when the workbook changes; returns why that failed, if it did.
 */
export function useWatchChanges(api: AddinApi, unknownError: string): string | null {
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api.watchChanges().catch((error: unknown) => {
      if (active) setFailure(failureOf(error, unknownError).message);
    });
    return () => {
      active = false;
    };
  }, [api, unknownError]);
  return failure;
}
