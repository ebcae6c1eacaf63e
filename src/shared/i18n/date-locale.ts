/**
 * date-fns locales for the 24 languages, loaded on demand (each is its own chunk in the renderer).
 * The app uses date-fns only for "3 days ago" distances (dates go through Intl.DateTimeFormat,
 * the countdown through the messages). date-fns 4 has every EU language but Irish: Irish gets
 * its distances from Intl (CLDR) instead, see ./intl-date-locale.ts.
 */
import type { Locale as DateLocale } from 'date-fns';
import type { EuLocale } from './eu-locales';
import { EU_LOCALES } from './eu-locales';
import { withIntlDistances } from './intl-date-locale';

const loaders: Readonly<Record<EuLocale, () => Promise<DateLocale>>> = {
  bg: async () => (await import('date-fns/locale/bg')).bg,
  hr: async () => (await import('date-fns/locale/hr')).hr,
  cs: async () => (await import('date-fns/locale/cs')).cs,
  da: async () => (await import('date-fns/locale/da')).da,
  nl: async () => (await import('date-fns/locale/nl')).nl,
  en: async () => (await import('date-fns/locale/en-GB')).enGB,
  et: async () => (await import('date-fns/locale/et')).et,
  fi: async () => (await import('date-fns/locale/fi')).fi,
  fr: async () => (await import('date-fns/locale/fr')).fr,
  de: async () => (await import('date-fns/locale/de')).de,
  el: async () => (await import('date-fns/locale/el')).el,
  hu: async () => (await import('date-fns/locale/hu')).hu,
  // No Irish locale in date-fns 4: English's structure with distances in Irish from Intl.
  ga: async () => withIntlDistances((await import('date-fns/locale/en-GB')).enGB, 'ga', EU_LOCALES.ga.intl),
  it: async () => (await import('date-fns/locale/it')).it,
  lv: async () => (await import('date-fns/locale/lv')).lv,
  lt: async () => (await import('date-fns/locale/lt')).lt,
  mt: async () => (await import('date-fns/locale/mt')).mt,
  pl: async () => (await import('date-fns/locale/pl')).pl,
  pt: async () => (await import('date-fns/locale/pt')).pt,
  ro: async () => (await import('date-fns/locale/ro')).ro,
  sk: async () => (await import('date-fns/locale/sk')).sk,
  sl: async () => (await import('date-fns/locale/sl')).sl,
  es: async () => (await import('date-fns/locale/es')).es,
  sv: async () => (await import('date-fns/locale/sv')).sv,
};

/** The date-fns locale for `locale`. */
export function loadDateLocale(locale: EuLocale): Promise<DateLocale> {
  return loaders[locale]();
}
