import type { Messages } from '../messages';

/** Português: notifications. */
export const notifications: Messages['notifications'] = {};
