import type { Messages } from '../messages';

/** Italiano: settings. */
export const settings: Messages['settings'] = {};
