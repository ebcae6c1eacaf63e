/** "No answer" recorded in main: when a sent form's follow-up runs out, on the shared ticker, once. */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetElectronMock } from '../../support/electron-mock';
import { setupFollowUp } from '../../../src/main/follow-up/setup-follow-up';
import { stateWith } from '../../support/domain-fixtures';
import { META, TODAY, catalogWith, days, on, step } from '../shared/campaign-fixtures';
import { harness } from './tray-harness';

const DAY = 86_400_000;

describe('setupFollowUp', () => {
  beforeEach(() => resetElectronMock());

  it('records "no answer" when the month runs out, while the app runs, and only once', () => {
    const initial = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [step(1, META, days(TODAY, -29), { kind: 'submitted', source: 'person' })],
    });
    const h = harness(TODAY, initial, catalogWith());
    const stop = setupFollowUp({ state: h.state, ticker: h.ticker, catalog: h.catalog, clock: h.world.clock });
    const noAnswers = () => h.state.get().events.filter((event) => event.kind === 'no-answer');
    expect(noAnswers()).toEqual([]);
    h.world.advance(DAY + 1000);
    expect(noAnswers()).toHaveLength(1);
    // Recorded when the month ran out (the ticker woke for it), not at the end of the day.
    expect(Date.parse(noAnswers()[0]?.at ?? '')).toBeGreaterThanOrEqual(days(TODAY, 1).getTime());
    expect(Date.parse(noAnswers()[0]?.at ?? '')).toBeLessThan(days(TODAY, 1).getTime() + 1000);
    h.world.advance(10 * DAY);
    expect(noAnswers()).toHaveLength(1);
    stop();
    h.ticker.dispose();
  });

  it('records it at start-up for a form whose month ran out while the app was closed', () => {
    const initial = stateWith({
      accounts: [on(1, 'facebook', [META])],
      events: [step(1, META, days(TODAY, -45), { kind: 'submitted', source: 'person' })],
    });
    const h = harness(TODAY, initial, catalogWith());
    setupFollowUp({ state: h.state, ticker: h.ticker, catalog: h.catalog, clock: h.world.clock });
    expect(h.state.get().events.filter((event) => event.kind === 'no-answer')).toHaveLength(1);
    h.ticker.dispose();
  });
});
