/** How sure the app is that a platform's e-mail confirmed an objection, from the proof kept. */
import type { AppState } from '../domain/types';

/** A checked e-mail file, the person's own file, or their word only. */
export type EmailConfidence = 'checked' | 'vouched' | 'said';

/** The confidence behind a "confirmed by e-mail" of `accountId` on `campaignId` (main target). */
export function emailConfidence(state: AppState, accountId: string, campaignId: string): EmailConfidence {
  const records = state.evidence.filter(
    (record) => record.accountId === accountId && record.campaignId === campaignId && record.targetId === undefined,
  );
  if (records.some((record) => record.origin === 'email' && record.email?.senderRecognised === true && record.email.confirms))
    return 'checked';
  if (records.some((record) => record.origin === 'file')) return 'vouched';
  return 'said';
}
