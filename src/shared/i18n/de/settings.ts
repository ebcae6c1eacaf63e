import type { Messages } from '../messages';

/** Deutsch: settings. */
export const settings: Messages['settings'] = {};
