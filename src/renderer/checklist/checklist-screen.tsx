/** The checklist window: the campaign's countdown, then every account and where it stands. */
import { useEffect, useState } from 'preact/hooks';
import type { CountdownView } from '@shared/ipc/contract';
import { useApp } from '../app/app-context';

/** The checklist screen. */
export function ChecklistScreen() {
  const { api, t } = useApp();
  const [countdown, setCountdown] = useState<CountdownView | null>(null);
  useEffect(() => {
    void api.getCountdown().then(setCountdown);
    return api.onCountdownChanged(setCountdown);
  }, [api, t]);
  return (
    <main>
      <h1>{t.common.appName}</h1>
      <p data-testid="countdown" data-phase={countdown?.phase ?? 'loading'}>
        {countdown?.text ?? t.checklist.loading}
      </p>
    </main>
  );
}
