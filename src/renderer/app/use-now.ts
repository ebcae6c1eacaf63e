/** "Now" for a screen: read again on every change of state and once a minute (countdowns, relative dates, due re-checks). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AppState } from '@shared/domain/types';
import { useApp } from './app-context';

/** The current time, refreshed once a minute while the screen is shown and whenever `state` changes. */
export function useNow(state: AppState): Date {
  const { clock } = useApp();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((value) => value + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return useMemo(() => clock.now(), [clock, state, tick]);
}
