import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** A message the test stack's SMTP server received (scripts/lib/mail-sink.mjs), decoded. */
export interface ReceivedMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  envelope: { mailFrom: string | null; rcptTo: string[] };
}

const mailDir = () => {
  const dir = process.env['MAIL_DIR'];
  if (!dir) throw new Error('MAIL_DIR is not set: the e2e and browser setups start the SMTP server and set it');
  return dir;
};

/** Every message received so far, oldest first. */
export async function receivedMail(): Promise<ReceivedMail[]> {
  const dir = mailDir();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as ReceivedMail));
}

/**
 * Waits until `count` messages to `recipient` have arrived (the worker sends them after the change commits)
 * and returns them, oldest first. Polls the mail directory; fails after timeoutMs.
 */
export async function waitForMail(recipient: string, { count = 1, timeoutMs = 15_000 } = {}): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mine = (await receivedMail()).filter((m) => m.envelope.rcptTo.includes(recipient));
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) throw new Error(`${mine.length} of ${count} mail(s) to ${recipient} arrived within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The token of the web app link in a mail's plain text: `<WEB_PUBLIC_URL><screen>/<token>`. */
export function linkTokenIn(mail: ReceivedMail, screen: 'moi' | 'dat-lai-mat-khau'): string {
  const match = new RegExp(`https?://\\S+/${screen}/(\\S+)`).exec(mail.text);
  if (!match) throw new Error(`no /${screen}/ link in the mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}

/** The whole link (for a browser to open). */
export function linkIn(mail: ReceivedMail, screen: 'moi' | 'dat-lai-mat-khau'): string {
  const match = new RegExp(`https?://\\S+/${screen}/\\S+`).exec(mail.text);
  if (!match) throw new Error(`no /${screen}/ link in the mail "${mail.subject}"`);
  return match[0];
}
