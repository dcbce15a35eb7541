/** The longest text a briefing's fields take: the input schema checks them, the web form stops typing there. */
export const BRIEFING_TEXT_LIMITS = {
  topic: 500,
  documents: 2000,
} as const;
