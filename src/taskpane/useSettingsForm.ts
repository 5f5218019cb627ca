import { useCallback, useEffect, useState } from "react";
import type { Language } from "../engine";
import type { AddinApi } from "./addinApi";
import { errorMessage } from "./errorMessage";
import { formFromStored, type SettingsForm } from "./settingsForm";

/** The settings form: null until the workbook's settings are read, then the form and a way to edit it. */
export interface SettingsFormState {
  form: SettingsForm | null;
  /** Why the workbook's settings could not be read (the form then holds the defaults). */
  loadError: string | null;
  update(patch: Partial<SettingsForm>): void;
}

/** Loads the workbook's settings into the form once, falling back to the defaults when there are none. */
export function useSettingsForm(api: AddinApi, language: Language, unknownError: string): SettingsFormState {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    api
      .loadSettings()
      .then((stored) => formFromStored(stored, language))
      .then(
        (loaded) => active && setForm(loaded),
        (error: unknown) => {
          if (!active) return;
          setLoadError(errorMessage(error, unknownError));
          setForm(formFromStored(null, language));
        },
      );
    return () => {
      active = false;
    };
  }, [api, language, unknownError]);
  const update = useCallback(
    (patch: Partial<SettingsForm>) => setForm((current) => (current ? { ...current, ...patch } : current)),
    [],
  );
  return { form, loadError, update };
}
