import type { Messages } from '../messages';
import { plural } from '../plural';

/** Nederlands: tooltip en menu van het systeemvakpictogram. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Alle accounts zijn klaar',
  noAccounts: 'Nog geen accounts: voeg ze toe in de lijst',
  openChecklist: 'Lijst openen',
  pauseReminders: 'Herinneringen pauzeren',
  pauseOneDay: '1 dag',
  pauseOneWeek: '1 week',
  pauseForever: 'Tot ik ze weer aanzet',
  resumeReminders: 'Herinneringen hervatten',
  startAtLogin: 'Starten bij inloggen',
  edit: { menu: 'Wijzig', undo: 'Herstel', redo: 'Opnieuw', cut: 'Knip', copy: 'Kopieer', paste: 'Plak', selectAll: 'Selecteer alles' },
  quit: 'Objector afsluiten',
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) => plural('nl', count, { one: `nog {n} account te doen`, other: `nog {n} accounts te doen` }),
  nothingNowWaiting: ({ count }) =>
    plural('nl', count, { one: `Nu niets te doen: wacht op {n} antwoord`, other: `Nu niets te doen: wacht op {n} antwoorden` }),
  allDoneNextRecheck: ({ date }) => `Alles klaar, volgende controle op ${date}`,
  titleLeft: ({ count }) => plural('nl', count, { other: `{n} te doen` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('nl', count, { one: `… en nog {n}`, other: `… en nog {n}` }),
  standing: {
    toDo: 'te doen',
    opened: 'formulier geopend',
    waiting: 'verstuurd, wacht op antwoord',
    noAnswer: 'nog geen antwoord',
    refused: 'geweigerd',
    complained: 'klacht ingediend',
    confirmed: 'bevestigd',
    covered: 'gedekt door de groep',
    notNeeded: 'niet nodig',
    settingToDo: 'instelling staat nog aan',
    settingOff: 'uitgezet',
    settingRecheck: 'controleren of hij nog uit staat',
  },
  openNext: ({ account }) => `Volgende: ${account}`,
  // — campaigns: end —
};
