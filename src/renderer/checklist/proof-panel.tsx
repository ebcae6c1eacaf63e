/** The proof saved for one account: date, short fingerprint, open / show in folder; export all. */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';
import { Banner } from '../components/banner';
import { useDispatch } from './use-dispatch';
import { ProofExtras } from '../proof/proof-extras';

/** The proof panel of `account`. */
export function ProofPanel({ account, campaignId }: { readonly account: Account; readonly campaignId: string }) {
  const { api, snapshot, t, locale } = useApp();
  const { run, error } = useDispatch();
  const [saved, setSaved] = useState<string | null>(null);
  const records = snapshot.state.evidence.filter((record) => record.accountId === account.id);
  const desktop = snapshot.host !== 'browser';

  const exportAll = async (): Promise<void> => {
    const outcome = await run(() => api.exportEvidence());
    if (outcome?.kind === 'saved') setSaved(t.checklist.exported({ path: outcome.path }));
    if (outcome?.kind === 'failed') setSaved(t.common.failed({ reason: outcome.message }));
  };

  return (
    <section id={`proof-${account.id}`} class="proof" aria-label={t.checklist.proofHeading({ label: account.label })} data-testid="proof">
      {records.length === 0 ? <p class="muted">{t.checklist.proofNone}</p> : null}
      {records.length > 0 ? (
        <ul class="proof-list">
          {records.map((record) => (
            <li key={record.id} class="proof-item">
              <span data-origin={record.origin}>
                {record.origin === 'page' ? t.proof.originPage : record.origin === 'email' ? t.proof.originEmail : t.proof.originFile}
                {' · '}
                {t.checklist.proofSaved({ date: formatFull(record.savedAt, locale) })}{' '}
                <code
                  class="hash"
                  title={record.files.map((file) => t.checklist.fileHash({ name: file.name, hash: file.sha256 })).join('\n')}
                >
                  {t.checklist.proofHash({ hash: (record.files[0]?.sha256 ?? '').slice(0, 12) })}
                </code>
              </span>
              {desktop || record.origin !== 'page' ? (
                <span class="proof-actions">
                  {record.files.map((file) => (
                    <button
                      key={file.name}
                      type="button"
                      class="link-button"
                      onClick={() => void run(() => api.openEvidence({ evidenceId: record.id, file: file.name }))}
                    >
                      {t.checklist.openFile({ name: file.kind.toUpperCase() })}
                    </button>
                  ))}
                  {desktop ? (
                    <button type="button" class="link-button" onClick={() => void run(() => api.revealEvidence({ evidenceId: record.id }))}>
                      {t.checklist.reveal}
                    </button>
                  ) : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {desktop ? (
        records.length > 0 ? (
          <button type="button" class="button button-secondary" onClick={() => void exportAll()}>
            {t.checklist.exportProof}
          </button>
        ) : null
      ) : (
        <p class="hint" data-testid="proof-browser">
          {t.checklist.proofBrowser}
        </p>
      )}
      <ProofExtras account={account} campaignId={campaignId} />
      {saved === null ? null : <Banner tone="ok">{saved}</Banner>}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
    </section>
  );
}
