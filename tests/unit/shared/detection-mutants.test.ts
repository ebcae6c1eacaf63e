/**
 * Detection with more than one candidate (issue 14, step 7: tests that bite): several targets on
 * one platform (a "not yet" of one never silences another), several patterns (the first in the
 * catalog's order wins), the one-million-character bound on every entry point, the URL excerpt's
 * length, and excerpts cut on the side where the text runs out.
 */
import { describe, expect, it } from 'vitest';
import {
  detectConfirmation,
  excerptAround,
  isUnavailablePage,
  looksLikeFormOrConfirmation,
  matchConfirmationText,
  MAX_DETECTION_TEXT,
  MAX_EXCERPT,
} from '../../../src/shared/domain/detection';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import type { Campaign, CampaignTarget, Catalog, Localized } from '../../../src/shared/domain/types';

const base = builtInCatalog();
const [meta] = base.campaigns;
if (meta === undefined) throw new Error('no campaign in the built-in catalog');
const [facebook] = meta.targets.filter((target) => target.platform === 'facebook');
if (facebook === undefined) throw new Error('no Facebook target');

interface Patterns {
  readonly confirm?: Localized<readonly string[]>;
  readonly notYet?: Localized<readonly string[]>;
  readonly urls?: readonly string[];
  readonly login?: readonly string[];
  readonly unavailable?: Localized<readonly string[]>;
}
const target = (patterns: Patterns): CampaignTarget => ({
  ...facebook,
  confirmation: {
    textPatterns: patterns.confirm ?? { en: [] },
    notYetPatterns: patterns.notYet ?? { en: [] },
    urlPatterns: patterns.urls ?? [],
  },
  loginUrlPatterns: patterns.login ?? [],
  unavailablePatterns: patterns.unavailable ?? { en: [] },
});
/** A catalog whose Facebook targets are exactly these campaigns' (one target each), in this order. */
const catalogOf = (...campaigns: readonly (readonly [string, Patterns])[]): Catalog => ({
  ...base,
  campaigns: campaigns.map(([id, patterns]): Campaign => ({ ...meta, id, targets: [target(patterns)] })),
});
const page = (text: string, url = 'https://www.facebook.com/help/contact/1') => ({ text, url, platform: 'facebook' as const });

describe('several targets on one platform', () => {
  const two = catalogOf(
    ['first', { confirm: { en: ['all done'] }, notYet: { en: ['still pending'] }, urls: ['[?&]first=ok'] }],
    ['second', { confirm: { en: ['all done'] }, urls: ['[?&]second=ok'] }],
  );

  it('a "not yet" of one target skips that target only: the next one may still match', () => {
    expect(detectConfirmation(page('still pending. all done.'), two)).toMatchObject({ campaignId: 'second', via: 'text' });
    expect(matchConfirmationText('still pending. all done.', 'facebook', two)).toMatchObject({ campaignId: 'second' });
    // Without the "not yet", the first target in the catalog's order answers.
    expect(detectConfirmation(page('all done.'), two)).toMatchObject({ campaignId: 'first' });
    expect(matchConfirmationText('all done.', 'facebook', two)).toMatchObject({ campaignId: 'first' });
  });

  it('tries the next target when one has neither a text nor a URL match', () => {
    expect(detectConfirmation(page('Thanks', 'https://www.facebook.com/help/contact/1?second=ok'), two)).toMatchObject({
      campaignId: 'second',
      via: 'url',
      pattern: '[?&]second=ok',
    });
    expect(detectConfirmation(page('Thanks', 'https://www.facebook.com/help/contact/1?none=ok'), two)).toBeNull();
    expect(matchConfirmationText('Thanks', 'facebook', two)).toBeNull();
  });

  it('matchConfirmationText tries the next target when the first has no match', () => {
    const catalog = catalogOf(['first', { confirm: { en: ['nothing like this'] } }], ['second', { confirm: { en: ['all done'] } }]);
    expect(matchConfirmationText('all done.', 'facebook', catalog)).toMatchObject({ campaignId: 'second', pattern: 'all done' });
  });

  it('a login address of any target means no confirmation at all', () => {
    const login = catalogOf(['first', { confirm: { en: ['all done'] } }], ['second', { login: ['/login/'] }]);
    expect(detectConfirmation(page('all done.', 'https://www.facebook.com/login/?next=1'), login)).toBeNull();
    expect(detectConfirmation(page('all done.', 'https://www.facebook.com/help/'), login)).toMatchObject({ campaignId: 'first' });
  });

  it('isUnavailablePage and looksLikeFormOrConfirmation ask every target', () => {
    const catalog = catalogOf(
      ['first', { confirm: { en: ['all done'] } }],
      ['second', { notYet: { en: ['still pending'] }, unavailable: { en: ['gone away'] } }],
    );
    expect(isUnavailablePage('This page has gone away.', 'facebook', catalog)).toBe(true);
    expect(isUnavailablePage('all done', 'facebook', catalog)).toBe(false);
    expect(looksLikeFormOrConfirmation('still pending', 'facebook', catalog)).toBe(true);
    expect(looksLikeFormOrConfirmation('all done', 'facebook', catalog)).toBe(true);
    expect(looksLikeFormOrConfirmation('gone away', 'facebook', catalog)).toBe(false);
  });
});

describe('several patterns', () => {
  it('the first pattern in the catalog’s order wins, language by language', () => {
    const catalog = catalogOf(['only', { confirm: { en: ['zzz', 'done'], fr: ['terminé', 'done'] } }]);
    expect(detectConfirmation(page('done and terminé'), catalog)).toMatchObject({ locale: 'en', pattern: 'done' });
    expect(detectConfirmation(page('terminé'), catalog)).toMatchObject({ locale: 'fr', pattern: 'terminé' });
    expect(detectConfirmation(page('zzz done'), catalog)).toMatchObject({ locale: 'en', pattern: 'zzz', excerpt: 'zzz done' });
  });

  it('a later URL pattern matches when the first does not', () => {
    const catalog = catalogOf(['only', { urls: ['[?&]a=1', '[?&]b=1'] }]);
    expect(detectConfirmation(page('', 'https://www.facebook.com/?b=1'), catalog)).toMatchObject({ pattern: '[?&]b=1' });
  });
});

describe('the built-in catalog’s own patterns', () => {
  it('looksLikeFormOrConfirmation: the form and a confirmation look like it, other pages do not', () => {
    expect(looksLikeFormOrConfirmation('We’ll send you an email confirming that we received your objection.', 'facebook')).toBe(true);
    expect(looksLikeFormOrConfirmation('We will honour your objection.', 'facebook')).toBe(true);
    expect(looksLikeFormOrConfirmation('What’s on your mind? Marie shared a memory.', 'facebook')).toBe(false);
    expect(looksLikeFormOrConfirmation('', 'facebook')).toBe(false);
  });
});

describe('the one-million-character bound', () => {
  const filler = 'x'.repeat(MAX_DETECTION_TEXT);
  const catalog = catalogOf([
    'only',
    { confirm: { en: ['all done'] }, notYet: { en: ['still pending'] }, unavailable: { en: ['gone away'] }, urls: ['[?&]ok=1'] },
  ]);

  it('holds for every entry point: text past it is never read', () => {
    const at = (words: string, room = 0): string => `${filler.slice(0, MAX_DETECTION_TEXT - words.length - room)}${words}`;
    expect(matchConfirmationText(at('all done'), 'facebook', catalog)).toMatchObject({ campaignId: 'only' });
    expect(matchConfirmationText(`${filler}all done`, 'facebook', catalog)).toBeNull();
    // A "not yet" past the bound does not silence a confirmation before it.
    expect(matchConfirmationText(`all done ${filler}still pending`, 'facebook', catalog)).toMatchObject({ campaignId: 'only' });
    expect(isUnavailablePage(at('gone away'), 'facebook', catalog)).toBe(true);
    expect(isUnavailablePage(`${filler}gone away`, 'facebook', catalog)).toBe(false);
    expect(looksLikeFormOrConfirmation(at('all done'), 'facebook', catalog)).toBe(true);
    expect(looksLikeFormOrConfirmation(`${filler}all done`, 'facebook', catalog)).toBe(false);
    expect(looksLikeFormOrConfirmation(`${filler}still pending`, 'facebook', catalog)).toBe(false);
  });

  it('holds for the address too, and the excerpt of an address match is its first 200 characters', () => {
    const long = `https://www.facebook.com/help/contact/1?ok=1&${'p'.repeat(400)}`;
    expect(detectConfirmation(page('Thanks', long), catalog)).toMatchObject({ via: 'url', excerpt: long.slice(0, MAX_EXCERPT) });
    const past = `https://www.facebook.com/${'p'.repeat(MAX_DETECTION_TEXT)}?ok=1`;
    expect(detectConfirmation(page('Thanks', past), catalog)).toBeNull();
  });
});

describe('excerptAround gives the room to the side that has text', () => {
  it('takes more text before the match when little follows it, and after when little precedes it', () => {
    const before = 'b'.repeat(400);
    const endMatch = excerptAround(`${before} MATCH end`, 401, 5);
    expect(endMatch).toHaveLength(MAX_EXCERPT);
    expect(endMatch.endsWith('MATCH end')).toBe(true);
    const startMatch = excerptAround(`go MATCH ${'a'.repeat(400)}`, 3, 5);
    expect(startMatch).toHaveLength(MAX_EXCERPT);
    expect(startMatch.startsWith('go MATCH ')).toBe(true);
  });

  it('splits the room evenly when both sides have plenty, and collapses white space on both sides', () => {
    const excerpt = excerptAround(`${'a\n'.repeat(300)}MATCH${'\tb'.repeat(300)}`, 600, 5);
    // 195 characters of room: 97 before (the half, rounded down), 98 after; the space before is trimmed.
    expect(excerpt).toBe(`${'a '.repeat(48)}MATCH${' b'.repeat(49)}`);
  });

  it('never starts or ends with white space, even when the match itself does', () => {
    expect(excerptAround(` ${'x'.repeat(199)} `, 0, 201)).toBe('x'.repeat(199));
  });

  it('reads 400 characters after the match, so collapsed white space leaves room for more words', () => {
    // 400 characters of "b" and nine spaces collapse to 80; the match leaves 140 of room.
    const excerpt = excerptAround(`${'M'.repeat(60)}${`b${' '.repeat(9)}`.repeat(100)}`, 0, 60);
    expect(excerpt).toBe(`${'M'.repeat(60)}${'b '.repeat(40).trim()}`);
  });

  it('reads at most 400 characters on each side', () => {
    const excerpt = excerptAround(`${'c'.repeat(1000)}MATCH`, 1000, 5);
    expect(excerpt).toBe(`${'c'.repeat(MAX_EXCERPT - 5)}MATCH`);
  });
});
