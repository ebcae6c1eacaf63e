/**
 * "This link seems to have changed" (issue 11): why, where the guide went next, and a report the
 * person may copy or open as a pre-filled issue in their own browser. The report carries the
 * catalog version, the target, the addresses without their query, the languages and the app
 * version, nothing about the person; the app never sends it.
 */
import type { GuideView, DriftNotice } from '@shared/ipc/contract';
import { driftReport } from '@shared/guide/drift-report';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';

/** Props of `DriftNoticeBlock`. */
export interface DriftNoticeProps {
  readonly view: GuideView;
  readonly drift: DriftNotice;
  readonly actions: GuideActions;
}

/** The notice and its report. */
export function DriftNoticeBlock({ view, drift, actions }: DriftNoticeProps) {
  const { t, catalog, locale, snapshot } = useApp();
  const d = t.catalog.drift;
  const report = driftReport({
    catalogVersion: catalog.version,
    catalogPublishedAt: catalog.publishedAt,
    campaignId: view.campaignId,
    targetId: view.targetId,
    reason: drift.reason,
    addressTried: drift.addressTried,
    position: drift.entryIndex + 1,
    count: view.entryCount,
    urlSeen: drift.urlSeen,
    pageLang: drift.pageLang,
    appLocale: locale,
    appVersion: snapshot.appVersion,
  });
  const movedOn = view.problem !== 'all-entries-failed' && view.entryIndex > drift.entryIndex;
  return (
    <section class="guide-drift" role="status" aria-labelledby="guide-drift-title" data-testid="drift-notice" data-reason={drift.reason}>
      <h2 id="guide-drift-title" class="guide-drift-title">
        {d.title}
      </h2>
      <p>{d.reasons[drift.reason]}</p>
      {movedOn ? <p data-testid="drift-moved-on">{d.movedOn({ n: String(view.entryIndex + 1), total: String(view.entryCount) })}</p> : null}
      <details class="guide-drift-report">
        <summary>{d.reportHeading}</summary>
        <p class="guide-note">{d.reportBody}</p>
        <label class="guide-label" for="guide-drift-text">
          {d.reportLabel}
        </label>
        <textarea id="guide-drift-text" class="guide-drift-text" readOnly rows={8} value={report.body} data-testid="drift-report" />
        <div class="guide-row">
          <button type="button" class="button button-secondary" onClick={() => actions.copy(report.body)} data-testid="drift-copy">
            {d.copy}
          </button>
          <a class="button button-ghost" href={report.issueUrl} target="_blank" rel="noopener noreferrer" data-testid="drift-open">
            {d.open}
          </a>
        </div>
      </details>
    </section>
  );
}
