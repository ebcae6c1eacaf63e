/** "No answer" as a recorded step: once per sending, only when the follow-up period has run out. */
import { describe, expect, it } from 'vitest';
import { noAnswerSteps } from '@shared/domain/no-answer-steps';
import { stateWith } from '../../support/domain-fixtures';
import { LINKEDIN, META, TODAY, catalogWith, days, on, step } from './campaign-fixtures';

const real = catalogWith();

describe('noAnswerSteps', () => {
  const sent = step(1, META, days(TODAY, -31), { kind: 'submitted', source: 'person' });
  const state = stateWith({
    accounts: [on(1, 'facebook', [META]), on(3, 'linkedin', [LINKEDIN])],
    events: [sent, step(3, LINKEDIN, days(TODAY, -200), { kind: 'submitted', source: 'person' })],
  });

  it('asks for one step once the month is over (forms only: a setting has no answer to wait for)', () => {
    expect(noAnswerSteps(state, real, days(TODAY, -2))).toEqual([]);
    expect(noAnswerSteps(state, real, TODAY)).toEqual([{ accountId: state.accounts[0]?.id, campaignId: META }]);
  });

  it('does not ask again once recorded, but does for a new sending after reopening', () => {
    const recorded = { ...state, events: [...state.events, step(1, META, days(TODAY, -1), { kind: 'no-answer' })] };
    expect(noAnswerSteps(recorded, real, TODAY)).toEqual([]);
    const again = {
      ...recorded,
      events: [
        ...recorded.events,
        step(1, META, days(TODAY, 1), { kind: 'reopened' }),
        step(1, META, days(TODAY, 2), { kind: 'submitted', source: 'person' }),
      ],
    };
    expect(noAnswerSteps(again, real, days(TODAY, 40))).toHaveLength(1);
  });
});
