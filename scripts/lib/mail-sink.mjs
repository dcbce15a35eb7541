// A local SMTP server that keeps every message it receives as files, for `npm start` without Mailpit and for
// the e2e and browser tests: <dir>/<n>.eml (the message as sent) and <n>.json ({ from, to, subject, text, html },
// decoded). It accepts any sender and recipient, with or without login, and never relays anything.
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Bytes of a quoted-printable or base64 body, or of a 7bit/8bit one as it is. */
function decodeBody(body, encoding) {
  switch ((encoding || '').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable': {
      const soft = body.replace(/=\r?\n/g, '');
      const bytes = [];
      for (let i = 0; i < soft.length; i += 1) {
        if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
          bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
          i += 2;
        } else bytes.push(...Buffer.from(soft[i], 'latin1'));
      }
      return Buffer.from(bytes);
    }
    default:
      return Buffer.from(body, 'utf8');
  }
}

/** A header value with its RFC 2047 encoded words decoded (UTF-8 only, which is what nodemailer writes). */
export function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, kind, text) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable').toString('utf8'),
    );
}

function splitHead(raw) {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The parts of a message (a single part, or each part of a multipart one, nested ones included). */
function partsOf(raw) {
  const { headers, body } = splitHead(raw);
  const type = headers['content-type'] || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [{ headers, body }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith('--'))
    .flatMap((part) => partsOf(part.replace(/^\r?\n/, '')));
}

/** What a test or a developer wants of a message: who, the subject, the plain text and the HTML, decoded. */
export function readMessage(raw) {
  const { headers } = splitHead(raw);
  const message = { from: decodeWords(headers.from || ''), to: decodeWords(headers.to || ''), subject: decodeWords(headers.subject || ''), text: '', html: '' };
  for (const part of partsOf(raw)) {
    const text = decodeBody(part.body, part.headers['content-transfer-encoding']).toString('utf8');
    if (/^text\/html/i.test(part.headers['content-type'] || '')) message.html = text;
    else if (/^text\/plain/i.test(part.headers['content-type'] || 'text/plain')) message.text = text;
  }
  return message;
}

/** Starts the sink on 127.0.0.1:port, writing into dir; resolves with { url, dir, close }. */
export async function startMailSink({ port, dir }) {
  fs.mkdirSync(dir, { recursive: true });
  let count = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'local' }),
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        count += 1;
        const raw = Buffer.concat(chunks).toString('utf8');
        const name = String(count).padStart(5, '0');
        const envelope = { mailFrom: session.envelope.mailFrom?.address ?? null, rcptTo: session.envelope.rcptTo.map((r) => r.address) };
        // The .json is written last, and whole (rename): a reader never sees half a message.
        fs.writeFileSync(path.join(dir, `${name}.eml`), raw);
        fs.writeFileSync(path.join(dir, `${name}.json.tmp`), JSON.stringify({ ...readMessage(raw), envelope }, null, 2));
        fs.renameSync(path.join(dir, `${name}.json.tmp`), path.join(dir, `${name}.json`));
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { url: `smtp://127.0.0.1:${port}`, dir, close: () => new Promise((resolve) => server.close(resolve)) };
}
