/** The checklist's dialogs, loaded together the first time one opens (they are not needed to show the list). */
export { AccountDialog } from './account-dialog';
export { RemoveDialog } from './remove-dialog';
export { NotApplicableDialog } from './not-applicable-dialog';
export { NotDoneDialog } from './not-done-dialog';
export { RefusalDialog } from '../proof/refusal-dialog';
export { BrowserGuideDialog } from './browser-guide-dialog';
