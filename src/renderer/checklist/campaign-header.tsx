/**
 * The head of one campaign's section: its title, its date in the zone it was announced in (or "no
 * deadline") with the time left or gone, what objecting or switching off still gains now, and its
 * own progress. Said once: no second "deadline passed" banner.
 */
import type { CampaignProgress } from '@shared/domain/overview';
import { buildCountdownView } from '@shared/domain/countdown-view';
import { formatAmount, readCountdown } from '@shared/domain/countdown';
import { localizedOr } from '@shared/guide/steps';
import { intlTag } from '@shared/i18n/locale';
import { useApp } from '../app/app-context';
import { formatDeadline, zoneCity } from '../app/format';
import { LinksChecked } from '../components/links-checked';

/** The header of `entry`'s section; `headingId` labels the section. */
export function CampaignHeader({
  entry,
  now,
  headingId,
}: {
  readonly entry: CampaignProgress;
  readonly now: Date;
  readonly headingId: string;
}) {
  const { t, locale } = useApp();
  const { campaign, deadline } = entry;
  const c = t.checklist;
  const title = localizedOr(campaign.title, locale);
  const total = entry.pairs.length;
  const percent = total === 0 ? 0 : Math.round((entry.finished / total) * 100);
  const countdown = buildCountdownView(campaign, now, t, locale);
  const gains = deadline.kind === 'upcoming' || deadline.kind === 'due-soon' ? campaign.summary : campaign.afterDeadline;

  let date: preact.JSX.Element;
  if (campaign.deadline === null) {
    date = (
      <span class="countdown" data-testid="countdown" data-phase="no-deadline">
        {c.noDeadline}
      </span>
    );
  } else if (deadline.kind === 'passed') {
    const ago = formatAmount(readCountdown(campaign.deadline, now), t.duration.passed, intlTag(locale));
    date = (
      <>
        <span>{c.datePassed({ date: formatDeadline(campaign.deadline, locale), zone: zoneCity(campaign.deadline.zone) })}</span>
        <span class="countdown countdown-passed" data-testid="countdown" data-phase="passed">
          {c.ago({ distance: ago })}
        </span>
      </>
    );
  } else {
    date = (
      <>
        <span>{t.common.deadlineOn({ date: formatDeadline(campaign.deadline, locale), zone: zoneCity(campaign.deadline.zone) })}</span>
        <span class={`countdown countdown-${countdown.phase}`} data-testid="countdown" data-phase={countdown.phase}>
          {countdown.text}
        </span>
      </>
    );
  }

  return (
    <header class="campaign">
      <h2 id={headingId}>{title}</h2>
      <p class="campaign-deadline" data-testid="campaign-date" data-deadline={deadline.kind}>
        {date}
      </p>
      <LinksChecked targets={campaign.targets} />
      <p class="campaign-gains" data-testid="campaign-gains">
        {localizedOr(gains, locale)}
      </p>
      <div class="progress" data-testid="campaign-progress">
        <p class="progress-text">{c.doneOf({ done: entry.finished, total })}</p>
        <div class="progress-bar" aria-hidden="true">
          <div class="progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
    </header>
  );
}
