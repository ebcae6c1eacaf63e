/** What became of a proof file: checked and kept, in doubt (keep it or not), or refused; nothing changes unless kept. */
import type { Account, Catalog } from '@shared/domain/types';
import type { ProofFileOutcome } from '@shared/ipc/contract';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';
import type { Messages } from '@shared/i18n/messages';
import { useApp } from '../app/app-context';
import { Banner } from '../components/banner';
import type { ProofFile } from './use-proof-file';

function doubtText(outcome: Extract<ProofFileOutcome, { kind: 'doubt' }>, account: Account, t: Messages, catalog: Catalog): string {
  const company = companyIn(catalog, account.platform);
  const from = outcome.from ?? '';
  switch (outcome.doubt) {
    case 'picture':
      return t.proof.doubtPicture;
    case 'too-large':
      return t.proof.doubtTooLarge;
    case 'not-an-email':
      return t.proof.doubtNotAnEmail;
    case 'unknown-sender':
      return t.proof.doubtUnknownSender({ from, company });
    case 'other-platform':
      return t.proof.doubtOtherPlatform({ from, platform: nameIn(catalog, account.platform) });
    case 'not-a-confirmation':
      return t.proof.doubtNotAConfirmation({ company });
  }
}

/** The notice under a drop zone or card. */
export function ProofFileNotice({ account, file }: { readonly account: Account; readonly file: ProofFile }) {
  const { t, catalog } = useApp();
  const { outcome } = file;
  const company = companyIn(catalog, account.platform);
  if (file.error !== null) return <Banner tone="error">{file.error}</Banner>;
  if (file.busy)
    return (
      <p class="hint" aria-live="polite">
        {t.proof.reading}
      </p>
    );
  if (outcome === null || outcome.kind === 'cancelled') return null;
  if (outcome.kind === 'recorded')
    return (
      <Banner tone="ok" testId="proof-file-ok">
        {outcome.record.origin === 'email' ? t.proof.checked({ company }) : t.proof.kept}
      </Banner>
    );
  if (outcome.kind === 'refused') {
    const text = { empty: t.proof.refusedEmpty, 'too-large-to-keep': t.proof.refusedTooLarge, unsupported: t.proof.refusedUnsupported }[
      outcome.refusal
    ];
    return (
      <Banner tone="error" testId="proof-file-refused">
        {text}
      </Banner>
    );
  }
  return (
    <Banner tone="warn" testId="proof-file-doubt">
      <p>
        {doubtText(outcome, account, t, catalog)} {t.proof.nothingChanged}
      </p>
      <p class="hint">{t.proof.keepHint({ company })}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={file.keep} data-action="keep-proof-file">
          {t.proof.keepAnyway}
        </button>
        <button type="button" class="button button-ghost" onClick={file.discard}>
          {t.proof.discard}
        </button>
      </div>
    </Banner>
  );
}
