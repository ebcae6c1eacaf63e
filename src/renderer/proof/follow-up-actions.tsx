/** What the person can do when a platform stays silent or refuses: record its answer, or complain. */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { platformCompany } from '@shared/domain/platform-names';
import { useApp } from '../app/app-context';
import { ComplaintDialog } from './complaint-dialog';
import { RefusalDialog } from './refusal-dialog';

/** The follow-up buttons of `account` on `campaignId`. */
export function FollowUpActions({ account, campaignId }: { readonly account: Account; readonly campaignId: string }) {
  const { t } = useApp();
  const [open, setOpen] = useState<'none' | 'refusal' | 'complaint'>('none');
  return (
    <section class="follow-up" aria-label={t.proof.followUpHeading}>
      <h5 class="history-title">{t.proof.followUpHeading}</h5>
      <div class="button-row">
        <button type="button" class="link-button" data-action="record-refusal" onClick={() => setOpen('refusal')}>
          {t.proof.recordRefusal({ company: platformCompany(account.platform) })}
        </button>
        <button type="button" class="link-button" data-action="complain" onClick={() => setOpen('complaint')}>
          {t.proof.complain}
        </button>
      </div>
      {open === 'refusal' ? <RefusalDialog account={account} campaignId={campaignId} onClose={() => setOpen('none')} /> : null}
      {open === 'complaint' ? <ComplaintDialog account={account} campaignId={campaignId} onClose={() => setOpen('none')} /> : null}
    </section>
  );
}
