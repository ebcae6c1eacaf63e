import type { Messages } from '../messages';

/** Français: onboarding. */
export const onboarding: Messages['onboarding'] = {};
