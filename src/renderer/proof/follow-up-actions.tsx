/**
 * What comes back, and what the person can do about it: while the platform still has time, until
 * when; once the waiting time is over, "No answer yet" with what to do and a button that records
 * it as a step; after a refusal, the complaint. The buttons record the platform's answer or open
 * the complaint.
 */
import type { ComponentType } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { targetFor } from '@shared/catalog/lookups';
import { companyIn } from '@shared/catalog/platform-lookup';
import { followUpOf, type FollowUp } from '@shared/domain/follow-up';
import { formatInstant } from '@shared/proof/timeline';
import { useApp } from '../app/app-context';
import { useDispatch } from '../checklist/use-dispatch';
import { useLazy } from '../app/use-lazy';
import type { ComplaintDialogProps } from './complaint-dialog';
import { RefusalDialog } from './refusal-dialog';

// The complaint dialog (authorities, letters) is needed only after a refusal or no answer.
const loadComplaint = async (): Promise<ComponentType<ComplaintDialogProps>> => (await import('./complaint-dialog')).ComplaintDialog;

/** Where the follow-up of `account` stands now, and whether "no answer" was already recorded. */
export function useFollowUp(account: Account, campaignId: string): { readonly followUp: FollowUp; readonly noAnswerNoted: boolean } {
  const { snapshot, clock, catalog } = useApp();
  const now = clock.now();
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const target = targetFor(catalog, campaignId, account.platform);
    const followUp: FollowUp =
      target === undefined ? { kind: 'none' } : followUpOf(snapshot.state.events, account.id, campaignId, target, now);
    const noAnswerNoted =
      followUp.kind === 'no-answer' &&
      snapshot.state.events.some(
        (event) =>
          event.accountId === account.id && event.campaignId === campaignId && event.kind === 'no-answer' && event.at >= followUp.sentAt,
      );
    return { followUp, noAnswerNoted };
    // `now` changes every render; the minute is enough to notice the end of a waiting time.
  }, [snapshot.state.events, account.id, account.platform, campaignId, minute]);
}

/** The follow-up of `account` on `campaignId`: where it stands and the buttons. */
export function FollowUpActions({ account, campaignId }: { readonly account: Account; readonly campaignId: string }) {
  const { t, locale, catalog } = useApp();
  const { send, error } = useDispatch();
  const [open, setOpen] = useState<'none' | 'refusal' | 'complaint'>('none');
  const Complaint = useLazy(open === 'complaint' ? loadComplaint : null);
  const { followUp, noAnswerNoted } = useFollowUp(account, campaignId);
  const zone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const when = (at: string): string => formatInstant(at, locale, zone);
  const company = companyIn(catalog, account.platform);
  return (
    <section class="follow-up" aria-label={t.proof.followUpHeading} data-testid="follow-up" data-follow-up={followUp.kind}>
      <h5 class="history-title">{t.proof.followUpHeading}</h5>
      {followUp.kind === 'waiting' ? (
        <p class="muted">{t.proof.waitingLine({ sent: when(followUp.sentAt), company, due: when(followUp.dueAt) })}</p>
      ) : null}
      {followUp.kind === 'no-answer' ? (
        <div class="banner banner-warn" role="status" data-testid="no-answer">
          <p class="banner-title">{t.proof.noAnswerTitle}</p>
          <p class="banner-body">
            {noAnswerNoted
              ? t.proof.noAnswerRecorded
              : t.proof.noAnswerBody({ sent: when(followUp.sentAt), company, due: when(followUp.dueAt) })}
          </p>
        </div>
      ) : null}
      {followUp.kind === 'refused' ? <p>{t.proof.refusedLine({ company, at: when(followUp.at) })}</p> : null}
      <div class="button-row">
        {followUp.kind === 'no-answer' && !noAnswerNoted ? (
          <button
            type="button"
            class="link-button"
            data-action="record-no-answer"
            onClick={() => void send({ kind: 'record', accountId: account.id, campaignId, event: { kind: 'no-answer' } })}
          >
            {t.proof.recordNoAnswer}
          </button>
        ) : null}
        <button type="button" class="link-button" data-action="record-refusal" onClick={() => setOpen('refusal')}>
          {t.proof.recordRefusal({ company })}
        </button>
        <button type="button" class="link-button" data-action="complain" onClick={() => setOpen('complaint')}>
          {t.proof.complain}
        </button>
      </div>
      {error === null ? null : (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {open === 'refusal' ? <RefusalDialog account={account} campaignId={campaignId} onClose={() => setOpen('none')} /> : null}
      {open === 'complaint' && Complaint !== null ? (
        <Complaint account={account} campaignId={campaignId} onClose={() => setOpen('none')} />
      ) : null}
    </section>
  );
}
