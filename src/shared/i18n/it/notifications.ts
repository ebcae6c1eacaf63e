import type { Messages } from '../messages';

/** Italiano: notifications. */
export const notifications: Messages['notifications'] = {};
