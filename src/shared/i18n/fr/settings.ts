import type { Messages } from '../messages';

/** Français: settings. */
export const settings: Messages['settings'] = {};
