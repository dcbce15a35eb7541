// Launching Debian's chromium for browser tests (playwright-core never downloads a browser here).
// The flags keep chromium off the network it cannot reach; --no-sandbox because CI runs as root.
// playwright-core makes a fresh, empty user-data-dir itself.
import { chromium, type Browser } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
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
