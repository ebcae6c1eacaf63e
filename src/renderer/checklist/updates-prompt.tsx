/**
 * The one-time question (issue 11): may the app fetch the project's signed catalog once a day,
 * and (packaged desktop app only) its own updates? Asked once: either answer is kept in settings,
 * where it can be changed. Never shown where the app cannot fetch (the browser version), so the
 * browser tests and the browser version never see it.
 */
import type { FetchConsent } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { useDispatch } from './use-dispatch';

/** The prompt, or nothing when nothing is left to ask. */
export function UpdatesPrompt() {
  const { snapshot, t } = useApp();
  const { send } = useDispatch();
  const { settings } = snapshot.state;
  const askCatalog = snapshot.updates.catalogChecksSupported && settings.catalogUpdates === 'ask';
  const askApp = snapshot.updates.appUpdatesSupported && settings.appUpdates === 'ask';
  if (!askCatalog && !askApp) return null;
  const p = t.catalog.prompt;
  const answer = (key: 'catalogUpdates' | 'appUpdates', value: FetchConsent): void =>
    void send({ kind: 'set-settings', patch: key === 'catalogUpdates' ? { catalogUpdates: value } : { appUpdates: value } });
  const question = (key: 'catalogUpdates' | 'appUpdates', text: string) => (
    <div class="prompt-question" data-testid={`prompt-${key}`}>
      <p>{text}</p>
      <div class="button-row">
        <button type="button" class="button button-primary" onClick={() => answer(key, 'allowed')}>
          {p.allow}
        </button>
        <button type="button" class="button button-secondary" onClick={() => answer(key, 'refused')}>
          {p.refuse}
        </button>
      </div>
    </div>
  );
  return (
    <section class="banner banner-info updates-prompt" aria-labelledby="updates-prompt-title" data-testid="updates-prompt">
      <h2 id="updates-prompt-title" class="banner-title">
        {p.title}
      </h2>
      {askCatalog ? question('catalogUpdates', p.catalog) : null}
      {askApp ? question('appUpdates', p.app) : null}
      <p class="hint">{p.later}</p>
    </section>
  );
}
