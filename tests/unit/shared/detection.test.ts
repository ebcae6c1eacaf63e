import { describe, expect, it } from 'vitest';
import { detectConfirmation, excerptAround, isUnavailablePage, MAX_EXCERPT } from '../../../src/shared/domain/detection';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import type { Catalog, Locale, Platform } from '../../../src/shared/domain/types';
import { megabyteTexts } from '../../../scripts/bench/detection.bench';

/** The Meta campaign's id, as the catalog spells it. */
const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

const FORM_URL = 'https://www.facebook.com/help/contact/6359191084165019';
const IG_FORM_URL = 'https://help.instagram.com/contact/233964459562201';

/** Invented page texts in the shape of Meta's (the real wording is not known in every language). */
const confirmations: readonly (readonly [Locale, string])[] = [
  [
    'en',
    'Thank you. We will honour your objection. This means your request will be applied going forward. You’ll receive an email with the details.',
  ],
  ['en', 'We will honor your objection for your public information, such as public posts and comments.'],
  ['en', 'We have received your objection request.'],
  [
    'fr',
    'Merci. Nous respecterons votre opposition. Votre demande sera appliquée à l’avenir au développement de l’IA chez Meta. Vous recevrez un e-mail avec les détails.',
  ],
  ['fr', "Cela signifie que votre demande sera appliquée à l'avenir."],
  [
    'de',
    'Danke. Wir werden deinem Widerspruch nachkommen. Das bedeutet, dass deine Anfrage künftig angewendet wird. Du erhältst eine E-Mail mit den Einzelheiten.',
  ],
  ['de', 'Ihr Widerspruch wurde übermittelt.'],
  [
    'es',
    'Gracias. Respetaremos tu oposición. Esto significa que tu solicitud se aplicará de aquí en adelante. Recibirás un correo electrónico con los detalles.',
  ],
  [
    'it',
    "Ciò significa che la tua richiesta verrà applicata d'ora in avanti allo sviluppo e al miglioramento dell'IA in Meta. Riceverai una e-mail con i dettagli",
  ],
  ['it', 'Grazie. Abbiamo ricevuto la tua richiesta.'],
  ['nl', 'Bedankt. We honoreren je bezwaar. Dit betekent dat je verzoek vanaf nu wordt toegepast. Je ontvangt een e-mail met de details.'],
  [
    'pl',
    'Dziękujemy. Uwzględnimy Twój sprzeciw. Oznacza to, że Twój wniosek zostanie zastosowany od teraz. Otrzymasz e-mail ze szczegółami.',
  ],
  [
    'pt',
    'Obrigado. Respeitaremos a tua oposição. Isto significa que o teu pedido será aplicado daqui em diante. Receberás um e-mail com os detalhes.',
  ],
];

const notConfirmations: readonly (readonly [string, string, string])[] = [
  [
    'the English form (promises an email confirming)',
    FORM_URL,
    'Object to Your Information Being Used for AI at Meta. If your objection is honoured, it will be applied going forward. We’ll send you an email confirming that we received your objection. Email address. Send',
  ],
  [
    'the English form (asks how the processing impacts you)',
    FORM_URL,
    'Please tell us how this processing impacts you. Going forward, your objection will be honoured. Send',
  ],
  [
    'the French form',
    FORM_URL,
    'S’opposer à l’utilisation de vos informations pour l’IA chez Meta. Si votre opposition est acceptée, elle sera appliquée à l’avenir. Nous vous enverrons un e-mail confirmant la réception de votre opposition. Envoyer',
  ],
  [
    'the German form',
    FORM_URL,
    'Widerspruch gegen die Verwendung deiner Informationen. Wir senden dir eine E-Mail, die den Eingang deines Widerspruchs bestätigt. Künftig gilt … Senden',
  ],
  [
    'the Italian form',
    IG_FORM_URL,
    "Opporsi all’uso delle tue informazioni. Ti invieremo un'e-mail che conferma la ricezione. D'ora in avanti… Invia",
  ],
  [
    'a login page (text)',
    FORM_URL,
    'Log in to Facebook. Email address or phone number. Password. Forgotten password? Your objection will be honoured going forward.',
  ],
  ['a French login page (text)', FORM_URL, 'Se connecter à Facebook. Mot de passe oublié ? Votre opposition'],
  ['a login page (URL)', 'https://www.facebook.com/login/?next=%2Fhelp%2Fcontact', 'We will honour your objection.'],
  ['a checkpoint page (URL)', 'https://www.facebook.com/checkpoint/?next', 'We will honour your objection.'],
  ['a two-factor page', FORM_URL, 'Enter the security code we sent to your phone. Going forward…'],
  ['an unrelated Facebook page', 'https://www.facebook.com/', 'What’s on your mind? Marie shared a memory. Like · Comment · Share'],
  ['an empty page', FORM_URL, ''],
];

describe('detectConfirmation', () => {
  it.each(confirmations)('matches the %s confirmation %j', (locale, text) => {
    const match = detectConfirmation({ text, url: FORM_URL, platform: 'facebook' });
    expect(match).toMatchObject({ platform: 'facebook', campaignId: PRIMARY_CAMPAIGN_ID, locale, via: 'text' });
    expect(match?.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(match && new RegExp(match.pattern, 'iu').test(match.excerpt)).toBe(true);
  });

  it.each(confirmations)('matches on Instagram too (%s)', (locale, text) => {
    expect(detectConfirmation({ text, url: IG_FORM_URL, platform: 'instagram' })?.locale).toBe(locale);
  });

  it.each(notConfirmations)('does not fire on %s', (_name, url, text) => {
    expect(detectConfirmation({ text, url, platform: 'facebook' })).toBeNull();
  });

  it('matches the WhatsApp form’s own thank-you page', () => {
    const match = detectConfirmation({
      text: 'Thanks for contacting us. We have received your request.',
      url: 'https://www.whatsapp.com/contact/forms/382532939919295/',
      platform: 'whatsapp',
    });
    expect(match).toMatchObject({ campaignId: PRIMARY_CAMPAIGN_ID, locale: 'en' });
  });

  it.each([['linkedin'], ['x']] as const)(
    'never proposes a confirmation for the %s toggle (proof is a screenshot)',
    (platform: Platform) => {
      expect(
        detectConfirmation({ text: 'We will honour your objection going forward.', url: 'https://x.com/settings/grok_settings', platform }),
      ).toBeNull();
    },
  );

  it('keeps the excerpt short, on one line and around the match', () => {
    const filler = 'Lorem ipsum dolor sit amet.\n\n\t'.repeat(100);
    const match = detectConfirmation({ text: `${filler} We will honour your objection. ${filler}`, url: FORM_URL, platform: 'facebook' });
    expect(match?.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(match?.excerpt).toContain('honour your objection');
    expect(match?.excerpt).not.toMatch(/\s{2}|\n|\t/);
  });

  it('uses the catalog it is given, compiled per catalog', () => {
    const base = builtInCatalog();
    const [meta] = base.campaigns;
    if (meta === undefined) throw new Error('no campaign');
    const custom: Catalog = {
      ...base,
      campaigns: [
        {
          ...meta,
          id: 'custom',
          targets: meta.targets.map((t) => ({
            ...t,
            confirmation: {
              textPatterns: { en: ['request\\sreceived'] },
              notYetPatterns: { en: [] },
              urlPatterns: ['[?&]objection=sent(?:&|$)'],
            },
          })),
        },
      ],
    };
    expect(detectConfirmation({ text: 'Request received.', url: FORM_URL, platform: 'facebook' }, custom)).toMatchObject({
      campaignId: 'custom',
      pattern: 'request\\sreceived',
      via: 'text',
    });
    expect(detectConfirmation({ text: 'Request received.', url: FORM_URL, platform: 'facebook' })).toBeNull();
    const byUrl = detectConfirmation({ text: 'Thanks', url: `${FORM_URL}?objection=sent`, platform: 'facebook' }, custom);
    expect(byUrl).toMatchObject({ via: 'url', locale: 'en', excerpt: `${FORM_URL}?objection=sent` });
  });
});

// How long these take is measured by `npm run bench` (scripts/bench/detection.bench.ts,
// detection_megabyte_ms), not here: a timed test fails on a busy machine, not on slow code.
describe('detectConfirmation on a megabyte of text', () => {
  const MB = 1_000_000;
  const texts = megabyteTexts();

  it.each(texts)('%s: no match', (_name, text) => {
    expect(text).toHaveLength(MB);
    expect(detectConfirmation({ text, url: FORM_URL, platform: 'facebook' })).toBeNull();
    expect(isUnavailablePage(text, 'facebook')).toBe(false);
  });

  it('finds a confirmation at the very end and ignores text past one million characters', () => {
    const prose = texts[0]?.[1] ?? '';
    const end = `${prose.slice(0, MB - 40)} We will honour your objection.`;
    expect(detectConfirmation({ text: end, url: FORM_URL, platform: 'facebook' })).not.toBeNull();
    expect(detectConfirmation({ text: `${prose} We will honour your objection.`, url: FORM_URL, platform: 'facebook' })).toBeNull();
  });
});

describe('isUnavailablePage', () => {
  it.each([
    ["This content isn't available right now", 'facebook', true],
    ['Sorry, this page isn’t available. The link you followed may be broken.', 'instagram', true],
    ['Ce contenu n’est pas disponible pour le moment', 'facebook', true],
    ['Dieser Inhalt ist momentan nicht verfügbar', 'facebook', true],
    ['Este contenido no está disponible en este momento', 'facebook', true],
    ['Questo contenuto non è disponibile al momento', 'instagram', true],
    ['Deze content is momenteel niet beschikbaar', 'facebook', true],
    ['Ta treść jest teraz niedostępna', 'facebook', true],
    ['Este conteúdo não está disponível de momento', 'facebook', true],
    ['Object to Your Information Being Used for AI at Meta', 'facebook', false],
    ['', 'facebook', false],
    ['Page not found', 'linkedin', true],
    ['This page doesn’t exist. Try searching for something else.', 'x', true],
  ] as const)('%j on %s → %s', (text, platform, expected) => {
    expect(isUnavailablePage(text, platform)).toBe(expected);
  });
});

describe('excerptAround', () => {
  it.each([
    ['short text', 'We will honour it.', 8, 6, 'We will honour it.'],
    ['match at the start', `honour${' word'.repeat(100)}`, 0, 6, `honour${' word'.repeat(100)}`.slice(0, MAX_EXCERPT)],
    ['a very long match', 'x'.repeat(500), 0, 500, 'x'.repeat(MAX_EXCERPT)],
  ])('%s', (_name, text, index, length, expected) => {
    const excerpt = excerptAround(text, index, length);
    expect(excerpt).toBe(expected);
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
  });

  it('centres the match when there is text on both sides', () => {
    const text = `${'a '.repeat(300)}MATCH${' b'.repeat(300)}`;
    const excerpt = excerptAround(text, 600, 5);
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(Math.abs(excerpt.indexOf('MATCH') - (excerpt.length - excerpt.indexOf('MATCH') - 5))).toBeLessThanOrEqual(2);
  });
});
