/** The headings of the 2006 yearly-report structure, keyed A.I … A.IV.3, B. */
export const LEGACY_SECTION_KEYS = [
  'A.I', 'A.II', 'A.III.1',
  'A.III.2.1', 'A.III.2.2', 'A.III.2.3', 'A.III.2.4', 'A.III.2.5', 'A.III.2.6', 'A.III.2.7', 'A.III.2.8',
  'A.IV.1', 'A.IV.2', 'A.IV.3', 'B',
] as const;

export interface LegacySection {
  key: string;
  /** The words on the heading line after its marker (may hold content, e.g. "2.5/- Đầu năm có tổ chức …"). */
  heading: string;
  /** Paragraphs under the heading, one per line. */
  paragraphs: string[];
}

const PART = /^([AB])\s*[/.)]\s*-?\s*(.*)$/;
const ROMAN = /^(I{1,3}|IV|V|VI{1,3})\s*[/.)]\s*-?\s*(.*)$/;
const SUB = /^(\d{1,2})\.(\d{1,2})\s*[/.)]\s*-?\s*(.*)$/;
const NUMBERED = /^(\d{1,2})\s*[/)]\s*-?\s*(.*)$/;
const PAGE_NUMBER = /^\d{1,3}$/;
export const RECIPIENTS_LINE = /^Nơi nhận\s*:?/i;

/** Splits the report body into sections; lines before the first heading are the title. */
export function splitLegacySections(lines: string[]): { title: string[]; sections: LegacySection[]; tail: string[] } {
  const title: string[] = [];
  const sections: LegacySection[] = [];
  let part = '';
  let roman = '';
  let current: LegacySection | undefined;
  let i = 0;
  const open = (key: string, heading: string) => {
    current = { key, heading, paragraphs: [] };
    sections.push(current);
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (RECIPIENTS_LINE.test(line)) break;
    if (line === '' || PAGE_NUMBER.test(line)) continue;
    let m: RegExpMatchArray | null;
    if ((m = line.match(PART))) {
      part = m[1];
      roman = '';
      open(part, m[2]);
    } else if (part === 'A' && (m = line.match(ROMAN))) {
      roman = m[1];
      open(`A.${roman}`, m[2]);
    } else if (part === 'A' && roman && (m = line.match(SUB))) {
      open(`A.${roman}.${m[1]}.${m[2]}`, m[3]);
    } else if (part === 'A' && roman && (m = line.match(NUMBERED))) {
      open(`A.${roman}.${m[1]}`, m[2]);
    } else if (current) {
      current.paragraphs.push(line);
    } else {
      title.push(line);
    }
  }
  return { title, sections, tail: lines.slice(i) };
}
