/** The checklist window. */
export const checklist = {
  windowTitle: 'Objector: your accounts',
  loading: 'Loading…',
};
