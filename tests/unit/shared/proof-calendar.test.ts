import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile } from '../../../src/shared/index';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import type { Catalog } from '../../../src/shared/domain/types';
import { accountId, META } from '../../support/domain-fixtures';
import { LINKEDIN, proofState, PROOF_NOW } from '../../support/proof-fixtures';

interface Parsed {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly description: string;
}

/** The events of an .ics text, read back with ical.js (an independent parser). */
function parse(ics: string): Parsed[] {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      description: event.description,
    };
  });
}

const withFutureDeadline = (): Catalog => {
  const catalog = builtInCatalog();
  const deadline = { instant: '2027-01-15T23:00:00Z', zone: 'Europe/Paris', sourceText: 'An invented future wave' };
  return { ...catalog, campaigns: catalog.campaigns.map((campaign) => (campaign.id === META ? { ...campaign, deadline } : campaign)) };
};

describe('calendarFile', () => {
  it('leaves out re-checks when they are switched off in the settings', () => {
    const state = proofState();
    const off = { ...state, settings: { ...state.settings, recheckReminders: false } };
    const uids = parse(calendarFile(off, builtInCatalog(), PROOF_NOW, 'en-GB')).map((event) => event.uid);
    expect(uids).toEqual([`follow-up-${accountId(4)}-${META}@objector.invalid`]);
  });

  it('lists the dates ahead: a follow-up and a re-check, each saying what to do, by label only', () => {
    const ics = calendarFile(proofState(), builtInCatalog(), PROOF_NOW, 'en-GB');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).byteLength <= 75)).toBe(true);
    expect(parse(ics)).toEqual([
      {
        uid: `follow-up-${accountId(4)}-${META}@objector.invalid`,
        start: '2026-12-25T19:45:00.000Z',
        end: '2026-12-25T20:15:00.000Z',
        summary: 'Has Meta answered? (Jean)',
        description:
          'You sent the objection for “Jean” on 25 November 2026. If Meta has not confirmed it, open Objector: record its answer, or complain to a data protection authority.',
      },
      {
        uid: `recheck-${accountId(3)}-${LINKEDIN}@objector.invalid`,
        start: '2027-02-18T10:00:00.000Z',
        end: '2027-02-18T10:30:00.000Z',
        summary: 'Is the LinkedIn setting still off? (Marie at work)',
        description:
          'Platforms sometimes switch settings back on. Open Objector, open the LinkedIn setting for “Marie at work” and check that it is still off.',
      },
    ]);
    expect(ics).not.toContain('jean.example@example.org');
  });

  it('adds a deadline still to come, naming the accounts with work left, with an alarm the day before', () => {
    const ics = calendarFile(proofState(), withFutureDeadline(), PROOF_NOW, 'en');
    const deadline = parse(ics).find((event) => event.uid === `deadline-${META}@objector.invalid`);
    expect(deadline?.start).toBe('2027-01-15T23:00:00.000Z');
    expect(deadline?.summary).toMatch(/^Deadline: /);
    expect(deadline?.description).toContain('Old page');
    expect(deadline?.description).not.toContain('Jean');
    expect(ics).toContain('BEGIN:VALARM');
  });

  it('gives every event a unique, stable id and writes the texts in the language asked', () => {
    const first = parse(calendarFile(proofState(), withFutureDeadline(), PROOF_NOW, 'fr-FR'));
    const again = parse(calendarFile(proofState(), withFutureDeadline(), new Date('2026-12-02T09:00:00Z'), 'fr'));
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);
    expect(again.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(first.find((event) => event.uid.startsWith('follow-up'))?.summary).toBe('Une réponse de Meta\u202f? (Jean)');
  });

  it('has no event once every date has passed', () => {
    expect(parse(calendarFile(proofState(), builtInCatalog(), new Date('2027-06-01T00:00:00Z'), 'en'))).toEqual([]);
  });
});
