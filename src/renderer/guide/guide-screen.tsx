/**
 * The guide panel beside an account's page in the guided window. In a browser (no desktop app) it
 * explains that the guided form needs the desktop app: there is no account view to guide.
 */
import { useApp } from '../app/app-context';
import { useGuideView } from './use-guide-view';
import { GuidePanel } from './guide-panel';
import './guide.css';

/** The guide screen. */
export function GuideScreen() {
  const { snapshot } = useApp();
  return snapshot.host === 'browser' ? <DesktopOnly /> : <DesktopGuide />;
}

function DesktopOnly() {
  const { t } = useApp();
  return (
    <main class="guide" aria-labelledby="guide-title" data-testid="guide-desktop-only">
      <h1 id="guide-title" class="guide-title">
        {t.guide.desktopOnlyTitle}
      </h1>
      <p class="guide-note">{t.guide.desktopOnlyBody}</p>
      <p>
        <a class="button button-primary" href="?view=checklist">
          {t.guide.openChecklist}
        </a>
      </p>
    </main>
  );
}

function DesktopGuide() {
  const { api, t } = useApp();
  const view = useGuideView();
  if (view === undefined)
    return (
      <p class="loading" aria-busy="true">
        …
      </p>
    );
  if (view === null) {
    return (
      <main class="guide" aria-labelledby="guide-title" data-testid="guide-not-open">
        <h1 id="guide-title" class="guide-title">
          {t.guide.notOpenTitle}
        </h1>
        <p class="guide-note">{t.guide.notOpenBody}</p>
        <button type="button" class="button button-secondary" onClick={() => void api.openChecklist()}>
          {t.guide.openChecklist}
        </button>
      </main>
    );
  }
  return <GuidePanel view={view} />;
}
