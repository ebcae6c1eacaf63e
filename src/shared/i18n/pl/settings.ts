import type { Messages } from '../messages';

/** Polski: settings. */
export const settings: Messages['settings'] = {};
