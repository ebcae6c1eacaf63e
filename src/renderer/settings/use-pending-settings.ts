/**
 * Settings as the person just chose them: a change shows at once, while its save runs (in the
 * browser version a save may wait for another tab's lock, and a state taken up from that tab
 * meanwhile must not put the old value back on screen). A refused save shows the saved value
 * again, and the dispatcher's error says why.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '@shared/domain/types';
import type { Dispatcher } from '../checklist/use-dispatch';

/** The settings to show, and `set` to change some. */
export function usePendingSettings(saved: Settings, send: Dispatcher['send']) {
  const [pending, setPending] = useState<Partial<Settings>>({});
  const set = (patch: Partial<Settings>): void => {
    setPending((current) => ({ ...current, ...patch }));
    void send({ kind: 'set-settings', patch }).then(() =>
      // Saved (the snapshot now has it) or refused (the saved value shows again): either way, done waiting.
      setPending((current) => {
        const mine = (key: string): boolean =>
          key in patch && (current as Record<string, unknown>)[key] === (patch as Record<string, unknown>)[key];
        return Object.fromEntries(Object.entries(current).filter(([key]) => !mine(key)));
      }),
    );
  };
  const shown: Settings = { ...saved, ...pending };
  return { settings: shown, set };
}
