/**
 * Where an account stands, in the words the proof pack prints: the status, for a confirmation by
 * e-mail how sure the app is (checked file, the person's own file, their word), and for a setting
 * when it was switched off (or on, as its goal says) and how that is known.
 */
import { platformInfo, targetFor } from '../catalog/lookups';
import { deriveStatus } from '../domain/status';
import type { AppState, Catalog } from '../domain/types';
import type { Messages } from '../i18n/messages';
import { settingGoalOf } from '../guide/steps';
import { emailConfidence } from './confidence';

/** The status line of `accountId` on `campaignId`. */
export function statusLine(
  state: AppState,
  accountId: string,
  campaignId: string,
  catalog: Catalog,
  t: Messages,
  /** An instant in the pack's words (date, time and zone). */
  when: (at: string) => string,
): string {
  const account = state.accounts.find((item) => item.id === accountId);
  if (account === undefined) return '';
  const company = platformInfo(catalog, account.platform)?.company ?? account.platform;
  const target = targetFor(catalog, campaignId, account.platform);
  const toggle = target?.mechanism === 'toggle';
  const setting = target !== undefined && settingGoalOf(target) === 'on' ? t.catalog.toggleOn : t.status.setting;
  const status = deriveStatus(state, accountId, campaignId, catalog);
  switch (status.kind) {
    case 'to-do':
      return t.status.toDo;
    case 'in-progress':
      return t.status.inProgress;
    case 'submitted':
      if (toggle) return setting.off({ date: when(status.at) });
      return status.source === 'person' ? t.status.submittedByPerson : t.status.submittedDetected;
    case 'confirmed': {
      if (toggle) return setting.seenOff({ date: when(status.at) });
      if (status.confidence === 'on-page') return t.status.confirmedOnPage({ company });
      const confidence = emailConfidence(state, accountId, campaignId);
      if (confidence === 'checked') return t.proof.confidenceChecked({ company });
      return confidence === 'vouched' ? t.proof.confidenceVouched({ company }) : t.proof.confidenceSaid({ company });
    }
    case 'covered-by-group':
      return t.status.coveredByGroup;
    case 'not-applicable':
      return t.status.notApplicable({ reason: status.reason === '' ? t.status.reasons.other : status.reason });
  }
}
