import type { Messages } from '../messages';
import { common } from './common';
import { status } from './status';
import { tray } from './tray';
import { notifications } from './notifications';
import { checklist } from './checklist';
import { onboarding } from './onboarding';
import { settings } from './settings';
import { guide } from './guide';
import { proof } from './proof';
import { calendar } from './calendar';

/** Polski. */
export const pl: Messages = { common, status, tray, notifications, checklist, onboarding, settings, guide, proof, calendar };
