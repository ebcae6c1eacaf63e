import type { Messages } from '../messages';

/** Nederlands: tray. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  openChecklist: 'Lijst openen',
  quit: 'Objector afsluiten',
};
