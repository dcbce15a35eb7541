/** The longest text a briefing's fields take: the input schema checks them, the web form stops typing there. */
export const BRIEFING_TEXT_LIMITS = {
  topic: 500,
  documents: 2000,
} as const;

/** The same for the other kinds' texts: a one-line subject (what was disclosed, decided…) and multi-line notes (findings, resolutions). */
export const ACTIVITY_TEXT_LIMITS = {
  subject: 500,
  notes: 2000,
} as const;
