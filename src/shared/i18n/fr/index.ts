import type { Messages } from '../messages';
import { common } from './common';
import { tray } from './tray';
import { checklist } from './checklist';

/** Français. */
export const fr: Messages = { common, tray, checklist };
