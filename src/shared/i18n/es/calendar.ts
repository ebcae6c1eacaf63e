import type { Messages } from '../messages';

/** Español: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: próximas fechas',
  deadlineSummary: ({ campaign }) => `Fecha límite: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Oponga su objeción antes de la fecha límite en estas cuentas: ${labels}. Abra Objector y envíe cada formulario (o desactive cada ajuste).`,
  followUpSummary: ({ company, label }) => `¿Ha respondido ${company}? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Envió la oposición para «${label}» el ${sent}. Si ${company} no la ha confirmado, abra Objector: anote su respuesta o presente una reclamación ante una autoridad de protección de datos.`,
  recheckSummary: ({ platform, label }) => `¿Sigue desactivado el ajuste de ${platform}? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Las plataformas a veces vuelven a activar los ajustes. Abra Objector, abra el ajuste de ${platform} para «${label}» y compruebe que sigue desactivado.`,
};
