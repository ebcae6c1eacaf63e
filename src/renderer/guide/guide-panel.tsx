/** The panel for one account page: who to be, where the page stands, the steps, and what to do next. */
import type { GuideView } from '@shared/ipc/contract';
import { findCampaign, findTarget } from '@shared/catalog/lookups';
import { deriveStatus, ownStatus } from '@shared/domain/status';
import { pairsOf } from '@shared/domain/progress';
import { guidePosition, guideSteps } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import { useGuideActions } from './use-guide-actions';
import { StepList } from './step-list';
import { DetectionPrompt } from './detection-prompt';
import { ProofBlock } from './proof-block';
import { ProblemBlock } from './problem-block';
import { GuideToolbar } from './guide-toolbar';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';
import { LinksChecked } from '../components/links-checked';
import { DriftNoticeBlock } from './drift-notice';

/** The guide panel. */
export function GuidePanel({ view }: { readonly view: GuideView }) {
  const { snapshot, t, catalog, clock } = useApp();
  const actions = useGuideActions(view);
  const account = snapshot.state.accounts.find((item) => item.id === view.accountId);
  const target = findTarget(catalog, view.campaignId, view.platform, view.targetId);
  if (account === undefined || target === undefined) {
    return (
      <main class="guide" aria-labelledby="guide-title">
        <h1 id="guide-title" class="guide-title">
          {t.guide.notOpenTitle}
        </h1>
      </main>
    );
  }
  const status =
    target.role === 'main'
      ? deriveStatus(snapshot.state, account.id, view.campaignId, catalog)
      : ownStatus(snapshot.state.events, account.id, view.campaignId, target.id);
  const campaign = findCampaign(catalog, view.campaignId);
  const pair =
    target.role === 'main' && campaign !== undefined
      ? pairsOf(snapshot.state, catalog, campaign, clock.now()).find((candidate) => candidate.account.id === account.id)
      : undefined;
  const recheckDue = pair?.standing.kind === 'recheck-due';
  const position = guidePosition({ mechanism: view.mechanism, status, detectionPending: view.detection !== null, recheckDue });
  const alreadyOff = view.mechanism === 'toggle' && (status.kind === 'submitted' || status.kind === 'confirmed');
  const platform = nameIn(catalog, view.platform);
  return (
    <main class="guide" aria-labelledby="guide-title" data-testid="guide-panel" data-position={position}>
      <header class="guide-header">
        <h1 id="guide-title" class="guide-title">
          {t.guide.accountHeading({ label: account.label, platform })}
        </h1>
        <p class="guide-email" data-testid="guide-email">
          {account.email === null ? t.guide.accountNoEmail : t.guide.accountEmail({ email: account.email })}
        </p>
        <p class="guide-address muted">
          {t.guide.address({ n: view.entryIndex + 1, total: view.entryCount })}
          {view.loading ? t.common.separator + t.guide.loading : ''}
        </p>
        <LinksChecked targets={[target]} withSources />
      </header>
      {view.drift === null ? null : <DriftNoticeBlock view={view} drift={view.drift} actions={actions} />}
      {view.problem === null ? null : <ProblemBlock view={view} target={target} actions={actions} />}
      {view.detection === null ? null : (
        <DetectionPrompt detection={view.detection} company={companyIn(catalog, view.platform)} actions={actions} />
      )}
      {position === 'done' ? (
        <p class="guide-done" role="status">
          {t.guide.allDone}
        </p>
      ) : null}
      {view.lastEvidence === null ? null : <ProofBlock record={view.lastEvidence} />}
      <StepList
        steps={guideSteps(target)}
        position={position}
        account={account}
        target={target}
        host="desktop"
        url={view.url}
        alreadyOff={alreadyOff}
        actions={actions}
      />
      <GuideToolbar view={view} account={account} actions={actions} />
      <p class="guide-message" role="status" aria-live="polite" data-testid="guide-message">
        {actions.message ?? ''}
      </p>
    </main>
  );
}
