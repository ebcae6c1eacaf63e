/**
 * The chip's words for a confirmation by e-mail, with how sure the app is: "file checked" (the
 * app read the e-mail and checked its sender and words), "your own file kept", or "you said so".
 */
import type { Catalog, Platform, Status } from '@shared/domain/types';
import type { Messages } from '@shared/i18n/messages';
import { companyIn } from '@shared/catalog/platform-lookup';
import type { EmailConfidence } from '@shared/proof/confidence';

/** The words for a confirmed-by-e-mail status, or null for every other status. */
export function emailConfidenceLabel(
  status: Status,
  platform: Platform,
  confidence: EmailConfidence,
  t: Messages,
  catalog: Catalog,
): string | null {
  if (status.kind !== 'confirmed' || status.confidence !== 'by-email') return null;
  const company = companyIn(catalog, platform);
  if (confidence === 'checked') return t.proof.confidenceChecked({ company });
  return confidence === 'vouched' ? t.proof.confidenceVouched({ company }) : t.proof.confidenceSaid({ company });
}
