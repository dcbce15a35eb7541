/** Plain text of a past report, as a person or mammoth gives it, made uniform before reading. */
export function normaliseLegacyText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\f/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/\*\*|__/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Sentences of one paragraph; a figure keeps the sentence it came from. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=[^\s])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
