import type { Messages } from '../messages';

/** Italiano: onboarding. */
export const onboarding: Messages['onboarding'] = {};
