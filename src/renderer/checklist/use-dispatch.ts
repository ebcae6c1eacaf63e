/** Sends commands through the api and keeps the last error in words the person can read. */
import { useCallback, useState } from 'preact/hooks';
import type { UserCommand } from '@shared/domain/commands';
import { useApp } from '../app/app-context';

/** What `useDispatch` returns. */
export interface Dispatcher {
  /** Sends `command`; resolves to true when it was applied. */
  readonly send: (command: UserCommand) => Promise<boolean>;
  /** Runs any api call, catching its error into `error`. */
  readonly run: <T>(call: () => Promise<T>) => Promise<T | undefined>;
  readonly error: string | null;
  readonly clearError: () => void;
}

/** A dispatcher bound to the app's api. */
export function useDispatch(): Dispatcher {
  const { api, t } = useApp();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(call: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await call();
        setError(null);
        return result;
      } catch (caught) {
        setError(t.common.failed({ reason: caught instanceof Error ? caught.message : String(caught) }));
        return undefined;
      }
    },
    [t],
  );
  const send = useCallback(
    async (command: UserCommand): Promise<boolean> => {
      const result = await run(() => api.dispatch(command));
      if (result === undefined) return false;
      if (!result.ok) {
        setError(t.common.refused[result.error]);
        return false;
      }
      return true;
    },
    [api, run, t],
  );
  return { send, run, error, clearError: () => setError(null) };
}
