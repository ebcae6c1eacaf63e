/**
 * Loads a language's messages on demand, so a renderer only downloads the language it shows.
 */
import type { Locale } from '../domain/types';
import type { Messages } from './messages';

const loaders: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: async () => (await import('./en/index')).en,
  fr: async () => (await import('./fr/index')).fr,
  de: async () => (await import('./en/index')).en,
  es: async () => (await import('./en/index')).en,
  it: async () => (await import('./en/index')).en,
  nl: async () => (await import('./en/index')).en,
  pl: async () => (await import('./en/index')).en,
  pt: async () => (await import('./en/index')).en,
};

/** The messages of `locale`. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}
