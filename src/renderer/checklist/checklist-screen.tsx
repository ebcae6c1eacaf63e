/**
 * The checklist window: first-run screens until they are done, then every campaign the person takes
 * part in, side by side, under one overall line; settings open in place. Dialogs are one at a time
 * and load on first use. No code here is tied to one campaign: everything comes from `overview`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Account, Platform } from '@shared/domain/types';
import type { RecordableEvent } from '@shared/domain/commands';
import type { PairProgress } from '@shared/domain/progress';
import { campaignProgress, nextPair, overviewOf } from '@shared/domain/overview';
import { findTarget } from '@shared/catalog/lookups';
import { nameIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { useLazy } from '../app/use-lazy';
import { useNow } from '../app/use-now';
import { Banner } from '../components/banner';
import { OverallHeader } from './overall-header';
import { CampaignList, pairKey, type ListRequest } from './account-list';
import { ReadyToAdd } from './ready-to-add';
import { StoreNoticeBanner } from './store-notice';
import { UpdatesPrompt } from './updates-prompt';
import { useDispatch } from './use-dispatch';
import { ProofTools } from '../proof/proof-tools';
import type { NotDoneTarget } from './not-done-dialog';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'add'; readonly platform?: Platform }
  | { readonly kind: 'edit' | 'remove'; readonly account: Account }
  | { readonly kind: 'not-applicable' | 'refusal'; readonly pair: PairProgress }
  | { readonly kind: 'not-done'; readonly target: NotDoneTarget }
  | { readonly kind: 'guide'; readonly pair: PairProgress; readonly targetId?: string };

type Screen = 'list' | 'settings';

const loadSettings = async (): Promise<ComponentType<{ onBack: () => void }>> =>
  (await import('../settings/settings-screen')).SettingsScreen;
const loadOnboarding = async (): Promise<ComponentType<{ onDone: (platforms: readonly Platform[]) => void }>> =>
  (await import('../onboarding/onboarding-screen')).OnboardingScreen;
const loadDialogs = () => import('./dialogs');

const loading = (
  <p class="loading" aria-busy="true">
    …
  </p>
);

/** The checklist screen. */
export function ChecklistScreen() {
  const { api, snapshot, t, catalog } = useApp();
  const { send, run, error } = useDispatch();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [screen, setScreen] = useState<Screen>('list');
  const [ready, setReady] = useState<readonly Platform[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const onboarding = !snapshot.state.settings.onboardingDone;
  const Settings = useLazy(screen === 'settings' ? loadSettings : null);
  const Onboarding = useLazy(onboarding ? loadOnboarding : null);
  const dialogs = useLazy(open.kind === 'none' ? null : loadDialogs);

  useEffect(() => {
    document.title = t.checklist.windowTitle;
  }, [t]);

  const state = snapshot.state;
  const now = useNow(state);
  const progress = useMemo(() => campaignProgress(state, catalog, now), [state, catalog, now]);
  const overview = useMemo(() => overviewOf(progress, now), [progress, now]);
  const next = useMemo(() => nextPair(progress), [progress]);
  const known = new Set(catalog.campaigns.map((campaign) => campaign.id));
  const outside = state.accounts.filter((account) => !account.campaignIds.some((id) => known.has(id)));

  const onRequest = (request: ListRequest): void => {
    const { pair } = request;
    if (request.kind === 'edit' || request.kind === 'remove') {
      setOpen({ kind: request.kind, account: pair.account });
      return;
    }
    const targetId = request.targetId;
    const ref = { accountId: pair.account.id, campaignId: pair.campaignId, ...(targetId === undefined ? {} : { targetId }) };
    const record = (event: RecordableEvent): void => void send({ kind: 'record', ...ref, event });
    switch (request.action) {
      case 'open':
      case 'open-again':
      case 'file-anyway':
        if (snapshot.host === 'browser') {
          setOpen({ kind: 'guide', pair, ...(targetId === undefined ? {} : { targetId }) });
          return;
        }
        void run(() => api.openGuide(ref)).then(() => {
          // Targets that open in the person's own browser (Google refuses embedded sign-in) say so.
          const ownBrowser = findTarget(catalog, pair.campaignId, pair.account.platform, targetId)?.opensIn === 'browser';
          setNotice(ownBrowser ? t.catalog.ownBrowserOpened({ platform: nameIn(catalog, pair.account.platform) }) : null);
        });
        return;
      case 'i-sent-it':
        return record({ kind: 'submitted', source: 'person' });
      case 'got-email':
        return record({ kind: 'confirmed-by-email' });
      case 'still-off':
        return record({ kind: 'rechecked', source: 'person' });
      case 'refused':
        setOpen({ kind: 'refusal', pair });
        return;
      case 'not-applicable':
        setOpen({ kind: 'not-applicable', pair });
        return;
      case 'not-done':
        setOpen({
          kind: 'not-done',
          target: { account: pair.account, campaignId: pair.campaignId, ...(targetId === undefined ? {} : { targetId }) },
        });
        return;
    }
  };

  const finishOnboarding = (platforms: readonly Platform[]): void => {
    setScreen('list');
    setReady(platforms);
    void send({ kind: 'set-settings', patch: { onboardingDone: true } });
  };

  if (onboarding) return Onboarding === null ? loading : <Onboarding onDone={finishOnboarding} />;
  if (screen === 'settings') return Settings === null ? loading : <Settings onBack={() => setScreen('list')} />;

  const close = (): void => setOpen({ kind: 'none' });
  // A dialog shows the pair as it is now, not as it was when the dialog opened.
  const live = (pair: PairProgress): PairProgress =>
    progress.flatMap((entry) => entry.pairs).find((candidate) => pairKey(candidate) === pairKey(pair)) ?? pair;
  const addButton = (
    <button type="button" class="button button-secondary" onClick={() => setOpen({ kind: 'add' })} data-testid="add-account">
      {t.checklist.addAccount}
    </button>
  );
  return (
    <div class="page">
      <header class="topbar">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true" />
          {t.common.appName}
        </span>
        <button type="button" class="button button-ghost" onClick={() => setScreen('settings')} data-testid="open-settings">
          {t.checklist.settings}
        </button>
      </header>
      <main class="content">
        <StoreNoticeBanner />
        <UpdatesPrompt />
        <OverallHeader overview={overview} next={next} />
        {ready.length === 0 ? null : (
          <ReadyToAdd platforms={ready} onAdd={(platform) => setOpen({ kind: 'add', platform })} onDismiss={() => setReady([])} />
        )}
        {error === null ? null : <Banner tone="error">{error}</Banner>}
        {notice === null ? null : <Banner tone="info">{notice}</Banner>}
        {state.accounts.length === 0 ? (
          <div class="empty">
            <p class="empty-title">{t.checklist.emptyTitle}</p>
            <p class="muted">{t.checklist.emptyBody}</p>
            <button type="button" class="button button-primary" onClick={() => setOpen({ kind: 'add' })} data-testid="add-account">
              {t.checklist.addAccount}
            </button>
          </div>
        ) : (
          <>
            <div class="section-head">{addButton}</div>
            <CampaignList progress={progress} now={now} nextKey={next === null ? null : pairKey(next)} onRequest={onRequest} />
            <ProofTools accountId={null} calendar />
            {outside.length === 0 ? null : (
              <section class="campaign-section" aria-labelledby="outside-title">
                <h2 id="outside-title">{t.checklist.otherAccounts}</h2>
                <ul class="plain-list">
                  {outside.map((account) => (
                    <li key={account.id}>
                      {account.label}{' '}
                      <button type="button" class="link-button link-danger" onClick={() => setOpen({ kind: 'remove', account })}>
                        {t.common.remove}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
      {dialogs === null ? null : open.kind === 'add' ? (
        <dialogs.AccountDialog account={null} {...(open.platform === undefined ? {} : { platform: open.platform })} onClose={close} />
      ) : open.kind === 'edit' ? (
        <dialogs.AccountDialog account={open.account} onClose={close} />
      ) : open.kind === 'remove' ? (
        <dialogs.RemoveDialog account={open.account} onClose={close} />
      ) : open.kind === 'not-applicable' ? (
        <dialogs.NotApplicableDialog pair={live(open.pair)} onClose={close} />
      ) : open.kind === 'refusal' ? (
        <dialogs.RefusalDialog account={live(open.pair).account} campaignId={open.pair.campaignId} onClose={close} />
      ) : open.kind === 'not-done' ? (
        <dialogs.NotDoneDialog target={open.target} onClose={close} />
      ) : open.kind === 'guide' ? (
        <dialogs.BrowserGuideDialog
          pair={live(open.pair)}
          {...(open.targetId === undefined ? {} : { targetId: open.targetId })}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
