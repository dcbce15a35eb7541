/**
 * Counts as reports write them, with the customary leading zero below ten: "01 đ/c", "03 cuộc", "08 đ/c".
 * Shared because the activities' summaries and the reports' documents both write them.
 */
export function customaryCount(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}
