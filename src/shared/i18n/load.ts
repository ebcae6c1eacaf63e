/**
 * Loads a language's messages on demand: each message file is its own chunk, so a window only
 * downloads the language it shows.
 */
import { buildMessages } from './compiled';
import { intlTag, type Locale } from './locale';
import { compiledLoaders } from './message-loaders.generated';
import type { Messages } from './messages.generated';

const loaded = new Map<Locale, Promise<Messages>>();

/** The messages of `locale` (built once per language). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (messages === undefined) {
    messages = compiledLoaders[locale]().then((module) => buildMessages(intlTag(locale), module.default));
    loaded.set(locale, messages);
  }
  return messages;
}
