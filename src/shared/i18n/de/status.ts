import type { Messages } from '../messages';

/** Deutsch: status. */
export const status: Messages['status'] = {};
