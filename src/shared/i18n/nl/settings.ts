import type { Messages } from '../messages';

/** Nederlands: settings. */
export const settings: Messages['settings'] = {};
