import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';

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
};

// The @qcdc/* libraries, where tsconfig.base.json says they are (lint decides which the web may import).
const { compilerOptions } = JSON.parse(fs.readFileSync(`${workspace}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias: Alias[] = Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
  find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
  replacement: `${workspace}/${target}`,
}));

export default defineConfig({
  root,
  base,
  plugins: [react()],
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
  server: { host: '127.0.0.1', port, proxy },
  preview: { host: '127.0.0.1', port, proxy },
});
