import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { WEB_SECURITY_HEADERS } from './security-headers';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

// The browser only ever talks to its own origin: <base>graphql is proxied to the gateway, in dev (vite) and
// in preview (what `npm start` and the browser tests serve), so there is no CORS to configure.
const gateway = process.env['GATEWAY_URL'] || 'http://127.0.0.1:4000';
const port = Number(process.env['WEB_PORT'] || 4200);
// Where the app lives on its host: "/" (the default) or a path such as "/qcdc/" behind a shared proxy.
const base = `/${(process.env['WEB_BASE_PATH'] || '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const proxy = {
  [`${base}graphql`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
  // An import's file and the template (larger than /graphql takes: the gateway's own route).
  [`${base}imports`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
  // Evidence files of activities: POST /evidence (multipart) and GET /evidence/<id>.
  [`${base}evidence`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
  // A report's rendered files (DOCX, PDF): GET /report-files/<id>.
  [`${base}report-files`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
  // A past report's file to read (POST /legacy-reports, multipart): nothing is saved until the person confirms.
  [`${base}legacy-reports`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
  // The platform admin's queue board (Bull Board) and the POST that opens it: /ops/session, /ops/queues/….
  [`${base}ops`]: { target: gateway, changeOrigin: true, rewrite: (path: string) => path.replace(base, '/') },
};

// The @qcdc/* libraries, where tsconfig.base.json says they are (lint decides which the web may import).
const { compilerOptions } = JSON.parse(fs.readFileSync(`${workspace}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias: Alias[] = Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
  find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
  replacement: `${workspace}/${target}`,
}));

// An installable app (PWA) whose shell a service worker keeps: a reload without a connection still opens,
// and what was entered offline waits in the outbox (IndexedDB). Only the built files are cached; the data
// (POST <base>graphql) always goes to the network. A new version waits until the official chooses to load it.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Báo cáo thực hiện dân chủ ở cơ sở',
    short_name: 'QCDC',
    description: 'Ghi nhận, tự chấm điểm và báo cáo thực hiện dân chủ ở cơ sở',
    lang: 'vi',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#9f1c1c',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  includeAssets: ['icon.svg', 'apple-touch-icon.png'],
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: `${base}index.html`,
    navigateFallbackDenylist: [new RegExp(`^${base}graphql`), new RegExp(`^${base}imports`), new RegExp(`^${base}evidence`), new RegExp(`^${base}report-files`), new RegExp(`^${base}legacy-reports`), new RegExp(`^${base}ops`)],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  root,
  base,
  plugins: [react(), pwa],
  resolve: { alias },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks the entry imports, for the initial-bundle budget of `npm run bench`.
    manifest: true,
    rolldownOptions: {
      // The libs are pure (lint keeps them so): what the app does not use of them is left out of the bundle.
      treeshake: { moduleSideEffects: [{ test: /\/libs\/.+\/src\/.+\.ts$/, sideEffects: false }] },
    },
  },
  // The dev server runs React's inline refresh script, which the content policy would block: headers in preview only.
  server: { host: '127.0.0.1', port, proxy },
  preview: { host: '127.0.0.1', port, proxy, headers: { ...WEB_SECURITY_HEADERS } },
});
