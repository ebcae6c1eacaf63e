/**
 * Where a pair stands, in words that carry how sure we are and what kind of thing it is: "you said
 * you sent it" is not "confirmed by Meta's e-mail", and a setting is "switched off", never "sent".
 * Also the next action each standing calls for. Pure: messages and catalog data in, words out.
 */
import type { Catalog, CampaignTarget, Locale, Mechanism, Status, StatusKind } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import type { PairProgress, StandingKind } from '@shared/domain/progress';
import { localizedOr, settingGoalOf } from '@shared/guide/steps';
import { companyIn } from '@shared/catalog/platform-lookup';
import { formatDay } from '../app/format';

/** A stored not-applicable reason in the person's language: the target's own words, else the person's. */
export function reasonText(reason: string, target: CampaignTarget | undefined, t: Messages, locale: Locale): string {
  const known = target?.notApplicableReasons.find((candidate) => candidate.id === reason);
  if (known !== undefined) return localizedOr(known.text, locale);
  return reason === '' ? t.status.reasons.other : reason;
}

/** What the words are made of. */
export interface WordsInput {
  readonly t: Messages;
  readonly locale: Locale;
  /** The catalog in use (names and companies of platforms). */
  readonly catalog: Catalog;
  /** The label of another account (for "covered by … 's objection"). */
  readonly labelOf: (accountId: string) => string;
}

/** The words of a setting's standings: switched off (the default), or on (`settingGoal: 'on'`). */
function settingWords(t: Messages, target: CampaignTarget | undefined): Omit<Messages['status']['setting'], 'offHintNoRecheck'> {
  return target !== undefined && settingGoalOf(target) === 'on' ? t.catalog.toggleOn : t.status.setting;
}

/** The chip's words for a pair. */
export function statusLabel(pair: PairProgress, { t, locale, catalog }: WordsInput): string {
  const company = companyIn(catalog, pair.account.platform);
  const { status, standing } = pair;
  if (status.kind === 'not-applicable') return t.status.notApplicable({ reason: reasonText(status.reason, pair.target, t, locale) });
  if (status.kind === 'covered-by-group') return t.status.coveredByGroup;
  const s = settingWords(t, pair.target);
  const f = t.status.followUp;
  switch (standing.kind) {
    case 'to-do':
      if (pair.mechanism === 'toggle') return s.toDo;
      return status.kind === 'in-progress' ? t.status.inProgress : t.status.toDo;
    case 'off':
    case 'recheck-due':
      if (standing.kind === 'recheck-due') return s.recheck;
      return status.kind === 'confirmed'
        ? s.seenOff({ date: formatDay(standing.at, locale) })
        : s.off({ date: formatDay(standing.at, locale) });
    case 'waiting':
      return status.kind === 'submitted' && status.source === 'detected' ? t.status.submittedDetected : t.status.submittedByPerson;
    case 'no-answer':
      return f.noAnswer;
    case 'refused':
      return f.refused({ company });
    case 'complained':
      return f.complained;
    case 'done':
      return status.kind === 'confirmed' && status.confidence === 'by-email'
        ? t.status.confirmedByEmail({ company })
        : t.status.confirmedOnPage({ company });
  }
}

/** One line explaining the standing and what comes next. */
export function statusHint(pair: PairProgress, { t, locale, catalog, labelOf }: WordsInput): string {
  const company = companyIn(catalog, pair.account.platform);
  const { status, standing } = pair;
  const s = settingWords(t, pair.target);
  const f = t.status.followUp;
  if (status.kind === 'not-applicable') return t.status.hints.notApplicable;
  if (status.kind === 'covered-by-group') return t.status.hints.coveredByGroup({ label: labelOf(status.byAccountId) });
  switch (standing.kind) {
    case 'to-do':
      if (pair.mechanism === 'toggle') return status.kind === 'in-progress' ? s.openedHint : s.toDoHint;
      return status.kind === 'in-progress' ? t.status.hints.inProgress : t.status.hints.toDo;
    case 'off':
      return standing.recheckAt === null ? t.status.setting.offHintNoRecheck : s.offHint({ date: formatDay(standing.recheckAt, locale) });
    case 'recheck-due':
      return s.recheckHint({ date: formatDay(standing.at, locale) });
    case 'waiting':
      return standing.dueAt === null
        ? t.status.hints.submitted({ company })
        : f.waitingHint({ company, date: formatDay(standing.dueAt, locale) });
    case 'no-answer':
      return f.noAnswerHint({ company, date: formatDay(standing.sentAt, locale), days: pair.target?.followUpDays ?? 30 });
    case 'refused':
      return standing.note === ''
        ? f.refusedHintNoNote({ date: formatDay(standing.at, locale) })
        : f.refusedHint({ date: formatDay(standing.at, locale), note: standing.note });
    case 'complained':
      return f.complainedHint({ date: formatDay(standing.at, locale) });
    case 'done':
      return t.status.hints.confirmed;
  }
}

/** The visual tone of a standing: needs the person, waiting, done, set aside. */
export function standingTone(kind: StandingKind, status: StatusKind): 'todo' | 'waiting' | 'done' | 'muted' {
  if (status === 'not-applicable') return 'muted';
  switch (kind) {
    case 'to-do':
    case 'no-answer':
    case 'refused':
    case 'recheck-due':
      return 'todo';
    case 'waiting':
    case 'complained':
      return 'waiting';
    case 'off':
    case 'done':
      return 'done';
  }
}

/** What a button on an account does. */
export type AccountAction =
  'open' | 'open-again' | 'i-sent-it' | 'got-email' | 'still-off' | 'refused' | 'file-anyway' | 'not-applicable' | 'not-done';

/** The main action for a pair (none on a finished one), and the quieter ones beside it. */
export function actionsFor(pair: PairProgress): { readonly main: AccountAction | null; readonly others: readonly AccountAction[] } {
  const { status, standing } = pair;
  if (status.kind === 'not-applicable') return { main: null, others: ['not-done'] };
  if (status.kind === 'covered-by-group') return { main: 'file-anyway', others: ['not-applicable'] };
  switch (standing.kind) {
    case 'to-do':
      return status.kind === 'in-progress'
        ? { main: 'i-sent-it', others: ['open-again', 'not-applicable'] }
        : { main: 'open', others: ['not-applicable'] };
    case 'waiting':
      return { main: 'got-email', others: ['open-again', 'refused', 'not-done'] };
    case 'no-answer':
      return { main: 'got-email', others: ['refused', 'not-done'] };
    case 'refused':
    case 'complained':
      return { main: null, others: ['got-email', 'not-done'] };
    case 'recheck-due':
      return { main: 'still-off', others: ['open-again', 'not-done'] };
    case 'off':
      return { main: null, others: ['open-again', 'not-done'] };
    case 'done':
      return status.kind === 'confirmed' && status.confidence === 'on-page'
        ? { main: null, others: ['got-email', 'not-done'] }
        : { main: null, others: ['not-done'] };
  }
}

/** The words on an action's button (`target`: a setting's goal, off unless the catalog says on). */
export function actionText(
  action: AccountAction,
  mechanism: Mechanism,
  target: Pick<CampaignTarget, 'settingGoal' | 'platform'> | undefined,
  company: string,
  t: Messages,
): string {
  const setting = mechanism === 'toggle';
  const on = target !== undefined && settingGoalOf(target) === 'on';
  const c = t.checklist;
  switch (action) {
    case 'open':
      return setting ? c.openSetting : c.openForm;
    case 'open-again':
      return setting ? c.openSettingAgain : c.openFormAgain;
    case 'i-sent-it':
      return setting ? (on ? t.catalog.toggleOn.iDidIt : c.iSwitchedItOff) : c.iSentIt;
    case 'got-email':
      return c.gotEmail({ company });
    case 'still-off':
      return on ? t.catalog.toggleOn.stillOn : c.stillOff;
    case 'refused':
      return t.proof.recordRefusal({ company });
    case 'file-anyway':
      return c.fileAnyway;
    case 'not-applicable':
      return c.markNotApplicable;
    case 'not-done':
      return c.markNotDone;
  }
}

/** The instant of a status's last step, if it has one. */
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
