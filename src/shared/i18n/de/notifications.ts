import type { Messages } from '../messages';

/** Deutsch: notifications. */
export const notifications: Messages['notifications'] = {};
