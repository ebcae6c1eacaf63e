/**
 * Which Chromium the browser tests drive, and how it is launched: CHROMIUM_PATH when set, else
 * Debian's /usr/bin/chromium when present, else Playwright's own. The flags keep it from reaching
 * the network on its own (this machine has none) and use no GPU.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** The Chromium executable, or undefined to let Playwright use its own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launch options for every browser test. Playwright gives each context a fresh profile. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  };
}
