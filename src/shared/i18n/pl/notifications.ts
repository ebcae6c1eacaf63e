import type { Messages } from '../messages';

/** Polski: notifications. */
export const notifications: Messages['notifications'] = {};
