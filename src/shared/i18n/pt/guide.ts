import type { Messages } from '../messages';

/** Português: guide. */
export const guide: Messages['guide'] = {};
