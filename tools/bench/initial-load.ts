// Which built files a first visit downloads, and which only a route's first opening does: read from the
// built index.html and the manifest vite writes (apps/web/dist/.vite/manifest.json, `build.manifest`).
// Pure: the bench reads the files and weighs them.

/** One chunk of vite's build manifest (only the fields used here). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically: the browser needs them before it runs. */
  imports?: string[];
  /** Manifest keys of the chunks this one imports with import(): loaded when first needed. */
  dynamicImports?: string[];
  css?: string[];
  /** Files imported as URLs (images, fonts). */
  assets?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The files of the site that index.html refers to (script src, link href: the entry, its stylesheet, module
 * preloads, a service worker's registration script, icons), as paths relative to the build directory.
 * Addresses elsewhere (http:, data:, //host) are not the site's files.
 */
export function filesReferencedBy(html: string, base = '/'): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const url = /\s(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!url || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
    const path = url.split(/[?#]/)[0];
    files.push(path.startsWith(base) ? path.slice(base.length) : path.replace(/^\.?\//, ''));
  }
  return unique(files);
}

/** The chunk that produces `file` (a path relative to the build directory), if the manifest has it. */
function keyOfFile(manifest: Manifest, file: string): string | undefined {
  return Object.keys(manifest).find((key) => manifest[key].file === file);
}

/** `keys` and every chunk they import statically, transitively: what runs before they can. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen];
}

/** The files of some chunks: their code, their CSS and the assets they import. */
function filesOfChunks(manifest: Manifest, keys: readonly string[]): string[] {
  return keys.flatMap((key) => {
    const chunk = manifest[key];
    return [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])];
  });
}

/**
 * What the first visit of any address downloads before the app can show a screen: index.html, every file it
 * refers to and, for each script among them that vite built, every chunk it imports statically (transitively)
 * with their CSS and assets. Files the manifest does not know (a service worker's registration script
 * written by a plugin) still count: index.html asks for them.
 */
export function initialLoad(html: string, manifest: Manifest, base = '/'): string[] {
  const referenced = filesReferencedBy(html, base);
  const entryKeys = referenced.map((file) => keyOfFile(manifest, file)).filter((key): key is string => key !== undefined);
  return unique(['index.html', ...referenced, ...filesOfChunks(manifest, staticClosure(manifest, entryKeys))]);
}

export interface LazyRoute {
  /** The route's module, as vite names it (src/features/unit/UnitScreen.tsx). */
  src: string;
  /** What opening it the first time downloads beyond the initial load: its chunk and what only it needs. */
  files: string[];
}

/**
 * The chunks loaded with import() (the screens behind sign-in), each with the files its first opening adds
 * to `initial`: its own chunk and the shared chunks, CSS and assets it imports that the initial load lacks.
 */
export function lazyRoutes(manifest: Manifest, initial: readonly string[]): LazyRoute[] {
  const loaded = new Set(initial);
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => ({
      src: chunk.src ?? key,
      files: unique(filesOfChunks(manifest, staticClosure(manifest, [key]))).filter((file) => !loaded.has(file)),
    }))
    .sort((a, b) => a.src.localeCompare(b.src));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
