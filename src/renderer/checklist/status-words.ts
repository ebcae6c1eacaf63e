/**
 * A status in words that carry how sure we are: "you said you sent it" is not "confirmed by Meta's
 * e-mail". Also the next action each status calls for. Pure: messages in, words out.
 */
import type { Mechanism, Status, StatusKind } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';

/** The reasons offered when marking an account not applicable; anything else is the person's words. */
export const REASON_CODES = ['under-18', 'no-public-content'] as const;
/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** A stored reason in the person's language. */
export function reasonText(reason: string, t: Messages): string {
  if (reason === 'under-18') return t.status.reasons.under18;
  if (reason === 'no-public-content') return t.status.reasons.noPublicContent;
  return reason === '' ? t.status.reasons.other : reason;
}

/** The words of a setting's steps: switched off (the default), or on (`settingGoal: 'on'`). */
function toggleWords(t: Messages, goal: 'off' | 'on'): Messages['status']['toggle'] {
  return goal === 'on' ? t.catalog.toggleOn : t.status.toggle;
}

/** The chip's words; settings to switch off or on have their own for sent and confirmed. */
export function statusLabel(
  status: Status,
  company: string,
  t: Messages,
  mechanism: Mechanism = 'form',
  goal: 'off' | 'on' = 'off',
): string {
  if (mechanism === 'toggle' && status.kind === 'submitted') return toggleWords(t, goal).submitted;
  if (mechanism === 'toggle' && status.kind === 'confirmed') return toggleWords(t, goal).confirmed;
  switch (status.kind) {
    case 'to-do':
      return t.status.toDo;
    case 'in-progress':
      return t.status.inProgress;
    case 'submitted':
      return status.source === 'person' ? t.status.submittedByPerson : t.status.submittedDetected;
    case 'confirmed':
      return status.confidence === 'on-page' ? t.status.confirmedOnPage({ company }) : t.status.confirmedByEmail({ company });
    case 'covered-by-group':
      return t.status.coveredByGroup;
    case 'not-applicable':
      return t.status.notApplicable({ reason: reasonText(status.reason, t) });
  }
}

/** The visual tone of a status: to do, waiting, done, set aside. */
export function statusTone(kind: StatusKind): 'todo' | 'waiting' | 'done' | 'muted' {
  switch (kind) {
    case 'to-do':
    case 'in-progress':
      return 'todo';
    case 'submitted':
      return 'waiting';
    case 'confirmed':
    case 'covered-by-group':
      return 'done';
    case 'not-applicable':
      return 'muted';
  }
}

/** One line explaining the status and what comes next. */
export function statusHint(
  status: Status,
  company: string,
  t: Messages,
  labelOf: (accountId: string) => string,
  mechanism: Mechanism = 'form',
  goal: 'off' | 'on' = 'off',
): string {
  if (mechanism === 'toggle' && status.kind === 'in-progress') return toggleWords(t, goal).hintInProgress;
  if (mechanism === 'toggle' && status.kind === 'submitted') return toggleWords(t, goal).hintSubmitted;
  switch (status.kind) {
    case 'to-do':
      return t.status.hints.toDo;
    case 'in-progress':
      return t.status.hints.inProgress;
    case 'submitted':
      return t.status.hints.submitted({ company });
    case 'confirmed':
      return t.status.hints.confirmed;
    case 'covered-by-group':
      return t.status.hints.coveredByGroup({ label: labelOf(status.byAccountId) });
    case 'not-applicable':
      return t.status.hints.notApplicable;
  }
}

/** What a button on an account does. */
export type AccountAction = 'open-form' | 'open-form-again' | 'i-sent-it' | 'got-email' | 'reopen' | 'file-anyway' | 'not-applicable';

/** The main action for a status, and the quieter ones beside it. */
export function actionsFor(
  status: Status,
  mechanism: Mechanism = 'form',
): { readonly main: AccountAction; readonly others: readonly AccountAction[] } {
  // A setting sends no e-mail: after "I switched it off", the next step is saving proof of it.
  if (mechanism === 'toggle' && status.kind === 'submitted') return { main: 'open-form-again', others: ['reopen'] };
  switch (status.kind) {
    case 'to-do':
      return { main: 'open-form', others: ['not-applicable'] };
    case 'in-progress':
      return { main: 'i-sent-it', others: ['open-form-again', 'not-applicable'] };
    case 'submitted':
      return { main: 'got-email', others: ['open-form-again', 'reopen'] };
    case 'confirmed':
      return status.confidence === 'on-page' ? { main: 'got-email', others: ['reopen'] } : { main: 'reopen', others: [] };
    case 'covered-by-group':
      return { main: 'file-anyway', others: ['not-applicable'] };
    case 'not-applicable':
      return { main: 'reopen', others: [] };
  }
}

/** The instant of the status's last step, if it has one. */
export function statusAt(status: Status): string | null {
  switch (status.kind) {
    case 'to-do':
      return null;
    case 'in-progress':
      return status.since;
    default:
      return status.at;
  }
}
