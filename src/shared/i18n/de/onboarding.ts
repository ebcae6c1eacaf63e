import type { Messages } from '../messages';

/** Deutsch: onboarding. */
export const onboarding: Messages['onboarding'] = {};
