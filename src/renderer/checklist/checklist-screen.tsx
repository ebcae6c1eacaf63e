/**
 * The checklist window: first-run screens until they are done, then the campaign header and every
 * account with where it stands; settings open in place. Dialogs are one at a time.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Account } from '@shared/domain/types';
import { findCampaign, findTarget, PRIMARY_CAMPAIGN_ID } from '@shared/catalog/lookups';
import { nameIn } from '@shared/catalog/platform-lookup';
import { summarizeCampaign } from '@shared/domain/summary';
import { useApp } from '../app/app-context';
import { Banner } from '../components/banner';
import { CampaignHeader } from './campaign-header';
import { AccountList, allStatuses, type ListRequest } from './account-list';
import { AccountDialog } from './account-dialog';
import { RemoveDialog } from './remove-dialog';
import { NotApplicableDialog } from './not-applicable-dialog';
import { StoreNoticeBanner } from './store-notice';
import { UpdatesPrompt } from './updates-prompt';
import { useDispatch } from './use-dispatch';
import { ProofTools } from '../proof/proof-tools';

type Open =
  | { readonly kind: 'none' }
  | { readonly kind: 'add' }
  | { readonly kind: 'edit' | 'remove'; readonly account: Account }
  | { readonly kind: 'not-applicable'; readonly account: Account; readonly campaignId: string };

type Screen = 'list' | 'settings';

function useLazy<T>(load: (() => Promise<T>) | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (load !== null && value === null) void load().then((loaded) => setValue(() => loaded));
  }, [load === null]);
  return value;
}

const loadSettings = async (): Promise<ComponentType<{ onBack: () => void }>> =>
  (await import('../settings/settings-screen')).SettingsScreen;
const loadOnboarding = async (): Promise<ComponentType<{ onDone: () => void }>> =>
  (await import('../onboarding/onboarding-screen')).OnboardingScreen;

/** The checklist screen. */
export function ChecklistScreen() {
  const { api, snapshot, t, catalog } = useApp();
  const { send, run, error } = useDispatch();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [screen, setScreen] = useState<Screen>('list');
  const [notice, setNotice] = useState<string | null>(null);
  const onboarding = !snapshot.state.settings.onboardingDone;
  const Settings = useLazy(screen === 'settings' ? loadSettings : null);
  const Onboarding = useLazy(onboarding ? loadOnboarding : null);

  useEffect(() => {
    document.title = t.checklist.windowTitle;
  }, [t]);

  const campaign = findCampaign(catalog, PRIMARY_CAMPAIGN_ID);
  const state = snapshot.state;
  const statuses = useMemo(() => allStatuses(state, PRIMARY_CAMPAIGN_ID, catalog), [state, catalog]);
  const summary = useMemo(() => summarizeCampaign(state, PRIMARY_CAMPAIGN_ID, catalog), [state, catalog]);
  const nextLabel = state.accounts.find((account) => account.id === summary.nextAccountId)?.label ?? null;

  const onRequest = (request: ListRequest): void => {
    setNotice(null);
    const { account, campaignId } = request;
    if (request.kind === 'edit' || request.kind === 'remove') {
      setOpen({ kind: request.kind, account });
      return;
    }
    if (request.kind === 'proof') return;
    const record = (event: { kind: 'submitted'; source: 'person' } | { kind: 'confirmed-by-email' } | { kind: 'reopened' }): void =>
      void send({ kind: 'record', accountId: account.id, campaignId, event });
    switch (request.action) {
      case 'open-form':
      case 'open-form-again':
      case 'file-anyway':
        void run(() => api.openGuide({ accountId: account.id, campaignId })).then(() => {
          // Targets that open in the person's own browser (Google refuses embedded sign-in) say so.
          const ownBrowser = findTarget(catalog, campaignId, account.platform)?.opensIn === 'browser';
          if (snapshot.host === 'browser') setNotice(t.checklist.formOpenedInTab);
          else if (ownBrowser) setNotice(t.catalog.ownBrowserOpened({ platform: nameIn(catalog, account.platform) }));
        });
        return;
      case 'i-sent-it':
        return record({ kind: 'submitted', source: 'person' });
      case 'got-email':
        return record({ kind: 'confirmed-by-email' });
      case 'reopen':
        return record({ kind: 'reopened' });
      case 'not-applicable':
        setOpen({ kind: 'not-applicable', account, campaignId });
        return;
    }
  };

  const finishOnboarding = (): void => {
    setScreen('list');
    void send({ kind: 'set-settings', patch: { onboardingDone: true } }).then((ok) => ok && setOpen({ kind: 'add' }));
  };

  if (onboarding)
    return Onboarding === null ? (
      <p class="loading" aria-busy="true">
        …
      </p>
    ) : (
      <Onboarding onDone={finishOnboarding} />
    );
  if (screen === 'settings')
    return Settings === null ? (
      <p class="loading" aria-busy="true">
        …
      </p>
    ) : (
      <Settings onBack={() => setScreen('list')} />
    );

  const close = (): void => setOpen({ kind: 'none' });
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
        {campaign === undefined ? null : <CampaignHeader campaign={campaign} summary={summary} nextLabel={nextLabel} />}
        <section class="accounts" aria-labelledby="accounts-title">
          <div class="section-head">
            <h2 id="accounts-title">{t.checklist.accountsHeading}</h2>
            {state.accounts.length > 0 ? (
              <button type="button" class="button button-secondary" onClick={() => setOpen({ kind: 'add' })} data-testid="add-account">
                {t.checklist.addAccount}
              </button>
            ) : null}
          </div>
          {notice === null ? null : <Banner tone="info">{notice}</Banner>}
          {error === null ? null : <Banner tone="error">{error}</Banner>}
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
              <AccountList
                statuses={statuses}
                primaryId={PRIMARY_CAMPAIGN_ID}
                nextAccountId={summary.nextAccountId}
                onRequest={onRequest}
              />
              <ProofTools accountId={null} calendar />
            </>
          )}
        </section>
      </main>
      {open.kind === 'add' ? <AccountDialog account={null} onClose={close} /> : null}
      {open.kind === 'edit' ? <AccountDialog account={open.account} onClose={close} /> : null}
      {open.kind === 'remove' ? <RemoveDialog account={open.account} onClose={close} /> : null}
      {open.kind === 'not-applicable' ? <NotApplicableDialog account={open.account} campaignId={open.campaignId} onClose={close} /> : null}
    </div>
  );
}
