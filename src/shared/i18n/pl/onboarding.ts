import type { Messages } from '../messages';

/** Polski: onboarding. */
export const onboarding: Messages['onboarding'] = {};
