import { Stack, ThemeProvider } from "@fluentui/react";
import type { AddinApi } from "./addinApi";
import { formatNumber } from "./format";
import { Header } from "./Header";
import { LiveStatus } from "./LiveStatus";
import { PaneLanguageProvider, usePaneLanguage } from "./PaneLanguage";
import { maxScoreOfForm, readForm } from "./readForm";
import { ResultsSection } from "./ResultsSection";
import { runStatus } from "./runStatus";
import { SegmentAction } from "./SegmentAction";
import { SettingsSection } from "./SettingsSection";
import { TemplateSection } from "./TemplateSection";
import { useLastRun } from "./useLastRun";
import { useSettingsForm } from "./useSettingsForm";

/** Props of the task pane: everything it may ask of Excel. */
export interface AppProps {
  api: AddinApi;
}

/** The ABC-klantsegmentatie task pane in the language Office speaks. */
export function App({ api }: AppProps) {
  return (
    <PaneLanguageProvider language={api.language}>
      <ThemeProvider>
        <Pane api={api} />
      </ThemeProvider>
    </PaneLanguageProvider>
  );
}

const paneStyles = {
  root: { padding: 16, boxSizing: "border-box" as const, maxWidth: 640, overflowWrap: "anywhere" as const },
};

/** The pane's sections, top to bottom in keyboard order: settings, Segmenteer, results, template. */
function Pane({ api }: AppProps) {
  const { texts, language } = usePaneLanguage();
  const { form, loadError, touched, update, reload, markStored } = useSettingsForm(
    api,
    language,
    texts.unknownError,
  );
  const { run, serial, busy, segment } = useLastRun(api, texts.unknownError);
  const reading = form ? readForm(form, language) : null;
  const maxScore = form ? maxScoreOfForm(form, language) : null;
  const onSegment = async () => {
    const fresh = touched ? reading : await reload().then((f) => (f ? readForm(f, language) : reading));
    if (!fresh?.valid) return;
    await segment(fresh.settings, fresh.labels);
    markStored();
  };
  return (
    <Stack tokens={{ childrenGap: 24 }} styles={paneStyles}>
      <Header />
      <Stack as="main" tokens={{ childrenGap: 24 }}>
        <Stack tokens={{ childrenGap: 16 }}>
          <SettingsSection
            form={form}
            errors={reading && !reading.valid ? reading.errors : {}}
            maxScore={maxScore === null ? null : formatNumber(maxScore, language)}
            loadError={loadError}
            onChange={update}
          />
          <SegmentAction
            canSegment={reading?.valid === true}
            invalid={reading?.valid === false}
            busy={busy}
            onSegment={() => void onSegment()}
          />
          <LiveStatus text={runStatus(run, busy, texts)} />
        </Stack>
        <ResultsSection run={run} serial={serial} onGoToCell={(address) => api.goToCell(address)} />
        <TemplateSection onInsert={(withExamples) => api.insertTemplate(withExamples)} />
      </Stack>
    </Stack>
  );
}
