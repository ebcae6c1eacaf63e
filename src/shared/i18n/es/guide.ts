import type { Messages } from '../messages';

/** Español: guide. */
export const guide: Messages['guide'] = {};
