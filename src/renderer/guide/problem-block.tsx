/** A load problem: this address failed; try the next, or — when all failed — the person's own browser and the path by hand. */
import type { CampaignTarget } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { localizedOr } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';

/** Props of `ProblemBlock`. */
export interface ProblemBlockProps {
  readonly view: GuideView;
  readonly target: CampaignTarget;
  readonly actions: GuideActions;
}

/** The problem and its way out. */
export function ProblemBlock({ view, target, actions }: ProblemBlockProps) {
  const { locale, t } = useApp();
  const allFailed = view.problem === 'all-entries-failed';
  const text = allFailed
    ? t.guide.problems.allFailed
    : view.problem === 'unavailable'
      ? t.guide.problems.unavailable
      : t.guide.problems.loadError;
  return (
    <section class="guide-problem" role="alert" data-testid="guide-problem" data-problem={view.problem ?? ''}>
      <p>{text}</p>
      {allFailed ? (
        <>
          <p>
            <strong>{t.guide.problems.manualPath}</strong> {localizedOr(target.manualPath, locale)}
          </p>
          <button type="button" class="button button-primary" onClick={actions.openInBrowser}>
            {t.guide.actions.openInBrowser}
          </button>
        </>
      ) : (
        <button type="button" class="button button-primary" onClick={() => actions.go(view.entryIndex + 1)}>
          {t.guide.actions.nextAddress}
        </button>
      )}
    </section>
  );
}
