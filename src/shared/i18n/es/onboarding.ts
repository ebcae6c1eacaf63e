import type { Messages } from '../messages';

/** Español: onboarding. */
export const onboarding: Messages['onboarding'] = {};
