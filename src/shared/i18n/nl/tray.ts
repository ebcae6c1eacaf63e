import type { Messages } from '../messages';
import { plural } from '../plural';

/** Nederlands: tooltip en menu van het systeemvakpictogram. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) => plural('nl', left, { one: 'nog {n} account te doen', other: 'nog {n} accounts te doen' }),
  progressAllDone: 'Alle accounts zijn klaar',
  noAccounts: 'Nog geen accounts: voeg ze toe in de lijst',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('nl', count, { one: '… en nog {n}', other: '… en nog {n}' }),
  statuses: {
    'to-do': 'te doen',
    'in-progress': 'bezig',
    submitted: 'verstuurd, controleer je e-mail',
    confirmed: 'bevestigd',
    'covered-by-group': 'gedekt door de groep',
    'not-applicable': 'niet nodig',
  },
  openNextForm: 'Volgend formulier openen',
  openNextFormFor: (account) => `Volgend formulier openen (${account})`,
  openChecklist: 'Lijst openen',
  pauseReminders: 'Herinneringen pauzeren',
  pauseOneDay: '1 dag',
  pauseOneWeek: '1 week',
  pauseForever: 'Tot ik ze weer aanzet',
  resumeReminders: 'Herinneringen hervatten',
  startAtLogin: 'Starten bij inloggen',
  edit: { menu: 'Wijzig', undo: 'Herstel', redo: 'Opnieuw', cut: 'Knip', copy: 'Kopieer', paste: 'Plak', selectAll: 'Selecteer alles' },
  quit: 'Objector afsluiten',
};
