/** What the proof panel adds for proof and follow-up: the e-mail drop zone, the history, what came back, the proof pack. */
import type { Account } from '@shared/domain/types';
import { targetFor } from '@shared/catalog/lookups';
import { useApp } from '../app/app-context';
import { EmailDrop } from './email-drop';
import { FollowUpActions } from './follow-up-actions';
import { History } from './history';
import { ProofTools } from './proof-tools';

/** The proof panel's extras for `account` on `campaignId`. */
export function ProofExtras({ account, campaignId }: { readonly account: Account; readonly campaignId: string }) {
  const { catalog } = useApp();
  const form = targetFor(catalog, campaignId, account.platform)?.mechanism !== 'toggle';
  return (
    <div class="proof-extras">
      {form ? <EmailDrop account={account} campaignId={campaignId} /> : null}
      <History accountId={account.id} campaignId={campaignId} />
      <FollowUpActions account={account} campaignId={campaignId} />
      <ProofTools accountId={account.id} />
    </div>
  );
}
