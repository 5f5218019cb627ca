import {
  Checkbox,
  DefaultButton,
  MessageBar,
  MessageBarType,
  mergeStyles,
  Spinner,
  Stack,
  Text,
} from "@fluentui/react";
import { useRef, useState } from "react";
import type { AddinApi } from "./addinApi";
import { Heading } from "./Heading";
import { LiveStatus } from "./LiveStatus";
import { usePaneLanguage } from "./PaneLanguage";
import { templateMessage } from "./texts";
import { useReveal } from "./useReveal";
import { failureOf } from "../excel";

/** Props of the template section: the serial of the latest run (a newer run replaces its message) and the insert call. */
export interface TemplateSectionProps {
  serial: number;
  onInsert: AddinApi["insertTemplate"];
}

type Outcome = { kind: "inserted" | "failed"; text: string; afterRun: number } | null;

const region = mergeStyles({ selectors: { ":focus": { outline: "none" } } });

/**
 * Inserts the article's template sheet, with or without example clients, and says what to do next (in a
 * workbook that segments a list already, that Segmenteer on the template offers to move the analysis).
 * The message comes into view and takes the focus (useReveal); a run after it replaces it.
 */
export function TemplateSection({ serial, onInsert }: TemplateSectionProps) {
  const { texts } = usePaneLanguage();
  const [withExamples, setWithExamples] = useState(false);
  const [busy, setBusy] = useState(false);
  const [inserted, setOutcome] = useState<Outcome>(null);
  const outcome = inserted && inserted.afterRun === serial ? inserted : null;
  const message = useRef<HTMLDivElement>(null);
  useReveal(message, inserted);
  const running = useRef(false);
  const insert = async () => {
    // A double click arrives before the disabled button renders: one template per click sequence.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      const text = templateMessage(texts, await onInsert(withExamples), withExamples);
      setOutcome({ kind: "inserted", text, afterRun: serial });
    } catch (error) {
      setOutcome({
        kind: "failed",
        text: texts.templateFailed(failureOf(error, texts.unknownError).message),
        afterRun: serial,
      });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return (
    <Stack as="section" aria-labelledby="template-heading" tokens={{ childrenGap: 12 }}>
      <Heading level={2} id="template-heading">
        {texts.templateHeading}
      </Heading>
      <Text block>{texts.templateIntro}</Text>
      <Checkbox
        label={texts.withExamples}
        checked={withExamples}
        onChange={(_, checked) => setWithExamples(Boolean(checked))}
      />
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <DefaultButton
          text={texts.insertTemplate}
          onClick={busy ? undefined : insert}
          disabled={busy}
          allowDisabledFocus
        />
        {busy && <Spinner label={texts.insertingTemplate} labelPosition="right" />}
      </Stack>
      <div ref={message} tabIndex={-1} className={region}>
        {outcome && (
          <MessageBar
            messageBarType={outcome.kind === "inserted" ? MessageBarType.success : MessageBarType.error}
            isMultiline
          >
            {outcome.text}
          </MessageBar>
        )}
      </div>
      <LiveStatus text={busy ? texts.insertingTemplate : (outcome?.text ?? "")} />
    </Stack>
  );
}
