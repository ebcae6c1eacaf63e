import type { Messages } from '../messages';

/** Español: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Objector no guarda nada por ahora',
  folderReadOnly:
    'Objector no puede escribir en su carpeta de datos (el disco o la carpeta son de solo lectura). Puede consultar sus cuentas, pero lo que cambie no se conservará.',
  diskFull: 'El disco está lleno: Objector no puede guardar nada. Puede consultar sus cuentas, pero lo que cambie no se conservará.',
  newerVersion:
    'Sus datos los guardó una versión más reciente de Objector. Esta versión no puede leerlos, así que muestra una lista vacía y no cambia nada en el disco.',
  danglingLink: (target) =>
    `El archivo de datos de Objector es un enlace a ${target}, que no está (¿una unidad sin conectar?). No se guarda nada hasta que vuelva a estar disponible.`,
  cannotRead: (detail) => `Objector no puede leer su archivo de datos (${detail}). No cambia nada en el disco.`,
  cannotRepair: (detail) => `Objector encontró un archivo de datos dañado y no pudo apartarlo (${detail}). No cambia nada en el disco.`,
  whereFiles: (folder) => `Su carpeta de datos: ${folder}`,
  whatToDoReadOnly: 'Permita escribir en la carpeta (o libere espacio) y después cierre Objector y vuelva a abrirlo.',
  whatToDoNewer: 'Instale la versión más reciente de Objector para usar sus datos.',
  whatToDoLink:
    'Conecte la unidad y vuelva a abrir Objector, o elimine el enlace para continuar desde lo último guardado en este ordenador.',
  openDataFolder: 'Abrir la carpeta de datos',
  openLogFolder: 'Abrir la carpeta del registro',
  logFolderHint:
    'El registro recoge lo que hizo Objector, con los números de las cuentas, pero nunca sus direcciones de correo, nombres ni el contenido de las páginas. Se queda en este ordenador; puede enviárnoslo si algo falla.',
  startFailedTitle: 'Objector no pudo iniciarse',
  startFailedBody: (reason) => `Algo falló al iniciar Objector: ${reason}`,
  startFailedWhat:
    'Sus datos no se han modificado. Cierre Objector y vuelva a abrirlo; si vuelve a ocurrir, envíenos el registro (Abrir la carpeta del registro).',
  startFailedTray: 'Objector no pudo iniciarse: haga clic para ver los detalles',
  showDetails: '¿Qué ha pasado?',
  quit: 'Salir de Objector',
};
