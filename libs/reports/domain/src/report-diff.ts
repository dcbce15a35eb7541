import type { DocumentBlock, OfficialDocument } from './official-document';

/** One line of a side-by-side comparison of two versions of a document. */
export interface DiffLine {
  /** The heading the line falls under ("III/- Kết quả …"), or "Phần đầu văn bản" / "Nơi nhận, chữ ký". */
  section: string;
  change: 'SAME' | 'ADDED' | 'REMOVED' | 'CHANGED';
  before: string | null;
  after: string | null;
}

const HEAD = 'Phần đầu văn bản';
const TAIL = 'Nơi nhận, chữ ký';

const blockText = (block: DocumentBlock): string[] => {
  if (block.kind === 'table') return [block.header.join(' | '), ...block.rows.map((row) => row.join(' | '))];
  return [block.kind === 'bullet' ? `- ${block.text}` : block.text];
};

/** The document as (section, line) pairs in reading order: the header, the body under its headings, the end. */
function documentLines(doc: OfficialDocument): { section: string; text: string }[] {
  const head = [doc.issuerParent, doc.issuer, doc.number ? `Số: ${doc.number}` : null, `${doc.place}, ${doc.issuedOn}`, doc.subject];
  const lines = head.filter((t): t is string => Boolean(t)).map((text) => ({ section: HEAD, text }));
  let section = HEAD;
  for (const block of doc.body) {
    if (block.kind === 'heading') section = block.text;
    lines.push(...blockText(block).map((text) => ({ section, text })));
  }
  const signature = [doc.signature.onBehalfOf, doc.signature.title, doc.signature.name].filter((t): t is string => Boolean(t));
  lines.push(...[...doc.recipients.map((r) => `- ${r}`), ...signature].map((text) => ({ section: TAIL, text })));
  return lines;
}

/**
 * Longest common subsequence of two line lists, as aligned pairs. Quadratic, which is fine for a report
 * (a few hundred lines); the consolidated report of a province is not compared this way.
 */
function align(a: readonly string[], b: readonly string[]): [string | null, string | null][] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const pairs: [string | null, string | null][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) pairs.push([a[i++], b[j++]]);
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) pairs.push([null, b[j++]]);
    else pairs.push([a[i++], null]);
  }
  return pairs;
}

/** A removal followed by an addition in the same place reads as one changed line. */
function pairChanges(section: string, pairs: [string | null, string | null][]): DiffLine[] {
  const out: DiffLine[] = [];
  for (let k = 0; k < pairs.length; k += 1) {
    const [before, after] = pairs[k];
    if (before !== null && after !== null) {
      out.push({ section, change: 'SAME', before, after });
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (k < pairs.length && (pairs[k][0] === null || pairs[k][1] === null)) {
      if (pairs[k][0] !== null) removed.push(pairs[k][0] as string);
      else added.push(pairs[k][1] as string);
      k += 1;
    }
    k -= 1;
    for (let x = 0; x < Math.max(removed.length, added.length); x += 1) {
      const b = removed[x] ?? null;
      const a = added[x] ?? null;
      out.push({ section, change: b !== null && a !== null ? 'CHANGED' : b !== null ? 'REMOVED' : 'ADDED', before: b, after: a });
    }
  }
  return out;
}

/**
 * Two versions of a document side by side, section by section in the later version's order (sections only
 * the earlier one had come last). Pure: the web and the service compare the same way.
 */
export function diffDocuments(before: OfficialDocument, after: OfficialDocument): DiffLine[] {
  const group = (lines: { section: string; text: string }[]) => {
    const bySection = new Map<string, string[]>();
    for (const { section, text } of lines) bySection.set(section, [...(bySection.get(section) ?? []), text]);
    return bySection;
  };
  const a = group(documentLines(before));
  const b = group(documentLines(after));
  const sections = [...new Set([...b.keys(), ...a.keys()])];
  return sections.flatMap((section) => pairChanges(section, align(a.get(section) ?? [], b.get(section) ?? [])));
}

/** Object keys sorted at every depth, so equal content gives equal text (and an equal hash). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
