import type { Messages } from '../messages';

/** Español: primer inicio. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Paso ${step} de ${total}`,
  whatTitle: 'Meta quiere entrenar su IA con sus publicaciones públicas',
  whatBody:
    'Desde el 27 de mayo de 2025, Meta usa las publicaciones, fotos y comentarios públicos de los adultos de la UE en Facebook e Instagram para entrenar su inteligencia artificial, salvo que se opongan.',
  whatPoint1: 'Solo afecta a lo que usted hizo público, no a sus mensajes privados.',
  whatPoint2: 'Cada cuenta cuenta: oponerse en una no siempre cubre las demás.',
  objectionTitle: 'Lo que hace una oposición, y lo que no',
  objectionDoes: 'Sí hace: pedir a Meta que deje de usar su contenido público para entrenar la IA, a partir de ahora.',
  objectionDoesNot: 'No hace: borrar nada, ni retirar lo que ya se usó.',
  objectionBody: 'Puede oponerse en cualquier momento, incluso después del plazo. Lleva un minuto por cuenta.',
  privacyTitle: 'Nada sale de este ordenador',
  privacyBody:
    'Su lista de cuentas y su progreso se quedan en este ordenador. La aplicación no envía nada a ningún sitio: el único tráfico es usted visitando el formulario de Meta.',
  privacyPoint: 'Usted mismo pulsa Enviar. La aplicación nunca rellena ni envía nada por usted.',
  start: 'Añadir su primera cuenta',
  skip: 'Omitir',
};
