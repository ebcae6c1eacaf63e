/**
 * Fixtures for the tray, ticker and reminder tests: a one-campaign catalog with a known deadline,
 * and helpers for instants around it.
 */
import type { Campaign, Catalog } from '../../../src/shared/domain/types';
import { META } from '../../support/domain-fixtures';
import { builtInCatalog } from '../../../src/shared/catalog/index';

/** The test deadline: 27 May 2025, 00:00 in Paris. */
export const DEADLINE = '2025-05-26T22:00:00.000Z';
const DEADLINE_MS = Date.parse(DEADLINE);
const HOUR = 3_600_000;

/** The instant `hours` before the deadline (negative: after it). */
export function before(hours: number): Date {
  return new Date(DEADLINE_MS - hours * HOUR);
}

/** A campaign with a deadline (or none), Accounts Center coverage on. */
export function campaign(deadline: string | null = DEADLINE, id = META): Campaign {
  return {
    id,
    title: { en: 'Test campaign' },
    summary: { en: 'Test' },
    deadline: deadline === null ? null : { instant: deadline, zone: 'Europe/Paris', sourceText: 'test' },
    afterDeadline: { en: 'Still useful' },
    groupCoverage: true,
    targets: [],
  };
}

/** A catalog of these campaigns (by default the one test campaign). */
export function catalogOf(...campaigns: Campaign[]): Catalog {
  return { ...builtInCatalog(), campaigns: campaigns.length === 0 ? [campaign()] : campaigns };
}
