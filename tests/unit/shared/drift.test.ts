/**
 * "This link seems to have changed" as a table (issue 11): what the guide sees → the verdict; and
 * the fallback order after a changed link: the next entry URL, then the Privacy Center pages,
 * then the manual path.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog, targetFor } from '../../../src/shared/catalog/index';
import { entryUrlsOf } from '../../../src/shared/guide/entries';
import { driftVerdict, nextAfterDrift, pageLocale, reportableAddress, stageOf, type DriftInput } from '../../../src/shared/guide/drift';

const facebook = targetFor(builtInCatalog(), 'meta-ai-training-eu-2025', 'facebook');
if (facebook === undefined) throw new Error('no facebook target');
const FORM = 'https://www.facebook.com/help/contact/6359191084165019';
const FORM_PAGE_EN = 'Object to Your Information Being Used for AI at Meta. Email address. Send';
const FORM_PAGE_FR = 'Vous opposer à l’utilisation de vos informations pour l’IA chez Meta. Adresse e-mail. Envoyer';

const base: DriftInput = {
  target: facebook,
  url: FORM,
  text: FORM_PAGE_EN,
  lang: 'en',
  httpStatus: 200,
  settled: true,
  stage: 'entry',
  login: false,
  confirmationLike: false,
};

const rows: readonly [string, Partial<DriftInput>, ReturnType<typeof driftVerdict>][] = [
  ['the form, settled, with its markers', {}, { kind: 'fine' }],
  ['the form in French, with its French markers', { text: FORM_PAGE_FR, lang: 'fr-FR' }, { kind: 'fine' }],
  ['a locale host of the form', { url: 'https://fr-fr.facebook.com/help/contact/6359191084165019?locale=fr' }, { kind: 'fine' }],
  ['not settled yet', { settled: false, text: 'Loading' }, { kind: 'undecided' }],
  ['a navigation, before any text', { text: null, settled: false }, { kind: 'undecided' }],
  ['an "unavailable" page', { text: 'Sorry, this content isn’t available right now' }, { kind: 'changed', reason: 'unavailable' }],
  [
    'an "unavailable" page, even before it settled',
    { text: 'Ce contenu n’est pas disponible', settled: false },
    { kind: 'changed', reason: 'unavailable' },
  ],
  ['a 404', { httpStatus: 404, text: null, settled: false }, { kind: 'changed', reason: 'gone' }],
  ['a 410', { httpStatus: 410, text: null, settled: false }, { kind: 'changed', reason: 'gone' }],
  ['a 500 (a load error, not a moved link)', { httpStatus: 500, text: null, settled: false }, { kind: 'undecided' }],
  [
    'a redirect to the home page, settled',
    { url: 'https://www.facebook.com/', text: 'News feed. What’s on your mind?' },
    { kind: 'changed', reason: 'outside-paths' },
  ],
  [
    'a redirect to a profile, settled',
    { url: 'https://www.facebook.com/marie.dupont?ref=x', text: 'Marie Dupont. Photos. Friends.' },
    { kind: 'changed', reason: 'outside-paths' },
  ],
  [
    'a redirect, before any text (judged by the page it shows)',
    { url: 'https://www.facebook.com/', text: null, settled: false },
    { kind: 'undecided' },
  ],
  ['a redirect, not settled yet', { url: 'https://www.facebook.com/', text: 'Loading', settled: false }, { kind: 'undecided' }],
  [
    'a confirmation at an address outside the paths (fine, even before it settled)',
    {
      url: 'https://www.facebook.com/help/contact/confirm',
      text: 'We will honour your objection.',
      confirmationLike: true,
      settled: false,
    },
    { kind: 'fine' },
  ],
  ['a page without the form’s markers', { text: 'Help Center. Popular topics.' }, { kind: 'changed', reason: 'markers-missing' }],
  ['a page with only one of the two markers', { text: 'Email address' }, { kind: 'changed', reason: 'markers-missing' }],
  ['a page in a language whose markers no source shows (unverified, not judged)', { text: 'Hjälpcenter', lang: 'sv' }, { kind: 'fine' }],
  ['a page that declares no language (not judged)', { text: 'Help Center', lang: '' }, { kind: 'fine' }],
  [
    'a Privacy Center page (markers are not judged there)',
    { url: 'https://www.facebook.com/privacy/genai', text: 'AI at Meta', stage: 'privacy-center' },
    { kind: 'fine' },
  ],
  [
    'a confirmation after Send (no markers, but fine)',
    { text: 'We will honour your objection.', confirmationLike: true },
    { kind: 'fine' },
  ],
  [
    'a login page (never judged)',
    { url: 'https://www.facebook.com/login/?next=x', text: 'Log in to Facebook', login: true },
    { kind: 'undecided' },
  ],
  ['a fixture page over http (paths not judged)', { url: 'http://127.0.0.1:5000/form.html' }, { kind: 'fine' }],
];

describe('driftVerdict', () => {
  it.each(rows)('%s', (_name, patch, verdict) => {
    expect(driftVerdict({ ...base, ...patch })).toEqual(verdict);
  });

  it('never takes missing markers of an unverified language as a changed link, and still judges the others', () => {
    const unsure = { ...facebook, unverifiedWording: ['fr'] as const };
    const frenchHelpPage = { ...base, target: unsure, text: 'Pages d’aide populaires', lang: 'fr' };
    expect(driftVerdict(frenchHelpPage)).toEqual({ kind: 'fine' });
    expect(driftVerdict({ ...frenchHelpPage, target: facebook })).toEqual({ kind: 'changed', reason: 'markers-missing' });
    expect(driftVerdict({ ...base, target: unsure, text: 'Help Center. Popular topics.' })).toEqual({
      kind: 'changed',
      reason: 'markers-missing',
    });
    // The "unavailable" patterns still count: they send the person to the next address, never a verdict on the form.
    expect(driftVerdict({ ...frenchHelpPage, text: 'Ce contenu n’est pas disponible' })).toEqual({
      kind: 'changed',
      reason: 'unavailable',
    });
  });

  it('does not judge paths or markers a target has none of', () => {
    const quora = targetFor(builtInCatalog(), 'quora-llm-training', 'quora');
    if (quora === undefined) throw new Error('no quora target');
    expect(driftVerdict({ ...base, target: quora, url: 'https://www.quora.com/anything', text: 'Anything' })).toEqual({ kind: 'fine' });
  });

  it('reads the page language from <html lang>', () => {
    expect(pageLocale('fr-FR')).toBe('fr');
    expect(pageLocale('PT_pt')).toBe('pt');
    expect(pageLocale('sv-SE')).toBe('sv');
    expect(pageLocale('sl-SI')).toBe('sl');
    expect(pageLocale('nb-NO')).toBeNull();
    expect(pageLocale('')).toBeNull();
  });
});

describe('the address a report may carry', () => {
  it.each([
    [
      'the form itself, query removed',
      'https://www.facebook.com/help/contact/6359191084165019?ref=mail#x',
      'https://www.facebook.com/help/contact/6359191084165019',
    ],
    [
      'another form on the expected paths',
      'https://fr-fr.facebook.com/help/contact/1234?id=1',
      'https://fr-fr.facebook.com/help/contact/1234',
    ],
    ['the home page', 'https://www.facebook.com/?sk=h_chr', 'https://www.facebook.com/'],
    ['a profile (its path may name the person)', 'https://www.facebook.com/marie.dupont?ref=bookmarks', 'https://www.facebook.com/…'],
    ['a feed page', 'https://www.facebook.com/home.php?id=100012345', 'https://www.facebook.com/…'],
    ['not an address', 'javascript:alert(1)', ''],
  ])('%s', (_name, url, expected) => {
    expect(reportableAddress(url, facebook)).toBe(expected);
  });
});

describe('after a changed link', () => {
  const entries = entryUrlsOf(facebook);

  it('goes to the next entry URL, then to the Privacy Center pages in order, then to the manual path', () => {
    expect(entries).toEqual([
      'https://www.facebook.com/help/contact/6359191084165019',
      'https://www.facebook.com/help/contact/712876720715583',
      'https://www.facebook.com/privacy/genai',
      'https://www.facebook.com/privacy/guide/genai',
      'https://www.facebook.com/privacy/center',
    ]);
    const order = [];
    let index = 0;
    for (;;) {
      const next = nextAfterDrift(index, entries, facebook.entryUrls);
      order.push(next.kind === 'entry' ? `${next.stage} ${next.index}` : 'manual');
      if (next.kind === 'manual') break;
      index = next.index;
    }
    expect(order).toEqual(['entry 1', 'privacy-center 2', 'privacy-center 3', 'privacy-center 4', 'manual']);
  });

  it('knows an entry page from a Privacy Center page', () => {
    expect(stageOf(FORM, facebook.entryUrls)).toBe('entry');
    expect(stageOf('https://www.facebook.com/privacy/center', facebook.entryUrls)).toBe('privacy-center');
  });
});
