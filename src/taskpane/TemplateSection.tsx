import { Checkbox, DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { AddinApi } from "./addinApi";
import { Heading } from "./Heading";
import { LiveStatus } from "./LiveStatus";
import { usePaneLanguage } from "./PaneLanguage";
import { failureOf } from "../excel";

/** Props of the template section: the call that inserts the template sheet. */
export interface TemplateSectionProps {
  onInsert: AddinApi["insertTemplate"];
}

type Outcome = { kind: "inserted"; text: string } | { kind: "failed"; text: string } | null;

/** Inserts the article's template sheet, with or without example clients, and says what to do next. */
export function TemplateSection({ onInsert }: TemplateSectionProps) {
  const { texts } = usePaneLanguage();
  const [withExamples, setWithExamples] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const insert = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { sheet } = await onInsert(withExamples);
      const text = withExamples ? texts.templateInsertedWithExamples(sheet) : texts.templateInserted(sheet);
      setOutcome({ kind: "inserted", text });
    } catch (error) {
      setOutcome({
        kind: "failed",
        text: texts.templateFailed(failureOf(error, texts.unknownError).message),
      });
    } finally {
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
      {outcome && (
        <MessageBar
          messageBarType={outcome.kind === "inserted" ? MessageBarType.success : MessageBarType.error}
        >
          {outcome.text}
        </MessageBar>
      )}
      <LiveStatus text={busy ? texts.insertingTemplate : (outcome?.text ?? "")} />
    </Stack>
  );
}
