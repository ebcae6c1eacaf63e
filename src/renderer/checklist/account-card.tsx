/** One account: its mark, name, e-mail, status in words, last step, and the next thing to do. */
import { memo } from 'preact/compat';
import type { Account, Catalog, Locale, Mechanism, Status } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import type { Locale as DateLocale } from 'date-fns';
import { PlatformIcon } from '../components/platform-icon';
import { StatusChip } from '../components/status-chip';
import { formatAgo, formatFull } from '../app/format';
import { ProofPanel } from './proof-panel';
import { actionsFor, statusHint, statusLabel, type AccountAction } from './status-words';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';
import type { EmailConfidence } from '@shared/proof/confidence';
import { emailConfidenceLabel } from '../proof/confidence';
import { ProofFileNotice } from '../proof/proof-file-notice';
import { NoAnswerLine } from '../proof/follow-up-actions';
import { carriesFiles, useProofFile } from '../proof/use-proof-file';

/** What the card asks its list to do. */
export type CardRequest =
  | { readonly kind: 'action'; readonly action: AccountAction }
  | { readonly kind: 'edit' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'proof' };

/** Props of `AccountCard`. */
export interface AccountCardProps {
  readonly account: Account;
  /** The campaign the card shows. */
  readonly campaignId: string;
  readonly status: Status;
  /** How sure the app is of a confirmation by e-mail. */
  readonly confidence: EmailConfidence;
  /** A form to send, or a setting to switch off (or on: `settingGoal`). */
  readonly mechanism: Mechanism;
  readonly settingGoal: 'off' | 'on';
  /** The catalog in use (names and companies of platforms). */
  readonly catalog: Catalog;
  /** When the last step happened (ISO), or null. */
  readonly lastAt: string | null;
  readonly now: Date;
  readonly t: Messages;
  readonly dateLocale: DateLocale;
  readonly locale: Locale;
  readonly isNext: boolean;
  readonly proofOpen: boolean;
  readonly proofCount: number;
  readonly labelOf: (accountId: string) => string;
  readonly onRequest: (account: Account, request: CardRequest) => void;
}

function actionText(action: AccountAction, company: string, t: Messages, mechanism: Mechanism, goal: 'off' | 'on'): string {
  const toggle = mechanism === 'toggle';
  switch (action) {
    case 'open-form':
      return toggle ? t.checklist.openSetting : t.checklist.openForm;
    case 'open-form-again':
      return toggle ? t.checklist.openSettingAgain : t.checklist.openFormAgain;
    case 'i-sent-it':
      return toggle ? (goal === 'on' ? t.catalog.toggleOn.iDidIt : t.checklist.iSwitchedItOff) : t.checklist.iSentIt;
    case 'got-email':
      return t.checklist.gotEmail({ company });
    case 'reopen':
      return t.checklist.reopen;
    case 'file-anyway':
      return t.checklist.fileAnyway;
    case 'not-applicable':
      return t.checklist.markNotApplicable;
  }
}

/** An account card (memoized: 200 of them re-render only when their own data changes). */
export const AccountCard = memo(function AccountCard(props: AccountCardProps) {
  const {
    account,
    campaignId,
    status,
    confidence,
    mechanism,
    settingGoal,
    catalog,
    lastAt,
    now,
    t,
    dateLocale,
    locale,
    isNext,
    proofOpen,
    proofCount,
    labelOf,
  } = props;
  const { onRequest } = props;
  const name = nameIn(catalog, account.platform);
  const company = companyIn(catalog, account.platform);
  const proofFile = useProofFile(account, campaignId);
  const { main, others } = actionsFor(status, mechanism);
  const headingId = `account-${account.id}`;
  const quiet = main === 'reopen';
  return (
    <li
      class={isNext ? 'card card-next' : 'card'}
      aria-labelledby={headingId}
      data-testid="account"
      data-account-id={account.id}
      onDragOver={(event) => {
        // A file dropped on the card is taken as the confirmation e-mail (or a PDF or picture of it).
        if (mechanism === 'form' && carriesFiles(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dropped = event.dataTransfer?.files[0];
        if (mechanism !== 'form' || dropped === undefined) return;
        event.preventDefault();
        proofFile.drop(dropped);
      }}
    >
      <div class="card-main">
        <PlatformIcon platform={account.platform} label={name} />
        <div class="card-text">
          <h4 id={headingId} class="card-title">
            {account.label}
          </h4>
          <p class="card-meta">
            {name}
            {t.common.separator}
            {account.email ?? <span class="muted">{t.checklist.noEmail}</span>}
          </p>
          <p class="card-status">
            <StatusChip
              kind={status.kind}
              text={
                emailConfidenceLabel(status, account.platform, confidence, t, catalog) ?? statusLabel(status, company, t, mechanism, settingGoal)
              }
            />
            {lastAt === null ? null : (
              <time class="card-when" dateTime={lastAt} title={formatFull(lastAt, locale)}>
                {t.checklist.lastStep({ when: formatAgo(lastAt, now, dateLocale) })}
              </time>
            )}
          </p>
          <p class="card-hint">{statusHint(status, company, t, labelOf, mechanism, settingGoal)}</p>
          {proofOpen ? null : (
            <NoAnswerLine account={account} campaignId={campaignId} onOpen={() => onRequest(account, { kind: 'proof' })} />
          )}
        </div>
        <div class="card-cta">
          <button
            type="button"
            class={quiet ? 'button button-secondary' : 'button button-primary'}
            data-action={main}
            onClick={() => onRequest(account, { kind: 'action', action: main })}
          >
            {actionText(main, company, t, mechanism, settingGoal)}
          </button>
        </div>
      </div>
      <div class="card-tools" role="group" aria-label={t.checklist.actionsFor({ label: account.label })}>
        {others.map((action) => (
          <button
            key={action}
            type="button"
            class="link-button"
            data-action={action}
            onClick={() => onRequest(account, { kind: 'action', action })}
          >
            {actionText(action, company, t, mechanism, settingGoal)}
          </button>
        ))}
        <button
          type="button"
          class="link-button"
          aria-expanded={proofOpen}
          aria-controls={`proof-${account.id}`}
          data-action="proof"
          onClick={() => onRequest(account, { kind: 'proof' })}
        >
          {proofCount > 0 ? t.checklist.proofWithCount({ count: proofCount }) : t.checklist.proof}
        </button>
        <button type="button" class="link-button" data-action="edit" onClick={() => onRequest(account, { kind: 'edit' })}>
          {t.common.edit}
        </button>
        <button type="button" class="link-button link-danger" data-action="remove" onClick={() => onRequest(account, { kind: 'remove' })}>
          {t.common.remove}
        </button>
      </div>
      <ProofFileNotice account={account} file={proofFile} />
      {proofOpen ? <ProofPanel account={account} campaignId={campaignId} /> : null}
    </li>
  );
});
