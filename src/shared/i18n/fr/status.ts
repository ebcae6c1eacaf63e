import type { Messages } from '../messages';

/** Français: status. */
export const status: Messages['status'] = {};
