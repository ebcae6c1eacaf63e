/** Accounts grouped by Accounts Center group (then "not linked"), each with its status and next action. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Account, AppState, Catalog, Status } from '@shared/domain/types';
import { deriveAllStatuses, deriveStatus, eventsOf } from '@shared/domain/status';
import { groupAccounts } from '@shared/domain/summary';
import { targetFor } from '@shared/catalog/lookups';
import { settingGoalOf } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import { AccountCard, type CardRequest } from './account-card';
import { emailConfidence } from '@shared/proof/confidence';

/** What the list asks the screen to do for an account. */
export type ListRequest = CardRequest & { readonly account: Account; readonly campaignId: string };

/** The campaign an account is shown for: the primary one when it takes part, else its first. */
export function campaignOf(account: Account, primaryId: string): string {
  return account.campaignIds.includes(primaryId) ? primaryId : (account.campaignIds[0] ?? primaryId);
}

/** Every account's status, for the primary campaign (or the account's own). */
export function allStatuses(state: AppState, primaryId: string, catalog: Catalog): ReadonlyMap<string, Status> {
  const primary = deriveAllStatuses(state, primaryId, catalog);
  const result = new Map(primary);
  for (const account of state.accounts) {
    if (!result.has(account.id)) result.set(account.id, deriveStatus(state, account.id, campaignOf(account, primaryId), catalog));
  }
  return result;
}

/** "Now" for relative dates: read again on every change of state and once a minute. */
function useMinuteClock(state: AppState): Date {
  const { clock } = useApp();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((value) => value + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return useMemo(() => clock.now(), [clock, state, tick]);
}

/** Props of `AccountList`. */
export interface AccountListProps {
  readonly statuses: ReadonlyMap<string, Status>;
  readonly primaryId: string;
  readonly nextAccountId: string | null;
  readonly onRequest: (request: ListRequest) => void;
}

/** Performance marks around the list's first render (read by scripts/bench/renderer.bench.ts). */
export const RENDER_MARKS = { start: 'objector:accounts-render-start', end: 'objector:accounts-render-end' } as const;

/** The grouped list. */
export function AccountList({ statuses, primaryId, nextAccountId, onRequest }: AccountListProps) {
  const first = useRef(true);
  if (first.current) performance.mark(RENDER_MARKS.start);
  useLayoutEffect(() => {
    first.current = false;
    performance.mark(RENDER_MARKS.end);
  }, []);
  const { snapshot, t, dateLocale, locale, catalog } = useApp();
  const state = snapshot.state;
  const now = useMinuteClock(state);
  const [proofOpen, setProofOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => groupAccounts(state), [state]);
  const labels = useRef(new Map<string, string>());
  labels.current = new Map(state.accounts.map((account) => [account.id, account.label]));
  const labelOf = useCallback((id: string) => labels.current.get(id) ?? '', []);
  const latest = useRef(onRequest);
  latest.current = onRequest;
  const handle = useCallback(
    (account: Account, request: CardRequest) => {
      if (request.kind === 'proof') {
        setProofOpen((open) => {
          const next = new Set(open);
          if (!next.delete(account.id)) next.add(account.id);
          return next;
        });
        return;
      }
      latest.current({ ...request, account, campaignId: campaignOf(account, primaryId) });
    },
    [primaryId],
  );
  const proofCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const record of state.evidence) counts.set(record.accountId, (counts.get(record.accountId) ?? 0) + 1);
    return counts;
  }, [state.evidence]);

  return (
    <div class="groups">
      {groups.map(({ group, accounts }) => {
        const headingId = `group-${group?.id ?? 'none'}`;
        return (
          <section key={group?.id ?? 'none'} class="group" aria-labelledby={headingId} data-testid="group">
            <h3 id={headingId} class="group-title">
              {group === null ? t.checklist.notLinked : t.checklist.groupLabel({ name: group.name })}
            </h3>
            {group !== null && accounts.length > 1 ? <p class="hint group-hint">{t.checklist.groupHint}</p> : null}
            <ul class="cards" role="list">
              {accounts.map((account) => {
                const status = statuses.get(account.id) ?? { kind: 'to-do' as const };
                const last = eventsOf(state.events, account.id, campaignOf(account, primaryId)).at(-1);
                const target = targetFor(catalog, campaignOf(account, primaryId), account.platform);
                return (
                  <AccountCard
                    key={account.id}
                    account={account}
                    campaignId={campaignOf(account, primaryId)}
                    status={status}
                    confidence={emailConfidence(state, account.id, campaignOf(account, primaryId))}
                    mechanism={target?.mechanism ?? 'form'}
                    settingGoal={target === undefined ? 'off' : settingGoalOf(target)}
                    catalog={catalog}
                    lastAt={last?.at ?? null}
                    now={now}
                    t={t}
                    dateLocale={dateLocale}
                    locale={locale}
                    isNext={account.id === nextAccountId}
                    proofOpen={proofOpen.has(account.id)}
                    proofCount={proofCounts.get(account.id) ?? 0}
                    labelOf={labelOf}
                    onRequest={handle}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
