import type { Messages } from '../messages';

/** Italiano: guide. */
export const guide: Messages['guide'] = {};
