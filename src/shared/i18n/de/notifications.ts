import type { Messages } from '../messages';
import { plural } from '../plural';

/** Deutsch: Erinnerungen. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('de', count, { one: `{n} Konto noch offen, ${countdown}`, other: `{n} Konten noch offen, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} ist noch offen, ${countdown}`,
  checkEmailTitle: 'Prüfe deine E-Mails',
  checkEmailBody: (company, account) => `Ist die E-Mail von ${company} für ${account} angekommen?`,
  checkEmailBodyAt: (company, account, email) => `Ist die E-Mail von ${company} für ${account} an ${email} angekommen?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Noch offen: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Noch keine Antwort von ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: am ${date} gesendet und seitdem nicht bestätigt. Öffnen Sie Objector, um zu sehen, was Sie tun können.`,
  refusedTitle: ({ company }) => `${company} hat Ihren Widerspruch abgelehnt`,
  refusedBody: ({ account }) => `${account}: Öffnen Sie Objector, um zu sehen, was Sie jetzt tun können.`,
  recheckTitle: 'Prüfen Sie, ob die Einstellung noch ausgeschaltet ist',
  recheckBody: ({ account, setting }) =>
    `${account}: Plattformen schalten „${setting}“ manchmal wieder ein. Ein Klick hält eine neue Prüfung fest.`,
  nudgeTitle: ({ count }) =>
    plural('de', count, { one: `Objector: {n} Sache wartet auf Sie`, other: `Objector: {n} Sachen warten auf Sie` }),
  andMore: ({ count }) => plural('de', count, { one: `… und {n} weitere Sache`, other: `… und {n} weitere` }),
  item: {
    toDo: ({ account }) => `${account}: noch offen`,
    noAnswer: ({ account }) => `${account}: noch keine Antwort`,
    refused: ({ account }) => `${account}: abgelehnt`,
    recheck: ({ account }) => `${account}: prüfen, ob die Einstellung noch aus ist`,
  },
  // — campaigns: end —
};
