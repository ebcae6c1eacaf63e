/**
 * Fixtures for the tests across campaigns: the built-in catalog (Meta's form campaign with Accounts
 * Center coverage and an optional WhatsApp target, LinkedIn's setting, X's setting without a
 * deadline) with dates moved where a test needs them, a second Meta wave, and state builders for
 * accounts on several campaigns.
 */
import type { Account, Campaign, Catalog, ProgressEvent } from '../../../src/shared/domain/types';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { account, accountId } from '../../support/domain-fixtures';

/** The campaigns of the built-in catalog. */
export const META = 'meta-ai-training-eu-2025';
export const LINKEDIN = 'linkedin-genai-2025';
export const X = 'x-grok-training';
/** A made-up second Meta wave (a copy of Meta's campaign), for accounts on two campaigns. */
export const WAVE = 'meta-wave-test';

/** Today, as the issue has it. */
export const TODAY = new Date('2026-12-01T10:00:00Z');
const DAY = 86_400_000;

/** `days` after `from` (negative: before). */
export function days(from: Date, count: number): Date {
  return new Date(from.getTime() + count * DAY);
}

/** The built-in catalog with some campaigns' deadlines moved (null: no deadline), and the second wave when asked. */
export function catalogWith(deadlines: Readonly<Record<string, Date | null>> = {}, wave?: Date | null): Catalog {
  const real = builtInCatalog();
  const move = (campaign: Campaign): Campaign => {
    if (!(campaign.id in deadlines)) return campaign;
    const at = deadlines[campaign.id];
    return {
      ...campaign,
      deadline: at == null ? null : { instant: at.toISOString(), zone: campaign.deadline?.zone ?? 'Europe/Paris', sourceText: 'test' },
    };
  };
  const campaigns = real.campaigns.map(move);
  const meta = real.campaigns.find((campaign) => campaign.id === META);
  if (wave === undefined || meta === undefined) return { ...real, campaigns };
  const second: Campaign = {
    ...meta,
    id: WAVE,
    title: { en: 'Meta wave 2', fr: 'Meta, deuxième vague' },
    deadline: wave === null ? null : { instant: wave.toISOString(), zone: 'Europe/Paris', sourceText: 'test' },
  };
  return { ...real, campaigns: [...campaigns, second] };
}

/** An account of `platform` on `campaignIds`. */
export function on(n: number, platform: string, campaignIds: readonly string[], overrides: Partial<Account> = {}): Account {
  return account(n, { platform, label: `${platform} ${n}`, campaignIds, ...overrides });
}

let counter = 0;
/** An event of account `n` on `campaignId` at `at`. */
export function step(
  n: number,
  campaignId: string,
  at: Date,
  body: Record<string, unknown> & { kind: ProgressEvent['kind'] },
): ProgressEvent {
  counter += 1;
  return {
    id: `cccccccc-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`,
    accountId: accountId(n),
    campaignId,
    at: at.toISOString(),
    ...body,
  } as ProgressEvent;
}
