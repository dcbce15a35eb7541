// The production nginx sends the same security headers as vite preview (which the browser tests run under),
// on every location that serves the app's files.
import fs from 'node:fs';
import path from 'node:path';
import { WEB_SECURITY_HEADERS } from './security-headers';

const infra = path.resolve(__dirname, '../../infra');
const snippet = fs.readFileSync(path.join(infra, 'web-security-headers.conf'), 'utf8');
const site = fs.readFileSync(path.join(infra, 'web.nginx.conf'), 'utf8');

it('infra/web-security-headers.conf says what apps/web/security-headers.ts says, on every status (always)', () => {
  const lines = snippet.split('\n').filter((line) => line.startsWith('add_header'));
  const headers = Object.fromEntries(
    lines.map((line) => {
      const m = /^add_header ([A-Za-z-]+) "([^"]*)" always;$/.exec(line);
      if (!m) throw new Error(`not an add_header … always line: ${line}`);
      return [m[1], m[2]];
    }),
  );
  expect(headers).toEqual(WEB_SECURITY_HEADERS);
});

it('every location of web.nginx.conf but the gateway’s (/graphql, /imports, /evidence, /report-files, /legacy-reports, /ops/) includes the headers (nginx drops the server’s in a location with its own)', () => {
  const locations = [...site.matchAll(/location (\S+) \{([^}]*)\}/g)].map((m) => [m[1], m[2]] as const);
  expect(locations.map(([where]) => where)).toEqual(['/graphql', '/imports', '/evidence', '/report-files', '/legacy-reports', '/ops/', '/assets/', '/']);
  for (const [where, body] of locations.filter(([where]) => !['/graphql', '/imports', '/evidence', '/report-files', '/legacy-reports', '/ops/'].includes(where))) {
    expect({ where, included: body.includes('include /etc/nginx/snippets/web-security-headers.conf;') }).toEqual({ where, included: true });
  }
  expect(fs.readFileSync(path.join(infra, 'Dockerfile'), 'utf8')).toContain(
    'COPY infra/web-security-headers.conf /etc/nginx/snippets/web-security-headers.conf',
  );
});
