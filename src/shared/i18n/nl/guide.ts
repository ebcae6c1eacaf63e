import type { Messages } from '../messages';

/** Nederlands: guide. */
export const guide: Messages['guide'] = {};
