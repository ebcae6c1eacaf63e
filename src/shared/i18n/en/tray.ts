/** The tray icon's tooltip and menu. */
export const tray = {
  tooltip: (countdown: string) => `Objector: ${countdown}`,
  openChecklist: 'Open checklist',
  quit: 'Quit Objector',
};
