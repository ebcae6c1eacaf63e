/** The account's history on a campaign: every recorded step, oldest first, with its date, time and zone. */
import { useMemo } from 'preact/hooks';
import { accountTimeline, formatInstant } from '@shared/proof/timeline';
import { useApp } from '../app/app-context';

/** The history list of `accountId` on `campaignId`. */
export function History({ accountId, campaignId }: { readonly accountId: string; readonly campaignId: string }) {
  const { snapshot, t, locale, catalog } = useApp();
  const zone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const lines = useMemo(
    () => accountTimeline(snapshot.state, accountId, campaignId, catalog, t, locale),
    [snapshot.state, accountId, campaignId, catalog, t, locale],
  );
  return (
    <section class="history" aria-label={t.proof.historyHeading} data-testid="history">
      <h5 class="history-title">{t.proof.historyHeading}</h5>
      {lines.length === 0 ? (
        <p class="muted">{t.proof.historyNone}</p>
      ) : (
        <ol class="history-list">
          {lines.map((line) => (
            <li key={line.event.id} data-kind={line.event.kind}>
              <time dateTime={line.at}>{formatInstant(line.at, locale, zone)}</time> <span>{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
