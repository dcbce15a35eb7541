// Launching Debian's chromium for browser tests (playwright-core never downloads a browser here).
// The flags keep chromium off the network it cannot reach; --no-sandbox because CI runs as root.
// playwright-core makes a fresh, empty user-data-dir itself.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { realClockEnv } from '@qcdc/shared/testing';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    // Chromium cannot run under libfaketime: it keeps the real clock, and the tests give each page the test
    // clock with Playwright's clock API instead.
    env: realClockEnv(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Base URL of the web app started by the browser global setup. */
export function webUrl(): string {
  const url = process.env['WEB_URL'];
  if (!url) throw new Error('WEB_URL is not set: run browser tests with `npm test -- browser`');
  return url;
}

/**
 * A page as an official sees it: a 1366×768 office screen, Vietnamese locale, Vietnam time (`options` may
 * change the screen). Uncaught errors of the page are collected, so a test can require there were none, and
 * so is anything the content security policy refused (chromium reports it on the console): a script, style
 * or request the app needs and the policy of apps/web/security-headers.ts blocks fails the same tests.
 */
export async function officePage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...options,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return { page, pageErrors };
}
