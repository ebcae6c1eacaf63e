/** English: the reference catalog. Every other language must have the same keys and signatures. */
import { common } from './common';
import { tray } from './tray';
import { checklist } from './checklist';

export const en = { common, tray, checklist };
