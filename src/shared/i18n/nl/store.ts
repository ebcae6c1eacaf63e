import type { Messages } from '../messages';

/** Nederlands: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Objector slaat voorlopig niets op',
  folderReadOnly:
    'Objector kan niet in zijn gegevensmap schrijven (de schijf of de map is alleen-lezen). U kunt uw accounts bekijken, maar wat u verandert, wordt niet bewaard.',
  diskFull: 'De schijf is vol: Objector kan niets opslaan. U kunt uw accounts bekijken, maar wat u verandert, wordt niet bewaard.',
  newerVersion:
    'Uw gegevens zijn opgeslagen door een nieuwere versie van Objector. Deze versie kan ze niet lezen; ze toont daarom een lege lijst en verandert niets op de schijf.',
  danglingLink: (target) =>
    `Het gegevensbestand van Objector is een koppeling naar ${target}, dat er niet is (een schijf die niet is aangesloten?). Tot het terug is, wordt niets opgeslagen.`,
  cannotRead: (detail) => `Objector kan zijn gegevensbestand niet lezen (${detail}). Het verandert niets op de schijf.`,
  cannotRepair: (detail) =>
    `Objector vond een beschadigd gegevensbestand en kon het niet apart zetten (${detail}). Het verandert niets op de schijf.`,
  whereFiles: (folder) => `Uw gegevensmap: ${folder}`,
  whatToDoReadOnly: 'Maak de map beschrijfbaar (of maak ruimte vrij), sluit Objector af en start het opnieuw.',
  whatToDoNewer: 'Installeer de nieuwste versie van Objector om uw gegevens te gebruiken.',
  whatToDoLink:
    'Sluit de schijf aan en start Objector opnieuw, of verwijder de koppeling om verder te gaan vanaf de laatste opslag op deze computer.',
  openDataFolder: 'Gegevensmap openen',
  openLogFolder: 'Logmap openen',
  logFolderHint:
    'Het logboek houdt bij wat Objector deed, met de nummers van accounts maar nooit uw e-mailadressen, namen of de inhoud van pagina’s. Het blijft op deze computer; u kunt het ons sturen als er iets misgaat.',
  startFailedTitle: 'Objector kon niet starten',
  startFailedBody: (reason) => `Er ging iets mis bij het starten van Objector: ${reason}`,
  startFailedWhat:
    'Uw gegevens zijn niet gewijzigd. Sluit Objector af en start het opnieuw; gebeurt dit weer, stuur ons dan het logboek (Logmap openen).',
  startFailedTray: 'Objector kon niet starten: klik voor details',
  showDetails: 'Wat is er gebeurd?',
  quit: 'Objector afsluiten',
};
