/** Texts of the guide area. */
export const guide = {};
