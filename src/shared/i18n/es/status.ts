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
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Indicó que lo desactivó',
    confirmed: 'Desactivado, prueba guardada',
    hintInProgress: 'Desactive el ajuste y luego guarde la prueba en la ventana guiada.',
    hintSubmitted: 'Vuelva a abrir el ajuste para guardar la prueba de que está desactivado.',
  },
};
