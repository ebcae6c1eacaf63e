/**
 * The proof kept for one account on one campaign: each record with its date, origin and short
 * fingerprint, opened by name; for a setting, a file the person adds (a screenshot of it switched
 * off, a PDF); for a form, the confirmation e-mail (`ProofExtras`: the .eml file checked by the app,
 * or a PDF or picture of it) and the day it came (`EmailDate`); the history, what came back, the
 * proof pack (`ProofExtras`); export all (desktop).
 */
import { useState } from 'preact/hooks';
import type { AddFileOutcome } from '@shared/ipc/contract';
import type { PairProgress } from '@shared/domain/progress';
import { localizedOr } from '@shared/guide/steps';
import { extraTargetsFor } from '@shared/catalog/lookups';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';
import { Banner } from '../components/banner';
import { useDispatch } from './use-dispatch';
import { EmailDate } from './email-date';
import { useCatalog } from '../app/use-catalog';
import { ProofExtras } from '../proof/proof-extras';

/** The proof panel of `pair`. */
export function ProofPanel({ pair, panelId }: { readonly pair: PairProgress; readonly panelId: string }) {
  const { api, snapshot, t, locale } = useApp();
  const catalog = useCatalog();
  const { run, error } = useDispatch();
  const [message, setMessage] = useState<{ readonly tone: 'ok' | 'error'; readonly text: string } | null>(null);
  const { account, campaignId } = pair;
  const records = snapshot.state.evidence.filter((record) => record.accountId === account.id && record.campaignId === campaignId);
  const desktop = snapshot.host !== 'browser';
  const extras = extraTargetsFor(catalog, campaignId, account.platform);
  const c = t.checklist;

  const exportAll = async (): Promise<void> => {
    const outcome = await run(() => api.exportEvidence());
    if (outcome?.kind === 'saved') setMessage({ tone: 'ok', text: c.exported({ path: outcome.path }) });
    if (outcome?.kind === 'failed') setMessage({ tone: 'error', text: t.common.failed({ reason: outcome.message }) });
  };
  const addFile = async (): Promise<void> => {
    const outcome: AddFileOutcome | undefined = await run(() => api.addEvidenceFile({ accountId: account.id, campaignId }));
    if (outcome?.kind === 'added') setMessage({ tone: 'ok', text: c.proofFileAdded });
    else if (outcome?.kind === 'refused') setMessage({ tone: 'error', text: c.proofRefused[outcome.reason] });
    else setMessage(null);
  };

  return (
    <section id={panelId} class="proof" aria-label={c.proofHeading({ label: account.label })} data-testid="proof">
      {records.length === 0 ? (
        <p class="muted" data-testid="proof-none">
          {desktop ? c.proofNoneDesktop : c.proofNoneBrowser}
        </p>
      ) : (
        <ul class="proof-list">
          {records.map((record) => {
            const extra = record.targetId === undefined ? undefined : extras.find((target) => target.id === record.targetId);
            return (
              <li key={record.id} class="proof-item" data-origin={record.origin}>
                <span>
                  {record.origin === 'page' ? t.proof.originPage : record.origin === 'email' ? t.proof.originEmail : t.proof.originFile}
                  {extra?.title === undefined ? null : (
                    <>
                      {t.common.separator}
                      {localizedOr(extra.title, locale)}
                    </>
                  )}
                  {t.common.separator}
                  {c.proofSaved({ date: formatFull(record.savedAt, locale) })}{' '}
                  <code class="hash" title={record.files.map((file) => c.fileHash({ name: file.name, hash: file.sha256 })).join('\n')}>
                    {c.proofHash({ hash: (record.files[0]?.sha256 ?? '').slice(0, 12) })}
                  </code>
                </span>
                {/* A page capture is a desktop file: a browser never holds it. */}
                {desktop || record.origin !== 'page' ? (
                  <span class="proof-actions">
                    {record.files.map((file) => (
                      <button
                        key={file.name}
                        type="button"
                        class="link-button"
                        onClick={() => void run(() => api.openEvidence({ evidenceId: record.id, file: file.name }))}
                      >
                        {c.openFile({ name: file.kind.toUpperCase() })}
                      </button>
                    ))}
                    {desktop ? (
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => void run(() => api.revealEvidence({ evidenceId: record.id }))}
                      >
                        {c.reveal}
                      </button>
                    ) : null}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <div class="button-row">
        {pair.mechanism === 'toggle' ? (
          <button type="button" class="button button-secondary" onClick={() => void addFile()} data-testid="add-proof-file">
            {c.addProofFile}
          </button>
        ) : null}
        {desktop && records.length > 0 ? (
          <button type="button" class="button button-secondary" onClick={() => void exportAll()}>
            {c.exportProof}
          </button>
        ) : null}
      </div>
      {pair.mechanism === 'form' ? (
        <div class="proof-email">
          <EmailDate pair={pair} />
        </div>
      ) : null}
      <ProofExtras account={account} campaignId={campaignId} />
      {message === null ? null : <Banner tone={message.tone}>{message.text}</Banner>}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
    </section>
  );
}
