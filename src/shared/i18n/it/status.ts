import type { Messages } from '../messages';

/** Italiano: status. */
export const status: Messages['status'] = {};
