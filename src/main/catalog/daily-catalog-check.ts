/**
 * The daily catalog check (issue 11): only when the person allowed it, at most once a day, one
 * GET for the project's signed bundle, which sends nothing about the person (see `http-get.ts`).
 * A good newer catalog is kept for the next start; anything else changes nothing, and the outcome
 * is recorded so settings can say how the last check went. When it runs is `daily-check-schedule.ts`'s
 * (shared with app updates): one timer, set to when the next check is due; none without consent.
 */
import type { Clock } from '@shared/domain/types';
import type { CatalogCheckResult } from '@shared/ipc/contract';
import { readUpdateFile } from '@shared/catalog/update-files';
import { MAX_CATALOG_CHARS } from '@shared/catalog/catalog-update';
import type { StateService } from '../state/state-service';
import type { CatalogService } from './catalog-service';
import type { CheckLog } from './check-log';
import type { HttpGet } from './http-get';
import { errorFields, log } from '../log/log';
import { startDailyCheckSchedule } from '../updates/daily-check-schedule';

/** What the check needs. */
export interface DailyCatalogCheckDeps {
  readonly state: StateService;
  readonly catalog: CatalogService;
  readonly clock: Clock;
  readonly get: HttpGet;
  readonly url: string;
  readonly userAgent: string;
  readonly log: CheckLog;
  /** Told after every check, for the settings screen. */
  readonly onChecked?: (result: CatalogCheckResult) => void;
  /** The first check waits this long after start-up (default 30 s), so it never slows the start. */
  readonly startDelayMs?: number;
  /** Bounds of the request (default 20 s, and the largest bundle a catalog can make). */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

/** A running schedule. */
export interface DailyCatalogCheck {
  /** Runs the check now if it is due (consent, once a day); resolves with its result, or null when not due. */
  runIfDue(): Promise<CatalogCheckResult | null>;
  stop(): void;
}

/** Starts the schedule. */
export function setupDailyCatalogCheck(deps: DailyCatalogCheckDeps): DailyCatalogCheck {
  const fetchAndCheck = async (): Promise<CatalogCheckResult> => {
    const response = await deps.get(deps.url, {
      userAgent: deps.userAgent,
      timeoutMs: deps.timeoutMs ?? 20_000,
      maxBytes: deps.maxBytes ?? 3 * MAX_CATALOG_CHARS,
    });
    if (response.kind === 'failed')
      return response.reason === 'too-large' ? { kind: 'refused', reason: 'too-large' } : { kind: 'unreachable' };
    const file = readUpdateFile(response.body);
    if (file.kind !== 'bundle') return { kind: 'refused', reason: 'unreadable' };
    const outcome = deps.catalog.accept(file, 'download');
    if (outcome.kind === 'accepted') return { kind: 'accepted', version: outcome.version };
    if (outcome.kind === 'refused' && outcome.reason === 'not-newer') return { kind: 'up-to-date' };
    if (outcome.kind === 'refused' && outcome.reason !== 'no-signature' && outcome.reason !== 'not-saved') {
      return { kind: 'refused', reason: outcome.reason };
    }
    return { kind: 'unreachable' };
  };

  const check = async (now: Date): Promise<CatalogCheckResult> => {
    let result: CatalogCheckResult;
    try {
      result = await fetchAndCheck();
    } catch {
      result = { kind: 'unreachable' };
    }
    try {
      deps.log.write({ ...deps.log.read(), catalog: { at: now.toISOString(), result } });
    } catch (error) {
      log.warn('catalog.check-not-recorded', errorFields(error));
    }
    log.info('catalog.checked', { result: result.kind, ...(result.kind === 'refused' ? { reason: result.reason } : {}) });
    deps.onChecked?.(result);
    return result;
  };

  return startDailyCheckSchedule({
    state: deps.state,
    clock: deps.clock,
    consentOf: (settings) => settings.catalogUpdates,
    lastCheckAt: () => deps.log.read().catalog?.at ?? null,
    startDelayMs: deps.startDelayMs ?? 30_000,
    check,
  });
}
