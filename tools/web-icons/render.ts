// Renders the web app's icon (apps/web/public/icon.svg) to the PNG sizes an installable app needs, in Debian's
// chromium: `node -r @swc-node/register tools/web-icons/render.ts`. Run it after changing the SVG; the PNGs
// are committed.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../test/support/browser';

const PUBLIC = path.resolve(__dirname, '../../apps/web/public');

/** name, size in pixels, and the share of it the icon fills (a maskable icon keeps to the safe zone). */
const ICONS: [string, number, number][] = [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['icon-maskable-512.png', 512, 0.8],
  ['apple-touch-icon.png', 180, 1],
];

async function main() {
  const svg = fs.readFileSync(path.join(PUBLIC, 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  try {
    for (const [name, size, fill] of ICONS) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const inner = Math.round(size * fill);
      await page.setContent(
        `<body style="margin:0;background:#9f1c1c;display:grid;place-items:center;width:${size}px;height:${size}px">` +
          `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
      );
      await page.screenshot({ path: path.join(PUBLIC, name), omitBackground: false });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
