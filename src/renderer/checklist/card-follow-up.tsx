/**
 * What to do when a platform stays silent or says no (design.md §12): shown on an account whose
 * sent form had no answer within its follow-up period, or whose refusal the person recorded, with
 * the complaint one click away. The proof panel (`FollowUpActions`) holds the rest: the history,
 * noting that no answer came, recording an answer. The card hides this block while its proof panel
 * is open, so the same buttons never show twice.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { PairProgress } from '@shared/domain/progress';
import { companyIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { useLazy } from '../app/use-lazy';
import type { ComplaintDialogProps } from '../proof/complaint-dialog';

// The complaint dialog (authorities, letters) loads when the person opens it.
const loadComplaint = async (): Promise<ComponentType<ComplaintDialogProps>> => (await import('../proof/complaint-dialog')).ComplaintDialog;

/** The follow-up block of a card, or nothing when the pair needs no follow-up. */
export function CardFollowUp({
  pair,
  level,
}: {
  readonly pair: PairProgress;
  /** The heading level of the block's title (one below the card's). */
  readonly level: 4 | 5;
}) {
  const { t, catalog } = useApp();
  const [complaint, setComplaint] = useState(false);
  const Complaint = useLazy(complaint ? loadComplaint : null);
  const kind = pair.standing.kind;
  if (kind !== 'no-answer' && kind !== 'refused') return null;
  const f = t.status.followUp;
  const company = companyIn(catalog, pair.account.platform);
  const headingId = `follow-up-${pair.account.id}-${pair.campaignId}`;
  const Title = level === 4 ? 'h4' : 'h5';
  return (
    <div class="card-follow-up" role="group" aria-labelledby={headingId} data-testid="card-follow-up" data-follow-up={kind}>
      <Title id={headingId} class="card-subtitle">
        {f.whatToDo}
      </Title>
      <ul class="points">
        {kind === 'no-answer' ? <li>{f.checkSpam({ company })}</li> : <li>{f.refusedNext}</li>}
        <li>{f.complain}</li>
      </ul>
      <div class="card-follow-up-actions">
        <button type="button" class="link-button" data-action="complain" onClick={() => setComplaint(true)}>
          {t.proof.complain}
        </button>
      </div>
      {complaint && Complaint !== null ? (
        <Complaint account={pair.account} campaignId={pair.campaignId} onClose={() => setComplaint(false)} />
      ) : null}
    </div>
  );
}
