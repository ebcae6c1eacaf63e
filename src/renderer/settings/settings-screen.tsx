/**
 * Settings: language, reminders (on/off, pause), re-checks of switched-off settings, start at login,
 * appearance, links and updates, and the data section. In the browser version, what cannot work
 * there (reminders, notifications, start at login) is shown switched off and says why.
 */
import type { Locale, Settings } from '@shared/domain/types';
import { LOCALES } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { formatFull, intlTag } from '../app/format';
import { Banner } from '../components/banner';
import { useDispatch } from '../checklist/use-dispatch';
import { EU_LOCALES } from '@shared/i18n/eu-locales';
import { DataSection } from './data-section';
import { UpdatesSection } from './updates-section';
import { usePendingSettings } from './use-pending-settings';

const DAY = 86_400_000;

/** The app's languages in their own names, sorted as `locale` sorts (so a person scans one list). */
function languagesByName(locale: Locale): readonly Locale[] {
  const collator = new Intl.Collator(intlTag(locale));
  return [...LOCALES].sort((a, b) => collator.compare(EU_LOCALES[a].name, EU_LOCALES[b].name));
}

/** The settings screen; `onBack` returns to the list. */
export function SettingsScreen({ onBack }: { readonly onBack: () => void }) {
  const { snapshot, t, clock, locale } = useApp();
  const { send, error } = useDispatch();
  // What the person just chose shows at once, even while its save waits (see use-pending-settings.ts).
  const { settings, set } = usePendingSettings(snapshot.state.settings, send);
  const desktop = snapshot.host !== 'browser';
  const pauseFor = (ms: number): void => set({ remindersPausedUntil: new Date(clock.now().getTime() + ms).toISOString() });
  const paused =
    settings.remindersPausedUntil !== null &&
    (settings.remindersPausedUntil === 'forever' || Date.parse(settings.remindersPausedUntil) > clock.now().getTime());
  const themes: readonly { value: Settings['theme']; label: string }[] = [
    { value: 'system', label: t.settings.themeSystem },
    { value: 'light', label: t.settings.themeLight },
    { value: 'dark', label: t.settings.themeDark },
  ];

  return (
    <div class="page page-narrow">
      <header class="topbar">
        <button type="button" class="button button-ghost" onClick={onBack} data-testid="back">
          <span aria-hidden="true">← </span>
          {t.settings.backToList}
        </button>
      </header>
      <main class="content settings">
        <h1>{t.settings.title}</h1>
        {error === null ? null : <Banner tone="error">{error}</Banner>}
        <section class="settings-section" aria-labelledby="settings-language">
          <h2 id="settings-language">
            <label for="language">{t.settings.language}</label>
          </h2>
          <select
            id="language"
            value={settings.locale}
            onChange={(event) => set({ locale: event.currentTarget.value as Locale | 'system' })}
            data-testid="language"
          >
            <option value="system">{t.settings.languageSystem({ name: EU_LOCALES[snapshot.systemLocale].name })}</option>
            {languagesByName(locale).map((code) => (
              <option key={code} value={code} lang={code}>
                {EU_LOCALES[code].name}
              </option>
            ))}
          </select>
        </section>
        <section class="settings-section" aria-labelledby="settings-reminders">
          <h2 id="settings-reminders">{t.settings.reminders}</h2>
          <label class="choice">
            <input
              type="checkbox"
              checked={desktop && settings.remindersEnabled}
              disabled={!desktop}
              aria-describedby={desktop ? undefined : 'reminders-browser-hint'}
              onChange={(event) => set({ remindersEnabled: event.currentTarget.checked })}
              data-testid="reminders-enabled"
            />
            {t.settings.remindersAll}
          </label>
          {desktop ? null : (
            <p id="reminders-browser-hint" class="hint indent" data-testid="reminders-browser">
              {t.settings.remindersBrowser}
            </p>
          )}
          {desktop && settings.remindersEnabled ? (
            paused ? (
              <div class="paused">
                <p role="status">
                  {settings.remindersPausedUntil === 'forever'
                    ? t.settings.pausedForever
                    : t.settings.pausedUntil({ date: formatFull(settings.remindersPausedUntil, locale) })}
                </p>
                <button type="button" class="button button-secondary" onClick={() => set({ remindersPausedUntil: null })}>
                  {t.settings.resume}
                </button>
              </div>
            ) : (
              <div class="button-row" role="group" aria-label={t.settings.pause}>
                <span class="row-label" aria-hidden="true">
                  {t.settings.pauseLabel}
                </span>
                <button type="button" class="button button-secondary" onClick={() => pauseFor(DAY)}>
                  {t.settings.pauseDay}
                </button>
                <button type="button" class="button button-secondary" onClick={() => pauseFor(7 * DAY)}>
                  {t.settings.pauseWeek}
                </button>
                <button type="button" class="button button-secondary" onClick={() => set({ remindersPausedUntil: 'forever' })}>
                  {t.settings.pauseForever}
                </button>
              </div>
            )
          ) : null}
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.recheckReminders}
              aria-describedby="recheck-hint"
              onChange={(event) => set({ recheckReminders: event.currentTarget.checked })}
              data-testid="recheck-reminders"
            />
            {t.settings.recheck}
          </label>
          <p id="recheck-hint" class="hint indent">
            {t.settings.recheckHint}
          </p>
          <label class="choice">
            <input
              type="checkbox"
              checked={desktop && settings.startAtLogin}
              disabled={!desktop}
              aria-describedby={desktop ? undefined : 'start-at-login-hint'}
              onChange={(event) => set({ startAtLogin: event.currentTarget.checked })}
            />
            {t.settings.startAtLogin}
          </label>
          {desktop ? null : (
            <p id="start-at-login-hint" class="hint indent">
              {t.settings.desktopOnly}
            </p>
          )}
        </section>
        <section class="settings-section">
          <fieldset class="choices choices-inline">
            <legend>{t.settings.theme}</legend>
            {themes.map((theme) => (
              <label key={theme.value} class="choice choice-card">
                <input
                  type="radio"
                  name="theme"
                  value={theme.value}
                  checked={settings.theme === theme.value}
                  onChange={() => set({ theme: theme.value })}
                />
                {theme.label}
              </label>
            ))}
          </fieldset>
        </section>
        <UpdatesSection />
        <DataSection />
        <p class="muted version">{t.settings.version({ version: snapshot.appVersion })}</p>
      </main>
    </div>
  );
}
