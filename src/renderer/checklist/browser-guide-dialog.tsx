/**
 * The guide in the browser version (no guided window there): before the platform's page opens in a
 * new tab, the same steps as the desktop panel (the same `StepList`), the text to copy, the way by
 * hand when the link fails, and what comes next. The person records the outcome here on return.
 */
import { useState } from 'preact/hooks';
import type { RecordableEvent } from '@shared/domain/commands';
import type { PairProgress } from '@shared/domain/progress';
import { extraTargetsFor } from '@shared/catalog/lookups';
import { ownStatus } from '@shared/domain/status';
import { guidePosition, guideSteps, localizedOr, settingGoalOf } from '@shared/guide/steps';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { useCatalog } from '../app/use-catalog';
import { Dialog } from '../components/dialog';
import { LinksChecked } from '../components/links-checked';
import { StepList } from '../guide/step-list';
import type { StepActions } from '../guide/step-body';
import '../guide/guide.css';

/** Props of `BrowserGuideDialog`. */
export interface BrowserGuideProps {
  readonly pair: PairProgress;
  /** An extra target of the campaign, or undefined for the main one. */
  readonly targetId?: string;
  readonly onClose: () => void;
}

/** The browser guide for one account's page. */
export function BrowserGuideDialog({ pair, targetId, onClose }: BrowserGuideProps) {
  const { api, snapshot, t, locale } = useApp();
  const catalog = useCatalog();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { account, campaignId } = pair;
  const target =
    targetId === undefined ? pair.target : extraTargetsFor(catalog, campaignId, account.platform).find((item) => item.id === targetId);
  if (target === undefined) return null;
  const b = t.guide.browser;
  const status = targetId === undefined ? pair.status : ownStatus(snapshot.state.events, account.id, campaignId, targetId);
  const recheckDue = targetId === undefined && pair.standing.kind === 'recheck-due';
  const toggle = target.mechanism === 'toggle';
  const position = recheckDue ? 'switch-off' : guidePosition({ mechanism: target.mechanism, status, detectionPending: false });
  const ref = { accountId: account.id, campaignId, ...(targetId === undefined ? {} : { targetId }) };
  const platform = nameIn(catalog, account.platform);
  const goalOn = toggle && settingGoalOf(target) === 'on';

  const run = (work: () => Promise<string | null>, close = false): void => {
    setBusy(true);
    work()
      .then((done) => (close ? onClose() : setMessage(done)))
      .catch((error: unknown) => setMessage(t.common.failed({ reason: error instanceof Error ? error.message : String(error) })))
      .finally(() => setBusy(false));
  };
  const actions: StepActions = {
    busy,
    record: (event: RecordableEvent) =>
      run(async () => {
        const result = await api.dispatch({ kind: 'record', ...ref, event });
        if (!result.ok) throw new Error(t.common.refused[result.error]);
        return null;
      }, true),
    saveProof: () =>
      run(async () => {
        const outcome = await api.addEvidenceFile(ref);
        if (outcome.kind === 'added') return t.checklist.proofFileAdded;
        return outcome.kind === 'refused' ? t.checklist.proofRefused[outcome.reason] : null;
      }),
    copy: (text) => run(async () => (await api.copyText({ text }), t.guide.steps.copied)),
  };
  const open = (): void => run(async () => (await api.openGuide(ref), b.opened));

  return (
    <Dialog title={t.guide.accountHeading({ label: account.label, platform })} description={b.intro} onClose={onClose}>
      <div class="guide browser-guide" data-testid="browser-guide">
        <div class="button-row">
          <button type="button" class="button button-primary" disabled={busy} onClick={open} data-testid="open-page">
            {b.openPage({ platform })}
          </button>
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t.common.close}
          </button>
        </div>
        <p class="guide-message" role="status" aria-live="polite" data-testid="guide-message">
          {message ?? ''}
        </p>
        <LinksChecked targets={[target]} withSources />
        <StepList
          steps={guideSteps(target)}
          position={position}
          headingId="browser-guide-steps"
          account={account}
          target={target}
          host="browser"
          url=""
          alreadyOff={toggle && (status.kind === 'submitted' || status.kind === 'confirmed')}
          actions={actions}
        />
        <section class="guide-help" aria-labelledby="browser-guide-manual">
          <h2 id="browser-guide-manual">{b.manualHeading}</h2>
          <p>{localizedOr(target.manualPath, locale)}</p>
        </section>
        <section class="guide-help" aria-labelledby="browser-guide-next">
          <h2 id="browser-guide-next">{b.nextHeading}</h2>
          <p>
            {toggle
              ? goalOn
                ? t.catalog.toggleOn.browserNext
                : b.nextSetting
              : b.nextForm({ company: companyIn(catalog, account.platform) })}
          </p>
        </section>
      </div>
    </Dialog>
  );
}
