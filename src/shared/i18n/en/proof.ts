import { plural } from '../plural';

/**
 * Proof and follow-up: the confirmation e-mail as proof, what came back, the history, the
 * complaint to a data protection authority (its text too) and the proof pack. Every function
 * takes one object of named values.
 */
export const proof = {
  // The e-mail as proof.
  dropHeading: 'The confirmation e-mail',
  dropHint: ({ company }: { company: string }) => `Drop ${company}’s confirmation e-mail here (.eml), or a PDF or picture of it.`,
  dropHow:
    'To get the file, save the message from your mail program: “Download message” in Gmail, “Save as” in Outlook, Thunderbird or Apple Mail.',
  pickFile: 'Choose the file…',
  reading: 'Reading the file…',
  checked: ({ company }: { company: string }) => `Confirmed by ${company}’s e-mail, file checked. The file is kept with your proof.`,
  doubtPicture: 'The app cannot read a PDF or a picture. If it shows the confirmation, keep it as your own proof.',
  doubtTooLarge: 'This e-mail is too large for the app to read (more than 5 MB).',
  doubtNotAnEmail: 'This file is not an e-mail.',
  doubtUnknownSender: ({ from, company }: { from: string; company: string }) =>
    `This e-mail comes from ${from}, which is not one of ${company}’s addresses.`,
  doubtOtherPlatform: ({ from, platform }: { from: string; platform: string }) =>
    `This e-mail comes from ${from}: it is not about ${platform}.`,
  doubtNotAConfirmation: ({ company }: { company: string }) =>
    `This e-mail is from ${company}, but it does not say that your objection was received.`,
  keepAnyway: 'Keep it as my own proof',
  keepHint: ({ company }: { company: string }) =>
    `A file you keep counts as your word that ${company} confirmed, not as proof the app checked.`,
  discard: 'Don’t keep it',
  nothingChanged: 'Nothing was changed.',
  refusedEmpty: 'This file is empty. Nothing was changed.',
  refusedTooLarge: 'This file is too large to keep as proof (more than 20 MB). Nothing was changed.',
  refusedUnsupported:
    'This kind of file cannot be kept as proof: use the e-mail saved as an .eml file, a PDF or a picture. Nothing was changed.',
  kept: 'Kept as your own proof.',
  // How sure we are that the platform confirmed.
  confidenceChecked: ({ company }: { company: string }) => `Confirmed by ${company}’s e-mail, file checked`,
  confidenceVouched: ({ company }: { company: string }) => `Confirmed by ${company}’s e-mail, your own file kept`,
  confidenceSaid: ({ company }: { company: string }) => `Confirmed by ${company}’s e-mail (you said so)`,
  originPage: 'Page captured by the app',
  originEmail: 'E-mail checked by the app',
  originFile: 'Your own file',
  // What came back.
  followUpHeading: 'What came back',
  recordRefusal: ({ company }: { company: string }) => `${company} refused or asked for more…`,
  refusalTitle: ({ company }: { company: string }) => `What did ${company} answer?`,
  refusalNote: 'Their answer, in a few words',
  refusalHint: 'For example: “They say they need a copy of my ID” or “They say the objection does not apply”.',
  refusalRequired: 'Please write a few words about their answer.',
  refusalSave: 'Record their answer',
  complain: 'Complain to a data protection authority…',
  complaintSent: 'I sent a complaint…',
  complaintSentTitle: 'Which authority did you send it to?',
  complaintSentSave: 'Record the complaint',
  // History.
  historyHeading: 'History',
  historyNone: 'Nothing recorded yet.',
  stepFormOpened: 'Form opened',
  stepSettingOpened: 'Setting opened',
  stepSubmittedPerson: 'Objection sent',
  stepSubmittedDetected: 'Objection sent (the app saw the form go)',
  stepSwitchedOff: 'Setting switched off',
  stepConfirmedOnPage: ({ company }: { company: string }) => `Confirmed on ${company}’s page`,
  stepConfirmedByEmail: ({ company }: { company: string }) => `Confirmed by ${company}’s e-mail`,
  stepEvidence: ({ files }: { files: string }) => `Proof kept: ${files}`,
  stepNotApplicable: ({ reason }: { reason: string }) => `Marked not applicable: ${reason}`,
  stepReopened: 'Reopened',
  stepRechecked: 'Checked again: still switched off',
  stepRefused: ({ company, note }: { company: string; note: string }) => `${company} refused or asked for more: “${note}”`,
  stepRefusedNoNote: ({ company }: { company: string }) => `${company} refused or asked for more`,
  stepNoAnswer: 'No answer by the end of the waiting time',
  stepComplaint: ({ authority }: { authority: string }) => `Complaint sent to ${authority}`,
  stepExtra: ({ title, step }: { title: string; step: string }) => `${title}: ${step}`,
  // The complaint dialog.
  complaintTitle: 'Complain to a data protection authority',
  complaintIntro:
    'The app writes the complaint from this account’s history. Read it, change what you like, then send it yourself on the authority’s page. The app sends nothing.',
  country: 'Where you live',
  countryHint: 'Your country’s authority takes complaints in its languages; the lead authority handles the company across Europe.',
  countryChoose: 'Choose your country',
  authority: 'Send it to',
  leadAuthority: ({ name, company }: { name: string; company: string }) => `${name}: lead authority for ${company}`,
  ownAuthority: ({ name }: { name: string }) => `${name}: your country’s authority`,
  noAuthority: 'Choose your country to see its authority.',
  complaintText: 'Your complaint',
  copy: 'Copy the text',
  copied: 'Copied.',
  saveWithProof: 'Save it with my proof',
  savedWithProof: 'Saved with your proof: it will be in the proof pack.',
  openPage: 'Open the authority’s page',
  homePageOnly: 'No source we know gives this authority’s complaint page: the button opens its home page.',
  // The complaint itself.
  letterSubject: ({ company, platform }: { company: string; platform: string }) =>
    `Complaint under Article 77 GDPR: ${company} (${platform}) has not respected my objection to the use of my data for AI`,
  letterTo: ({ authority }: { authority: string }) => `To: ${authority}`,
  letterOpening: ({ company, platform }: { company: string; platform: string }) =>
    `I am lodging a complaint under Article 77 of the General Data Protection Regulation (GDPR) against ${company}, which processes my personal data as the controller of ${platform}.`,
  letterAccount: ({ label, platform }: { label: string; platform: string }) => `The account concerned: “${label}” on ${platform}.`,
  letterAccountEmail: ({ label, platform, email }: { label: string; platform: string; email: string }) =>
    `The account concerned: “${label}” on ${platform}, registered with the e-mail address ${email}.`,
  letterObjection: ({ company, date, url, campaign }: { company: string; date: string; url: string; campaign: string }) =>
    `On ${date}, I objected under Article 21(1) GDPR to ${company} using my personal data (${campaign}). I asked ${company} first, through its own form: ${url}`,
  letterObjectionSetting: ({ company, date, url, campaign }: { company: string; date: string; url: string; campaign: string }) =>
    `On ${date}, I switched off the setting ${company} offers to object to the use of my personal data (${campaign}), on its own page: ${url}`,
  letterWhatSent: ({ text }: { text: string }) => `What I sent, in substance: “${text}”`,
  letterNoAnswer: ({ company, due }: { company: string; due: string }) =>
    `${company} has not confirmed or answered by ${due}, although Article 12(3) GDPR requires an answer without undue delay and at the latest within one month (extendable by two months only if the controller says why within the first month).`,
  letterWaiting: ({ company, due }: { company: string; due: string }) =>
    `${company} has not answered yet; the month Article 12(3) GDPR allows ends on ${due}.`,
  letterRefused: ({ company, date, note }: { company: string; date: string; note: string }) => `On ${date}, ${company} answered: “${note}”`,
  letterRefusedNoNote: ({ company, date }: { company: string; date: string }) =>
    `On ${date}, ${company} refused my objection or asked for more.`,
  letterConfirmed: ({ company, date }: { company: string; date: string }) =>
    `On ${date}, ${company} confirmed that it received my objection; I am complaining because I have reason to believe it is not respected.`,
  letterLaw:
    'Under Article 21(1) GDPR, the controller must no longer process my personal data for this purpose unless it demonstrates compelling legitimate grounds that override my interests, rights and freedoms. I have not been shown any such grounds.',
  letterAsk:
    'I ask the authority to examine this complaint, to ensure that the processing stops as Article 21(1) GDPR requires, and to inform me of the progress and outcome of the complaint (Article 77(2) GDPR).',
  letterTimeline: 'What happened, in order:',
  letterProof: 'The proof I keep (each file with its SHA-256 fingerprint; I can send the files on request):',
  letterProofFile: ({ name, date, hash }: { name: string; date: string; hash: string }) => `${name}, kept ${date}, SHA-256 ${hash}`,
  letterNoProof: 'I have no saved files; the dates above are from my own records.',
  letterClosing: 'Yours faithfully,',
  letterSignature: '[your name and postal address]',
  // The proof pack.
  packButton: 'Proof pack (.zip)',
  packAllButton: 'Proof pack of every account (.zip)',
  packSaved: ({ path }: { path: string }) => `Proof pack saved: ${path}`,
  packDownloaded: ({ name }: { name: string }) => `Proof pack downloaded: ${name}`,
  packMissing: ({ count }: { count: number }) =>
    plural('en', count, {
      one: 'One proof file could not be found; the pack lists it as missing.',
      other: '{n} proof files could not be found; the pack lists them as missing.',
    }),
  packTitle: ({ label }: { label: string }) => `Proof of objection: ${label}`,
  packAllTitle: 'Proof of objection: every account',
  packWho: 'Account',
  packEmail: 'E-mail address',
  packPlatform: 'Platform',
  packCampaign: 'Campaign',
  packGroup: 'Accounts Center group',
  packStatus: 'Where it stands',
  packTimeline: 'History',
  packFiles: 'Files in this pack, with their SHA-256 fingerprints',
  packNoFiles: 'No files saved.',
  packFileMissing: ({ name }: { name: string }) => `${name} (missing on this computer)`,
  packComplaint: ({ file }: { file: string }) => `The complaint written for this account is in ${file}.`,
  packFooter: ({ date, version }: { date: string; version: string }) =>
    `Made by Objector ${version} on ${date}. A SHA-256 fingerprint changes if a single byte of its file changes: anyone can check each file with “sha256sum” (Linux), “shasum -a 256” (macOS) or “Get-FileHash” (Windows).`,
  packReadme: ({ date }: { date: string }) =>
    `This folder is the proof of objections to AI training kept by Objector on ${date}.\nsummary.pdf sums up each account: who, which platform and campaign, what happened when, and the SHA-256 fingerprint of every file.\nEach account's folder holds the page captures, the e-mails and any complaint written, as they were saved.\nNo app is needed to read them.`,
  // Calendar.
  calendarButton: 'Add to my calendar',
  calendarSaved: ({ path }: { path: string }) => `Calendar file saved: ${path}. Open it to add the dates to your calendar.`,
  calendarDownloaded: ({ name }: { name: string }) => `Calendar file downloaded: ${name}. Open it to add the dates to your calendar.`,
  calendarEmpty: 'There are no dates ahead to add right now.',
};
