/**
 * The catalog of links as the person meets it (issue 11): when its links were checked and where
 * its facts come from, a link that seems to have changed and the report about it, signed catalog
 * updates, what the app may fetch, and settings that must be switched on rather than off.
 */
export const catalog = {
  linksChecked: (date: string) => `Links checked on ${date}`,
  sourcesHeading: 'Where this comes from',
  sourceDated: (title: string, date: string) => `${title} (${date})`,
  sourcePublished: (title: string, publication: string, date: string) => `${title}: ${publication}, ${date}`,
  ownBrowserOpened: (platform: string) =>
    `${platform} opened in your own browser: its sign-in does not work inside other apps. Come back here when you are done.`,
  drift: {
    title: 'This link seems to have changed',
    reasons: {
      unavailable: 'The page says the content is not available.',
      gone: 'The address no longer exists.',
      'outside-paths': 'It led to another page, for example the home page.',
      'markers-missing': 'The page does not show the form or the setting we expected.',
    },
    movedOn: (n: number, total: number) => `Objector moved on to address ${n} of ${total}.`,
    reportHeading: 'Tell the project about it',
    reportBody:
      'This report says which link changed, so the list of links can be fixed for everyone. It contains no name, no e-mail address and nothing from your account, and nothing is sent unless you send it yourself.',
    reportLabel: 'The report',
    copy: 'Copy the report',
    copied: 'Report copied',
    open: 'Open it as an issue in my browser',
  },
  prompt: {
    title: 'Keep the links up to date?',
    catalog:
      'Platforms move their forms and settings. May Objector fetch the project’s signed list of links once a day? Only that file is requested: nothing about you is sent.',
    app: 'May Objector also download its own updates in the background and install them when you quit?',
    allow: 'Yes, allow',
    refuse: 'No, thanks',
    later: 'You can change this in Settings at any time.',
  },
  settings: {
    title: 'Links and updates',
    inUse: (version: number, date: string) => `Catalog of links in use: version ${version}, published ${date}.`,
    builtIn: 'It is built into this version of Objector.',
    fromFile: (date: string) => `It was loaded from a file on ${date}.`,
    downloaded: (date: string) => `It was downloaded on ${date}.`,
    pending: (version: number) => `Version ${version} is ready: it will be used from the next start.`,
    storedIgnored: 'A catalog update kept from before could not be used, so the built-in catalog is in use.',
    key: (fingerprint: string) => `Updates must be signed with the project’s key ${fingerprint}.`,
    catalogChecks: 'Check once a day for an updated catalog of links (nothing about you is sent)',
    catalogChecksDesktopOnly: 'Only the desktop app checks by itself. Here you can load an update from a file.',
    appUpdates: 'Download Objector updates in the background and install them when I quit',
    appUpdatesUnavailable: 'This copy of Objector cannot update itself: updates come with the installed app.',
    lastCheck: (date: string, result: string) => `Last check, ${date}: ${result}`,
    checkAccepted: (version: number) => `version ${version} accepted, used from the next start.`,
    checkUpToDate: 'the catalog in use is up to date.',
    checkUnreachable: 'the file could not be fetched. The next check is tomorrow.',
  },
  loadUpdate: 'Load a catalog update…',
  updateFileType: 'Objector catalog update',
  accepted: (version: number) => `Catalog version ${version} was accepted. It will be used from the next start.`,
  /** Why an update was refused: one sentence each. Nothing changed in any case. */
  refused: {
    unreadable: 'This file could not be read as a catalog update. Nothing was changed.',
    'too-large': 'This file is too large to be a catalog update. Nothing was changed.',
    'bad-signature': 'The signature of this update is damaged. Nothing was changed.',
    untrusted: 'This update is not signed by the project’s key, or it was changed after signing. Nothing was changed.',
    'not-newer': 'This update is not newer than the catalog in use. Nothing was changed.',
    invalid: 'This update is signed but does not pass the app’s checks. Nothing was changed.',
    'drops-ids': 'This update leaves out platforms or campaigns your saved progress refers to. Nothing was changed.',
    'no-trusted-key': 'This app has no key to check updates with. Nothing was changed.',
    'no-signature': 'The signature file (.sig) was not found next to this catalog. Nothing was changed.',
    'not-saved': 'The update could not be saved in the app’s data folder. Nothing was changed.',
  },
  /** Settings to switch on rather than off ("Prevent third-party sharing"). */
  toggleOn: {
    switchTitle: 'Switch it on',
    switchBody: (setting: string) => `Switch “${setting}” on, and save if the page asks you to.`,
    saveProofTitle: 'Save proof that it is on',
    saveProofBody: 'When the page shows the setting switched on, save proof: a dated screenshot and PDF.',
    saveProofAction: 'It is on: save proof',
    iDidIt: 'I switched it on',
    submitted: 'You said you switched it on',
    confirmed: 'Switched on, proof saved',
    hintInProgress: 'Switch the setting on, then save proof of it in the guided window.',
    hintSubmitted: 'Open the setting again to save proof that it is on.',
  },
};
