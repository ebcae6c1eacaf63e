/** The drop zone for the confirmation e-mail (or a PDF or picture of it), with a button to pick the file. */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { companyIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { ProofFileNotice } from './proof-file-notice';
import { carriesFiles, useProofFile } from './use-proof-file';

/** The e-mail drop zone of `account` on `campaignId`. */
export function EmailDrop({ account, campaignId }: { readonly account: Account; readonly campaignId: string }) {
  const { t, catalog } = useApp();
  const file = useProofFile(account, campaignId);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer?.files[0];
    if (dropped !== undefined) file.drop(dropped);
  };
  return (
    <section class="email-drop-section" aria-label={t.proof.dropHeading}>
      <div
        class={over ? 'email-drop email-drop-over' : 'email-drop'}
        data-testid="email-drop"
        onDragOver={(event) => {
          if (!carriesFiles(event)) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p class="email-drop-title">{t.proof.dropHeading}</p>
        <p class="hint">{t.proof.dropHint({ company: companyIn(catalog, account.platform) })}</p>
        <p class="hint">{t.proof.dropHow}</p>
        <button type="button" class="button button-secondary" onClick={file.pick} disabled={file.busy} data-action="pick-proof-file">
          {t.proof.pickFile}
        </button>
      </div>
      <ProofFileNotice account={account} file={file} />
    </section>
  );
}
