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
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Jeszcze niewyłączone',
    toDoHint: 'Ustawienie jest włączone, dopóki go nie wyłączysz.',
    openedHint: 'Wyłącz ustawienie na stronie platformy, a potem zaznacz to tutaj.',
    off: ({ date }) => `Wyłączone przez ciebie ${date}`,
    seenOff: ({ date }) => `Widoczne jako wyłączone na stronie ${date}`,
    offHint: ({ date }) => `Następne sprawdzenie, czy nadal jest wyłączone: ${date}.`,
    offHintNoRecheck: 'Gotowe. Ponowne sprawdzanie jest wyłączone w ustawieniach.',
    recheck: 'Czas sprawdzić, czy nadal jest wyłączone',
    recheckHint: ({ date }) =>
      `Platformy czasem ponownie włączają takie ustawienia. Ostatnio widziane jako wyłączone ${date}: otwórz ustawienie i sprawdź.`,
  },
  followUp: {
    noAnswer: 'Brak odpowiedzi',
    refused: ({ company }) => `Odrzucony przez ${company}`,
    complained: 'Skarga złożona',
    waitingHint: ({ company, date }) =>
      `${company} zwykle potwierdza e-mailem w ciągu doby. Jeśli do ${date} nic nie przyjdzie, Objector podpowie, co zrobić.`,
    noAnswerHint: ({ date, company, days }) => `Wysłano ${date}, a ${company} nie potwierdziła tego w ciągu ${days} dni.`,
    refusedHint: ({ date, note }) => `Zapisano ${date}: „${note}”.`,
    refusedHintNoNote: ({ date }) => `Odmowę zapisano ${date}.`,
    complainedHint: ({ date }) => `Złożono skargę ${date}. Urząd odpowie ci bezpośrednio.`,
    whatToDo: 'Co możesz zrobić',
    checkSpam: ({ company }) =>
      `Poszukaj e-maila od ${company} w każdej skrzynce, której używa to konto, także w spamie. Jeśli przyszedł, zaznacz to przyciskiem „Mam e-mail od ${company}”.`,
    refusedNext:
      'Jeśli proszą o więcej, możesz wysłać formularz ponownie z tymi informacjami. Nie musisz podawać powodu: RODO pozwala sprzeciwić się w każdej chwili.',
    complain:
      'Możesz złożyć skargę do organu ochrony danych: oczekuje on, że najpierw zwróciłeś się do firmy, oraz dowodów, które zachowałeś.',
  },
  // — campaigns: end —
};
