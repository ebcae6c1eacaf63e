/** The top of the checklist: every campaign summed up truthfully in one line, and the next thing to do. */
import type { Overview } from '@shared/domain/overview';
import type { PairProgress } from '@shared/domain/progress';
import { useApp } from '../app/app-context';

/** The overall header. */
export function OverallHeader({ overview, next }: { readonly overview: Overview; readonly next: PairProgress | null }) {
  const { t } = useApp();
  const c = t.checklist;
  const { accounts, finished } = overview;
  const percent = accounts === 0 ? 0 : Math.round((finished / accounts) * 100);
  return (
    <header class="overview" aria-labelledby="overview-title">
      <h1 id="overview-title">{c.accountsHeading}</h1>
      <div class="progress" data-testid="progress">
        <p class="progress-text">
          {accounts === 0 ? c.progressNone : c.doneOf({ done: finished, total: accounts })}
          {overview.campaigns.length > 1 ? (
            <span class="progress-next"> · {c.campaignCount({ count: overview.campaigns.length })}</span>
          ) : null}
          {accounts > 0 && next === null ? <span class="progress-done"> · {c.nothingLeft}</span> : null}
          {next === null ? null : <span class="progress-next"> · {c.nextUp({ label: next.account.label })}</span>}
        </p>
        {accounts === 0 ? null : (
          <div class="progress-bar" aria-hidden="true">
            <div class="progress-fill" style={{ width: `${percent}%` }} />
          </div>
        )}
      </div>
    </header>
  );
}
