/** What every screen needs: the api, the latest snapshot, the current language and the clock. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale as DateLocale } from 'date-fns';
import type { Api, Snapshot } from '@shared/ipc/contract';
import type { Catalog, Clock, Locale } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';

/** The app-wide context value. */
export interface AppContextValue {
  readonly api: Api;
  readonly snapshot: Snapshot;
  readonly locale: Locale;
  readonly t: Messages;
  readonly dateLocale: DateLocale;
  /** The clock for relative dates ("3 days ago"); injected so tests and benches can fix "now". */
  readonly clock: Clock;
  /**
   * The catalog in use (`snapshot.catalog.catalog`), the same object for the whole run: screens
   * read platforms, campaigns and targets from it (never from `builtInCatalog()`), and memos keyed
   * on it stay valid across snapshots.
   */
  readonly catalog: Catalog;
}

/** Provided by `App`. */
export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; only inside `App`. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp() outside <App>');
  return value;
}
