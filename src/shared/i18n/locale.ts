/** Choosing the language to show. */
import { LOCALES, type Locale } from '../domain/types';

/** True when `value` is a language the app speaks. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the OS's preferred languages (BCP 47 tags, e.g. "fr-FR") that the app speaks,
 * else English.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The language to show: the setting, unless it says 'system'. */
export function effectiveLocale(setting: Locale | 'system', systemLocale: Locale): Locale {
  return setting === 'system' ? systemLocale : setting;
}

const INTL_TAGS: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  de: 'de-DE',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  pl: 'pl-PL',
  pt: 'pt-PT',
};

/** The BCP 47 tag used with Intl for `locale` (European conventions: 24-hour clock, day first). */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}
