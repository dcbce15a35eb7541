// The web app's security headers (apps/web/security-headers.ts) as `vite preview` serves them: on pages, on
// the built files, on the service worker and the manifest; and the app working under its content policy,
// which really is enforced (an inline script does not run). Every browser spec also fails on any report of
// the policy (test/support/browser.ts), so each screen they visit is checked under it too.
import { WEB_SECURITY_HEADERS } from '../../apps/web/security-headers';
import { webUrl } from '../support/browser';
import { platformAdmin, screenshot, signIn, specBrowser } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('security-headers-99-last', TIMEOUT);

/** The headers of one GET, lower-cased names. */
async function headersOf(path: string): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const res = await fetch(new URL(path, webUrl()));
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), text: await res.text() };
}

const expected = Object.fromEntries(Object.entries(WEB_SECURITY_HEADERS).map(([name, value]) => [name.toLowerCase(), value]));

it(
  'sends the security headers on the page, a deep link, the built files, the service worker and the manifest, and no X-Powered-By',
  async () => {
    const page = await headersOf('/');
    const script = /<script type="module" crossorigin src="\/([^"]+)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    for (const path of ['/', '/khong-co-trang-nay', `/${script}`, '/sw.js', '/manifest.webmanifest', '/icon.svg']) {
      const { status, headers } = await headersOf(path);
      const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]));
      expect({ path, status, sent, poweredBy: headers['x-powered-by'] }).toEqual({ path, status: 200, sent: expected, poweredBy: undefined });
    }
  },
  TIMEOUT,
);

it(
  'has no inline script in index.html, works signed in under the policy, and the policy stops an injected inline script',
  async () => {
    const { text } = await headersOf('/');
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, null, platformAdmin());
    await page.getByTestId('logout').waitFor();
    // The service worker (a file of the build) registers and takes the page under the policy's worker-src.
    expect(await page.evaluate('navigator.serviceWorker.ready.then((r) => Boolean(r.active))')).toBe(true);
    await screenshot(page, 'security-headers-01-signed-in');
    expect(pageErrors).toEqual([]);

    // What an attacker's injected markup would try: the policy refuses it, and says so on the console.
    await page.evaluate(`{
      const s = document.createElement('script');
      s.textContent = 'window.inlineScriptRan = true';
      document.head.append(s);
    }`);
    expect(await page.evaluate('window.inlineScriptRan === true')).toBe(false);
    expect(pageErrors.join('\n')).toMatch(/Content Security Policy/);
  },
  TIMEOUT,
);
