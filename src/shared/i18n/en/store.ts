/** The store and start-up: read-only, a start that failed, the data and log folders. */
export const store = {
  readOnlyTitle: 'Objector is not saving anything for now',
  folderReadOnly:
    'Objector cannot write to its data folder (the disk or the folder is read-only). You can look at your accounts, but nothing you change is kept.',
  diskFull: 'The disk is full: Objector cannot save anything. You can look at your accounts, but nothing you change is kept.',
  newerVersion:
    'Your data was saved by a newer version of Objector. This version cannot read it, so it shows an empty list and changes nothing on disk.',
  danglingLink: (target: string) =>
    `Objector’s data file is a link to ${target}, which is not there (a drive that is not connected?). Nothing is saved until it is back.`,
  cannotRead: (detail: string) => `Objector cannot read its data file (${detail}). It changes nothing on disk.`,
  cannotRepair: (detail: string) =>
    `Objector found a damaged data file and could not put it aside (${detail}). It changes nothing on disk.`,
  whereFiles: (folder: string) => `Your data folder: ${folder}`,
  whatToDoReadOnly: 'Make the folder writable (or free some space), then quit and start Objector again.',
  whatToDoNewer: 'Install the newest version of Objector to use your data.',
  whatToDoLink: 'Connect the drive and start Objector again, or remove the link to start from this computer’s last save.',
  openDataFolder: 'Open the data folder',
  openLogFolder: 'Open the log folder',
  logFolderHint:
    'The log lists what Objector did, with account numbers but never your e-mail addresses, names or page contents. It stays on this computer; you can send it to us if something goes wrong.',
  startFailedTitle: 'Objector could not start',
  startFailedBody: (reason: string) => `Something went wrong while Objector was starting: ${reason}`,
  startFailedWhat:
    'Your data has not been changed. Quit and start Objector again; if this happens again, send us the log (Open the log folder).',
  startFailedTray: 'Objector could not start: click for details',
  showDetails: 'What happened?',
  quit: 'Quit Objector',
};
