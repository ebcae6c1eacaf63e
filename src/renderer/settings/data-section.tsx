/** Export and import of the person's data, and starting over (with confirmation). */
import { useState } from 'preact/hooks';
import { useApp } from '../app/app-context';
import { Banner } from '../components/banner';
import { Dialog, DialogActions } from '../components/dialog';
import { useDispatch } from '../checklist/use-dispatch';
import { intlTag } from '../app/format';
import { problemText } from './problem-text';

type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string; readonly errors?: readonly string[] } | null;

/** The "your data" section of the settings. */
export function DataSection() {
  const { api, snapshot, t, locale } = useApp();
  const { send, run, error } = useDispatch();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirming, setConfirming] = useState(false);

  const doExport = async (): Promise<void> => {
    const result = await run(() => api.exportData());
    if (result?.kind === 'saved') setOutcome({ tone: 'ok', text: t.settings.exported({ path: result.path }) });
    else if (result?.kind === 'failed') setOutcome({ tone: 'error', text: t.common.failed({ reason: result.message }) });
    else setOutcome(null);
  };
  const doImport = async (): Promise<void> => {
    const result = await run(() => api.importData());
    if (result?.kind === 'imported')
      setOutcome({ tone: 'ok', text: t.settings.imported({ accounts: result.accounts, events: result.events }) });
    else if (result?.kind === 'invalid')
      setOutcome({
        tone: 'error',
        text: t.settings.importInvalid,
        errors: result.problems.map((problem) => problemText(problem, t, intlTag(locale))),
      });
    else setOutcome(null);
  };

  return (
    <section class="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t.settings.data}</h2>
      <p class="hint">{t.settings.dataHint}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={() => void doExport()} data-testid="export-data">
          {t.settings.export}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void doImport()} data-testid="import-data">
          {t.settings.import}
        </button>
      </div>
      {snapshot.host === 'browser' ? null : (
        <div class="log-folder">
          <p class="hint">{t.store.logFolderHint}</p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => void run(() => api.openFolder({ folder: 'logs' }))}
            data-testid="open-log-folder"
          >
            {t.store.openLogFolder}
          </button>
        </div>
      )}
      {outcome === null ? null : (
        <Banner tone={outcome.tone} testId="data-outcome">
          <p>{outcome.text}</p>
          {outcome.errors === undefined ? null : (
            <ul class="error-list">
              {outcome.errors.slice(0, 20).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </Banner>
      )}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
      <div class="danger-zone">
        <div>
          <p class="danger-title">{t.settings.reset}</p>
          <p class="hint">{t.settings.resetHint}</p>
        </div>
        <button type="button" class="button button-danger-outline" onClick={() => setConfirming(true)} data-testid="reset">
          {t.settings.reset}
        </button>
      </div>
      {confirming ? (
        <Dialog title={t.settings.resetTitle} description={t.settings.resetBody} onClose={() => setConfirming(false)} tone="danger">
          <DialogActions
            onCancel={() => setConfirming(false)}
            confirmLabel={t.settings.resetConfirm}
            onConfirm={() => void send({ kind: 'reset' }).then(() => setConfirming(false))}
            tone="danger"
            focusCancel
          />
        </Dialog>
      ) : null}
    </section>
  );
}
