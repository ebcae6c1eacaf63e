/**
 * Keeps "no answer" in the history: when a sent form's follow-up period runs out without a
 * confirmation, one `no-answer` step is recorded for it (`noAnswerSteps`), on the shared ticker
 * (it wakes when the next follow-up falls due) and after every change of state.
 */
import type { AppState, Catalog, Clock } from '@shared/domain/types';
import type { Command } from '@shared/domain/commands';
import { noAnswerSteps } from '@shared/domain/no-answer-steps';
import { campaignProgress, nextStandingChange } from '@shared/domain/overview';
import type { CountdownService } from '../countdown-service';

/** What the follow-up needs from the app. */
export interface FollowUpDeps {
  readonly state: {
    get(): AppState;
    dispatch(command: Command): unknown;
    onChange(listener: (state: AppState) => void): () => void;
  };
  readonly ticker: Pick<CountdownService, 'addWakeSource'>;
  readonly catalog: Catalog;
  readonly clock: Clock;
}

/** Starts recording follow-up steps; returns a function that stops it. */
export function setupFollowUp(deps: FollowUpDeps): () => void {
  let recording = false;
  const record = (): void => {
    if (recording) return;
    recording = true;
    try {
      for (const step of noAnswerSteps(deps.state.get(), deps.catalog, deps.clock.now())) {
        deps.state.dispatch({ kind: 'record', accountId: step.accountId, campaignId: step.campaignId, event: { kind: 'no-answer' } });
      }
    } finally {
      recording = false;
    }
  };
  const offWake = deps.ticker.addWakeSource({
    next: (now) => nextStandingChange(campaignProgress(deps.state.get(), deps.catalog, now), now),
    onWake: record,
  });
  const offState = deps.state.onChange(record);
  return () => {
    offWake();
    offState();
  };
}
