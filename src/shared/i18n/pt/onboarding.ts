import type { Messages } from '../messages';

/** Português: onboarding. */
export const onboarding: Messages['onboarding'] = {};
