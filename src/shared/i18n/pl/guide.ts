import type { Messages } from '../messages';

/** Polski: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Przewodnik',
  desktopOnlyTitle: 'Formularz z przewodnikiem wymaga aplikacji na komputer',
  desktopOnlyBody:
    'W przeglądarce Objector nie może otworzyć formularza w osobnej, chronionej sesji dla każdego konta ani zapisać dowodu strony. Otwórz formularz z listy w nowej karcie i sam zapisuj każdy krok.',
  notOpenTitle: 'Żaden formularz nie jest otwarty',
  notOpenBody: 'Wybierz konto na liście i otwórz jego formularz.',
  openChecklist: 'Otwórz listę',
  accountHeading: (label, platform) => `${label} w serwisie ${platform}`,
  accountEmail: (email) => `Adres e-mail tego konta: ${email}`,
  accountNoEmail: 'Dla tego konta nie zapisano adresu e-mail.',
  address: (n, total) => `Adres ${n} z ${total}`,
  loading: 'Ładowanie strony…',
  stepsHeading: 'Kroki',
  currentStep: 'Bieżący krok',
  allDone: 'Gotowe dla tego konta. Zachowaj dowód.',
  steps: {
    signInTitle: (label) => `Zaloguj się jako „${label}”`,
    signInBody: (platform) =>
      `Zaloguj się na stronie ${platform} po prawej tym kontem i żadnym innym. To okno trzyma logowanie osobno od twoich innych kont.`,
    checkEmailTitle: 'Sprawdź adres e-mail w formularzu',
    checkEmailKnown: (email) => `Formularz powinien pokazywać ${email}. Jeśli widać inny adres, jesteś zalogowany na inne konto.`,
    checkEmailUnknown: 'Formularz pokazuje adres zalogowanego konta. Upewnij się, że to właściwe konto.',
    chooseObjectionTitle: 'Wybierz sprzeciw',
    chooseObjectionBody: 'Gdy formularz zapyta o rodzaj wniosku, wybierz „Jak mogę zgłosić sprzeciw…”.',
    objectionTextTitle: 'Opcjonalnie: kilka słów',
    objectionTextBody: 'Formularz może mieć pole na dowolny tekst. Uzasadnienie nie jest potrzebne; możesz wkleić ten tekst.',
    objectionTextLabel: 'Proponowany tekst',
    copy: 'Kopiuj tekst',
    copied: 'Skopiowano',
    pressSendTitle: 'Sam naciśnij Wyślij',
    pressSendBody: 'Objector nigdy nie wpisuje nic w formularz i nigdy nie naciska Wyślij: robisz to ty. Potem zaznacz to poniżej.',
    confirmationTitle: 'Potwierdzenie na stronie',
    confirmationBody: (company) => `Gdy ${company} pokaże potwierdzenie, Objector je zauważy, zapyta cię i zapisze dowód strony.`,
    mailboxTitle: (company) => `Sprawdź skrzynkę: e-mail od ${company}`,
    mailboxBody: (company) =>
      `${company} wysyła e-mail z potwierdzeniem, od kilku sekund do doby później. Zachowaj go: to najmocniejszy dowód.`,
    openSettingTitle: 'Otwórz ustawienie',
    openSettingBody: (setting) => `Strona po prawej pokazuje ustawienie „${setting}”. Najpierw zaloguj się, jeśli trzeba.`,
    switchOffTitle: 'Wyłącz je',
    switchOffBody: (setting) => `Wyłącz „${setting}” i zapisz, jeśli strona o to prosi.`,
    saveProofTitle: 'Zapisz dowód wyłączenia',
    saveProofBody: 'Gdy strona pokazuje wyłączone ustawienie, zapisz dowód: datowany zrzut ekranu i PDF.',
  },
  actions: {
    sent: 'Wysłałem',
    saveProof: 'Zapisz dowód teraz',
    nextAddress: 'Spróbuj następnego adresu',
    openInBrowser: 'Otwórz w mojej przeglądarce',
    forgetLogin: 'Zapomnij logowanie tego konta',
    forgetConfirm: (label) =>
      `Zapomnieć logowanie „${label}” w Objectorze? Trzeba będzie zalogować się ponownie. Postępy i dowody zostaną zachowane.`,
    forgotten: 'Logowanie zapomniane. Zaloguj się ponownie, aby kontynuować.',
    reload: 'Odśwież stronę',
    toggleOff: 'Wyłączone: zapisz dowód',
    gotEmail: 'Dostałem go',
    noEmail: 'Nie przyszedł',
    moreActions: 'Inne działania',
  },
  detection: {
    heading: (company) => `Czy to potwierdzenie od ${company}?`,
    excerpt: 'Strona mówi:',
    yes: 'Tak, to ono',
    no: 'Nie, jeszcze nie',
  },
  proof: {
    saved: 'Dowód zapisany',
    savedAt: (when) => `Zapisano ${when}`,
    saving: 'Zapisywanie dowodu…',
    failed: (reason) => `Nie udało się zapisać dowodu: ${reason}`,
    open: (name) => `Otwórz ${name}`,
    reveal: 'Pokaż w folderze',
  },
  problems: {
    loadError: 'Ten adres się nie załadował. Spróbuj następnego.',
    unavailable: 'Ta strona mówi, że treść jest niedostępna. Spróbuj następnego adresu.',
    allFailed: 'Żaden adres nie zadziałał. Otwórz formularz w swojej przeglądarce albo znajdź go ręcznie:',
    manualPath: 'Ręcznie:',
  },
  noEmail: {
    heading: 'E-mail nie przyszedł',
    wait: 'Może to potrwać do 24 godzin. Sprawdź ponownie jutro.',
    spam: 'Zajrzyj do folderu spam i do każdej skrzynki, której to konto może używać.',
    counts: 'Potwierdzenie na stronie i zapisany dowód już się liczą: twój sprzeciw został wysłany.',
    escalate:
      'Jeśli twój sprzeciw zostanie zignorowany, możesz złożyć skargę: wiodącym organem dla Meta jest irlandzka Komisja Ochrony Danych (DPC); możesz też zwrócić się do organu w swoim kraju (w Polsce UODO, we Francji CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Najpierw przeczytaj kroki. Strona otworzy się w nowej karcie: wróć tu potem i zapisz, co się stało.',
    openPage: ({ platform }) => `Otwórz stronę w ${platform}`,
    opened: 'Strona jest otwarta w innej karcie. Gdy skończysz, wróć i zapisz poniżej, co się stało.',
    signInBody: ({ platform }) =>
      `Zaloguj się w nowej karcie do ${platform} tym kontem i żadnym innym. Przeglądarka nie rozdziela twoich logowań: sprawdź, które konto jest zalogowane.`,
    openSettingBody: ({ setting }) => `Nowa karta pokazuje ustawienie „${setting}”. Najpierw zaloguj się, jeśli strona o to poprosi.`,
    confirmationBody: ({ company }) =>
      `${company} pokazuje potwierdzenie na stronie. W przeglądarce Objector go nie widzi: zaznacz tutaj, że wysłano.`,
    saveProofTitle: 'Opcjonalnie: zachowaj zrzut ekranu',
    saveProofBody: 'Zrób zrzut ekranu wyłączonego ustawienia i dodaj go tutaj jako dowód. Możesz też dodać go później, w sekcji „Dowód”.',
    addScreenshot: 'Dodaj zrzut ekranu…',
    manualHeading: 'Jeśli link nie działa',
    nextHeading: 'Co dalej',
    nextForm: ({ company }) =>
      `Sam naciśnij Wyślij, a potem zaznacz tutaj „Wysłałem”. ${company} zwykle potwierdza e-mailem w ciągu doby: zachowaj ten e-mail, to najlepszy dowód.`,
    nextSetting:
      'Gdy będzie wyłączone, zaznacz tutaj „Wyłączyłem”. Objector co jakiś czas poprosi cię, by sprawdzić, czy nadal jest wyłączone.',
  },
  // — campaigns: end —
};
