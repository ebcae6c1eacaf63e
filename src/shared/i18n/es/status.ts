import type { Messages } from '../messages';

/** Español: status. */
export const status: Messages['status'] = {};
