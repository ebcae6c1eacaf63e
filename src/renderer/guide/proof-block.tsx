/** The last proof saved: when (with its zone), and each file, openable by name (main finds the path). */
import type { EvidenceRecord } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { intlTag } from '../app/format';

/** The saved proof. */
export function ProofBlock({ record }: { readonly record: EvidenceRecord }) {
  const { api, locale, t } = useApp();
  const when = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeStyle: 'medium', timeZone: record.zone }).format(
    new Date(record.savedAt),
  );
  return (
    <section class="guide-proof" aria-labelledby="guide-proof-title" data-testid="guide-proof">
      <h2 id="guide-proof-title">{t.guide.proof.saved}</h2>
      <p class="muted">
        {t.guide.proof.savedAt({ when })} ({record.zone})
      </p>
      <ul class="guide-files">
        {record.files.map((file) => (
          <li key={file.name}>
            <button
              type="button"
              class="link-button"
              aria-label={t.guide.proof.open({ name: file.name })}
              onClick={() => void api.openEvidence({ evidenceId: record.id, file: file.name }).catch(() => undefined)}
            >
              {file.name}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="button button-ghost"
        onClick={() => void api.revealEvidence({ evidenceId: record.id }).catch(() => undefined)}
      >
        {t.guide.proof.reveal}
      </button>
    </section>
  );
}
