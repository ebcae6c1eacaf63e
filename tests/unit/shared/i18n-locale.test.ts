/** The 24 EU languages: their own names, system-language mapping, date-fns locales. */
import { describe, expect, it } from 'vitest';
import { formatDistance } from 'date-fns';
import { EU_LOCALE_CODES, EU_LOCALES } from '@shared/i18n/eu-locales';
import { LOCALES, effectiveLocale, euLocaleOf, pickLocale } from '@shared/i18n/locale';
import { loadDateLocale } from '@shared/i18n/date-locale';
import { intlFormatDistance } from '@shared/i18n/intl-date-locale';

describe('EU_LOCALES', () => {
  it('lists the 24 official EU languages in the EU order', () => {
    expect(EU_LOCALE_CODES.join(' ')).toBe('bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv');
  });

  it('names each language in that language', () => {
    expect(EU_LOCALES.de.name).toBe('Deutsch');
    expect(EU_LOCALES.ga.name).toBe('Gaeilge');
    expect(EU_LOCALES.mt.name).toBe('Malti');
    expect(EU_LOCALES.el.name).toBe('Ελληνικά');
    expect(EU_LOCALES.bg.name).toBe('Български');
    // A name is not its English name: each is written as its speakers write it.
    for (const code of EU_LOCALE_CODES) {
      const english = new Intl.DisplayNames('en', { type: 'language' }).of(code);
      if (code !== 'en') expect(EU_LOCALES[code].name, code).not.toBe(english);
      const own = new Intl.DisplayNames(code, { type: 'language' }).of(code) ?? '';
      expect(EU_LOCALES[code].name.toLocaleLowerCase(code), code).toBe(own.toLocaleLowerCase(code));
    }
  });

  it('gives each an Intl tag of its own language that Intl supports', () => {
    for (const code of EU_LOCALE_CODES) {
      const tag = EU_LOCALES[code].intl;
      expect(new Intl.Locale(tag).language).toBe(code);
      expect(Intl.PluralRules.supportedLocalesOf([tag])).toEqual([tag]);
    }
  });

  it('lists as LOCALES only the languages with messages, in the EU order', () => {
    expect(LOCALES.every((code) => EU_LOCALE_CODES.includes(code))).toBe(true);
    expect([...LOCALES]).toEqual(EU_LOCALE_CODES.filter((code) => LOCALES.includes(code as never)));
  });
});

describe('the system language', () => {
  // tag → the EU language it is written in (null: not an official EU language).
  const table: readonly (readonly [string, string | null])[] = [
    ['en-US', 'en'],
    ['en-IE', 'en'],
    ['en-GB', 'en'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['de-LI', 'de'],
    ['fr-BE', 'fr'],
    ['fr-CA', 'fr'],
    ['fr-LU', 'fr'],
    ['nl-BE', 'nl'],
    ['it-CH', 'it'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['sv-FI', 'sv'],
    ['el-CY', 'el'],
    ['EL-cy', 'el'],
    ['ga-IE', 'ga'],
    ['mt-MT', 'mt'],
    ['bg-BG', 'bg'],
    ['hr-HR', 'hr'],
    ['cs-CZ', 'cs'],
    ['da-DK', 'da'],
    ['et-EE', 'et'],
    ['fi-FI', 'fi'],
    ['hu-HU', 'hu'],
    ['lv-LV', 'lv'],
    ['lt-LT', 'lt'],
    ['pl-PL', 'pl'],
    ['ro-RO', 'ro'],
    ['ro-MD', 'ro'],
    ['sk-SK', 'sk'],
    ['sl-SI', 'sl'],
    ['sr-Latn-RS', null],
    ['nb-NO', null],
    ['nn', null],
    ['no', null],
    ['tr-CY', null],
    ['ca-ES', null],
    ['gd-GB', null],
    ['zh-Hans-CN', null],
    ['', null],
    ['not a tag', null],
  ];

  it.each(table)('%s is %s', (tag, expected) => {
    expect(euLocaleOf(tag)).toBe(expected);
  });

  it('picks the first preferred language the app speaks, else English', () => {
    expect(pickLocale(['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale(['nb-NO'])).toBe('en');
    expect(pickLocale(['nb-NO', 'fr-BE'])).toBe('fr');
    expect(pickLocale(['pt-BR'])).toBe('pt');
    expect(pickLocale([])).toBe('en');
    // Every EU language the app speaks is picked from its regional tags.
    for (const code of LOCALES) expect(pickLocale([`${code}-${code === 'en' ? 'IE' : 'XX'}`, 'en'])).toBe(code);
  });

  it('follows the setting unless it says system', () => {
    expect(effectiveLocale('system', 'de')).toBe('de');
    expect(effectiveLocale('fr', 'de')).toBe('fr');
  });
});

describe('date-fns locales', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const threeDaysAgo = new Date('2026-11-28T12:00:00Z');

  it.each(EU_LOCALE_CODES)('%s has one, and writes "20 days ago" in its language', async (code) => {
    const locale = await loadDateLocale(code);
    const text = formatDistance(new Date('2026-11-11T12:00:00Z'), now, { addSuffix: true, locale });
    expect(text).toMatch(/20/);
    if (code !== 'en') expect(text).not.toBe('20 days ago');
  });

  it('gives Irish (which date-fns lacks) its distances from Intl', async () => {
    const ga = await loadDateLocale('ga');
    expect(ga.code).toBe('ga');
    expect(formatDistance(threeDaysAgo, now, { addSuffix: true, locale: ga })).toBe(new Intl.RelativeTimeFormat('ga-IE').format(-3, 'day'));
    expect(formatDistance(now, threeDaysAgo, { addSuffix: true, locale: ga })).toBe(new Intl.RelativeTimeFormat('ga-IE').format(3, 'day'));
    expect(intlFormatDistance('ga-IE')('xMonths', 6)).toBe(
      new Intl.NumberFormat('ga-IE', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(6),
    );
    expect(intlFormatDistance('ga-IE')('halfAMinute', 1, { addSuffix: true, comparison: -1 })).toMatch(/30/);
  });
});
