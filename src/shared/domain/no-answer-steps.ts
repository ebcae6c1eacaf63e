/**
 * "No answer" as a recorded step (design.md §12): once a sent form's follow-up period has passed
 * without a confirmation, the history keeps a `no-answer` event, once per sending. Both backends
 * apply these steps when they notice the period is over (main on its ticker, the browser when it
 * loads and on its timer), so the history and the proof pack say when the silence began.
 */
import type { AppState, Catalog } from './types';
import type { CampaignProgress } from './overview';
import { campaignProgress } from './overview';
import { eventsOf } from './status';

/** A `no-answer` step to record for one pair. */
export interface NoAnswerStep {
  readonly accountId: string;
  readonly campaignId: string;
}

/** The pairs whose follow-up ran out and whose history does not say so yet. */
export function noAnswerSteps(
  state: AppState,
  catalog: Catalog,
  now: Date,
  progress?: readonly CampaignProgress[],
): readonly NoAnswerStep[] {
  const steps: NoAnswerStep[] = [];
  for (const entry of progress ?? campaignProgress(state, catalog, now)) {
    for (const pair of entry.pairs) {
      const standing = pair.standing;
      if (standing.kind !== 'no-answer') continue;
      const since = Date.parse(standing.sentAt);
      const recorded = eventsOf(state.events, pair.account.id, entry.campaign.id).some(
        (event) => event.kind === 'no-answer' && event.targetId === undefined && Date.parse(event.at) >= since,
      );
      if (!recorded) steps.push({ accountId: pair.account.id, campaignId: entry.campaign.id });
    }
  }
  return steps;
}
