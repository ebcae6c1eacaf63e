import type { Messages } from '../messages';

/** Polski: status. */
export const status: Messages['status'] = {};
