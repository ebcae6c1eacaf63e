/** The language main speaks (tray, notifications, countdown), following the settings. */
import { app } from 'electron';
import type { Locale, Settings } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import { effectiveLocale, pickLocale } from '@shared/i18n/locale';
import { loadMessages } from '@shared/i18n/load';

/** The current language's texts. */
export interface Language {
  readonly locale: Locale;
  readonly messages: Messages;
}

/** The OS language, if the app speaks it, else English. */
export function systemLocale(): Locale {
  return pickLocale(app.getPreferredSystemLanguages());
}

/** Loads the texts for the language the settings ask for. */
export async function loadLanguage(settings: Pick<Settings, 'locale'>): Promise<Language> {
  const locale = effectiveLocale(settings.locale, systemLocale());
  return { locale, messages: await loadMessages(locale) };
}
