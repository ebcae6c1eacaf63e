/**
 * Export and import of the person's data, putting back the data kept before the last import, and
 * starting over (with confirmation). An import first shows what it would change and asks; outcomes
 * are kept as data and worded at display time, so they follow the language (an import may change it).
 */
import { useState } from 'preact/hooks';
import type { ImportChanges } from '@shared/domain/import-changes';
import type { Messages } from '@shared/i18n/messages';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';
import type { Problem } from '@shared/problems';
import { Banner } from '../components/banner';
import { Dialog, DialogActions } from '../components/dialog';
import { useDispatch } from '../checklist/use-dispatch';
import { intlTag } from '../app/format';
import { ImportPreviewDialog } from './import-preview-dialog';
import { problemText } from './problem-text';

type Outcome =
  | { readonly kind: 'exported'; readonly path: string }
  | { readonly kind: 'imported'; readonly accounts: number; readonly events: number }
  | { readonly kind: 'restored'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] }
  | null;

type Asking =
  | { readonly kind: 'reset' }
  | { readonly kind: 'restore' }
  | { readonly kind: 'import'; readonly token: string; readonly changes: ImportChanges }
  | null;

function outcomeText(outcome: NonNullable<Outcome>, t: Messages, locale: Parameters<typeof formatFull>[1]): string {
  switch (outcome.kind) {
    case 'exported':
      return t.settings.exported({ path: outcome.path });
    case 'imported':
      return t.settings.imported({ accounts: outcome.accounts, events: outcome.events });
    case 'restored':
      return t.settings.restored({ date: formatFull(outcome.at, locale) });
    case 'failed':
      return t.common.failed({ reason: outcome.message });
    case 'invalid':
      return t.settings.importInvalid;
  }
}

/** The "your data" section of the settings. */
export function DataSection() {
  const { api, snapshot, t, locale } = useApp();
  const { send, run, error } = useDispatch();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const s = t.settings;
  const kept = snapshot.beforeImport;

  const doExport = async (): Promise<void> => {
    const result = await run(() => api.exportData());
    if (result?.kind === 'saved') setOutcome({ kind: 'exported', path: result.path });
    else if (result?.kind === 'failed') setOutcome({ kind: 'failed', message: result.message });
    else setOutcome(null);
  };
  const doImport = async (): Promise<void> => {
    const result = await run(() => api.importData());
    if (result?.kind === 'preview') {
      setOutcome(null);
      setAsking({ kind: 'import', token: result.token, changes: result.changes });
    } else if (result?.kind === 'invalid') setOutcome(result);
    else setOutcome(null);
  };
  const confirmImport = async (token: string): Promise<void> => {
    const result = await run(() => api.confirmImport({ token }));
    setAsking(null);
    if (result !== undefined) setOutcome(result);
  };
  const restore = async (): Promise<void> => {
    const result = await run(() => api.restoreBeforeImport());
    setAsking(null);
    if (result?.kind === 'restored' || result?.kind === 'invalid') setOutcome(result);
  };

  const tone = outcome === null ? 'ok' : outcome.kind === 'failed' || outcome.kind === 'invalid' ? 'error' : 'ok';
  return (
    <section class="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{s.data}</h2>
      <p class="hint">{s.dataHint}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={() => void doExport()} data-testid="export-data">
          {s.export}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void doImport()} data-testid="import-data">
          {s.import}
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
        <Banner tone={tone} testId="data-outcome">
          <p>{outcomeText(outcome, t, locale)}</p>
          {outcome.kind === 'invalid' ? (
            <ul class="error-list">
              {outcome.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{problemText(problem, t, intlTag(locale))}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      )}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
      {kept === null ? null : (
        <div class="kept-copy" data-testid="before-import">
          <p class="hint">{s.restoreHint({ date: formatFull(kept.at, locale) })}</p>
          <button type="button" class="button button-secondary" onClick={() => setAsking({ kind: 'restore' })} data-testid="restore">
            {s.restoreButton}
          </button>
        </div>
      )}
      <div class="danger-zone">
        <div>
          <p class="danger-title">{s.reset}</p>
          <p class="hint">{s.resetHint}</p>
        </div>
        <button type="button" class="button button-danger-outline" onClick={() => setAsking({ kind: 'reset' })} data-testid="reset">
          {s.reset}
        </button>
      </div>
      {asking?.kind === 'reset' ? (
        <Dialog title={s.resetTitle} description={s.resetBody} onClose={() => setAsking(null)} tone="danger">
          <DialogActions
            onCancel={() => setAsking(null)}
            confirmLabel={s.resetConfirm}
            onConfirm={() => void send({ kind: 'reset' }).then(() => setAsking(null))}
            tone="danger"
            focusCancel
          />
        </Dialog>
      ) : null}
      {asking?.kind === 'restore' && kept !== null ? (
        <Dialog
          title={s.restoreConfirmTitle}
          description={s.restoreConfirmBody({ date: formatFull(kept.at, locale) })}
          onClose={() => setAsking(null)}
        >
          <DialogActions onCancel={() => setAsking(null)} confirmLabel={s.restoreConfirm} onConfirm={() => void restore()} focusCancel />
        </Dialog>
      ) : null}
      {asking?.kind === 'import' ? (
        <ImportPreviewDialog changes={asking.changes} onCancel={() => setAsking(null)} onConfirm={() => void confirmImport(asking.token)} />
      ) : null}
    </section>
  );
}
