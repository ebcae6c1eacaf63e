import type { Messages } from '../messages';

/** Nederlands: status. */
export const status: Messages['status'] = {};
