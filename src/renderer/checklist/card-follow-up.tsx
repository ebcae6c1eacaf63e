/**
 * What to do when a platform stays silent or says no (design.md §12): shown on an account whose
 * sent form had no answer within its follow-up period, or whose refusal the person recorded.
 *
 * This is the card's place for follow-up actions: the "Complain to a data protection authority"
 * action belongs in `.card-follow-up-actions` (it is empty until then).
 */
import type { ComponentChildren } from 'preact';
import type { PairProgress } from '@shared/domain/progress';
import { platformCompany } from '@shared/domain/platform-names';
import { useApp } from '../app/app-context';

/** The follow-up block of a card, or nothing when the pair needs no follow-up. */
export function CardFollowUp({
  pair,
  level,
  children,
}: {
  readonly pair: PairProgress;
  /** The heading level of the block's title (one below the card's). */
  readonly level: 4 | 5;
  readonly children?: ComponentChildren;
}) {
  const { t } = useApp();
  const kind = pair.standing.kind;
  if (kind !== 'no-answer' && kind !== 'refused') return null;
  const f = t.status.followUp;
  const company = platformCompany(pair.account.platform);
  const headingId = `follow-up-${pair.account.id}-${pair.campaignId}`;
  const Title = level === 4 ? 'h4' : 'h5';
  return (
    <section class="card-follow-up" aria-labelledby={headingId} data-testid="follow-up" data-follow-up={kind}>
      <Title id={headingId} class="card-subtitle">
        {f.whatToDo}
      </Title>
      <ul class="points">
        {kind === 'no-answer' ? <li>{f.checkSpam({ company })}</li> : <li>{f.refusedNext}</li>}
        <li>{f.complain}</li>
      </ul>
      <div class="card-follow-up-actions">{children}</div>
    </section>
  );
}
