import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Every relative link in the project's own documentation resolves to a file or folder of the repository:
 * someone who clones it must be able to follow each one. Links to the web, mail and in-page anchors are left
 * alone; a link that climbs out of the repository (../shared/DOMAIN.md) fails even if the file exists here.
 */
const ROOT = resolve(__dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.data', '.nx', '.git', 'tmp', 'coverage']);

function readmesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : readmesUnder(join(dir, entry.name));
    return entry.name === 'README.md' ? [join(dir, entry.name)] : [];
  });
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return markdownUnder(join(dir, entry.name));
    return entry.name.endsWith('.md') ? [join(dir, entry.name)] : [];
  });
}

/** README.md, docs/**\/*.md, apps/*\/README.md, libs/**\/README.md. */
function documentationFiles(): string[] {
  const apps = readdirSync(join(ROOT, 'apps')).map((app) => join(ROOT, 'apps', app, 'README.md'));
  return [join(ROOT, 'README.md'), ...markdownUnder(join(ROOT, 'docs')), ...apps.filter(existsSync), ...readmesUnder(join(ROOT, 'libs'))];
}

/**
 * The link targets of a markdown text: inline links and images `[text](target "title")`, `<target>` forms,
 * and reference definitions `[id]: target`. Fenced code blocks and inline code are not links.
 */
function linkTargets(markdown: string): { line: number; target: string }[] {
  const found: { line: number; target: string }[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((text, i) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      return;
    }
    if (opening) {
      fence = opening[1];
      return;
    }
    const prose = text.replace(/(`+)[^`]*?\1/g, '');
    for (const m of prose.matchAll(/\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g)) {
      found.push({ line: i + 1, target: m[1].replace(/^<|>$/g, '') });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(prose);
    if (definition) found.push({ line: i + 1, target: definition[1].replace(/^<|>$/g, '') });
  });
  return found;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

describe('linkTargets', () => {
  it('reads inline links, images, titles, angle brackets and definitions, not code', () => {
    const md = [
      'See [the domain](docs/DOMAIN.md#roles) and ![a picture](img/a.png "A").',
      'Also [spaced](<docs/with space.md>) and `[not](a-link.md)`.',
      '```sh',
      '[inside](fence.md)',
      '```',
      '[ref]: ../outside.md',
    ].join('\n');
    expect(linkTargets(md).map((l) => l.target)).toEqual([
      'docs/DOMAIN.md#roles',
      'img/a.png',
      'docs/with space.md',
      '../outside.md',
    ]);
  });
});

describe('links in the documentation', () => {
  const files = documentationFiles();

  it('reads the documentation', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['README.md', join('docs', 'DOMAIN.md')]));
  });

  it('resolves every relative link inside the repository', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const { line, target } of linkTargets(readFileSync(file, 'utf8'))) {
        if (isExternal(target) || target.startsWith('#')) continue;
        const path = decodeURIComponent(target.replace(/[#?].*$/, ''));
        const resolved = path.startsWith('/') ? join(ROOT, path) : resolve(dirname(file), path);
        const where = `${relative(ROOT, file)}:${line}`;
        const inRepo = relative(ROOT, resolved);
        if (inRepo === '..' || inRepo.startsWith(`..${sep}`)) {
          problems.push(`${where}: "${target}" points outside the repository; link to a file inside it instead`);
        } else if (!existsSync(resolved)) {
          problems.push(`${where}: "${target}" does not exist`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
