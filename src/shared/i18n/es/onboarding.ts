import type { Messages } from '../messages';

/** Español: primer inicio. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Lo que hace una oposición, y lo que no',
  objectionDoesNot: 'No hace: borrar nada, ni retirar lo que ya se usó.',
  objectionBody: 'Puede oponerse en cualquier momento, incluso después del plazo. Lleva un minuto por cuenta.',
  privacyTitle: 'Nada sale de este ordenador',
  privacyPoint: 'Usted mismo pulsa Enviar. La aplicación nunca rellena ni envía nada por usted.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Paso ${step} de ${total}`,
  platformsTitle: '¿Qué plataformas usas?',
  platformsBody: 'Marca cada una en la que tengas una cuenta, aunque casi no la uses.',
  todayTitle: 'Cómo están las cosas hoy',
  todayPassed: ({ date }) => `fecha pasada el ${date}`,
  todayAhead: ({ date }) => `fecha: ${date}`,
  todayNone: 'sin fecha límite',
  objectionDoes: 'Lo que hace: pedir a la plataforma que deje de usar lo que publicas para entrenar su IA a partir de ahora.',
  privacyBody:
    'Tu lista de cuentas y tu progreso se quedan en este ordenador. La aplicación no envía nada a ninguna parte: el único tráfico eres tú visitando las páginas de las propias plataformas.',
  start: 'Ir a mi lista',
  // — campaigns: end —
};
