/** Size limits of proof files, apart from the code that reads them (so the IPC contract stays light). */

/** Largest e-mail file read (a confirmation is a few dozen kilobytes; 10 MB is refused). */
export const MAX_EMAIL_BYTES = 5 * 1024 * 1024;

/** Largest file kept as proof (a PDF or photo of an e-mail; an e-mail with attachments). */
export const MAX_PROOF_FILE_BYTES = 20 * 1024 * 1024;
