import type { Messages } from '../messages';

/** Polski: na jakim etapie jest każde konto i na ile to pewne. */
export const status: Messages['status'] = {
  toDo: 'Jeszcze nie złożono',
  inProgress: 'Formularz otwarty, jeszcze nie wysłany',
  submittedByPerson: 'Według Ciebie wysłano',
  submittedDetected: 'Wysłano (aplikacja widziała wysłanie formularza)',
  confirmedOnPage: (company) => `Potwierdzone na stronie ${company}`,
  confirmedByEmail: (company) => `Potwierdzone e-mailem od ${company}`,
  coveredByGroup: 'Objęte przez Twoją grupę w Centrum kont',
  notApplicable: (reason) => `Nie dotyczy: ${reason}`,
  reasons: { under18: 'poniżej 18 lat', noPublicContent: 'brak publicznych treści', other: 'inny powód' },
  hints: {
    toDo: 'Dla tego konta nic jeszcze nie wysłano.',
    inProgress: 'Gdy klikniesz Wyślij w formularzu, zaznacz to tutaj.',
    submitted: (company) => `${company} zwykle wysyła e-mail z potwierdzeniem w ciągu doby. Gdy przyjdzie, zaznacz to tutaj.`,
    confirmed: 'Gotowe. Zachowaj e-mail z potwierdzeniem jako dowód.',
    coveredByGroup: (label) =>
      `Sprzeciw potwierdzony dla „${label}” obejmuje też to konto. Złożenie go także tutaj to tania dodatkowa ochrona.`,
    notApplicable: 'Dla tego konta nie trzeba nic robić.',
  },
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Podano, że ustawienie zostało wyłączone',
    confirmed: 'Wyłączone, dowód zapisany',
    hintInProgress: 'Wyłącz ustawienie, a potem zapisz dowód w oknie z instrukcjami.',
    hintSubmitted: 'Otwórz ustawienie ponownie, aby zapisać dowód, że jest wyłączone.',
  },
};
