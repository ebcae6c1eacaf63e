/**
 * The guide's steps per mechanism and platform, and which one the person is at. Pure: the panel
 * renders the list and highlights the current step; texts live in the i18n area `guide`.
 */
import type { CampaignTarget, Locale, Localized, Mechanism, Status } from '../domain/types';

/** One step of the guide. */
export type GuideStepId =
  | 'sign-in'
  | 'check-email'
  | 'choose-objection'
  | 'objection-text'
  | 'press-send'
  | 'confirmation'
  | 'mailbox'
  | 'open-setting'
  | 'switch-off'
  | 'save-proof';

/** Where the person is: a step, or nothing left to do. */
export type GuidePosition = GuideStepId | 'done';

/**
 * The steps shown for a target, in order. A form that first asks what the request is about (the
 * catalog gives the option as `formChoice`, e.g. WhatsApp's Data Subject Rights form) gets a
 * "choose" step; a setting's "switch" step says on or off after its `settingGoal`.
 */
export function guideSteps(target: Pick<CampaignTarget, 'mechanism' | 'formChoice'>): readonly GuideStepId[] {
  if (target.mechanism === 'toggle') return ['sign-in', 'open-setting', 'switch-off', 'save-proof'];
  const choose: readonly GuideStepId[] = target.formChoice === undefined ? [] : ['choose-objection'];
  return ['sign-in', 'check-email', ...choose, 'objection-text', 'press-send', 'confirmation', 'mailbox'];
}

/** The position a setting must end in: `off` unless the catalog says `on`. */
export function settingGoalOf(target: Pick<CampaignTarget, 'settingGoal'>): 'off' | 'on' {
  return target.settingGoal ?? 'off';
}

/** What decides the current step. */
export interface PositionInput {
  readonly mechanism: Mechanism;
  readonly status: Status;
  /** A confirmation was noticed on the page and awaits the person's answer. */
  readonly detectionPending: boolean;
  /** A switched-off setting is due for its re-check: the person checks it again. */
  readonly recheckDue?: boolean;
}

/** The step the person is at. */
export function guidePosition(input: PositionInput): GuidePosition {
  const { status } = input;
  if (input.detectionPending) return input.mechanism === 'toggle' ? 'save-proof' : 'confirmation';
  if (input.recheckDue === true && input.mechanism === 'toggle') return 'save-proof';
  switch (status.kind) {
    case 'covered-by-group':
    case 'not-applicable':
      return 'done';
    case 'confirmed':
      return input.mechanism === 'toggle' || status.confidence === 'by-email' ? 'done' : 'mailbox';
    case 'submitted':
      return input.mechanism === 'toggle' ? 'save-proof' : 'mailbox';
    case 'in-progress':
      return input.mechanism === 'toggle' ? 'switch-off' : 'press-send';
    case 'to-do':
      return 'sign-in';
  }
}

/** A text in the person's language, else English: objection texts, manual paths, setting labels. */
export function localizedOr(text: Localized, locale: Locale): string {
  return text[locale] ?? text.en;
}
