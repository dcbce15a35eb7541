/**
 * Reads attendance as reports write it: "15/16 đ/c dự", "32/32 CBCC tham dự", "03 cuộc, có 45/48 lượt
 * người dự". The first "N/M" pair wins; leading zeros are fine. Null when there is no pair.
 */
export function parseAttendance(text: string): { present: number; eligible: number } | null {
  const match = /(\d+)\s*\/\s*(\d+)/.exec(text);
  if (!match) return null;
  return { present: Number.parseInt(match[1], 10), eligible: Number.parseInt(match[2], 10) };
}
