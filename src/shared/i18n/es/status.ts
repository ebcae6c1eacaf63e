import type { Messages } from '../messages';

/** Español: en qué punto está cada cuenta, y con qué certeza. */
export const status: Messages['status'] = {
  toDo: 'Aún sin enviar',
  inProgress: 'Formulario abierto, aún sin enviar',
  submittedByPerson: 'Usted indicó que lo envió',
  submittedDetected: 'Enviado (la aplicación vio salir el formulario)',
  confirmedOnPage: (company) => `Confirmado en la página de ${company}`,
  confirmedByEmail: (company) => `Confirmado por el correo de ${company}`,
  coveredByGroup: 'Cubierta por su grupo del Centro de cuentas',
  notApplicable: (reason) => `No aplicable: ${reason}`,
  reasons: { under18: 'menor de 18 años', noPublicContent: 'sin contenido público', other: 'otro motivo' },
  hints: {
    toDo: 'Todavía no se ha enviado nada para esta cuenta.',
    inProgress: 'Cuando haya pulsado Enviar en el formulario, indíquelo aquí.',
    submitted: (company) => `${company} suele enviar un correo de confirmación en un día. Cuando llegue, indíquelo aquí.`,
    confirmed: 'Hecho. Guarde el correo de confirmación como prueba.',
    coveredByGroup: (label) =>
      `La oposición confirmada para «${label}» también cubre esta cuenta. Presentarla aquí también es una precaución que no cuesta nada.`,
    notApplicable: 'No hay nada que hacer para esta cuenta.',
  },
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Aún sin desactivar',
    toDoHint: 'El ajuste está activado mientras no lo desactives.',
    openedHint: 'Desactiva el ajuste en la página de la plataforma y luego indícalo aquí.',
    off: ({ date }) => `Lo desactivaste el ${date}`,
    seenOff: ({ date }) => `Visto desactivado en la página el ${date}`,
    offHint: ({ date }) => `Próxima comprobación de que sigue desactivado: el ${date}.`,
    offHintNoRecheck: 'Hecho. Las comprobaciones están desactivadas en los ajustes.',
    recheck: 'Toca comprobar que sigue desactivado',
    recheckHint: ({ date }) =>
      `Las plataformas a veces vuelven a activar estos ajustes. Visto desactivado por última vez el ${date}: abre el ajuste y compruébalo.`,
  },
  followUp: {
    noAnswer: 'Sin respuesta aún',
    refused: ({ company }) => `Rechazada por ${company}`,
    complained: 'Reclamación presentada',
    waitingHint: ({ company, date }) =>
      `${company} suele confirmar por correo en un día. Si el ${date} no ha llegado nada, Objector te dirá qué hacer.`,
    noAnswerHint: ({ date, company, days }) => `Enviada el ${date}, y ${company} no la ha confirmado en ${days} días.`,
    refusedHint: ({ date, note }) => `Anotaste el ${date}: «${note}».`,
    refusedHintNoNote: ({ date }) => `Anotaste su rechazo el ${date}.`,
    complainedHint: ({ date }) => `Presentaste una reclamación el ${date}. La autoridad te responde directamente.`,
    whatToDo: 'Qué puedes hacer',
    checkSpam: ({ company }) =>
      `Busca el correo de ${company} en cada buzón que use esta cuenta, también en spam. Si llegó, indícalo con «He recibido el correo de ${company}».`,
    refusedNext:
      'Si piden más, puedes volver a enviar el formulario con ello. No les debes ningún motivo: el RGPD te permite oponerte en cualquier momento.',
    complain:
      'Puedes reclamar ante una autoridad de protección de datos: espera que antes te hayas dirigido a la empresa, y las pruebas que guardaste.',
  },
  // — campaigns: end —
};
