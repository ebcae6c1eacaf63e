/**
 * "Links and updates" in settings (issue 11): the catalog in use (version, date, where it came
 * from), loading a signed update from a file, and what the app may fetch: the daily catalog check
 * and app updates, each only with the person's consent.
 */
import { useState } from 'preact/hooks';
import type { FetchConsent } from '@shared/domain/types';
import { keyFingerprint, TRUSTED_CATALOG_KEYS } from '@shared/catalog/trusted-keys';
import { useApp } from '../app/app-context';
import { formatFull } from '../app/format';
import { formatInstantDay } from '../app/format-day';
import { Banner } from '../components/banner';
import { useDispatch } from '../checklist/use-dispatch';
import { checkResultText, loadOutcomeText } from './catalog-words';

type Outcome = { readonly tone: 'ok' | 'error'; readonly text: string } | null;

const consent = (checked: boolean): FetchConsent => (checked ? 'allowed' : 'refused');

/** The section. */
export function UpdatesSection() {
  const { api, snapshot, t, locale } = useApp();
  const { send, run, error } = useDispatch();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const c = t.catalog;
  const s = c.settings;
  const inUse = snapshot.catalog;
  const { settings } = snapshot.state;
  const { updates } = snapshot;
  const origin =
    inUse.origin === 'built-in' || inUse.acceptedAt === null
      ? s.builtIn
      : inUse.origin === 'file'
        ? s.fromFile({ date: formatFull(inUse.acceptedAt, locale) })
        : s.downloaded({ date: formatFull(inUse.acceptedAt, locale) });
  const fingerprint = keyFingerprint(TRUSTED_CATALOG_KEYS[0] ?? '');

  const load = async (): Promise<void> => {
    const result = await run(() => api.loadCatalogUpdate());
    const text = result === undefined ? null : loadOutcomeText(result, t);
    setOutcome(text === null || result === undefined ? null : { tone: result.kind === 'accepted' ? 'ok' : 'error', text });
  };

  return (
    <section class="settings-section" aria-labelledby="settings-updates" data-testid="settings-updates">
      <h2 id="settings-updates">{s.title}</h2>
      <p data-testid="catalog-in-use">
        {s.inUse({ version: String(inUse.catalog.version), date: formatInstantDay(inUse.catalog.publishedAt, locale) })} {origin}
      </p>
      {inUse.storedProblem !== null && inUse.storedProblem !== 'older' ? <p class="hint">{s.storedIgnored}</p> : null}
      {inUse.pending === null ? null : (
        <p class="hint" data-testid="catalog-pending">
          {s.pending({ version: String(inUse.pending.version) })}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={() => void load()} data-testid="load-catalog-update">
          {c.loadUpdate}
        </button>
      </div>
      {outcome === null ? null : (
        <Banner tone={outcome.tone} testId="catalog-outcome">
          <p>{outcome.text}</p>
        </Banner>
      )}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
      {fingerprint === '' ? null : <p class="hint fingerprint">{s.key({ fingerprint })}</p>}
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.catalogUpdates === 'allowed'}
          disabled={!updates.catalogChecksSupported}
          aria-describedby={updates.catalogChecksSupported ? undefined : 'catalog-checks-hint'}
          onChange={(event) => void send({ kind: 'set-settings', patch: { catalogUpdates: consent(event.currentTarget.checked) } })}
          data-testid="catalog-checks"
        />
        {s.catalogChecks}
      </label>
      {updates.catalogChecksSupported ? null : (
        <p id="catalog-checks-hint" class="hint indent">
          {s.catalogChecksDesktopOnly}
        </p>
      )}
      {updates.lastCatalogCheck === null ? null : (
        <p class="hint indent" data-testid="catalog-last-check">
          {s.lastCheck({
            date: formatFull(updates.lastCatalogCheck.at, locale),
            result: checkResultText(updates.lastCatalogCheck.result, t),
          })}
        </p>
      )}
      <label class="choice">
        <input
          type="checkbox"
          checked={settings.appUpdates === 'allowed'}
          disabled={!updates.appUpdatesSupported}
          aria-describedby={updates.appUpdatesSupported ? undefined : 'app-updates-hint'}
          onChange={(event) => void send({ kind: 'set-settings', patch: { appUpdates: consent(event.currentTarget.checked) } })}
          data-testid="app-updates"
        />
        {s.appUpdates}
      </label>
      {updates.appUpdatesSupported ? null : (
        <p id="app-updates-hint" class="hint indent">
          {s.appUpdatesUnavailable}
        </p>
      )}
    </section>
  );
}
