/** date-fns locales, loaded on demand (each is a separate chunk in the renderer). */
import type { Locale as DateLocale } from 'date-fns';
import type { Locale } from '../domain/types';

const loaders: Readonly<Record<Locale, () => Promise<DateLocale>>> = {
  en: async () => (await import('date-fns/locale/en-GB')).enGB,
  fr: async () => (await import('date-fns/locale/fr')).fr,
  de: async () => (await import('date-fns/locale/de')).de,
  es: async () => (await import('date-fns/locale/es')).es,
  it: async () => (await import('date-fns/locale/it')).it,
  nl: async () => (await import('date-fns/locale/nl')).nl,
  pl: async () => (await import('date-fns/locale/pl')).pl,
  pt: async () => (await import('date-fns/locale/pt')).pt,
};

/** The date-fns locale for `locale`. */
export function loadDateLocale(locale: Locale): Promise<DateLocale> {
  return loaders[locale]();
}
