/**
 * One account on one campaign: its mark, name, e-mail, where it stands in words, its last step, the
 * next thing to do, what to do when the platform stays silent or refuses (`CardFollowUp`), the
 * further pages the campaign offers for it (`ExtraSteps`), and its proof (`ProofPanel`). A file
 * dropped on a form's card is taken as the confirmation e-mail (or a PDF or picture of it).
 */
import { memo } from 'preact/compat';
import type { Account, CampaignTarget, Locale, Status } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import type { PairProgress } from '@shared/domain/progress';
import type { Locale as DateLocale } from 'date-fns';
import { PlatformIcon } from '../components/platform-icon';
import { StatusChip } from '../components/status-chip';
import { formatAgo, formatFull } from '../app/format';
import type { ComponentType } from 'preact';
import { useLazy } from '../app/use-lazy';
import { CardFollowUp } from './card-follow-up';
import { ExtraSteps } from './extra-steps';
import { actionsFor, actionText, statusHint, statusLabel, type AccountAction } from './status-words';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';
import { useCatalog } from '../app/use-catalog';
import type { EmailConfidence } from '@shared/proof/confidence';
import { emailConfidenceLabel } from '../proof/confidence';
import { ProofFileNotice } from '../proof/proof-file-notice';
import { carriesFiles, useProofFile } from '../proof/use-proof-file';

// The proof panel (history, e-mail drop, follow-up, proof pack) loads when a card first opens it.
const loadProofPanel = async (): Promise<ComponentType<{ readonly pair: PairProgress; readonly panelId: string }>> =>
  (await import('./proof-panel')).ProofPanel;

/** What the card asks its list to do. */
export type CardRequest =
  | { readonly kind: 'action'; readonly action: AccountAction; readonly targetId?: string }
  | { readonly kind: 'edit' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'proof' };

/** An extra target with where the account stands on it. */
export interface ExtraProgress {
  readonly target: CampaignTarget;
  readonly status: Status;
}

/** Props of `AccountCard`. */
export interface AccountCardProps {
  readonly pair: PairProgress;
  readonly extras: readonly ExtraProgress[];
  /** How sure the app is of a confirmation by e-mail. */
  readonly confidence: EmailConfidence;
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
  readonly onRequest: (pair: PairProgress, request: CardRequest) => void;
  /** The card title's heading level: 4 under an Accounts Center group, else 3. */
  readonly level: 3 | 4;
}

/** The id of a card's heading: an account appears once per campaign it takes part in. */
export function cardId(account: Account, campaignId: string): string {
  return `account-${account.id}-${campaignId}`;
}

/** An account card (memoized: 200 of them re-render only when their own data changes). */
export const AccountCard = memo(function AccountCard(props: AccountCardProps) {
  const { pair, extras, confidence, lastAt, now, t, dateLocale, locale, isNext, proofOpen, proofCount, labelOf, onRequest, level } = props;
  const Title = level === 3 ? 'h3' : 'h4';
  const { account } = pair;
  const { main, others } = actionsFor(pair);
  const headingId = cardId(account, pair.campaignId);
  const catalog = useCatalog();
  const name = nameIn(catalog, account.platform);
  const company = companyIn(catalog, account.platform);
  const words = { t, locale, catalog, labelOf };
  const request = (value: CardRequest) => () => onRequest(pair, value);
  const proofFile = useProofFile(account, pair.campaignId);
  const ProofPanel = useLazy(proofOpen ? loadProofPanel : null);
  const form = pair.mechanism === 'form';
  return (
    <li
      class={isNext ? 'card card-next' : 'card'}
      aria-labelledby={headingId}
      data-testid="account"
      data-account-id={account.id}
      data-campaign-id={pair.campaignId}
      onDragOver={(event) => {
        if (form && carriesFiles(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dropped = event.dataTransfer?.files[0];
        if (!form || dropped === undefined) return;
        event.preventDefault();
        proofFile.drop(dropped);
      }}
    >
      <div class="card-main">
        <PlatformIcon platform={account.platform} label={name} />
        <div class="card-text">
          <Title id={headingId} class="card-title">
            {account.label}
          </Title>
          <p class="card-meta">
            {name}
            {t.common.separator}
            {account.email ?? <span class="muted">{t.checklist.noEmail}</span>}
            {pair.optional ? (
              <span class="tag">
                {t.common.separator}
                {t.checklist.optionalTag}
              </span>
            ) : null}
          </p>
          <p class="card-status">
            <StatusChip
              standing={pair.standing.kind}
              status={pair.status.kind}
              text={emailConfidenceLabel(pair.status, account.platform, confidence, t, catalog) ?? statusLabel(pair, words)}
            />
            {lastAt === null ? null : (
              <time class="card-when" dateTime={lastAt} title={formatFull(lastAt, locale)}>
                {t.checklist.lastStep({ when: formatAgo(lastAt, now, dateLocale) })}
              </time>
            )}
          </p>
          <p class="card-hint">{statusHint(pair, words)}</p>
          {pair.optional ? <p class="hint">{t.checklist.optionalHint}</p> : null}
        </div>
        {main === null ? null : (
          <div class="card-cta">
            <button type="button" class="button button-primary" data-action={main} onClick={request({ kind: 'action', action: main })}>
              {actionText(main, pair.mechanism, pair.target, company, t)}
            </button>
          </div>
        )}
      </div>
      {proofOpen ? null : <CardFollowUp pair={pair} level={level === 3 ? 4 : 5} />}
      <div class="card-tools" role="group" aria-label={t.checklist.actionsFor({ label: account.label })}>
        {others.map((action) => (
          <button key={action} type="button" class="link-button" data-action={action} onClick={request({ kind: 'action', action })}>
            {actionText(action, pair.mechanism, pair.target, company, t)}
          </button>
        ))}
        <button
          type="button"
          class="link-button"
          aria-expanded={proofOpen}
          aria-controls={`proof-${headingId}`}
          data-action="proof"
          onClick={request({ kind: 'proof' })}
        >
          {proofCount > 0 ? t.checklist.proofWithCount({ count: proofCount }) : t.checklist.proof}
        </button>
        <button type="button" class="link-button" data-action="edit" onClick={request({ kind: 'edit' })}>
          {t.common.edit}
        </button>
        <button type="button" class="link-button link-danger" data-action="remove" onClick={request({ kind: 'remove' })}>
          {t.common.remove}
        </button>
      </div>
      {extras.length === 0 ? null : (
        <ExtraSteps
          pair={pair}
          extras={extras}
          level={level === 3 ? 4 : 5}
          onAction={(action, targetId) => onRequest(pair, { kind: 'action', action, targetId })}
        />
      )}
      <ProofFileNotice account={account} file={proofFile} />
      {proofOpen && ProofPanel !== null ? <ProofPanel pair={pair} panelId={`proof-${headingId}`} /> : null}
      {/* While its code loads, the panel's place exists, so the expanded button's aria-controls names an element. */}
      {proofOpen && ProofPanel === null ? <div id={`proof-${headingId}`} aria-busy="true" /> : null}
    </li>
  );
});
