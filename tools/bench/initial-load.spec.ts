import { describe, expect, it } from '@jest/globals';
import { bytesSent } from './initial-bundle.bench';
import { filesReferencedBy, initialLoad, lazyRoutes, staticClosure, type Manifest } from './initial-load';

// The shape vite 8 writes (apps/web/dist/.vite/manifest.json): the entry is keyed by index.html, shared chunks
// by "_<file>", route chunks by their source; a chunk's `imports` name manifest keys.
const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-A.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-B.js'],
    dynamicImports: ['src/features/unit/UnitScreen.tsx', 'src/features/admin/AdminScreen.tsx', 'src/shared/i18n/en.ts'],
    css: ['assets/index-A.css'],
  },
  '_vendor-B.js': { file: 'assets/vendor-B.js', imports: ['_runtime-C.js'] },
  '_runtime-C.js': { file: 'assets/runtime-C.js', assets: ['assets/logo-C.svg'] },
  '_forms-D.js': { file: 'assets/forms-D.js', imports: ['index.html', '_format-E.js'], css: ['assets/forms-D.css'] },
  '_format-E.js': { file: 'assets/format-E.js', imports: ['index.html'] },
  'src/features/unit/UnitScreen.tsx': {
    file: 'assets/UnitScreen-F.js',
    src: 'src/features/unit/UnitScreen.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_format-E.js'],
  },
  'src/features/admin/AdminScreen.tsx': {
    file: 'assets/AdminScreen-G.js',
    src: 'src/features/admin/AdminScreen.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_vendor-B.js', '_forms-D.js'],
  },
  'src/shared/i18n/en.ts': { file: 'assets/en-H.js', src: 'src/shared/i18n/en.ts', isDynamicEntry: true },
};

const HTML = `<!doctype html>
<html lang="vi">
  <head>
    <link rel="icon" href="data:," />
    <link rel="preconnect" href="https://fonts.example.org">
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-B.js">
    <link rel="stylesheet" crossorigin href="/assets/index-A.css">
    <link rel="manifest" href="/manifest.webmanifest">
    <script id="vite-plugin-pwa:register-sw" src="/registerSW.js?v=1"></script>
    <script src="//cdn.example.org/x.js"></script>
  </head>
  <body><div id="root"></div><script>window.inline = 1</script></body>
</html>`;

describe('the files index.html refers to', () => {
  it('are its scripts and links on the site, relative to the build directory, each once', () => {
    expect(filesReferencedBy(HTML)).toEqual([
      'assets/index-A.js',
      'assets/vendor-B.js',
      'assets/index-A.css',
      'manifest.webmanifest',
      'registerSW.js',
    ]);
  });

  it('are found under a base path', () => {
    const html = '<script type="module" src="/qcdc/assets/index-A.js"></script><link rel="stylesheet" href="/qcdc/assets/a.css">';
    expect(filesReferencedBy(html, '/qcdc/')).toEqual(['assets/index-A.js', 'assets/a.css']);
  });
});

describe('the initial load', () => {
  it('is index.html, what it refers to, and every chunk the entry imports statically, transitively, with their CSS and assets', () => {
    expect(initialLoad(HTML, MANIFEST).sort()).toEqual(
      [
        'index.html',
        'assets/index-A.js',
        'assets/index-A.css',
        'assets/vendor-B.js',
        'assets/runtime-C.js',
        'assets/logo-C.svg',
        'manifest.webmanifest',
        'registerSW.js',
      ].sort(),
    );
  });

  it('leaves out what is imported with import(), and what only that needs', () => {
    const initial = initialLoad(HTML, MANIFEST);
    for (const lazy of ['assets/UnitScreen-F.js', 'assets/AdminScreen-G.js', 'assets/forms-D.js', 'assets/format-E.js', 'assets/en-H.js']) {
      expect(initial).not.toContain(lazy);
    }
  });

  it('follows the imports of an entry index.html does not preload', () => {
    const html = '<script type="module" src="/assets/index-A.js"></script>';
    expect(initialLoad(html, MANIFEST)).toEqual(
      expect.arrayContaining(['assets/vendor-B.js', 'assets/runtime-C.js', 'assets/index-A.css']),
    );
  });

  it('stops at a chunk the manifest does not have, rather than leaving it out', () => {
    const broken: Manifest = { ...MANIFEST, '_vendor-B.js': { file: 'assets/vendor-B.js', imports: ['_gone.js'] } };
    expect(() => staticClosure(broken, ['index.html'])).toThrow('the manifest has no chunk "_gone.js"');
  });
});

describe('the chunks loaded when first needed', () => {
  it('are each route with the files it adds to the initial load', () => {
    expect(lazyRoutes(MANIFEST, initialLoad(HTML, MANIFEST))).toEqual([
      {
        src: 'src/features/admin/AdminScreen.tsx',
        files: ['assets/AdminScreen-G.js', 'assets/forms-D.js', 'assets/forms-D.css', 'assets/format-E.js'],
      },
      { src: 'src/features/unit/UnitScreen.tsx', files: ['assets/UnitScreen-F.js', 'assets/format-E.js'] },
      { src: 'src/shared/i18n/en.ts', files: ['assets/en-H.js'] },
    ]);
  });
});

describe('the bytes the server sends for a file', () => {
  it('are the file itself under 1 kB, as nginx and vite preview send it', () => {
    expect(bytesSent(Buffer.alloc(1023, 'a'))).toBe(1023);
  });

  it('are gzipped from 1 kB up', () => {
    const sent = bytesSent(Buffer.alloc(1024, 'a'));
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(100);
  });
});
