import type { Messages } from '../messages';

/** Español: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Guía',
  desktopOnlyTitle: 'El formulario guiado necesita la aplicación de escritorio',
  desktopOnlyBody:
    'En un navegador, Objector no puede abrir el formulario en una sesión protegida propia de cada cuenta ni guardar una prueba de la página. Abre el formulario desde la lista en una pestaña nueva y anota tú cada paso.',
  notOpenTitle: 'No hay ningún formulario abierto',
  notOpenBody: 'Elige una cuenta en la lista y abre su formulario.',
  openChecklist: 'Abrir la lista',
  accountHeading: (label, platform) => `${label} en ${platform}`,
  accountEmail: (email) => `Correo de esta cuenta: ${email}`,
  accountNoEmail: 'No hay ningún correo anotado para esta cuenta.',
  address: (n, total) => `Dirección ${n} de ${total}`,
  loading: 'Cargando la página…',
  stepsHeading: 'Pasos',
  currentStep: 'Paso actual',
  allDone: 'Hecho para esta cuenta. Guarda la prueba.',
  steps: {
    signInTitle: (label) => `Inicia sesión como «${label}»`,
    signInBody: (platform) =>
      `Inicia sesión en la página de ${platform} de la derecha con esta cuenta y ninguna otra. Esta ventana mantiene su sesión separada de tus otras cuentas.`,
    checkEmailTitle: 'Comprueba el correo del formulario',
    checkEmailKnown: (email) => `El formulario debería mostrar ${email}. Si muestra otra dirección, has iniciado sesión con otra cuenta.`,
    checkEmailUnknown: 'El formulario muestra el correo de la cuenta con la que has iniciado sesión. Comprueba que es la correcta.',
    chooseObjectionTitle: 'Elige la oposición',
    chooseObjectionBody: 'Cuando el formulario pregunte por tu solicitud, elige «¿Cómo puedo oponerme…?».',
    objectionTextTitle: 'Opcional: unas palabras',
    objectionTextBody: 'El formulario puede tener un campo de texto libre. No hace falta dar motivos; puedes pegar este texto.',
    objectionTextLabel: 'Texto propuesto',
    copy: 'Copiar el texto',
    copied: 'Copiado',
    pressSendTitle: 'Pulsa Enviar tú mismo',
    pressSendBody: 'Objector nunca escribe en el formulario ni pulsa Enviar: lo haces tú. Después, indícalo abajo.',
    confirmationTitle: 'Confirmación en la página',
    confirmationBody: (company) =>
      `Cuando ${company} muestre su confirmación, Objector la detecta, te pregunta y guarda una prueba de la página.`,
    mailboxTitle: (company) => `Revisa tu correo: el mensaje de ${company}`,
    mailboxBody: (company) =>
      `${company} envía un correo de confirmación, desde unos segundos hasta un día después. Consérvalo: es la mejor prueba.`,
    openSettingTitle: 'Abre el ajuste',
    openSettingBody: (setting) => `La página de la derecha muestra el ajuste «${setting}». Inicia sesión primero si te lo pide.`,
    switchOffTitle: 'Desactívalo',
    switchOffBody: (setting) => `Desactiva «${setting}» y guarda si la página lo pide.`,
    saveProofTitle: 'Guarda una prueba del ajuste desactivado',
    saveProofBody: 'Cuando la página muestre el ajuste desactivado, guarda una prueba: captura fechada y PDF.',
  },
  actions: {
    sent: 'Lo he enviado',
    saveProof: 'Guardar prueba ahora',
    nextAddress: 'Probar la siguiente dirección',
    openInBrowser: 'Abrir en mi navegador',
    forgetLogin: 'Olvidar la sesión de esta cuenta',
    forgetConfirm: (label) =>
      `¿Olvidar la sesión de «${label}» en Objector? Tendrás que volver a iniciar sesión. Tu progreso y tus pruebas se conservan.`,
    forgotten: 'Sesión olvidada. Vuelve a iniciar sesión para continuar.',
    reload: 'Recargar la página',
    toggleOff: 'Está desactivado: guardar prueba',
    gotEmail: 'Lo he recibido',
    noEmail: 'No ha llegado',
    moreActions: 'Otras acciones',
  },
  detection: {
    heading: (company) => `¿Es esta la confirmación de ${company}?`,
    excerpt: 'La página dice:',
    yes: 'Sí, lo es',
    no: 'No, todavía no',
  },
  proof: {
    saved: 'Prueba guardada',
    savedAt: (when) => `Guardada el ${when}`,
    saving: 'Guardando la prueba…',
    failed: (reason) => `No se pudo guardar la prueba: ${reason}`,
    open: (name) => `Abrir ${name}`,
    reveal: 'Mostrar en la carpeta',
  },
  problems: {
    loadError: 'Esta dirección no se ha cargado. Prueba la siguiente.',
    unavailable: 'Esta página dice que el contenido no está disponible. Prueba la siguiente dirección.',
    allFailed: 'Ninguna dirección ha funcionado. Abre el formulario en tu navegador o búscalo a mano:',
    manualPath: 'A mano:',
  },
  noEmail: {
    heading: 'El correo no ha llegado',
    wait: 'Puede tardar hasta 24 horas. Vuelve a mirar mañana.',
    spam: 'Mira en la carpeta de spam y en todos los buzones que pueda usar esta cuenta.',
    counts: 'La confirmación en la página y la prueba guardada ya cuentan: tu oposición se ha enviado.',
    escalate:
      'Si ignoran tu oposición, puedes reclamar: la autoridad principal para Meta es la Comisión de Protección de Datos de Irlanda (DPC), y también puedes acudir a la autoridad de tu país (en Francia, la CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Lee primero los pasos. La página se abre después en una pestaña nueva: vuelve aquí luego y anota lo que ha pasado.',
    openPage: ({ platform }) => `Abrir la página en ${platform}`,
    opened: 'La página está abierta en otra pestaña. Cuando termines allí, vuelve y anota abajo lo que ha pasado.',
    signInBody: ({ platform }) =>
      `Inicia sesión en ${platform} en la pestaña nueva con esta cuenta y ninguna otra. Un navegador no separa tus sesiones: comprueba qué cuenta está conectada.`,
    openSettingBody: ({ setting }) => `La pestaña nueva muestra el ajuste «${setting}». Inicia sesión primero si te lo pide.`,
    confirmationBody: ({ company }) =>
      `${company} muestra una confirmación en la página. En un navegador Objector no puede verla: indica aquí que la has enviado.`,
    saveProofTitle: 'Opcional: guardar una captura de pantalla',
    saveProofBody:
      'Haz una captura de pantalla del ajuste desactivado y añádela aquí como prueba. También puedes añadirla más tarde, en «Prueba».',
    addScreenshot: 'Añadir una captura…',
    manualHeading: 'Si el enlace no funciona',
    nextHeading: 'Y después',
    nextForm: ({ company }) =>
      `Pulsa tú Enviar y luego indica aquí «Lo he enviado». ${company} suele confirmar por correo en un día: guarda ese correo, es tu mejor prueba.`,
    nextSetting:
      'Cuando esté desactivado, indica aquí «Lo he desactivado». Objector te pedirá de vez en cuando que compruebes que sigue así.',
  },
  // — campaigns: end —
};
