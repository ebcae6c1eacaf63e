/**
 * When the app may fetch something for the person (issue 11): the published catalog, and app
 * updates. Only with the person's consent ('allowed'; 'ask' is not consent), at most once a day,
 * and app updates only in a packaged desktop build. Pure: main asks it before every check and
 * computes from it when to look again.
 */
import type { FetchConsent } from './types';

/** At most one check a day. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** What decides whether a check may run now. */
export interface CheckInput {
  readonly consent: FetchConsent;
  /** When the last check of this kind ran (ISO 8601), or null: never. */
  readonly lastCheckAt: string | null;
  readonly now: Date;
}

/** When the next check may run: null when it may not run at all (no consent). */
export function nextCheckAt(input: CheckInput): Date | null {
  if (input.consent !== 'allowed') return null;
  const last = input.lastCheckAt === null ? Number.NaN : Date.parse(input.lastCheckAt);
  // A last check "in the future" (the clock was set back) counts as now: wait a day from here.
  if (Number.isNaN(last)) return input.now;
  const from = Math.min(last, input.now.getTime());
  return new Date(from + CHECK_INTERVAL_MS);
}

/** Whether the daily catalog check may run now. */
export function catalogCheckDue(input: CheckInput): boolean {
  const next = nextCheckAt(input);
  return next !== null && next.getTime() <= input.now.getTime();
}

/** Where the app runs: app updates exist only for a packaged desktop build. */
export interface AppUpdateHost {
  readonly desktop: boolean;
  readonly packaged: boolean;
}

/** Whether app updates can run at all here. */
export function appUpdatesSupported(host: AppUpdateHost): boolean {
  return host.desktop && host.packaged;
}

/** Whether the daily app-update check may run now. */
export function appUpdateCheckDue(input: CheckInput & { readonly host: AppUpdateHost }): boolean {
  return appUpdatesSupported(input.host) && catalogCheckDue(input);
}
