import type { Messages } from '../messages';

/** Français: notifications. */
export const notifications: Messages['notifications'] = {};
