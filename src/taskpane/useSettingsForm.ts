import { useCallback, useEffect, useState } from "react";
import type { AmountUnit, Language, Problem } from "../method";
import type { AddinApi, StoredSettings } from "./addinApi";
import { formFromStored, type SettingsForm } from "./settingsForm";
import { failureOf } from "../excel";

/** The settings form: null until the workbook's settings are read, then the form and a way to edit it. */
export interface SettingsFormState {
  form: SettingsForm | null;
  /** Why the workbook's settings could not be read (the form then holds the defaults). */
  loadError: string | null;
  /** The invalid values on the settings sheet, as last read; the form holds the defaults the sheet applies. */
  sheetProblems: readonly Problem[];
  /** The unit the settings sheet shows the fixed amount in, as last read (null when unknown). */
  sheetUnit: AmountUnit | null;
  /** The revenue threshold the settings sheet applied, as last read, in `sheetUnit` (null when unknown). */
  sheetRevenueThreshold: number | null;
  /** True once the user changed a field since the form was last read from the workbook. */
  touched: boolean;
  update(patch: Partial<SettingsForm>): void;
  /** Reads the workbook's settings again (a colleague may have changed the settings sheet) and returns the form. */
  reload(): Promise<SettingsForm | null>;
  /** Marks the form as equal to what the workbook now holds (after a run stored it over the sheet's values). */
  markStored(): void;
}

const NONE: readonly Problem[] = [];

/**
 * Loads the workbook's settings into the form, falling back to the defaults when there are none, and
 * reads them again on request, so edits a colleague made on the settings sheet are not overwritten.
 */
export function useSettingsForm(api: AddinApi, language: Language, unknownError: string): SettingsFormState {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sheetProblems, setSheetProblems] = useState<readonly Problem[]>(NONE);
  const [sheetUnit, setSheetUnit] = useState<AmountUnit | null>(null);
  const [sheetRevenueThreshold, setSheetRevenueThreshold] = useState<number | null>(null);
  const [touched, setTouched] = useState(false);
  const show = useCallback(
    (stored: StoredSettings | null) => {
      const loaded = formFromStored(stored, language);
      setForm(loaded);
      setSheetProblems(stored?.problems ?? NONE);
      setSheetUnit(stored?.unit ?? null);
      setSheetRevenueThreshold(stored?.revenueThreshold ?? null);
      return loaded;
    },
    [language],
  );
  useEffect(() => {
    let active = true;
    api.loadSettings().then(
      (stored) => active && show(stored),
      (error: unknown) => {
        if (!active) return;
        setLoadError(failureOf(error, unknownError).message);
        setForm(formFromStored(null, language));
      },
    );
    return () => {
      active = false;
    };
  }, [api, language, unknownError, show]);
  const update = useCallback((patch: Partial<SettingsForm>) => {
    setTouched(true);
    setForm((current) => (current ? { ...current, ...patch } : current));
  }, []);
  const reload = useCallback(async () => {
    try {
      const loaded = show(await api.loadSettings());
      setTouched(false);
      setLoadError(null);
      return loaded;
    } catch (error) {
      setLoadError(failureOf(error, unknownError).message);
      return null;
    }
  }, [api, show, unknownError]);
  const markStored = useCallback(() => {
    setTouched(false);
    setSheetProblems(NONE);
  }, []);
  return {
    form,
    loadError,
    sheetProblems,
    sheetUnit,
    sheetRevenueThreshold,
    touched,
    update,
    reload,
    markStored,
  };
}
