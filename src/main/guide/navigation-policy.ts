/**
 * Where an account view may go: the shared URL policy for the account's platform, plus the
 * test-only fixture origin of the e2e suite (see `e2e-override.ts`). One object handed to the guard.
 */
import type { Catalog, Platform } from '@shared/domain/types';
import { isLoginUrl, navigationVerdict } from '@shared/domain/navigation';

/** What the account view's guard asks about a URL. */
export interface NavigationPolicy {
  /** 'allow' stays in the view, 'open-external' goes to the system browser, 'block' goes nowhere. */
  verdict(url: string): 'allow' | 'open-external' | 'block';
  /** Login and 2FA pages: popups to these stay in the account's session. */
  isLogin(url: string): boolean;
}

/** The policy of `platform`; `extraOrigin` (tests only) is an origin allowed on top of the catalog's hosts. */
export function navigationPolicyFor(platform: Platform, catalog: Catalog, extraOrigin: string | null = null): NavigationPolicy {
  const isExtra = (url: string): boolean => extraOrigin !== null && originOf(url) === extraOrigin;
  return {
    verdict: (url) => (isExtra(url) ? 'allow' : navigationVerdict(url, platform, catalog)),
    isLogin: (url) => isLoginUrl(url, platform, catalog),
  };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
