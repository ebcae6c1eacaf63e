import type { Messages } from '../messages';

/** Português: settings. */
export const settings: Messages['settings'] = {};
