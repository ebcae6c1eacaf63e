/** What every screen needs: the api, the latest snapshot, and the current language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale as DateLocale } from 'date-fns';
import type { Api, Snapshot } from '@shared/ipc/contract';
import type { Locale } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';

/** The app-wide context value. */
export interface AppContextValue {
  readonly api: Api;
  readonly snapshot: Snapshot;
  readonly locale: Locale;
  readonly t: Messages;
  readonly dateLocale: DateLocale;
}

/** Provided by `App`. */
export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; only inside `App`. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp() outside <App>');
  return value;
}
