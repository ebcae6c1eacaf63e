/** The campaign at the top: title, deadline in its own zone, live countdown, the honest words once passed, progress. */
import { useEffect, useState } from 'preact/hooks';
import type { Campaign } from '@shared/domain/types';
import type { CountdownView } from '@shared/ipc/contract';
import type { CampaignSummary } from '@shared/domain/summary';
import { useApp } from '../app/app-context';
import { formatDeadline, zoneCity } from '../app/format';
import { Banner } from '../components/banner';
import { LinksChecked } from '../components/links-checked';

/** The header of `campaign`, with its summary. */
export function CampaignHeader({
  campaign,
  summary,
  nextLabel,
}: {
  readonly campaign: Campaign;
  readonly summary: CampaignSummary;
  readonly nextLabel: string | null;
}) {
  const { api, t, locale } = useApp();
  const [countdown, setCountdown] = useState<CountdownView | null>(null);
  useEffect(() => {
    void api.getCountdown().then(setCountdown);
    return api.onCountdownChanged(setCountdown);
  }, [api, t]);

  const title = campaign.title[locale] ?? campaign.title.en;
  const afterDeadline = campaign.afterDeadline[locale];
  const passed = countdown?.phase === 'passed';
  const percent = summary.total === 0 ? 0 : Math.round((summary.finished / summary.total) * 100);
  const allDone = summary.total > 0 && summary.finished === summary.total;

  return (
    <header class="campaign" aria-labelledby="campaign-title">
      <h1 id="campaign-title">{title}</h1>
      <p class="campaign-deadline">
        {campaign.deadline === null ? null : (
          <span>{t.common.deadlineOn({ date: formatDeadline(campaign.deadline, locale), zone: zoneCity(campaign.deadline.zone) })}</span>
        )}
        <span
          class={`countdown countdown-${countdown?.phase ?? 'loading'}`}
          data-testid="countdown"
          data-phase={countdown?.phase ?? 'loading'}
        >
          {countdown?.text ?? t.checklist.loading}
        </span>
      </p>
      <LinksChecked targets={campaign.targets} />
      {passed ? (
        <Banner tone="info" title={afterDeadline ?? undefined} testId="passed-honest" live={false}>
          <p>{afterDeadline === undefined ? t.common.passedHonest : t.common.passedAlreadyUsed}</p>
        </Banner>
      ) : null}
      <div class="progress" data-testid="progress">
        <p class="progress-text">
          {summary.total === 0 ? t.checklist.progressNone : t.checklist.progress({ done: summary.finished, total: summary.total })}
          {allDone ? (
            <span class="progress-done">
              {t.common.separator}
              {t.checklist.allDone}
            </span>
          ) : null}
          {!allDone && nextLabel !== null ? (
            <span class="progress-next">
              {t.common.separator}
              {t.checklist.nextUp({ label: nextLabel })}
            </span>
          ) : null}
        </p>
        <div class="progress-bar" aria-hidden="true">
          <div class="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
    </header>
  );
}
