import { useCallback, useEffect, useState } from "react";
import type { Language } from "../method";
import type { AddinApi } from "./addinApi";
import { formFromStored, type SettingsForm } from "./settingsForm";
import { failureOf } from "../excel";

/** The settings form: null until the workbook's settings are read, then the form and a way to edit it. */
export interface SettingsFormState {
  form: SettingsForm | null;
  /** Why the workbook's settings could not be read (the form then holds the defaults). */
  loadError: string | null;
  /** True once the user changed a field since the form was last read from the workbook. */
  touched: boolean;
  update(patch: Partial<SettingsForm>): void;
  /** Reads the workbook's settings again (a colleague may have changed the settings sheet) and returns the form. */
  reload(): Promise<SettingsForm | null>;
  /** Marks the form as equal to what the workbook now holds (after a run stored it). */
  markStored(): void;
}

/**
 * Loads the workbook's settings into the form, falling back to the defaults when there are none, and
 * reads them again on request, so edits a colleague made on the settings sheet are not overwritten.
 */
export function useSettingsForm(api: AddinApi, language: Language, unknownError: string): SettingsFormState {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    let active = true;
    api
      .loadSettings()
      .then((stored) => formFromStored(stored, language))
      .then(
        (loaded) => active && setForm(loaded),
        (error: unknown) => {
          if (!active) return;
          setLoadError(failureOf(error, unknownError).message);
          setForm(formFromStored(null, language));
        },
      );
    return () => {
      active = false;
    };
  }, [api, language, unknownError]);
  const update = useCallback((patch: Partial<SettingsForm>) => {
    setTouched(true);
    setForm((current) => (current ? { ...current, ...patch } : current));
  }, []);
  const reload = useCallback(async () => {
    try {
      const loaded = formFromStored(await api.loadSettings(), language);
      setForm(loaded);
      setTouched(false);
      setLoadError(null);
      return loaded;
    } catch (error) {
      setLoadError(failureOf(error, unknownError).message);
      return null;
    }
  }, [api, language, unknownError]);
  const markStored = useCallback(() => setTouched(false), []);
  return { form, loadError, touched, update, reload, markStored };
}
