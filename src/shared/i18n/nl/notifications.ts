import type { Messages } from '../messages';

/** Nederlands: notifications. */
export const notifications: Messages['notifications'] = {};
