// The schedule form's milestones as typed: pure, so it is tested without a browser.

/** "-14, -7, 0" → [-14, -7, 0]; null when any part is not a whole number. */
export function parseOffsets(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (!parts.every((p) => /^[+-]?\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}
