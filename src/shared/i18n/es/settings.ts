import type { Messages } from '../messages';

/** Español: settings. */
export const settings: Messages['settings'] = {};
