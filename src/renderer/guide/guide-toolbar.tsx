/** The actions always at hand: I sent it, save proof, next address, own browser, forget the login (asked twice). */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';

/** Props of `GuideToolbar`. */
export interface GuideToolbarProps {
  readonly view: GuideView;
  readonly account: Account;
  readonly actions: GuideActions;
}

/** The toolbar. */
export function GuideToolbar({ view, account, actions }: GuideToolbarProps) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  const a = t.guide.actions;
  const hasNext = view.entryIndex + 1 < view.entryCount;
  return (
    <section class="guide-toolbar" aria-labelledby="guide-toolbar-title">
      <h2 id="guide-toolbar-title" class="visually-hidden">
        {a.moreActions}
      </h2>
      <div class="guide-actions">
        {view.mechanism === 'form' ? (
          <button
            type="button"
            class="button button-secondary"
            disabled={actions.busy}
            onClick={() => actions.record({ kind: 'submitted', source: 'person' })}
          >
            {a.sent}
          </button>
        ) : null}
        <button type="button" class="button button-secondary" disabled={actions.busy} onClick={() => actions.saveProof()}>
          {a.saveProof}
        </button>
        <button type="button" class="button button-ghost" disabled={!hasNext} onClick={() => actions.go(view.entryIndex + 1)}>
          {a.nextAddress}
        </button>
        <button type="button" class="button button-ghost" onClick={actions.reload}>
          {a.reload}
        </button>
        <button type="button" class="button button-ghost" onClick={actions.openInBrowser}>
          {a.openInBrowser}
        </button>
        {confirming ? null : (
          <button type="button" class="button button-danger-outline" onClick={() => setConfirming(true)}>
            {a.forgetLogin}
          </button>
        )}
      </div>
      {confirming ? (
        <div class="guide-confirm" role="group" aria-labelledby="guide-forget-text">
          <p id="guide-forget-text">{a.forgetConfirm({ label: account.label })}</p>
          <div class="guide-row">
            <button
              type="button"
              class="button button-danger"
              onClick={() => {
                setConfirming(false);
                actions.forgetLogin();
              }}
            >
              {a.forgetLogin}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
