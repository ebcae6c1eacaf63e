/** Every UI message of a language as its source text, for checks and tools outside the app. */
import { sourceLoaders } from './message-loaders.generated';
import { LOCALES, isLocale } from './locale';

/**
 * Every UI message of `locale` (key → ICU MessageFormat text, as in its message file). Rejects,
 * naming the languages that exist, when `locale` is not a language the app has messages for:
 * a check must not mistake English for a translation that is not there.
 */
export async function translationEntries(locale: string): Promise<Readonly<Record<string, string>>> {
  if (!isLocale(locale)) throw new Error(`No messages for the language "${locale}": the app has ${LOCALES.join(', ')}.`);
  const module = await sourceLoaders[locale]();
  return Object.freeze({ ...module.default });
}
