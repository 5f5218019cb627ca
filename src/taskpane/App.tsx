import { MessageBar, MessageBarType, Stack } from "@fluentui/react";
import type { AddinApi } from "./addinApi";
import { paneAmountUnit } from "./amountUnit";
import { ChangedNotice } from "./ChangedNotice";
import { amountShape, shownPlain } from "../method";
import { Header } from "./Header";
import { LiveStatus } from "./LiveStatus";
import { PaneLanguageProvider, usePaneLanguage } from "./PaneLanguage";
import { PaneThemeProvider } from "./PaneTheme";
import { invalidFieldLabels, maxScoreOfForm } from "./readForm";
import { ResultsSection } from "./ResultsSection";
import { runStatus } from "./runStatus";
import { SegmentAction } from "./SegmentAction";
import { SettingsSection } from "./SettingsSection";
import { offeredAmount } from "./settingsForm";
import { TemplateSection } from "./TemplateSection";
import { TextAmountsAction } from "./TextAmountsAction";
import { usePaneRun } from "./usePaneRun";
import { useRemedies } from "./useRemedies";
import { useSettingsForm } from "./useSettingsForm";
import { useTextAmounts } from "./useTextAmounts";
import { useWatchChanges } from "./useWatchChanges";

/** Props of the task pane: everything it may ask of Excel. */
export interface AppProps {
  api: AddinApi;
}

/** The ABC-klantsegmentatie task pane in the language Office speaks. */
export function App({ api }: AppProps) {
  return (
    <PaneLanguageProvider language={api.language}>
      <PaneThemeProvider office={api.officeTheme}>
        <Pane api={api} />
      </PaneThemeProvider>
    </PaneLanguageProvider>
  );
}

const paneStyles = {
  root: { padding: 16, boxSizing: "border-box" as const, maxWidth: 640, overflowWrap: "anywhere" as const },
};

/** The pane's sections, top to bottom in keyboard order: settings, Segmenteer, results, template. */
function Pane({ api }: AppProps) {
  const { texts, language } = usePaneLanguage();
  const settings = useSettingsForm(api, language, texts.unknownError);
  const { form } = settings;
  const paneRun = usePaneRun(api, settings, language, texts.unknownError);
  const { run, serial, changed, busy, reading, focusRequest, segment: onSegment } = paneRun;
  const watchFailure = useWatchChanges(api, texts.unknownError);
  const maxScore = form ? maxScoreOfForm(form, language) : null;
  const unit = paneAmountUnit(run, settings.sheetUnit);
  const conversion = useTextAmounts(api, () => onSegment());
  const remedies = useRemedies(api, serial, texts, onSegment);
  const canSegment = reading?.valid === true && !busy;
  return (
    <Stack tokens={{ childrenGap: 24 }} styles={paneStyles}>
      <Header />
      <Stack as="main" tokens={{ childrenGap: 24 }}>
        <Stack tokens={{ childrenGap: 16 }}>
          <SettingsSection
            form={form}
            errors={reading && !reading.valid ? reading.errors : {}}
            maxScore={maxScore === null ? null : shownPlain(maxScore, language)}
            unit={unit}
            currentAmount={offeredAmount(
              run,
              { threshold: settings.sheetRevenueThreshold, unit: settings.sheetUnit },
              language,
            )}
            loadError={settings.loadError}
            sheetProblems={settings.sheetProblems}
            onChange={settings.update}
            onGoToCell={(address) => api.goToCell(address)}
          />
          <SegmentAction
            canSegment={reading?.valid === true}
            invalid={reading?.valid === false}
            fields={invalidFieldLabels(
              reading,
              texts,
              amountShape(paneAmountUnit(run, settings.sheetUnit)).symbol,
            )}
            busy={busy}
            onSegment={() => void onSegment()}
          />
          <ChangedNotice
            changed={remedies.notice ? null : changed}
            showsRun={run !== null}
            canSegment={canSegment}
            onSegment={() => void onSegment()}
          />
          {watchFailure && (
            <MessageBar messageBarType={MessageBarType.warning}>{texts.watchFailed(watchFailure)}</MessageBar>
          )}
          <LiveStatus text={(!busy && remedies.notice?.text) || runStatus(run, busy, texts)} />
        </Stack>
        <ResultsSection
          run={run}
          serial={serial}
          focusRequest={focusRequest}
          notice={remedies.notice}
          remedies={{ busy: remedies.busy || busy, onRemedy: (remedy) => void remedies.run(remedy) }}
          onGoToCell={(address) => api.goToCell(address)}
        >
          <TextAmountsAction
            problems={run?.kind === "outcome" ? run.outcome.result.problems : []}
            conversion={conversion}
          />
        </ResultsSection>
        <TemplateSection serial={serial} onInsert={(withExamples) => api.insertTemplate(withExamples)} />
      </Stack>
    </Stack>
  );
}
