import type { Messages } from '../messages';

/** Deutsch: guide. */
export const guide: Messages['guide'] = {};
