import type { Messages } from '../messages';

/** Polski: guide. */
export const guide: Messages['guide'] = {};
