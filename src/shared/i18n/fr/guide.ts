import type { Messages } from '../messages';

/** Français: guide. */
export const guide: Messages['guide'] = {};
