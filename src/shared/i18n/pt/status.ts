import type { Messages } from '../messages';

/** Português: status. */
export const status: Messages['status'] = {};
