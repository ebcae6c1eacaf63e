import type { Messages } from '../messages';

/** Nederlands: onboarding. */
export const onboarding: Messages['onboarding'] = {};
