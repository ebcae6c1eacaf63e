import { describe, expect, it } from 'vitest';
import { deadlinePhase, formatAmount, nextCountdownChange, readCountdown } from '../../../src/shared/domain/countdown';
import { buildCountdownView } from '../../../src/shared/domain/countdown-view';
import { builtInCatalog, findCampaign } from '../../../src/shared/catalog/index';
import { loadMessages } from '../../../src/shared/i18n/load';
import { LOCALES, intlTag, type Locale } from '../../../src/shared/i18n/locale';

/** The Meta campaign's id, as the catalog spells it. */
const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

const [en, frMessages, deMessages] = await Promise.all([loadMessages('en'), loadMessages('fr'), loadMessages('de')]);

const deadline = { instant: '2025-05-26T22:00:00Z' };
const at = (iso: string): Date => new Date(iso);
const text = (iso: string, messages = en, tag = 'en-GB'): string =>
  formatAmount(readCountdown(deadline, at(iso)), messages.duration.left, tag);

describe('deadline phase', () => {
  it.each([
    ['2025-05-01T00:00:00Z', 'upcoming'],
    ['2025-05-23T22:00:00Z', 'upcoming'],
    ['2025-05-23T22:00:00.001Z', 'due-soon'],
    ['2025-05-26T21:59:59.999Z', 'due-soon'],
    ['2025-05-26T22:00:00Z', 'passed'],
    ['2026-11-28T12:00:00Z', 'passed'],
  ])('at %s it is %s', (iso, phase) => {
    expect(deadlinePhase(deadline, at(iso))).toBe(phase);
  });
});

describe('countdown text', () => {
  it.each([
    ['2025-04-14T08:00:00Z', '42 days'],
    ['2025-05-24T22:00:00Z', '2 days'],
    ['2025-05-24T22:00:00.001Z', '47 hours'],
    ['2025-05-26T19:59:59Z', '2 hours'],
    ['2025-05-26T20:00:00.001Z', '2 hours'],
    ['2025-05-26T20:30:00Z', '1 hour and 30 minutes'],
    ['2025-05-26T21:59:30Z', '1 minute'],
    ['2025-05-26T22:00:30Z', '1 minute'],
    ['2025-05-26T23:30:00Z', '1 hour'],
    ['2025-06-10T22:00:00Z', '15 days'],
    ['2026-11-28T12:00:00Z', '1 year and 6 months'],
  ])('at %s reads %s', (iso, expected) => {
    expect(text(iso)).toBe(expected);
  });

  it('speaks French with the French messages and list rules', () => {
    expect(text('2025-04-14T08:00:00Z', frMessages, 'fr-FR')).toBe('42 jours');
    expect(text('2026-11-28T12:00:00Z', frMessages, 'fr-FR')).toBe('1 an et 6 mois');
  });

  it('builds the tray and checklist view with the honest wording once passed', () => {
    const campaign = findCampaign(builtInCatalog(), PRIMARY_CAMPAIGN_ID);
    if (campaign === undefined) throw new Error('Meta campaign missing from the catalog');
    expect(buildCountdownView(campaign, at('2025-05-20T22:00:00Z'), en, 'en')).toMatchObject({
      phase: 'upcoming',
      text: '6 days left',
      zone: 'Europe/Paris',
    });
    expect(buildCountdownView(campaign, at('2025-05-25T22:00:00Z'), frMessages, 'fr')).toMatchObject({
      phase: 'due-soon',
      text: 'encore 24 heures',
    });
    expect(buildCountdownView(campaign, at('2026-11-28T12:00:00Z'), en, 'en')).toMatchObject({
      phase: 'passed',
      text: 'deadline passed 1 year and 6 months ago',
    });
  });

  it('writes the units in the case the sentence needs (German dative after "seit")', () => {
    const campaign = findCampaign(builtInCatalog(), PRIMARY_CAMPAIGN_ID);
    if (campaign === undefined) throw new Error('Meta campaign missing from the catalog');
    expect(buildCountdownView(campaign, at('2026-11-28T12:00:00Z'), deMessages, 'de').text).toBe(
      'Frist seit 1 Jahr und 6 Monaten abgelaufen',
    );
    expect(buildCountdownView(campaign, at('2025-05-20T22:00:00Z'), deMessages, 'de').text).toBe('noch 6 Tage');
  });
});

describe('durations in every language', () => {
  const readings = [
    { phase: 'passed', amount: { years: 1, months: 6 } },
    { phase: 'upcoming', amount: { days: 22 } },
    { phase: 'due-soon', amount: { hours: 1, minutes: 5 } },
    { phase: 'due-soon', amount: { minutes: 2 } },
  ] as const;

  it.each(LOCALES)('%s writes each unit with its number and joins two with the language\'s "and"', async (locale: Locale) => {
    const messages = await loadMessages(locale);
    const tag = intlTag(locale);
    const and = new Intl.ListFormat(tag, { type: 'conjunction' }).format(['A', 'B']).slice(1, -1);
    for (const reading of readings) {
      for (const words of [messages.duration.left, messages.duration.passed]) {
        const written = formatAmount(reading, words, tag);
        for (const value of Object.values(reading.amount)) expect(written).toContain(String(value));
        expect(written).not.toMatch(/[{}#]/);
        if (Object.keys(reading.amount).length === 2) expect(written).toContain(and);
      }
    }
    // The units are words of the language, not English (brand-free texts: compare with English).
    if (locale !== 'en') expect(formatAmount(readings[0], messages.duration.passed, tag)).not.toBe('1 year and 6 months');
  });
});

describe('nextCountdownChange', () => {
  const samples = [
    '2025-03-01T00:00:00Z',
    '2025-03-30T00:59:59Z', // around the Paris DST change (30 March 2025, 01:00 UTC)
    '2025-05-23T21:59:59.500Z',
    '2025-05-24T21:00:00Z',
    '2025-05-26T19:00:00Z',
    '2025-05-26T21:58:00Z',
    '2025-05-26T21:59:59.999Z',
    '2025-05-26T22:00:00Z',
    '2025-05-27T21:00:00Z',
    '2025-07-20T00:00:00Z',
    '2025-10-26T00:30:00Z', // the autumn DST change in Paris
  ];

  it.each(samples)('from %s: the reading changes exactly at the returned instant', (iso) => {
    const now = at(iso);
    const next = nextCountdownChange(deadline, now);
    expect(next).not.toBeNull();
    if (next === null) return;
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    const before = readCountdown(deadline, new Date(next.getTime() - 1));
    expect(before).toEqual(readCountdown(deadline, now));
    expect(readCountdown(deadline, next)).not.toEqual(readCountdown(deadline, now));
  });

  it('wakes fewer than 30 times a day far from the deadline and once per change near it', () => {
    const count = (fromIso: string, hours: number): { wakes: number; changes: number } => {
      let now = at(fromIso);
      const end = now.getTime() + hours * 3_600_000;
      let wakes = 0;
      let changes = 0;
      let shown = text(fromIso);
      for (;;) {
        const next = nextCountdownChange(deadline, now);
        if (next === null || next.getTime() > end) break;
        now = next;
        wakes += 1;
        const reading = formatAmount(readCountdown(deadline, now), en.duration.left, 'en-GB') + deadlinePhase(deadline, now);
        if (reading !== shown) changes += 1;
        shown = reading;
      }
      return { wakes, changes };
    };
    const far = count('2025-04-26T22:00:00Z', 24);
    expect(far.wakes).toBeLessThan(30);
    expect(far.wakes).toBe(far.changes);
    const near = count('2025-05-25T22:00:00Z', 24);
    expect(near.wakes).toBe(near.changes);
    expect(near.wakes).toBeGreaterThan(100);
  });

  it('does not depend on the machine time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBeTruthy();
    expect(nextCountdownChange(deadline, at('2025-05-20T10:15:00Z'))?.toISOString()).toBe('2025-05-20T22:00:00.001Z');
  });
});
