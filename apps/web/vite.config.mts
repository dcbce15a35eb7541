import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser only ever talks to its own origin: /graphql is proxied to the gateway, in dev (vite) and
// in preview (what `npm start` and the browser tests serve), so there is no CORS to configure.
const gateway = process.env['GATEWAY_URL'] || 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: gateway, changeOrigin: true } };
const port = Number(process.env['WEB_PORT'] || 4200);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { host: '127.0.0.1', port, proxy },
  preview: { host: '127.0.0.1', port, proxy },
});
