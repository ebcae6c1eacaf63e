/**
 * Loads a language's messages on demand, so a renderer only downloads the language it shows.
 */
import type { Locale } from '../domain/types';
import type { Messages } from './messages';

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: async () => (await import('./en/index')).en,
  fr: async () => (await import('./fr/index')).fr,
  de: async () => (await import('./de/index')).de,
  es: async () => (await import('./es/index')).es,
  it: async () => (await import('./it/index')).it,
  nl: async () => (await import('./nl/index')).nl,
  pl: async () => (await import('./pl/index')).pl,
  pt: async () => (await import('./pt/index')).pt,
};

/** The messages of `locale`. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}
