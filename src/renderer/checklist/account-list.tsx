/**
 * Every campaign the person takes part in, side by side: one section each (its header, then its
 * accounts). Accounts Center groups appear only where the campaign's data says a confirmed
 * objection covers the group (Meta's); elsewhere the accounts are one list.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AccountGroup, AppState, Catalog } from '@shared/domain/types';
import type { CampaignProgress } from '@shared/domain/overview';
import type { PairProgress } from '@shared/domain/progress';
import { extraStatus } from '@shared/domain/progress';
import { eventsOf } from '@shared/domain/status';
import { extraTargetsFor } from '@shared/catalog/lookups';
import { useApp } from '../app/app-context';
import { useCatalog } from '../app/use-catalog';
import { AccountCard, type CardRequest, type ExtraProgress } from './account-card';
import { CampaignHeader } from './campaign-header';
import { emailConfidence } from '@shared/proof/confidence';

/** What the list asks the screen to do for a pair. */
export type ListRequest = Exclude<CardRequest, { kind: 'proof' }> & { readonly pair: PairProgress };

/** Props of `CampaignList`. */
export interface CampaignListProps {
  readonly progress: readonly CampaignProgress[];
  readonly now: Date;
  /** The pair to act on next ("accountId campaignId"), or null. */
  readonly nextKey: string | null;
  readonly onRequest: (request: ListRequest) => void;
}

/** Performance marks around the list's first render (read by scripts/bench/renderer.bench.ts). */
export const RENDER_MARKS = { start: 'objector:accounts-render-start', end: 'objector:accounts-render-end' } as const;

/** The key of a pair in maps and sets. */
export const pairKey = (pair: PairProgress): string => `${pair.account.id} ${pair.campaignId}`;

/** The pairs of a campaign by Accounts Center group, in the groups' order; pairs in no group last. */
function byGroup(state: AppState, pairs: readonly PairProgress[]): { group: AccountGroup | null; pairs: PairProgress[] }[] {
  const result: { group: AccountGroup | null; pairs: PairProgress[] }[] = [];
  for (const group of state.groups) {
    const inGroup = pairs.filter((pair) => pair.account.groupId === group.id);
    if (inGroup.length > 0) result.push({ group, pairs: inGroup });
  }
  const known = new Set(state.groups.map((group) => group.id));
  const unlinked = pairs.filter((pair) => pair.account.groupId === null || !known.has(pair.account.groupId));
  if (unlinked.length > 0) result.push({ group: null, pairs: unlinked });
  return result;
}

function extrasOf(state: AppState, catalog: Catalog, pair: PairProgress): readonly ExtraProgress[] {
  return extraTargetsFor(catalog, pair.campaignId, pair.account.platform).map((target) => ({
    target,
    status: extraStatus(state, pair.account.id, pair.campaignId, target),
  }));
}

/** The campaign sections. */
export function CampaignList({ progress, now, nextKey, onRequest }: CampaignListProps) {
  const first = useRef(true);
  if (first.current) performance.mark(RENDER_MARKS.start);
  useLayoutEffect(() => {
    first.current = false;
    performance.mark(RENDER_MARKS.end);
  }, []);
  const { snapshot, t, dateLocale, locale } = useApp();
  const catalog = useCatalog();
  const state = snapshot.state;
  const [proofOpen, setProofOpen] = useState<ReadonlySet<string>>(new Set());
  const labels = useRef(new Map<string, string>());
  labels.current = new Map(state.accounts.map((account) => [account.id, account.label]));
  const labelOf = useCallback((id: string) => labels.current.get(id) ?? '', []);
  const latest = useRef(onRequest);
  latest.current = onRequest;
  const handle = useCallback((pair: PairProgress, request: CardRequest) => {
    if (request.kind === 'proof') {
      setProofOpen((open) => {
        const next = new Set(open);
        if (!next.delete(pairKey(pair))) next.add(pairKey(pair));
        return next;
      });
      return;
    }
    latest.current({ ...request, pair });
  }, []);
  const proofCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const record of state.evidence) {
      const key = `${record.accountId} ${record.campaignId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, [state.evidence]);

  const cardOf = (level: 3 | 4) => (pair: PairProgress) => {
    const key = pairKey(pair);
    const last = eventsOf(state.events, pair.account.id, pair.campaignId).at(-1);
    return (
      <AccountCard
        key={key}
        pair={pair}
        extras={extrasOf(state, catalog, pair)}
        confidence={emailConfidence(state, pair.account.id, pair.campaignId)}
        lastAt={last?.at ?? null}
        now={now}
        t={t}
        dateLocale={dateLocale}
        locale={locale}
        isNext={key === nextKey}
        proofOpen={proofOpen.has(key)}
        proofCount={proofCounts.get(key) ?? 0}
        labelOf={labelOf}
        onRequest={handle}
        level={level}
      />
    );
  };

  return (
    <div class="campaigns">
      {progress.map((entry) => {
        const headingId = `campaign-${entry.campaign.id}`;
        const grouped = entry.campaign.groupCoverage;
        return (
          <section
            key={entry.campaign.id}
            class="campaign-section"
            aria-labelledby={headingId}
            data-testid="campaign"
            data-campaign-id={entry.campaign.id}
          >
            <CampaignHeader entry={entry} now={now} headingId={headingId} />
            {grouped ? (
              <div class="groups">
                {byGroup(state, entry.pairs).map(({ group, pairs }) => {
                  const groupHeading = `group-${entry.campaign.id}-${group?.id ?? 'none'}`;
                  return (
                    <section key={group?.id ?? 'none'} class="group" aria-labelledby={groupHeading} data-testid="group">
                      <h3 id={groupHeading} class="group-title">
                        {group === null ? t.checklist.notLinked : t.checklist.groupLabel({ name: group.name })}
                      </h3>
                      {group !== null && pairs.length > 1 ? <p class="hint group-hint">{t.checklist.groupHint}</p> : null}
                      <ul class="cards" role="list">
                        {pairs.map(cardOf(4))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            ) : (
              <ul class="cards" role="list">
                {entry.pairs.map(cardOf(3))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
