/** The languages the app speaks, and choosing the one to show. */
import { MESSAGE_LOCALES, type MessageLocale } from './messages.generated';
import { EU_LOCALE_CODES, EU_LOCALES, isEuLocale, type EuLocale } from './eu-locales';

/** A language the app has messages for. */
export type Locale = MessageLocale & EuLocale;

/** The languages the app speaks (those with a message file), in the EU's order. */
export const LOCALES: readonly Locale[] = EU_LOCALE_CODES.filter((code): code is Locale =>
  (MESSAGE_LOCALES as readonly string[]).includes(code),
);

/** True when `value` is a language the app speaks. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag used with Intl for `locale`, e.g. "pt-PT". */
export function intlTag(locale: Locale): string {
  return EU_LOCALES[locale].intl;
}

/**
 * The official EU language a BCP 47 tag (from the OS, e.g. "pt-BR", "el_CY", "sv-FI") is
 * written in, or null when it is not one of the 24 (e.g. "nb", "tr-CY", "ca").
 */
export function euLocaleOf(tag: string): EuLocale | null {
  let language: string;
  try {
    language = new Intl.Locale(tag.trim().replaceAll('_', '-')).language;
  } catch {
    return null;
  }
  return isEuLocale(language) ? language : null;
}

/**
 * The first of the OS's preferred languages (BCP 47 tags, most preferred first) that the app
 * speaks, whatever the region ("de-AT" → de, "pt-BR" → pt); English when none is.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = euLocaleOf(tag);
    if (language !== null && isLocale(language)) return language;
  }
  return 'en';
}

/** The language to show: the setting, unless it says 'system'. */
export function effectiveLocale(setting: Locale | 'system', systemLocale: Locale): Locale {
  return setting === 'system' ? systemLocale : setting;
}
