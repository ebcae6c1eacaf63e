/**
 * The further pages a campaign offers for an account beside its main objection (catalog targets of
 * role `extra`, e.g. LinkedIn's objection form for AI that does not generate content): each with its
 * title, description and own steps. Optional: never counted as missing.
 */
import type { PairProgress } from '@shared/domain/progress';
import type { Status } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import { localizedOr } from '@shared/guide/steps';
import { companyIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import type { ExtraProgress } from './account-card';
import { actionText, type AccountAction } from './status-words';

function extraWords(status: Status, toggle: boolean, t: Messages): string {
  const x = t.checklist.extraStatus;
  switch (status.kind) {
    case 'to-do':
      return x.toDo;
    case 'in-progress':
      return x.opened;
    case 'submitted':
      return toggle ? x.switchedOff : x.sent;
    case 'confirmed':
      return toggle ? x.switchedOff : x.confirmed;
    case 'covered-by-group':
    case 'not-applicable':
      return x.notApplicable;
  }
}

function extraActions(status: Status): readonly AccountAction[] {
  switch (status.kind) {
    case 'to-do':
      return ['open'];
    case 'in-progress':
      return ['i-sent-it', 'open-again'];
    default:
      return ['not-done'];
  }
}

/** The extra steps of one card. */
export function ExtraSteps(props: {
  readonly pair: PairProgress;
  readonly extras: readonly ExtraProgress[];
  /** The heading level of the block's title (one below the card's). */
  readonly level: 4 | 5;
  readonly onAction: (action: AccountAction, targetId: string) => void;
}) {
  const Title = props.level === 4 ? 'h4' : 'h5';
  const { t, locale, catalog } = useApp();
  const headingId = `extras-${props.pair.account.id}-${props.pair.campaignId}`;
  return (
    // A group, not a region: every card has one, and landmarks must be unique.
    <div class="extras" role="group" aria-labelledby={headingId} data-testid="extras">
      <Title id={headingId} class="card-subtitle">
        {t.checklist.extraHeading}
      </Title>
      <ul class="extras-list" role="list">
        {props.extras.map(({ target, status }) => {
          const toggle = target.mechanism === 'toggle';
          const title = target.title === undefined ? target.id : localizedOr(target.title, locale);
          return (
            <li key={target.id} class="extra" data-testid="extra" data-target-id={target.id} data-status={status.kind}>
              <p class="extra-title">
                <strong>{title}</strong> <span class="extra-status">· {extraWords(status, toggle, t)}</span>
              </p>
              {target.description === undefined ? null : <p class="hint">{localizedOr(target.description, locale)}</p>}
              <p class="hint">{t.checklist.optionalHint}</p>
              <div class="extra-actions">
                {extraActions(status).map((action) => (
                  <button
                    key={action}
                    type="button"
                    class={action === 'not-done' ? 'link-button' : 'button button-secondary'}
                    data-action={action}
                    onClick={() => props.onAction(action, target.id)}
                  >
                    {actionText(action, target.mechanism, target, companyIn(catalog, props.pair.account.platform), t)}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
