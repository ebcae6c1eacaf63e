import type { Messages } from '../messages';

/** Español: notifications. */
export const notifications: Messages['notifications'] = {};
