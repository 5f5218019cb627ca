import { useCallback, useState } from "react";
import { failureOf, type TextAmount } from "../excel";
import type { AddinApi } from "./addinApi";
import { usePaneLanguage } from "./PaneLanguage";

/** Where the conversion of text amounts stands. */
export type TextAmountsStep =
  | { kind: "idle" }
  | { kind: "busy"; label: string }
  | { kind: "confirm"; amounts: TextAmount[] }
  | { kind: "done"; tone: "success" | "info" | "error"; message: string; undo: TextAmount[] | null };

/** The conversion's step and what the user can do next. */
export interface TextAmountsState {
  step: TextAmountsStep;
  /** Reads the cells and asks for confirmation (or says there is nothing to convert). */
  ask(addresses: readonly string[]): Promise<void>;
  /** Converts the confirmed amounts, then segments again. */
  confirm(): Promise<void>;
  /** Writes the original texts back, then segments again. */
  undo(): Promise<void>;
  /** Closes the dialog or the message. */
  close(): void;
}

/**
 * Converts amounts stored as text after the user confirmed them, then runs Segmenteer again so the pane
 * shows the new outcome; offers the add-in's own undo afterwards (the add-in's writes are not on Excel's undo stack).
 */
export function useTextAmounts(api: AddinApi, segmentAgain: () => Promise<void>): TextAmountsState {
  const { texts } = usePaneLanguage();
  const [step, setStep] = useState<TextAmountsStep>({ kind: "idle" });
  const failed = (say: (message: string) => string, error: unknown, undo: TextAmount[] | null = null) =>
    setStep({
      kind: "done",
      tone: "error",
      message: say(failureOf(error, texts.unknownError).message),
      undo,
    });
  const ask = async (addresses: readonly string[]) => {
    setStep({ kind: "busy", label: texts.readingTextAmounts });
    try {
      const amounts = await api.readTextAmounts(addresses);
      setStep(
        amounts.length > 0
          ? { kind: "confirm", amounts }
          : { kind: "done", tone: "info", message: texts.noTextAmounts, undo: null },
      );
    } catch (error) {
      failed(texts.convertFailed, error);
    }
  };
  const confirm = async () => {
    if (step.kind !== "confirm") return;
    setStep({ kind: "busy", label: texts.converting });
    try {
      const { written, skipped } = await api.convertTextAmounts(step.amounts);
      if (written.length > 0) await segmentAgain();
      const message = texts.converted(written.length, skipped.length);
      setStep({ kind: "done", tone: "success", message, undo: written.length > 0 ? written : null });
    } catch (error) {
      failed(texts.convertFailed, error);
    }
  };
  const undo = async () => {
    if (step.kind !== "done" || !step.undo) return;
    const converted = step.undo;
    setStep({ kind: "busy", label: texts.undoing });
    try {
      const { written, skipped } = await api.undoTextAmounts(converted);
      if (written.length > 0) await segmentAgain();
      const message = texts.undone(written.length, skipped.length);
      setStep({ kind: "done", tone: "success", message, undo: null });
    } catch (error) {
      failed(texts.undoFailed, error, converted);
    }
  };
  const close = useCallback(() => setStep({ kind: "idle" }), []);
  return { step, ask, confirm, undo, close };
}
