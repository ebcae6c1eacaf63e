/** Each language's name in that language: a person looking for theirs recognises it in any UI language. */
import type { Locale } from '@shared/domain/types';

/** Endonyms of the app's languages. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
};
